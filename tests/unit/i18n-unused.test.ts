/**
 * Every UI string is used somewhere: a key no source reaches is dead text that translators
 * still maintain. See tests/helpers/i18n-usage.ts for what counts as a use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';
import { sourceTexts, unusedKeys, usageOf } from '../helpers/i18n-usage.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Prefixes whose keys code reads as a whole, each with the file that does it: the labels of
 * changed fields in a comparison come from every `field.*` key.
 */
const READ_BY_PREFIX: Record<string, string> = {
	'field.': 'src/lib/site/document/diff-labels.ts',
};

describe('UI strings', () => {
	// The dictionaries themselves are not uses.
	const texts = sourceTexts(ROOT, ['src', 'schemas'], /^src\/i18n\/(de|en)(\/|\.ts$)/);
	const usage = usageOf(texts);

	it('are all used by some source', () => {
		const unused = unusedKeys(Object.keys(dictionaries.de), usage, Object.keys(READ_BY_PREFIX));
		expect(unused).toEqual([]);
	});

	it('name prefixes read as a whole only where code reads them so', () => {
		for (const [prefix, file] of Object.entries(READ_BY_PREFIX)) {
			expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toContain(
				`startsWith('${prefix}')`,
			);
			expect(Object.keys(dictionaries.de).some((key) => key.startsWith(prefix))).toBe(true);
		}
	});

	it('finds a key no source uses, and accepts each kind of use', () => {
		const usage = usageOf([
			`t(lang, 'home.intro');`,
			`tn(lang, 'home.count', n);`,
			"t(lang, `status.${s}`); const STATUSES = ['approved'];",
			't(lang, `prepublish.verdict${kind}Text`);',
		]);
		const keys = [
			'home.intro',
			'home.count.one',
			'home.count.other',
			'status.approved',
			'status.retired',
			'prepublish.verdictGoText',
			'prepublish.verdictGo',
			'field.title',
			'home.unused',
		];
		expect(unusedKeys(keys, usage, ['field.'])).toEqual([
			'status.retired',
			'prepublish.verdictGo',
			'home.unused',
		]);
	});
});
