/** External links in bodies open with `rel="noopener noreferrer"`; the sanitizer keeps it. */
import { describe, expect, it } from 'vitest';
import { renderBody } from './render.ts';

describe('links to other sites in a body', () => {
	it('get rel="noopener noreferrer"; links inside the handbook, mail and phone links do not', async () => {
		const html = await renderBody(
			'[extern](https://example.org/a) [alt](http://example.org/b) [relativ](../guidelines/fotos/) [anker](#abschnitt) [mail](mailto:presse@example.org) [tel](tel:+49301234)\n',
		);
		expect(html).toContain('<a href="https://example.org/a" rel="noopener noreferrer">extern</a>');
		expect(html).toContain('<a href="http://example.org/b" rel="noopener noreferrer">alt</a>');
		expect(html).toContain('<a href="../guidelines/fotos/">relativ</a>');
		expect(html).toContain('<a href="#abschnitt">anker</a>');
		expect(html).toContain('<a href="mailto:presse@example.org">mail</a>');
		expect(html).toContain('<a href="tel:+49301234">tel</a>');
	});

	it('marks autolinks and protocol-relative links too', async () => {
		const html = await renderBody('Siehe https://example.org/c und [e](//example.org/e).\n');
		expect(html).toContain(
			'<a href="https://example.org/c" rel="noopener noreferrer">https://example.org/c</a>',
		);
		expect(html).toContain('<a href="//example.org/e" rel="noopener noreferrer">e</a>');
	});

	it('cannot be undone by an author: HTML anchors with their own rel or target are dropped', async () => {
		const html = await renderBody(
			'Text <a href="https://example.org/f" rel="opener" target="_blank">f</a> Ende.\n',
		);
		expect(html).not.toMatch(/<a|target=|rel="opener"/);
	});

	it('marks the law links of citations, which point to another site', async () => {
		const html = await renderBody('Nach § 22 KUG braucht es eine Einwilligung.\n');
		expect(html).toMatch(/<a href="https:\/\/law\.test\/KUG\/22"[^>]* rel="noopener noreferrer"/);
	});
});
