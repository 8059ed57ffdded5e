/**
 * The html-validate configuration of the HTML quality gate
 * (tests/integration/html-validity.test.ts), for every test that validates
 * built pages. html-validate's recommended rules, bundled (no network), tuned:
 * - `long-title` is search-engine advice; titles here carry page, handbook and company;
 * - `aria-label-misuse` accepts naming on every element ARIA allows it on;
 * - `prefer-native-element` accepts `role="region"`: a focusable, named
 *   `<div role="region">` is the pattern for a horizontally scrollable table.
 */
import type { ConfigData } from 'html-validate';

export const HTML_RULES: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		'long-title': 'off',
		'aria-label-misuse': ['error', { allowAnyNamable: true }],
		'prefer-native-element': ['error', { exclude: ['region'] }],
	},
};
