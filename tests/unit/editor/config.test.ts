/**
 * The editor configuration is generated from the JSON Schema export. These
 * tests walk every schema property and fail when the editor has no field for
 * it (or a field the schema does not know), and pin how the main kinds of
 * field are offered: selects, relation pickers, lists, required flags.
 */
import { describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES, STATUSES } from '../../../schemas/index.ts';
import { allowedIds, BUILT_IN } from '../../../src/lib/domain/vocabulary/index.ts';
import { editorConfig, editorFields } from '../../../src/lib/editor/decap-config.ts';
import type { EditorField, EditorOptions } from '../../../src/lib/editor/types.ts';
import { BODY_FIELD, type JsonSchema } from '../../../src/lib/editor/file-format.ts';
import { editorTargets } from '../../../src/lib/editor/targets.ts';

const OPTIONS: EditorOptions = {
	backend: { name: 'proxy', proxy_url: '/admin/api/v1/' },
	locale: 'en',
	contentPath: '',
	editorialWorkflow: false,
	labels: {},
	emptyMeans: (value) => `Leave empty for ${value}.`,
	invalidFormat: (example) => `Not in the expected form${example ? `, e.g. ${example}` : ''}.`,
	invalidLength: (min, max) => `${min} to ${max ?? '∞'} characters.`,
};

interface Collection {
	name: string;
	folder?: string;
	files?: { file: string; fields: EditorField[] }[];
	fields?: EditorField[];
}

const targets = editorTargets();
const config = editorConfig(targets, OPTIONS) as { collections: Collection[] };

function isObject(value: unknown): value is JsonSchema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every property path of a JSON Schema, e.g. `items[].legalBasis[].law`, `raci[].roles.*`. */
function schemaPaths(node: JsonSchema, at = ''): string[] {
	const out: string[] = [];
	const props = node['properties'];
	if (isObject(props)) {
		for (const [name, sub] of Object.entries(props)) {
			if (!isObject(sub)) continue;
			const here = at ? `${at}.${name}` : name;
			out.push(here, ...schemaPaths(sub, here));
		}
	}
	if (isObject(node['items'])) out.push(...schemaPaths(node['items'], `${at}[]`));
	if (isObject(node['additionalProperties'])) {
		out.push(`${at}.*`, ...schemaPaths(node['additionalProperties'], `${at}.*`));
	}
	for (const member of Array.isArray(node['anyOf']) ? node['anyOf'] : []) {
		if (isObject(member)) out.push(...schemaPaths(member, at));
	}
	return [...new Set(out)];
}

/** Every field path of the editor configuration, written the same way. */
function editorPaths(fields: readonly EditorField[], at = ''): string[] {
	const out: string[] = [];
	for (const field of fields) {
		const here = at ? `${at}.${field.name}` : field.name;
		out.push(here);
		const nested = field['fields'] as EditorField[] | undefined;
		const single = field['field'] as EditorField | undefined;
		if (field.widget === 'list' && nested?.some((f) => f.name === 'key')) {
			// A record, edited as key/value rows.
			const value = nested.find((f) => f.name === 'value');
			out.push(
				`${here}.*`,
				...editorPaths((value?.['fields'] as EditorField[]) ?? [], `${here}.*`),
			);
		} else if (field.widget === 'list') {
			// A list of objects has `fields`; a list of single values one `field`, named `value`.
			out.push(...editorPaths(nested ?? (single ? [single] : []), `${here}[]`));
		} else if (field.widget === 'object') {
			out.push(...editorPaths(nested ?? [], here));
		}
	}
	return out;
}

function fieldsOf(name: string): EditorField[] {
	const collection = config.collections.find((c) => c.name === name);
	return collection?.fields ?? collection?.files?.[0]?.fields ?? [];
}

function field(type: string, name: string): EditorField | undefined {
	return fieldsOf(type).find((f) => f.name === name);
}

describe('editor configuration generated from the schemas', () => {
	it('has one collection per document type plus the handbook settings', () => {
		expect(config.collections.map((c) => c.name)).toEqual([...DOC_TYPE_NAMES, 'handbook']);
		expect(config.collections.find((c) => c.name === 'guideline')?.folder).toBe('guidelines');
		expect(config.collections.find((c) => c.name === 'handbook')?.files?.[0]?.file).toBe(
			'handbook.yaml',
		);
	});

	it.each(targets.map((t) => [t.name, t] as const))(
		'%s: every schema field has an editor field, and no more',
		(name, target) => {
			const expected = schemaPaths(target.json).sort();
			const actual = editorPaths(fieldsOf(name).filter((f) => f.name !== BODY_FIELD))
				.filter((p) => !p.endsWith('.key') && !/\.value$|\[\]\.value$/.test(p))
				.map((p) => p.replace(/\.value(?=\.|$)/g, ''))
				.sort();
			expect(expected.length).toBeGreaterThan(5);
			expect(actual).toEqual(expected);
		},
	);

	it('fails the walk when a field is missing (the drift test can fail)', () => {
		const target = targets.find((t) => t.name === 'checklist');
		if (!target) throw new Error('no checklist target');
		const fields = fieldsOf('checklist').filter((f) => f.name !== 'legalReviewer');
		expect(schemaPaths(target.json)).toContain('legalReviewer');
		expect(editorPaths(fields)).not.toContain('legalReviewer');
	});

	it('makes fields a folder default sets optional, with the inherited value as hint', () => {
		const checklist = targets.find((t) => t.name === 'checklist')!;
		const types = new Set(targets.map((t) => t.name));
		const owner = (options: EditorOptions) =>
			editorFields(checklist, types, options).find((f) => f.name === 'owner')!;
		expect(owner(OPTIONS).required).toBe(true);
		const inherited = owner({
			...OPTIONS,
			folderDefaults: { checklist: { owner: 'legal-counsel' } },
		});
		expect(inherited.required).toBe(false);
		expect(inherited['hint']).toContain('Leave empty for legal-counsel.');
		// Other types keep the field required.
		const guideline = targets.find((t) => t.name === 'guideline')!;
		expect(
			editorFields(guideline, types, {
				...OPTIONS,
				folderDefaults: { checklist: { owner: 'x' } },
			}).find((f) => f.name === 'owner')!.required,
		).toBe(true);
	});

	it('offers a document’s language as a choice of the handbook’s languages, preset to the default', () => {
		const types = new Set(targets.map((t) => t.name));
		const languages = {
			available: ['de', 'en', 'pt-BR'],
			default: 'en',
			label: (tag: string) => new Intl.DisplayNames('de', { type: 'language' }).of(tag) ?? tag,
		};
		for (const target of targets.filter((t) => t.name !== 'handbook')) {
			const language = editorFields(target, types, { ...OPTIONS, languages }).find(
				(f) => f.name === 'language',
			);
			expect(language, target.name).toMatchObject({
				widget: 'select',
				required: true,
				default: 'en',
				options: [
					{ label: 'Deutsch (de)', value: 'de' },
					{ label: 'Englisch (en)', value: 'en' },
					{ label: 'Portugiesisch (Brasilien) (pt-BR)', value: 'pt-BR' },
				],
			});
			expect(language).not.toHaveProperty('pattern');
		}
		// The handbook's own language lists stay lists of tags; without locales the field stays free text.
		const handbook = targets.find((t) => t.name === 'handbook')!;
		expect(JSON.stringify(editorFields(handbook, types, { ...OPTIONS, languages }))).not.toContain(
			'Deutsch (de)',
		);
		expect(field('guideline', 'language')).toMatchObject({ widget: 'string' });
	});

	it('offers enums as selects with the schema values, lists of enums as multi-selects', () => {
		expect(field('guideline', 'status')).toMatchObject({
			widget: 'select',
			options: [...STATUSES],
			required: true,
		});
		expect(field('guideline', 'legalAreas')).toMatchObject({
			widget: 'select',
			multiple: true,
			options: allowedIds(BUILT_IN, 'legalAreas'),
			required: false,
		});
	});

	it('offers references as relation pickers: documents by id, roles from the team files', () => {
		expect(field('guideline', 'checklists')).toMatchObject({
			widget: 'relation',
			collection: 'checklist',
			value_field: 'id',
			multiple: true,
		});
		expect(field('guideline', 'owner')).toMatchObject({
			widget: 'relation',
			collection: 'team',
			value_field: 'roles.*.id',
			required: true,
		});
	});

	it('carries the JSDoc as hints and the constraints the CMS can check', () => {
		const rules = field('guideline', 'rules');
		expect(rules).toMatchObject({ widget: 'list', min: 1, required: true });
		expect(rules?.['hint']).toBe("The do and don't rules; at least one.");
		const items = field('checklist', 'items')?.['fields'] as EditorField[];
		const question = items.find((f) => f.name === 'question');
		expect(question?.['pattern']).toEqual(['\\?$', 'Not in the expected form.']);
		expect(field('guideline', 'title')?.['pattern']).toEqual([
			'^[\\s\\S]{3,120}$',
			'3 to 120 characters.',
		]);
		expect(field('guideline', 'id')?.['pattern']).toEqual([
			'^[a-z0-9]+(?:-[a-z0-9]+)*$',
			'Not in the expected form, e.g. social-media-manager.',
		]);
		const legalBasis = items.find((f) => f.name === 'legalBasis');
		expect(legalBasis).toMatchObject({ widget: 'list', min: 1 });
		expect((legalBasis?.['fields'] as EditorField[]).map((f) => f.name)).toEqual([
			'law',
			'ref',
			'url',
		]);
	});

	it('edits "all or a list" as the list, with a hint that empty means all', () => {
		expect(field('guideline', 'appliesTo')).toMatchObject({
			widget: 'relation',
			collection: 'channel',
			multiple: true,
			required: false,
			hint: expect.stringContaining('Leave empty for all.'),
		});
	});

	it('requires nothing inside an optional object, so it can be left out', () => {
		const worksCouncil = field('guideline', 'worksCouncil');
		expect(worksCouncil).toMatchObject({ widget: 'object', required: false });
		expect(worksCouncil?.['fields']).toEqual([
			expect.objectContaining({ name: 'involved', widget: 'boolean', required: false }),
			expect.objectContaining({ name: 'agreement', required: false }),
		]);
		const rules = field('guideline', 'rules')?.['fields'] as EditorField[];
		expect(rules.find((f) => f.name === 'text')).toMatchObject({ required: true });
	});

	it('adds a Markdown body to MDX types only', () => {
		expect(field('guideline', BODY_FIELD)).toMatchObject({ widget: 'markdown', modes: ['raw'] });
		expect(field('team', BODY_FIELD)).toBeUndefined();
	});
});
