/**
 * The JSON Schema export: runs `src/cli/schema.ts` into a temp folder and checks
 * the files it wrote, then feeds them to the YAML language server (the editor
 * integration the files exist for) when it is installed.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
	DATE_PATTERN,
	DOC_TYPE_NAMES,
	DURATION_PATTERN,
	guidelineSchema,
	SLUG_PATTERN,
	teamSchema,
} from '../../schemas/index.ts';
import { modeline, schemaTargets } from '../../src/lib/schema-export/export.ts';
import { BUILT_IN } from '../../src/lib/domain/vocabulary/index.ts';
import { missingDescriptions, type JsonSchema } from '../../src/lib/schema-export/json-schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Node 24 from node_modules: it runs the `.ts` CLI without a build step. */
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
const CLI = path.join(ROOT, 'src', 'cli', 'schema.ts');
const EXPECTED_FILES = [
	...DOC_TYPE_NAMES,
	'handbook',
	// Folder defaults: the _defaults.yaml of each type, and its documents completed by one.
	...DOC_TYPE_NAMES.flatMap((t) => [`${t}.defaults`, `${t}.defaulted`]),
].map((name) => `${name}.json`);

interface RunResult {
	code: number;
	stdout: string;
	stderr: string;
}

function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
	return new Promise((resolve) => {
		const options = { cwd: ROOT, env: { ...process.env, ...env } };
		execFile(NODE, [CLI, ...args], options, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

/** The text of the single-line JSDoc comment directly above `key:` in a schema file. */
function jsdocAbove(schemaFile: string, key: string): string {
	const source = readFileSync(path.join(ROOT, 'schemas', schemaFile), 'utf8');
	const match = new RegExp(String.raw`/\*\* (.+?) \*/\s*\n\s*${key}:`).exec(source);
	if (!match?.[1]) throw new Error(`no JSDoc above ${key} in schemas/${schemaFile}`);
	return match[1];
}

/** Follows `properties` / `items` segments, e.g. `['items', '[]', 'legalBasis', '[]', 'law']`. */
function node(schema: JsonSchema, ...segments: string[]): JsonSchema {
	let current: unknown = schema;
	for (const seg of segments) {
		const container = current as JsonSchema;
		current =
			seg === '[]'
				? container['items']
				: (container['properties'] as JsonSchema | undefined)?.[seg];
		if (current === undefined) throw new Error(`no schema at ${segments.join('.')}`);
	}
	return current as JsonSchema;
}

/** Every object schema below `root`, with the path that leads to it. */
function objectSchemas(root: JsonSchema, at = '(root)'): { at: string; schema: JsonSchema }[] {
	const found: { at: string; schema: JsonSchema }[] = [];
	if (root['type'] === 'object' && root['properties']) found.push({ at, schema: root });
	for (const [key, value] of Object.entries(root)) {
		if (key === 'examples' || key === 'enum' || key === 'const') continue;
		const children = Array.isArray(value) ? value : [value];
		for (const child of children) {
			if (typeof child === 'object' && child !== null) {
				found.push(...objectSchemas(child as JsonSchema, `${at}/${key}`));
			}
		}
	}
	return found;
}

let outDir: string;
let run: RunResult;
const schemas = new Map<string, JsonSchema>();

function schemaOf(name: string): JsonSchema {
	const schema = schemas.get(name);
	if (!schema) throw new Error(`${name}.json was not written`);
	return schema;
}

beforeAll(async () => {
	outDir = await mkdtemp(path.join(os.tmpdir(), 'kodex-schema-'));
	run = await runCli(['--out', outDir]);
	for (const file of await readdir(outDir)) {
		schemas.set(
			path.basename(file, '.json'),
			JSON.parse(await readFile(path.join(outDir, file), 'utf8')),
		);
	}
});

afterAll(async () => {
	await rm(outDir, { recursive: true, force: true });
});

describe('npm run schema', () => {
	it('writes one parseable JSON Schema per type plus handbook.json', async () => {
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect((await readdir(outDir)).sort()).toEqual([...EXPECTED_FILES].sort());
		expect(schemas.size).toBe(EXPECTED_FILES.length);
	});

	it('prints where the files went and one yaml-language-server line per file', () => {
		const lines = run.stdout.trim().split('\n');
		expect(lines[0]).toContain(`Wrote ${EXPECTED_FILES.length} JSON Schema files to`);
		for (const file of EXPECTED_FILES) {
			expect(run.stdout).toMatch(
				new RegExp(String.raw`# yaml-language-server: \$schema=\S*/${file.replace('.', '\\.')}`),
			);
		}
		expect(run.stdout).toMatch(/content\/guidelines\/\*\.mdx\s+# yaml-language-server/);
		expect(run.stdout).toMatch(/content\/handbook\.yaml\s+# yaml-language-server/);
	});

	it('sets $schema, $id, title and a file description', () => {
		for (const [name, schema] of schemas) {
			expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
			expect(schema['$id']).toBe(`https://kodex.local/schema/${name}.json`);
			expect(schema['title']).toMatch(/^Kodex /);
			expect(schema['description']).toEqual(expect.any(String));
		}
		expect(schemaOf('guideline')['description']).toContain('frontmatter');
		expect(schemaOf('handbook')['description']).toContain('Handbook configuration');
	});

	it('copies enums and JSDoc descriptions from the schema files', () => {
		const scope = node(schemaOf('guideline'), 'scope');
		expect(scope['enum']).toEqual(guidelineSchema.shape.scope.options);
		expect(scope['description']).toBe(jsdocAbove('guideline.ts', 'scope'));
		expect(node(schemaOf('guideline'), 'rules', '[]', 'kind')['description']).toBe(
			jsdocAbove('guideline.ts', 'kind'),
		);
	});

	it('describes nested fields inside arrays', () => {
		const law = node(schemaOf('checklist'), 'items', '[]', 'legalBasis', '[]', 'law');
		expect(law['description']).toBe(jsdocAbove('checklist.ts', 'law'));
		expect(law['enum']).toEqual([...BUILT_IN.laws.keys()]);
		expect(
			node(schemaOf('checklist'), 'items', '[]', 'legalBasis', '[]', 'ref')['description'],
		).toBe(jsdocAbove('checklist.ts', 'ref'));
		expect(node(schemaOf('checklist'), 'items')['minItems']).toBe(5);
	});

	it("follows the company's vocabulary from handbook.yaml in KODEX_CONTENT", async () => {
		const out = await mkdtemp(path.join(os.tmpdir(), 'kodex-schema-company-'));
		try {
			const r = await runCli(['--out', out], {
				KODEX_CONTENT: 'tests/fixtures/bad/company-signal-misspelled',
			});
			expect(r.code).toBe(0);
			const playbook = JSON.parse(await readFile(path.join(out, 'playbook.json'), 'utf8'));
			const signal = node(playbook, 'triggers', '[]', 'signal');
			expect(signal['enum']).toContain('supply-outage');
			expect(signal['enum']).toContain('volume-spike');
			const checklist = JSON.parse(await readFile(path.join(out, 'checklist.json'), 'utf8'));
			const law = node(checklist, 'items', '[]', 'legalBasis', '[]', 'law');
			expect(law['enum']).toEqual([...BUILT_IN.laws.keys(), 'EnWG']);
			// The example's own export knows no company signal.
			expect(node(schemaOf('playbook'), 'triggers', '[]', 'signal')['enum']).not.toContain(
				'supply-outage',
			);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	});

	it('forbids unknown keys in every object', () => {
		for (const [name, schema] of schemas) {
			for (const { at, schema: object } of objectSchemas(schema)) {
				expect(object['additionalProperties'], `${name}.json ${at}`).toBe(false);
			}
		}
	});

	it('keeps the patterns and examples of dates, durations and slugs', () => {
		const reviewBy = node(schemaOf('guideline'), 'reviewBy');
		expect(reviewBy['pattern']).toBe(DATE_PATTERN.source);
		expect(reviewBy['examples']).toEqual(['2027-03-31']);
		expect(node(schemaOf('goal'), 'period', 'start')['pattern']).toBe(DATE_PATTERN.source);
		const acknowledge = node(schemaOf('playbook'), 'levels', '[]', 'acknowledgeWithin');
		expect(acknowledge['pattern']).toBe(DURATION_PATTERN.source);
		expect(acknowledge['examples']).toEqual(['PT1H', 'PT30M', 'P1D']);
		expect(node(schemaOf('team'), 'members', '[]', 'id')['pattern']).toBe(SLUG_PATTERN.source);
	});

	it('gives every property in every schema a description (JSDoc on every field)', () => {
		const missing = [...schemas].flatMap(([name, schema]) =>
			missingDescriptions(schema).map((field) => `${name}.json: ${field}`),
		);
		expect(missing, `fields without a JSDoc comment in schemas/*.ts`).toEqual([]);
	});

	it('names the field path when a description is missing', () => {
		const copy = structuredClone(schemaOf('checklist'));
		delete node(copy, 'items', '[]', 'legalBasis', '[]', 'law')['description'];
		node(copy, 'legalArea')['description'] = ' ';
		expect(missingDescriptions(copy)).toEqual(['legalArea', 'items[].legalBasis[].law']);
	});

	it('rejects unknown arguments with exit code 2 and one line, no stack trace', async () => {
		for (const args of [['--bogus'], ['--out']]) {
			const result = await runCli(args);
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stderr).toMatch(/^kodex schema: .*usage: npm run schema/);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
	});
});

// --- The YAML language server, as VS Code runs it -------------------------------------------

interface Diagnostic {
	message: string;
	range: { start: { line: number } };
}
interface YamlLanguageService {
	configure(settings: { validate: boolean; hover: boolean; schemas: never[] }): void;
	doValidation(doc: unknown, isKubernetes: boolean): Promise<Diagnostic[]>;
	doHover(
		doc: unknown,
		position: { line: number; character: number },
	): Promise<{ contents: { value: string } } | null>;
}
interface YamlServerModules {
	getLanguageService(params: {
		schemaRequestService: (uri: string) => Promise<string>;
		workspaceContext: { resolveRelativePath: (relative: string, resource: string) => string };
	}): YamlLanguageService;
	/** A text document; a new version each time, since the server caches parses by uri and version. */
	createDocument(uri: string, text: string): unknown;
}

/** The YAML language server (a devDependency) checks the exported schemas the way an editor would. */
function loadYamlServer(): YamlServerModules {
	const require = createRequire(import.meta.url);
	let version = 0;
	const service = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
	const { TextDocument } = require('vscode-languageserver-textdocument');
	return {
		getLanguageService: service.getLanguageService,
		createDocument: (uri, text) => TextDocument.create(uri, 'yaml', ++version, text),
	};
}

const yamlServer = loadYamlServer();

describe('the YAML language server', () => {
	const VALID_TEAM = `id: redaktion
title: Redaktion
summary: Das Team, das die Unternehmenskanäle betreut.
language: de
status: draft
owner: social-media-manager
audience: [social-media-team]
reviewBy: 2027-03-31
roles:
  - id: social-media-manager
    name: Social-Media-Managerin
    category: social-media-manager
    responsibilities: [Redaktionsplan pflegen]
    timeBudget:
      - { activity: monitoring, minutes: 30, per: day }
members:
  - id: anna-berger
    name: Anna Berger
    roles: [social-media-manager]
    employment: employee
coverage:
  timezone: Europe/Berlin
  officeHours:
    - { days: [mon, tue, wed, thu, fri], from: '08:00', to: '18:00' }
raci:
  - activity: Kampagnenfreigabe
    roles: { social-media-manager: AR }
`;

	async function validate(text: string) {
		if (!yamlServer) throw new Error('unreachable');
		const team = schemaTargets().find((t) => t.name === 'team');
		if (!team) throw new Error('no team target');
		const contentDir = path.join(outDir, 'content');
		const docPath = path.join(contentDir, 'teams', 'redaktion.yaml');
		const line = modeline(team, path.join(outDir, 'team.json'), contentDir);
		const requested: string[] = [];
		const service = yamlServer.getLanguageService({
			schemaRequestService: (uri) => {
				requested.push(uri);
				return readFile(fileURLToPath(uri), 'utf8');
			},
			workspaceContext: { resolveRelativePath: (rel, resource) => new URL(rel, resource).href },
		});
		service.configure({ validate: true, hover: true, schemas: [] });
		const doc = yamlServer.createDocument(pathToFileURL(docPath).href, `${line}\n${text}`);
		const diagnostics = await service.doValidation(doc, false);
		// The relative path in the printed line must lead to the written file.
		expect(requested).toEqual([pathToFileURL(path.join(outDir, 'team.json')).href]);
		return { service, doc, diagnostics };
	}

	it('accepts a valid team file, as zod does', async () => {
		expect(teamSchema.safeParse(parseYaml(VALID_TEAM)).success).toBe(true);
		const { diagnostics } = await validate(VALID_TEAM);
		expect(diagnostics.map((d) => d.message)).toEqual([]);
	});

	it('reports bad dates, slugs, enum values and unknown keys, as zod does', async () => {
		const invalid = VALID_TEAM.replace('reviewBy: 2027-03-31', 'reviewBy: 31.03.2027')
			.replace('id: anna-berger', 'id: Anna_Berger')
			.replace('per: day', 'per: month')
			.replace('  timezone: Europe/Berlin', '  timezone: Europe/Berlin\n  pager: 0171 1234567');
		expect(teamSchema.safeParse(parseYaml(invalid)).success).toBe(false);
		const { diagnostics } = await validate(invalid);
		const messages = diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join('\n');
		expect(messages).toContain(DATE_PATTERN.source);
		expect(messages).toContain(SLUG_PATTERN.source);
		expect(messages).toMatch(/Valid values: "day", "week"/);
		expect(messages).toMatch(/Property pager is not allowed/);
	});

	it('shows the JSDoc description on hover', async () => {
		const { service, doc } = await validate(VALID_TEAM);
		// Line 0 is the yaml-language-server comment; line 5 is `status: draft`.
		const hover = await service.doHover(doc, { line: 5, character: 2 });
		expect(hover?.contents.value).toContain(jsdocAbove('common.ts', 'status'));
	});
});
