import { defineConfig } from 'vitest/config';
import { EXAMPLE_TODAY } from './tests/setup/build-site.ts';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Review states depend on the date: pin it, as the shared build does.
		env: { KODEX_TODAY: process.env.KODEX_TODAY || EXAMPLE_TODAY },
		// Builds the example handbook once for the integration and browser suites.
		globalSetup: ['tests/setup/build-site.ts'],
		// The integration and browser suites share one build; give them room.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
