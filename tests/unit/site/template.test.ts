import { describe, expect, it } from 'vitest';
import { fillTemplate, templatePreview, templateSegments } from '../../../src/lib/site/template.ts';

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
