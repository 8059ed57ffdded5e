/**
 * One document file into its model: the frontmatter split off an MDX file, the YAML
 * parsed with positions, the folder defaults filled in and the schema applied, with
 * a diagnostic for every problem (no frontmatter, an unclosed one, no fields …).
 */
import path from 'node:path';
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { issuesToDiagnostics } from '../diagnostics/schema-issues.ts';
import type { SourceDoc, SourceLocator } from '../model/model.ts';
import { applyDefaults, type FolderDefaults } from './defaults.ts';
import { yamlProblems } from './file-problems.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYaml } from './yaml-source.ts';

/** `guidelines/fotos.mdx` → `fotos`: the file name without its extension. */
export function stemOf(rel: string): string {
	return path.posix.basename(rel).replace(/\.(mdx|ya?ml)$/i, '');
}

export function parseDocument(
	type: DocType,
	rel: string,
	file: string,
	text: string,
	diagnostics: Diagnostic[],
	defaults: readonly FolderDefaults[] = [],
): SourceDoc | undefined {
	const info = DOC_TYPES[type];
	const stem = stemOf(rel);
	let yamlText = text;
	let body: string | undefined;
	let bodyLine = 1;
	if (info.format === 'mdx') {
		if (!/^---[ \t]*\r?\n/.test(text)) {
			diagnostics.push({
				rule: 'PARSE-005',
				severity: 'error',
				file,
				line: 1,
				column: 1,
				path: '',
				message: 'The document has no frontmatter.',
				expected: 'the file to start with a line "---", the fields, and another "---" line',
				fix: 'Add a frontmatter block at the top: ---, id, title, … , ---.',
				de: {
					message: 'Das Dokument hat keine Frontmatter.',
					expected:
						'die Datei beginnt mit einer Zeile „---“, den Feldern und einer weiteren Zeile „---“',
					fix: 'Oben einen Frontmatter-Block einfügen: ---, id, title, … , ---.',
				},
			});
			return undefined;
		}
		const split = splitFrontmatter(text);
		if (!split.ok) {
			diagnostics.push({
				rule: 'PARSE-009',
				severity: 'error',
				file,
				line: 1,
				column: 1,
				path: '',
				message: 'The frontmatter is opened with "---" on line 1 but never closed.',
				expected: 'a second line with only "---" after the last field, before the text',
				fix: 'Add a line "---" after the frontmatter fields.',
				de: {
					message: 'Die Frontmatter wird in Zeile 1 mit „---“ geöffnet, aber nie geschlossen.',
					expected:
						'eine zweite Zeile, die nur „---“ enthält, nach dem letzten Feld und vor dem Text',
					fix: 'Nach den Frontmatter-Feldern eine Zeile „---“ einfügen.',
				},
			});
			return undefined;
		}
		yamlText = split.yaml;
		body = split.body;
		bodyLine = split.bodyLine;
	}
	const parsed = parseYaml(yamlText);
	const problems = yamlProblems(parsed.problems, file, yamlText);
	diagnostics.push(...problems);
	const locate: SourceLocator = parsed.locate;
	if (problems.length) {
		return { type, file, stem, raw: undefined, data: undefined, body, bodyLine, locate };
	}
	if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
		diagnostics.push({
			rule: 'SCH-004',
			severity: 'error',
			file,
			line: locate.value([]).line,
			column: locate.value([]).column,
			path: '',
			message:
				parsed.data === null || parsed.data === undefined
					? 'The document has no fields.'
					: 'The document must be a set of "field: value" lines.',
			value: parsed.data,
			expected: 'fields such as id, title, summary, language, status, owner, audience',
			fix: 'Write one "field: value" per line; see the README for an example document.',
			de: {
				message:
					parsed.data === null || parsed.data === undefined
						? 'Das Dokument hat keine Felder.'
						: 'Das Dokument muss aus Zeilen „feld: wert“ bestehen.',
				expected: 'Felder wie id, title, summary, language, status, owner, audience',
				fix: 'Ein „feld: wert“ pro Zeile schreiben; ein Beispieldokument steht im README.',
			},
		});
		return { type, file, stem, raw: parsed.data, data: undefined, body, bodyLine, locate };
	}
	const { data: raw, inherited } = applyDefaults(parsed.data, defaults);
	const result = info.schema.safeParse(raw, { reportInput: true });
	if (!result.success) {
		diagnostics.push(
			...issuesToDiagnostics(result.error.issues, info.schema, { file, raw, locate }),
		);
	}
	return {
		type,
		file,
		stem,
		raw,
		...(inherited.size ? { inherited, written: parsed.data } : {}),
		data: result.success ? (result.data as SourceDoc['data']) : undefined,
		body,
		bodyLine,
		locate,
	};
}
