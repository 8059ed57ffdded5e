import { describe, expect, it } from 'vitest';
import {
	fillableText,
	fillTemplate,
	templatePreview,
	templateSegments,
} from '../../../src/lib/site/by-type/template.ts';

describe('template', () => {
	it('splits text into text and placeholder segments', () => {
		expect(templateSegments('Hallo {{name}}, bis {{ zeit }}!')).toEqual([
			{ kind: 'text', value: 'Hallo ' },
			{ kind: 'variable', name: 'name' },
			{ kind: 'text', value: ', bis ' },
			{ kind: 'variable', name: 'zeit' },
			{ kind: 'text', value: '!' },
		]);
		expect(templateSegments('{{a}}')).toEqual([{ kind: 'variable', name: 'a' }]);
		expect(templateSegments('ohne')).toEqual([{ kind: 'text', value: 'ohne' }]);
	});

	it('fills placeholders and keeps unknown ones', () => {
		expect(fillTemplate('Hallo {{name}} {{rest}}', { name: 'Eva' })).toBe('Hallo Eva {{rest}}');
		expect(templatePreview('Hallo {{name}}', [{ name: 'name', example: 'Eva' }])).toBe('Hallo Eva');
		expect(templatePreview('Hallo {{name}}', undefined)).toBe('Hallo {{name}}');
	});
});

describe('fillable text', () => {
	it('keeps the declared variables the text uses, in order of first use', () => {
		const text = fillableText('Stand {{zeit}}: {{thema}} – bis {{zeit}}.', [
			{ name: 'thema', description: 'Thema', example: 'Lieferzeiten' },
			{ name: 'zeit', description: 'Uhrzeit', example: '14 Uhr' },
			{ name: 'unbenutzt', description: 'Nie verwendet', example: 'x' },
		]);
		expect(text.variables.map((v) => v.name)).toEqual(['zeit', 'thema']);
		expect(text.preview).toBe('Stand 14 Uhr: Lieferzeiten – bis 14 Uhr.');
		expect(text.segments).toHaveLength(7);
		expect(text.markers).toEqual({ zeit: '[Uhrzeit]', thema: '[Thema]' });
		expect(fillableText('Ohne Platzhalter.', undefined)).toEqual({
			segments: [{ kind: 'text', value: 'Ohne Platzhalter.' }],
			variables: [],
			preview: 'Ohne Platzhalter.',
			markers: {},
		});
	});
});
