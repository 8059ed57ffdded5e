import { describe, expect, it } from 'vitest';
import { diffFields } from '../../../src/lib/changes/diff-fields.ts';
import { fieldRows } from '../../../src/lib/site/document/diff-view.ts';
import {
	fieldLabelParts,
	fieldName,
	holdsPeople,
	idNames,
	withNames,
} from '../../../src/lib/site/document/diff-labels.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const before = {
	owner: 'smm',
	items: [
		{
			id: 'creative-commons',
			text: 'Steht die Creative-Commons-Lizenz mit Namensnennung im Beitrag?',
			legalBasis: [{ law: 'UrhG', ref: '§ 13' }],
		},
	],
	levels: [{ level: 2, notify: ['smm'] }],
};
const after = {
	owner: 'head',
	items: [
		{
			id: 'creative-commons',
			text: 'Steht die Creative-Commons-Lizenz mit Namensnennung im Beitrag?',
			legalBasis: [
				{ law: 'UrhG', ref: '§ 13' },
				{ law: 'UrhG', ref: '§ 97' },
			],
		},
	],
	levels: [{ level: 2, notify: ['smm', 'head'] }],
};

describe('comparison in the reader’s words', () => {
	it('names fields from the dictionary, others in words', () => {
		expect(fieldName('legalBasis', 'de')).toBe('Rechtsgrundlage');
		expect(fieldName('legalBasis', 'en')).toBe('Legal basis');
		expect(fieldName('someNewField', 'en')).toBe('Some new field');
	});

	it('turns a path into labels, entries named by their title and counted from 1', () => {
		const [change] = diffFields(before, after).filter((c) => c.path.startsWith('items'));
		expect(change!.path).toBe('items[creative-commons].legalBasis');
		expect(fieldLabelParts(change!.segments, [before, after], 'de')).toEqual([
			'Prüffragen „Steht die Creative-Commons-Lizenz mit Namensnennung im Beitrag?“',
			'Rechtsgrundlage',
		]);
		const path = ['items', { key: 'id', value: 'creative-commons' }, 'legalBasis', 1, 'ref'];
		expect(fieldLabelParts(path, [before, after], 'en').join(' › ')).toBe(
			'Questions “Steht die Creative-Commons-Lizenz mit Namensnennung im Beitrag?” › Legal basis 2 › Reference',
		);
		expect(
			fieldLabelParts(['levels', { key: 'level', value: 2 }, 'notify'], [before, after], 'de'),
		).toEqual(['Stufen 2', 'Benachrichtigen']);
		// A long title is shortened at a word end.
		const long = { rules: [{ id: 'r', text: `${'Wort '.repeat(30)}Ende` }] };
		expect(fieldLabelParts(['rules', { key: 'id', value: 'r' }], [long, long], 'de')).toEqual([
			`Regeln „${'Wort '.repeat(16).trimEnd()} …“`,
		]);
		// An entry without a title keeps its id.
		expect(fieldLabelParts(['rules', { key: 'id', value: 'neu' }], [{}, {}], 'de')).toEqual([
			'Regeln neu',
		]);
	});

	it('shows role and member names instead of ids, only in fields that hold people', () => {
		const docs = [makeDoc('team', 'team')];
		const names = idNames(makeContext(docs, 'de').roles, 'de');
		expect(names.get('smm')).toBe('Social-Media-Managerin');
		expect(names.get('anna')).toBe('Anna');
		expect(withNames(['smm', 'head'], names)).toEqual(['Social-Media-Managerin', 'Leitung']);
		expect(holdsPeople(['levels', { key: 'level', value: 2 }, 'notify'])).toBe(true);
		expect(holdsPeople(['roles', { key: 'id', value: 'smm' }, 'category'])).toBe(false);

		const rows = fieldRows(diffFields(before, after), {
			lang: 'de',
			versions: [before, after],
			names,
		});
		const owner = rows.find((r) => r.path === 'owner')!;
		expect(owner.label).toBe('Verantwortlich');
		expect(owner.before).toEqual({ kind: 'inline', text: 'Social-Media-Managerin' });
		expect(owner.after).toEqual({ kind: 'inline', text: 'Leitung' });
		const notify = rows.find((r) => r.path === 'levels[level=2].notify')!;
		expect(notify.after).toEqual({ kind: 'inline', text: 'Social-Media-Managerin, Leitung' });
	});
});
