import { describe, expect, it } from 'vitest';
import {
	buildSite,
	FALLBACK_CONFIG,
	folderOf,
	logoPath,
	pageLanguage,
	siteLanguages,
} from '../../../src/lib/site/model/site.ts';
import { handbookSchema, type HandbookConfig } from '../../../schemas/index.ts';
import { makeDoc } from './fixtures.ts';

const config: HandbookConfig = {
	...FALLBACK_CONFIG,
	company: { name: 'Firma', logo: 'assets/Logo.PNG' },
	locales: { default: 'en', available: ['de', 'en'] },
};

describe('site', () => {
	it('puts the default language first', () => {
		expect(siteLanguages(config)).toEqual(['en', 'de']);
		expect(pageLanguage(config, 'de')).toBe('de');
		expect(pageLanguage(config, 'fr')).toBe('en');
		expect(pageLanguage(config, undefined)).toBe('en');
	});

	it('has a valid fallback config', () => {
		expect(handbookSchema.safeParse(FALLBACK_CONFIG).success).toBe(true);
	});

	it('serves the logo under /brand/', () => {
		expect(logoPath(config)).toBe('/brand/logo.png');
		expect(logoPath(FALLBACK_CONFIG)).toBeUndefined();
		expect(folderOf('template')).toBe('templates');
	});

	it('builds the model with lookups and per-language contexts', () => {
		const team = makeDoc('team', 'team');
		const fotos = makeDoc('guideline', 'fotos');
		const site = buildSite(config, [team, fotos], '2026-11-22');
		expect(site.defaultLanguage).toBe('en');
		expect(site.today).toBe('2026-11-22');
		expect(site.languages).toEqual(['en', 'de']);
		expect(site.find('guideline', 'fotos')).toBe(fotos);
		expect(site.find('checklist', 'fotos')).toBeUndefined();
		const ctx = site.context('de');
		expect(ctx.lang).toBe('de');
		expect(ctx.docs.get('team')).toBe(team);
		expect(ctx.roles.has('smm')).toBe(true);
		expect(buildSite(undefined, [], '2026-11-22').config).toBe(FALLBACK_CONFIG);
	});
});
