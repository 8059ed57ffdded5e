import { describe, expect, it } from 'vitest';
import { renderBody } from './render.ts';

describe('callouts', () => {
	it('renders :::warning as a note with its title in the document language', async () => {
		const de = await renderBody(':::warning\nVorsicht bei Kindern.\n:::\n');
		expect(de).toBe(
			'<div class="callout callout-warning" role="note"><p class="callout-title">Achtung</p><p>Vorsicht bei Kindern.</p></div>',
		);
		const en = await renderBody(':::dont\nNo faces.\n:::\n', { language: 'en' });
		expect(en).toContain('<p class="callout-title">Don\'t</p>');
	});

	it('uses an authored title from :::note[…]', async () => {
		const html = await renderBody(':::note[Gut zu wissen]\nText.\n:::\n');
		expect(html).toContain('<p class="callout-title">Gut zu wissen</p>');
		expect(html).not.toContain('Hinweis');
	});

	it('renders callouts nested in callouts and inside list items', async () => {
		const nested = await renderBody('::::legal\nAußen.\n\n:::do\nInnen.\n:::\n::::\n');
		expect(nested).toMatch(
			/<div class="callout callout-legal" role="note">[\s\S]*<div class="callout callout-do" role="note"><p class="callout-title">So machen wir es<\/p><p>Innen.<\/p><\/div><\/div>/,
		);
		const inList = await renderBody('- Punkt\n\n  :::note\n  Im Listenpunkt.\n  :::\n');
		expect(inList).toMatch(
			/<li>[\s\S]*<div class="callout callout-note" role="note">[\s\S]*Im Listenpunkt/,
		);
	});

	it('drops an unknown callout and its attributes rather than inventing markup', async () => {
		const html = await renderBody(':::tipp{onclick="alert(1)"}\nText.\n:::\n');
		expect(html).not.toMatch(/onclick|alert|tipp/);
		expect(html).toContain('Text.');
	});

	it('leaves prose colons alone: 10:30 Uhr, Hinweis:wichtig, mailto:a@b.de', async () => {
		const html = await renderBody('Um 10:30 Uhr, Hinweis:wichtig, Kontakt:presse.\n');
		expect(html).toBe('<p>Um 10:30 Uhr, Hinweis:wichtig, Kontakt:presse.</p>');
	});
});
