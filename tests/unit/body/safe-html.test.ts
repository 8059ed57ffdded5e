import { describe, expect, it } from 'vitest';
import { renderBody } from './render.ts';

describe('the body pipeline drops everything that could run or load', () => {
	it('removes import/export and expressions instead of compiling them', async () => {
		const html = await renderBody(
			"import geheim from '/etc/passwd?raw'\n\nexport const x = 1\n\nText {geheim} hier.\n",
		);
		expect(html.trim()).toBe('<p>Text  hier.</p>');
	});

	it('drops scripts with their content, components and embeds, keeping harmless text', async () => {
		const html = await renderBody(
			'<script>alert(1)</script>\n\n<Banner>Werbung</Banner>\n\n<iframe src="https://other.example/"></iframe>\n\nEnde.\n',
		);
		expect(html).not.toMatch(/script|alert|iframe|other\.example|Banner/);
		expect(html).toContain('<p>Ende.</p>');
	});

	it('keeps allowlisted elements with only their allowed literal attributes', async () => {
		const html = await renderBody(
			'Drück <kbd style="color:red" onclick="alert(1)">Strg</kbd>, <abbr title="Datenschutz-Grundverordnung" onmouseover="x()">DSGVO</abbr>, H<sub>2</sub>O, m<sup>2</sup>.\n\n<details open><summary>Mehr</summary>Text</details>\n',
		);
		expect(html).toContain('<kbd>Strg</kbd>');
		expect(html).toContain('<abbr title="Datenschutz-Grundverordnung">DSGVO</abbr>');
		expect(html).toContain('<sub>2</sub>');
		expect(html).toContain('<details open><summary>Mehr</summary>Text</details>');
		expect(html).not.toMatch(/onclick|onmouseover|style=/);
	});

	it('unlinks javascript:, vbscript: and data: addresses and drops remote images', async () => {
		const html = await renderBody(
			'[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html;base64,PHNjcmlwdD4=) ![d](https://other.example/x.png) ![f](//other.example/y.png) [e](https://example.org/)\n',
		);
		expect(html).not.toMatch(/javascript|vbscript|data:|other\.example/);
		expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">e</a>');
	});

	it('keeps local images, GFM tables, task lists and footnotes intact', async () => {
		const html = await renderBody(
			'![Stand](../assets/stand.jpg)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] erledigt\n\nText[^1]\n\n[^1]: Fußnote\n',
		);
		expect(html).toContain('<img src="../assets/stand.jpg" alt="Stand">');
		expect(html).toContain('<table>');
		expect(html).toContain('<input type="checkbox" checked disabled>');
		expect(html).toContain('href="#user-content-fn-1"');
		expect(html).toContain('id="user-content-fn-1"');
	});
});
