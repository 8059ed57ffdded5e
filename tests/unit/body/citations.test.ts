import { describe, expect, it } from 'vitest';
import { citationPattern, findCitations } from '../../../src/lib/body/citations.ts';
import { renderBody } from './render.ts';

describe('legal citations in prose', () => {
	it('finds sections and articles with their details', () => {
		const pattern = citationPattern(['KUG', 'DSGVO', 'DDG', 'UrhG']);
		const found = findCitations(
			'Nach § 22 KUG und Art. 6 Abs. 1 lit. f DSGVO, siehe §§ 15, 19a UrhG und § 5 DDG.',
			pattern,
		);
		expect(found.map((c) => [c.text, c.law])).toEqual([
			['§ 22 KUG', 'KUG'],
			['Art. 6 Abs. 1 lit. f DSGVO', 'DSGVO'],
			['§§ 15, 19a UrhG', 'UrhG'],
			['§ 5 DDG', 'DDG'],
		]);
	});

	it('links citations to the official text from the catalogue', async () => {
		const html = await renderBody(
			'Fotos regelt § 22 KUG, die Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.\n',
		);
		expect(html).toBe(
			'<p>Fotos regelt <a href="https://law.test/KUG/22" class="citation" rel="noopener noreferrer">§ 22 KUG</a>, die Rechtsgrundlage ist <a href="https://law.test/DSGVO/6" class="citation" rel="noopener noreferrer">Art. 6 Abs. 1 lit. f DSGVO</a>.</p>',
		);
	});

	it('leaves citations in code, in links and of unknown or unlinkable laws alone', async () => {
		const html = await renderBody(
			'`§ 22 KUG` and\n\n```\n§ 22 KUG\n```\n\n[siehe § 22 KUG](https://example.org/) und § 3 XYZG und § 1 MStV.\n',
		);
		expect(html).not.toContain('law.test');
		expect(html).toContain('<code>§ 22 KUG</code>');
		expect(html).toContain(
			'<a href="https://example.org/" rel="noopener noreferrer">siehe § 22 KUG</a>',
		);
	});
});
