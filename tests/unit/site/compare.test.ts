/**
 * Any two versions compared: the versions file holds only versions a reader may
 * see, with date and approval, and the browser's comparison renders a pair with
 * the same rows and markup as the prebuilt comparison pages.
 */
import { describe, expect, it } from 'vitest';
import { diffDocument } from '../../../src/lib/changes/diff-document.ts';
import { comparisonHtml } from '../../../src/lib/site/document/compare.ts';
import { idNames } from '../../../src/lib/site/document/diff-labels.ts';
import {
	fieldRows,
	fieldsTableHtml,
	tableWords,
	type DiffLabels,
} from '../../../src/lib/site/document/diff-view.ts';
import {
	CURRENT,
	jsonValue,
	versionsFile,
	type VersionInput,
} from '../../../src/lib/site/document/versions-file.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const roles = makeContext([makeDoc('team', 'team')], 'de').roles;
const names = idNames(roles, 'de');
const base = { status: 'approved', approvedBy: 'smm', owner: 'smm', title: 'Fotos' };
const version = (
	key: string,
	date: string | undefined,
	data: Record<string, unknown>,
	body?: string,
): VersionInput => ({
	key,
	version: typeof data['version'] === 'number' ? data['version'] : undefined,
	date,
	snapshot: { data, body },
});
const versions: VersionInput[] = [
	version(
		CURRENT,
		'2026-12-04T10:00:00+01:00',
		{ ...base, version: 3, owner: 'head', reviewedOn: new Date('2026-12-01') },
		'Wir fragen vorher.\n',
	),
	version('c3c3c3c', '2026-11-20T10:00:00+01:00', {
		...base,
		version: 2,
		classification: 'confidential',
		title: 'GEHEIM-VERTRAULICH',
	}),
	version(
		'b2b2b2b',
		'2026-11-10T10:00:00+01:00',
		{
			...base,
			version: 2,
			reviewedOn: new Date('2026-11-09'),
		},
		'Wir fragen.\n',
	),
	version('d1d1d1d', '2026-11-05T10:00:00+01:00', {
		...base,
		status: 'draft',
		title: 'GEHEIM-ENTWURF',
	}),
	version('a1a1a1a', '2026-11-01T10:00:00+01:00', { ...base, version: 1 }, 'Wir fragen.\n'),
];
const publication = { includeDrafts: false, confidential: 'exclude' } as const;
const file = versionsFile(versions, { lang: 'de', roles, names, publication });

describe('the versions file', () => {
	it('holds only published versions: no draft, no confidential one in a build without them', () => {
		expect(file.versions.map((v) => v.key)).toEqual([CURRENT, 'b2b2b2b', 'a1a1a1a']);
		expect(JSON.stringify(file)).not.toContain('GEHEIM');
		const all = versionsFile(versions, {
			lang: 'de',
			roles,
			names,
			publication: { includeDrafts: false, confidential: 'include' },
		});
		expect(all.versions.map((v) => v.key)).toContain('c3c3c3c');
	});

	it('labels each version with number, date and commit, and states its approval', () => {
		expect(file.versions.map((v) => v.label)).toEqual([
			'Version 3 · 4. Dezember 2026 (aktuell)',
			'Version 2 · 10. November 2026 · b2b2b2b',
			'Version 1 · 1. November 2026 · a1a1a1a',
		]);
		expect(file.versions[1]!.approval).toBe(
			'Freigegeben von Anna, Social-Media-Managerin, am 9. November 2026',
		);
		// Without a date, no comma is left hanging after the role.
		expect(file.versions[2]!.approval).toBe('Freigegeben von Anna, Social-Media-Managerin');
		expect(jsonValue({ on: new Date('2026-12-01'), list: [new Date('2026-01-02')] })).toEqual({
			on: '2026-12-01',
			list: ['2026-01-02'],
		});
	});
});

describe('comparing any two versions', () => {
	it('renders the rows and the table the prebuilt pages render, with both versions named', () => {
		const html = comparisonHtml(file, 'a1a1a1a', CURRENT)!;
		expect(html).toContain('Version 1 · 1. November 2026 · a1a1a1a');
		expect(html).toContain('Version 3 · 4. Dezember 2026 (aktuell)');
		expect(html).toContain('Freigegeben von Anna, Social-Media-Managerin, am 1. Dezember 2026');
		// The same table as a comparison page built from the original data.
		const before = versions[4]!.snapshot;
		const after = versions[0]!.snapshot;
		const rows = fieldRows(diffDocument(before, after).fields, {
			lang: 'de',
			versions: [before.data, after.data],
			names,
		});
		const labels: DiffLabels = {
			addedStart: 'Einfügung Anfang:',
			addedEnd: 'Einfügung Ende.',
			removedStart: 'Löschung Anfang:',
			removedEnd: 'Löschung Ende.',
			skip: (n) => `… ${n} …`,
		};
		expect(html).toContain(fieldsTableHtml(rows, labels, tableWords('de')));
		expect(rows.map((r) => r.path)).toEqual(['owner', 'version', 'reviewedOn']);
		expect(html).toContain('data-path="owner"');
		expect(html).toContain('Leitung');
		expect(html).toContain('<ins>');
	});

	it('compares two older versions, says when they are the same, and refuses unknown keys', () => {
		const html = comparisonHtml(file, 'a1a1a1a', 'b2b2b2b')!;
		expect(html).toContain('data-path="version"');
		expect(html).toContain('data-path="reviewedOn"');
		expect(html).not.toContain('data-path="owner"');
		expect(comparisonHtml(file, 'b2b2b2b', 'b2b2b2b')).toContain(
			'Die beiden Fassungen sind gleich.',
		);
		expect(comparisonHtml(file, 'd1d1d1d', CURRENT)).toBeUndefined();
	});

	it('escapes what authors wrote: markup in a field or the prose is shown as text, never run', () => {
		const attack = '<img src=x onerror="alert(1)">';
		const risky = versionsFile(
			[
				version(CURRENT, '2026-12-04T10:00:00+01:00', { ...base, title: attack }, `${attack}\n`),
				version('e1e1e1e', '2026-11-01T10:00:00+01:00', base, 'Text.\n'),
			],
			{ lang: 'de', roles, names, publication },
		);
		const html = comparisonHtml(risky, 'e1e1e1e', CURRENT)!;
		expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
		expect(html).not.toContain('<img');
	});
});
