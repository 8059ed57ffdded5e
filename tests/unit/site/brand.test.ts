import { describe, expect, it, vi } from 'vitest';
import {
	brandPalette,
	brandStyle,
	contrastRatio,
	DARK_BACKGROUND,
	ensureContrast,
	readableTextOn,
} from '../../../src/lib/site/chrome/brand.ts';

describe('brand colour', () => {
	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 1);
		expect(contrastRatio('nope', '#ffffff')).toBe(1);
	});

	it('picks a readable text colour for a background', () => {
		expect(readableTextOn('#0e6a7e')).toBe('#ffffff');
		expect(readableTextOn('#ffd400')).toBe('#111111');
	});

	it('darkens a light brand colour until it reaches AA on white', () => {
		const fixed = ensureContrast('#ffd400', '#ffffff');
		expect(fixed).not.toBe('#ffd400');
		expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(ensureContrast('#0e6a7e', '#ffffff')).toBe('#0e6a7e');
	});

	it('builds a palette with AA contrast in light and dark mode', () => {
		for (const colour of ['#0E6A7E', '#ffd400', '#ff0000', '#000080', '#777777']) {
			const p = brandPalette(colour)!;
			expect(contrastRatio(p.brand, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
			expect(contrastRatio(p.onBrand, p.brand), colour).toBeGreaterThanOrEqual(4.5);
			expect(contrastRatio(p.brandDark, DARK_BACKGROUND), colour).toBeGreaterThanOrEqual(4.5);
		}
		expect(brandPalette(undefined)).toBeUndefined();
		expect(brandStyle('#0E6A7E')).toBe(
			'--brand: #0e6a7e; --on-brand: #ffffff; --brand-dark: #3e8898',
		);
	});

	it('gives each colour its own style when the colour changes between calls (the style is remembered)', async () => {
		// A fresh module, so that no colour is remembered yet: no colour first, as a handbook without one.
		vi.resetModules();
		const fresh = await import('../../../src/lib/site/chrome/brand.ts');
		expect(fresh.brandStyle(undefined)).toBeUndefined();
		expect(fresh.brandStyle('#0E6A7E')).toBe(
			'--brand: #0e6a7e; --on-brand: #ffffff; --brand-dark: #3e8898',
		);
		expect(fresh.brandStyle('#0E6A7E')).toBe(fresh.brandStyle('#0e6a7e'));
		expect(fresh.brandStyle(undefined)).toBeUndefined();
		expect(fresh.brandStyle('not a colour')).toBeUndefined();
	});
});
