import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/util/slug.ts';

describe('slugify', () => {
	it('writes a text as lower-case ASCII words joined by single hyphens', () => {
		expect(slugify('Beispiel Rohrwerk GmbH')).toBe('beispiel-rohrwerk-gmbh');
		expect(slugify('Muster Bäckerei & Söhne – Straße')).toBe('muster-backerei-sohne-strasse');
		expect(slugify('  Café  Crème! ')).toBe('cafe-creme');
		expect(slugify('Über 2 Kanäle')).toBe('uber-2-kanale');
	});

	it('leaves nothing when no letter or digit is left', () => {
		expect(slugify('???')).toBe('');
		expect(slugify('')).toBe('');
	});
});
