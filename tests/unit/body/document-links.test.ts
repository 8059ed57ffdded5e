import { describe, expect, it } from 'vitest';
import { createLinkResolver } from '../../../src/lib/body/document-links.ts';
import type { SiteDoc } from '../../../src/lib/site/model/types.ts';
import { renderBody } from './render.ts';

const doc = (type: string, id: string, language: string, extra: Record<string, unknown> = {}) =>
	({ type, id, data: { id, language, status: 'approved', ...extra } }) as unknown as SiteDoc;

const DOCS = [
	doc('checklist', 'urheberrecht', 'de', { items: [{ id: 'einwilligung' }] }),
	doc('checklist', 'copyright', 'en', {
		translationOf: 'urheberrecht',
		items: [{ id: 'einwilligung' }],
	}),
	doc('checklist', 'markenrecht', 'de', { items: [{ id: 'logo' }] }),
	doc('guideline', 'fotos', 'de'),
	doc('guideline', 'photos', 'en', { translationOf: 'fotos' }),
];

const resolver = createLinkResolver({
	docs: DOCS,
	languages: ['de', 'en'],
	files: new Map([
		['guideline/fotos', '/c/guidelines/fotos.mdx'],
		['guideline/photos', '/c/guidelines/photos.mdx'],
		['checklist/urheberrecht', '/c/checklists/urheberrecht.mdx'],
		['checklist/copyright', '/c/checklists/copyright.mdx'],
		['checklist/markenrecht', '/c/checklists/markenrecht.mdx'],
	]),
	base: '/',
});
const resolveLinks = async () => resolver;

describe('document links', () => {
	it('resolves a kodex: link to an item on the page in the reader’s language', async () => {
		const de = await renderBody('[Einwilligung](kodex:checklist/urheberrecht#einwilligung)\n', {
			resolveLinks,
			path: '/c/guidelines/fotos.mdx',
		});
		expect(de).toBe(
			'<p><a href="/de/checklists/urheberrecht/#item-einwilligung">Einwilligung</a></p>',
		);
		// The English guideline links the English translation of the checklist, same item.
		const en = await renderBody('[consent](kodex:checklist/urheberrecht#einwilligung)\n', {
			resolveLinks,
			path: '/c/guidelines/photos.mdx',
			language: 'en',
		});
		expect(en).toBe('<p><a href="/en/checklists/copyright/#item-einwilligung">consent</a></p>');
	});

	it('sends readers of another language to the fallback page when there is no translation', async () => {
		const en = await renderBody('[trade marks](kodex:checklist/markenrecht)\n', {
			resolveLinks,
			path: '/c/guidelines/photos.mdx',
			language: 'en',
		});
		expect(en).toBe('<p><a href="/en/checklists/markenrecht/">trade marks</a></p>');
	});

	it('turns a relative link to a document file into its page', async () => {
		const html = await renderBody('[Fotos](./fotos.mdx)\n', {
			resolveLinks,
			path: '/c/guidelines/photos.mdx',
		});
		// The English reader is sent to the English version of the linked file.
		expect(html).toBe('<p><a href="/en/guidelines/photos/">Fotos</a></p>');
	});

	it('keeps the text of a link whose document is not on the site', async () => {
		const html = await renderBody('[Entwurf](kodex:guideline/entwurf) bleibt Text.\n', {
			resolveLinks,
			path: '/c/guidelines/fotos.mdx',
		});
		expect(html).toBe('<p>Entwurf bleibt Text.</p>');
	});
});
