import { describe, expect, it } from 'vitest';
import {
	anchorId,
	docPath,
	homePath,
	sectionPath,
	typeForFolder,
	withBase,
} from '../../../src/lib/site/model/urls.ts';

describe('urls', () => {
	it('builds paths with a trailing slash', () => {
		expect(homePath('de')).toBe('/de/');
		expect(sectionPath('en', 'checklist')).toBe('/en/checklists/');
		expect(docPath('guideline', 'fotos', 'de')).toBe('/de/guidelines/fotos/');
	});

	it('maps folders back to types', () => {
		expect(typeForFolder('playbooks')).toBe('playbook');
		expect(typeForFolder('nope')).toBeUndefined();
	});

	it('prefixes the base', () => {
		expect(withBase('/de/', '/')).toBe('/de/');
		expect(withBase('/de/', '/handbuch/')).toBe('/handbuch/de/');
		expect(withBase('/de/', '/handbuch')).toBe('/handbuch/de/');
		expect(withBase('https://x.example/', '/handbuch/')).toBe('https://x.example/');
	});

	it('builds anchor ids', () => {
		expect(anchorId('item', 'lizenz')).toBe('item-lizenz');
	});
});
