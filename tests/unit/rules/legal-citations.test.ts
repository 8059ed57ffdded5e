import { describe, expect, it } from 'vitest';
import { findOutdatedCitations } from '../../../src/lib/rules/legal-citations.ts';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('findOutdatedCitations', () => {
	it('maps each outdated citation to its replacement', () => {
		const hits = findOutdatedCitations(
			'§ 5 TMG, § 25 Abs. 1 TTDSG, § 5a Abs. 6 UWG und § 24 UrhG',
		).map((h) => [h.old, h.current]);
		expect(hits).toEqual([
			['§ 5 TMG', '§ 5 DDG'],
			['§ 25 Abs. 1 TTDSG', '§ 25 Abs. 1 TDDDG'],
			['§ 5a Abs. 6 UWG', '§ 5a Abs. 4 UWG'],
			['§ 24 UrhG', '§ 51a UrhG'],
		]);
	});

	it('leaves current citations and look-alikes alone', () => {
		expect(
			findOutdatedCitations(
				'§ 5 DDG, § 25 TDDDG, § 5a Abs. 4 UWG, § 24a UrhG, § 51a UrhG, TMGX, /tmg/',
			),
		).toEqual([]);
	});
});

describe('LEG-004 outdated citations', () => {
	it('finds a citation in an MDX body at its real line and column', () => {
		const run = runBaseline((b) => {
			b.files[PATHS.guideline]!.body = 'Erste Zeile.\n\nDas Impressum folgt aus § 5 TMG.\n';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-004',
				severity: 'warning',
				file: file(PATHS.guideline),
				line: run.lineOf(PATHS.guideline, 'Das Impressum folgt'),
				column: 'Das Impressum folgt aus '.length + 1,
				path: '',
				value: '§ 5 TMG',
				expected: 'the current citation, "§ 5 DDG"',
				message: expect.stringContaining(
					'replaced by the Digitale-Dienste-Gesetz (DDG) on 14 May 2024',
				),
			}),
		]);
	});

	it('gives the reason in its German wording too', () => {
		const run = runBaseline((b) => {
			b.guideline.summary = 'Impressum nach § 5 TMG, Cookies nach § 25 TTDSG.';
		});
		expect(run.diagnostics.map((d) => d.de?.message)).toEqual([
			'„§ 5 TMG“ ist ein veraltetes Zitat: das TMG wurde am 14. Mai 2024 durch das Digitale-Dienste-Gesetz (DDG) ersetzt; heute gilt „§ 5 DDG“.',
			'„§ 25 TTDSG“ ist ein veraltetes Zitat: das TTDSG wurde am 14. Mai 2024 in TDDDG umbenannt; heute gilt „§ 25 TDDDG“.',
		]);
	});

	it('finds a citation in a frontmatter string', () => {
		const run = runBaseline((b) => {
			b.guideline.summary = 'Cookies auf Profilen nach § 25 TTDSG.';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-004',
				path: 'summary',
				line: run.lineOf(PATHS.guideline, 'summary:'),
				value: '§ 25 TTDSG',
				fix: 'Replace "§ 25 TTDSG" with "§ 25 TDDDG".',
			}),
		]);
	});

	it('judges legalBasis law and ref together', () => {
		const run = runBaseline((b) => {
			b.checklist.items[0].legalBasis = [{ law: 'UWG', ref: '§ 5a Abs. 6' }];
			b.checklist.items[1].legalBasis = [{ law: 'TMG', ref: '§ 5' }];
			b.checklist.items[2].guidance = 'Parodien nach § 24 UrhG sind frei.';
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'LEG-004',
				path: 'items[0].legalBasis[0].ref',
				line: run.lineOf(PATHS.checklist, 'ref: § 5a Abs. 6'),
				value: '§ 5a Abs. 6 UWG',
				expected: 'the current citation, "§ 5a Abs. 4 UWG"',
			}),
			expect.objectContaining({
				rule: 'LEG-004',
				path: 'items[1].legalBasis[0].law',
				line: run.lineOf(PATHS.checklist, 'law: TMG'),
				value: '§ 5 TMG',
			}),
			expect.objectContaining({
				rule: 'LEG-004',
				path: 'items[2].guidance',
				value: '§ 24 UrhG',
				expected: 'the current citation, "§ 51a UrhG"',
			}),
		]);
	});
});
