/**
 * `npm run schema [-- --out <dir>]`: writes one JSON Schema per document type
 * plus `handbook.json` (default folder `schema-out/`), with the vocabulary of
 * the handbook in KODEX_CONTENT (default `content/`), and prints the
 * `# yaml-language-server` line that links a content file to its schema.
 *
 * Exit codes: 0 written, 1 could not generate or write, 2 usage error.
 */
import path from 'node:path';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { isParseArgsError, parseCommand, UsageError } from './run.ts';

const USAGE = 'usage: npm run schema -- [--out <dir>]';
const DEFAULT_OUT = 'schema-out';

/** Parses the arguments with the commands' shared parser; undefined after printing `--help`. */
function parseArgs(args: readonly string[]): { out: string } | undefined {
	const values = parseCommand([...args], USAGE, { out: { type: 'string', default: DEFAULT_OUT } });
	if (!values) return undefined;
	if (!values.out || values.out.startsWith('-')) throw new UsageError('--out needs a folder name');
	return { out: values.out };
}

async function main(args: readonly string[]): Promise<number> {
	let options: { out: string } | undefined;
	try {
		options = parseArgs(args);
	} catch (error) {
		if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
		console.error(`kodex schema: ${(error as Error).message} (${USAGE})`);
		return 2;
	}
	if (!options) return 0;

	// Loaded only now: the TypeScript compiler takes a moment to load, usage errors should not wait.
	const { generateSchemas, modeline, writeSchemas } =
		await import('../lib/schema-export/export.ts');
	const { readVocabulary } = await import('../lib/domain/vocabulary/read.ts');
	const cwd = process.cwd();
	const outDir = path.resolve(cwd, options.out);
	const rel = path.relative(cwd, outDir).split(path.sep).join('/') || '.';
	const outRel = rel.startsWith('../') ? outDir : rel;
	const content = resolveContentDir(process.env, cwd);
	// The company's vocabulary (handbook.yaml) becomes the enums of its fields.
	const { defaultsSchemas } = await import('../lib/schema-export/defaults-schemas.ts');
	const documents = generateSchemas(undefined, await readVocabulary(content.abs));
	// Plus the schemas of _defaults.yaml files and of documents in folders with defaults.
	const schemas = [...documents, ...defaultsSchemas(documents)];
	let files: string[];
	try {
		files = await writeSchemas(schemas, outDir);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.error(`kodex schema: could not write to ${outRel}/: ${reason}`);
		return 1;
	}

	for (const { target, missing } of schemas) {
		for (const field of missing) {
			console.error(
				`warning: ${target.name}.json: ${field} has no description; add a /** … */ comment to it in schemas/`,
			);
		}
	}

	const rows = schemas.map(({ target }, i) => ({
		files: `${content.rel}/${target.pattern}`,
		line: modeline(target, files[i] ?? '', content.abs),
	}));
	const width = Math.max(...rows.map((r) => r.files.length));
	console.log(`Wrote ${files.length} JSON Schema files to ${outRel}/`);
	console.log(
		'Link a file to its schema with this line (YAML: at the top of the file; MDX: first line inside the --- frontmatter):',
	);
	for (const row of rows) console.log(`  ${row.files.padEnd(width)}  ${row.line}`);
	return 0;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	const reason = error instanceof Error ? error.message : String(error);
	console.error(`kodex schema: ${reason}`);
	process.exitCode = 1;
}
