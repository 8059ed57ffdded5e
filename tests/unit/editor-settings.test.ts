/**
 * The editor set-up in .vscode/: the YAML language server (what the recommended
 * YAML extension runs) gets the committed JSON Schemas for every YAML file of the
 * handbook through `yaml.schemas`, and validates and explains both a YAML file and
 * the frontmatter of an MDX file against them. MDX frontmatter reaches the
 * editor through the Astro extension's content intellisense (see
 * docs/authoring.en.md, "In the editor"), which embeds the same YAML language server.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOC_TYPE_NAMES, DOC_TYPES, HANDBOOK_FILE } from '../../schemas/index.ts';
import { REPO_ROOT, SCHEMA_DIR } from '../../src/lib/docs/files.ts';

const read = (rel: string) => readFileSync(path.join(REPO_ROOT, rel), 'utf8');
const settings = JSON.parse(read('.vscode/settings.json')) as Record<string, unknown>;
const yamlSchemas = settings['yaml.schemas'] as Record<string, string[]>;

interface LsDiagnostic {
	message: string;
	range: { start: { line: number } };
}
interface YamlLanguageService {
	configure(settings: object): void;
	doValidation(doc: unknown, isKubernetes: boolean): Promise<LsDiagnostic[]>;
	doHover(
		doc: unknown,
		position: { line: number; character: number },
	): Promise<{ contents: { value: string } } | null>;
	doComplete(
		doc: unknown,
		position: { line: number; character: number },
		isKubernetes: boolean,
	): Promise<{ items: { label: string }[] }>;
}

const require = createRequire(import.meta.url);
const { getLanguageService } =
	require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js') as {
		getLanguageService(params: object): YamlLanguageService;
	};
const { TextDocument } = require('vscode-languageserver-textdocument') as {
	TextDocument: { create(uri: string, lang: string, version: number, text: string): unknown };
};

/** The language server configured as VS Code configures it from `yaml.schemas` (paths relative to the workspace). */
function languageServer(): YamlLanguageService {
	const service = getLanguageService({
		schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
		workspaceContext: { resolveRelativePath: (rel: string, res: string) => new URL(rel, res).href },
	});
	service.configure({
		validate: true,
		hover: true,
		completion: true,
		schemas: Object.entries(yamlSchemas).map(([schema, globs]) => ({
			uri: pathToFileURL(path.join(REPO_ROOT, schema)).href,
			// VS Code resolves the globs against the workspace; a leading ! excludes.
			fileMatch: globs.map((g) =>
				g.startsWith('!') ? `!${path.join(REPO_ROOT, g.slice(1))}` : path.join(REPO_ROOT, g),
			),
		})),
	});
	return service;
}

let version = 0;
const documentAt = (rel: string, text: string) =>
	TextDocument.create(pathToFileURL(path.join(REPO_ROOT, rel)).href, 'yaml', ++version, text);

describe('.vscode/settings.json', () => {
	it('maps every YAML document folder and handbook.yaml to its committed schema', () => {
		const expected: Record<string, string[]> = {};
		for (const type of DOC_TYPE_NAMES) {
			const { folder, format } = DOC_TYPES[type];
			// A folder's _defaults.yaml is not a document: it has its own schema.
			if (format === 'yaml')
				expected[`./${SCHEMA_DIR}/${type}.json`] = [
					`content/${folder}/*.yaml`,
					`!content/${folder}/_defaults.yaml`,
				];
		}
		expected[`./${SCHEMA_DIR}/handbook.json`] = [`content/${HANDBOOK_FILE}`];
		for (const type of DOC_TYPE_NAMES)
			expected[`./${SCHEMA_DIR}/${type}.defaults.json`] = [
				`content/${DOC_TYPES[type].folder}/**/_defaults.yaml`,
			];
		expect(yamlSchemas).toEqual(expected);
		for (const schema of Object.keys(yamlSchemas))
			expect(JSON.parse(read(schema))).toHaveProperty('$id');
	});

	it('switches on frontmatter checks for MDX and recommends the extensions that do them', () => {
		expect(settings['astro.content-intellisense']).toBe(true);
		expect(read('astro.config.mjs')).toMatch(/experimental: \{ contentIntellisense: true \}/);
		const { recommendations } = JSON.parse(read('.vscode/extensions.json'));
		expect(recommendations).toEqual(
			expect.arrayContaining(['redhat.vscode-yaml', 'astro-build.astro-vscode']),
		);
	});
});

describe('the YAML language server with these settings', () => {
	const channel = read('content/channels/linkedin.yaml');

	it('accepts a real channel file and flags a wrong value in it', async () => {
		const service = languageServer();
		const ok = await service.doValidation(
			documentAt('content/channels/linkedin.yaml', channel),
			false,
		);
		expect(ok.map((d) => d.message)).toEqual([]);
		const broken = channel.replace(/^state: .*$/m, 'state: aktiv').replace(/^handle:/m, 'handel:');
		expect(broken).not.toBe(channel);
		const found = await service.doValidation(
			documentAt('content/channels/linkedin.yaml', broken),
			false,
		);
		const messages = found.map((d) => d.message).join('\n');
		expect(messages).toMatch(/Value is not accepted\. Valid values: "planned", "active"/);
		expect(messages).toMatch(/Property handel is not allowed/);
	});

	it('shows the field description on hover and offers allowed values', async () => {
		const service = languageServer();
		const lines = channel.split('\n');
		const line = lines.findIndex((l) => l.startsWith('state:'));
		const doc = documentAt('content/channels/linkedin.yaml', channel);
		const hover = await service.doHover(doc, { line, character: 2 });
		expect(hover?.contents.value).toContain('Whether the channel is running');
		const edited = lines.map((l, i) => (i === line ? 'state: ' : l)).join('\n');
		const completion = await service.doComplete(
			documentAt('content/channels/linkedin.yaml', edited),
			{ line, character: 7 },
			false,
		);
		expect(completion.items.map((i) => i.label)).toEqual(
			expect.arrayContaining(['planned', 'active', 'paused', 'archived']),
		);
	});

	it('does not touch YAML outside the content folders', async () => {
		const service = languageServer();
		const found = await service.doValidation(documentAt('ci/other.yaml', 'anything: 1\n'), false);
		expect(found).toEqual([]);
	});

	it('checks MDX frontmatter content against the same schema', async () => {
		// The frontmatter as the Astro extension hands it to the YAML language server: the text between the --- lines.
		const mdx = read('content/guidelines/fotos-und-videos.mdx');
		const frontmatter = /^---\n([\s\S]*?)^---/m.exec(mdx)?.[1] ?? '';
		expect(frontmatter).toContain('id: fotos-und-videos');
		const service = getLanguageService({
			schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
			workspaceContext: {
				resolveRelativePath: (rel: string, res: string) => new URL(rel, res).href,
			},
		});
		service.configure({
			validate: true,
			hover: true,
			schemas: [
				{
					uri: pathToFileURL(path.join(REPO_ROOT, SCHEMA_DIR, 'guideline.json')).href,
					fileMatch: ['*.frontmatter.yaml'],
				},
			],
		});
		const doc = (text: string) =>
			TextDocument.create('file:///fotos-und-videos.frontmatter.yaml', 'yaml', ++version, text);
		expect((await service.doValidation(doc(frontmatter), false)).map((d) => d.message)).toEqual([]);
		const broken = frontmatter.replace(/^binding: .*$/m, 'binding: pflicht');
		const found = await service.doValidation(doc(broken), false);
		expect(found.map((d) => d.message).join('\n')).toMatch(
			/Valid values: "policy", "recommendation"/,
		);
		const line = broken.split('\n').findIndex((l) => l.startsWith('binding:'));
		expect(found.some((d) => d.range.start.line === line)).toBe(true);
	});
});

describe('folder defaults in the editor', () => {
	/** The language server with one schema for `*.frontmatter.yaml`, as the Astro extension hands frontmatter over. */
	async function frontmatterProblems(schema: string, text: string): Promise<string[]> {
		const service = getLanguageService({
			schemaRequestService: async (uri: string) => readFileSync(new URL(uri), 'utf8'),
			workspaceContext: {
				resolveRelativePath: (rel: string, res: string) => new URL(rel, res).href,
			},
		});
		service.configure({
			validate: true,
			schemas: [
				{
					uri: pathToFileURL(path.join(REPO_ROOT, SCHEMA_DIR, schema)).href,
					fileMatch: ['*.frontmatter.yaml'],
				},
			],
		});
		const doc = TextDocument.create('file:///doc.frontmatter.yaml', 'yaml', ++version, text);
		return (await service.doValidation(doc, false)).map((d) => d.message);
	}

	it('checks a real _defaults.yaml against its schema: allowed fields only, none that name one document', async () => {
		const service = languageServer();
		const rel = 'content/checklists/_defaults.yaml';
		const text = read(rel);
		expect(text).toMatch(/^owner: /m);
		const ok = await service.doValidation(documentAt(rel, text), false);
		expect(ok.map((d) => d.message)).toEqual([]);
		const broken = `${text}id: eine-liste\nownr: legal-counsel\nstatus: fertig\n`;
		const messages = (await service.doValidation(documentAt(rel, broken), false))
			.map((d) => d.message)
			.join('\n');
		expect(messages).toMatch(/Property id is not allowed/);
		expect(messages).toMatch(/Property ownr is not allowed/);
		expect(messages).toMatch(/Value is not accepted/);
	});

	it('does not check a _defaults.yaml in a YAML folder as a document', async () => {
		const service = languageServer();
		const found = await service.doValidation(
			documentAt('content/teams/_defaults.yaml', 'owner: head-of-communications\n'),
			false,
		);
		expect(found.map((d) => d.message)).toEqual([]);
		// The document next to it still must have its fields.
		const team = await service.doValidation(
			documentAt('content/teams/neu.yaml', 'owner: head-of-communications\n'),
			false,
		);
		expect(team.map((d) => d.message).join('\n')).toMatch(/Missing property "id"/);
	});

	it('gives a document in a folder with defaults a schema without false "missing" errors', async () => {
		// A real checklist that takes its owner from checklists/_defaults.yaml.
		const mdx = read('content/checklists/arbeitsrecht.mdx');
		const frontmatter = /^---\n([\s\S]*?)^---/m.exec(mdx)?.[1] ?? '';
		expect(frontmatter).toContain('id: arbeitsrecht');
		expect(frontmatter).not.toMatch(/^owner:/m);
		// The premise: the plain document schema calls the defaulted field missing.
		expect((await frontmatterProblems('checklist.json', frontmatter)).join('\n')).toMatch(
			/Missing property "owner"/,
		);
		expect(await frontmatterProblems('checklist.defaulted.json', frontmatter)).toEqual([]);
		// It still checks everything else, and id and title stay required.
		const broken = frontmatter.replace(/^id: .*\n/m, '').replace(/^status: .*$/m, 'status: fertig');
		const messages = (await frontmatterProblems('checklist.defaulted.json', broken)).join('\n');
		expect(messages).toMatch(/Missing property "id"/);
		expect(messages).toMatch(/Value is not accepted/);
	});
});
