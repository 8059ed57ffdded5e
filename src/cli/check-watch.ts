/**
 * `npm run check -- --watch`: validates once in full, then again after every
 * save in the content folder, and prints only what changed: problems that are
 * new and problems that are fixed, then the counts. Runs until stopped (Ctrl+C).
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { styleText } from 'node:util';
import { formatDiagnostics, formatOne, summary } from '../lib/diagnostics/format-text.ts';
import { cliLanguage, cliWord, type CliLanguage } from '../lib/diagnostics/cli-language.ts';
import { inLanguage } from '../lib/diagnostics/diagnostics.ts';
import type { ParseCache } from '../lib/load/load.ts';
import { validate, type ValidateOptions, type ValidationResult } from '../lib/validate.ts';
import { diffDiagnostics } from '../lib/diagnostics/watch-diff.ts';

/** Saves often come as several events (write, rename, attributes); they are taken as one. */
const DEBOUNCE_MS = 80;

/** The report's language: --lang, else KODEX_LANG, else the handbook's default language (as in `check`). */
const languageOf = (r: ValidationResult, chosen?: CliLanguage) =>
	cliLanguage(chosen, process.env['KODEX_LANG'], r.handbook.config?.data?.locales.default);

const all = (r: ValidationResult) => [...r.errors, ...r.warnings, ...r.notices];

export async function watchCheck(
	contentDir: string,
	options: ValidateOptions,
	out: NodeJS.WritableStream,
	color: boolean,
	chosen?: CliLanguage,
): Promise<never> {
	const paint = (style: Parameters<typeof styleText>[0], text: string) =>
		color ? styleText(style, text, { validateStream: false }) : text;
	// Unchanged files are taken from the parse cache, so a save re-parses only what changed.
	const cache: ParseCache = new Map();
	const timed = async () => {
		const started = performance.now();
		const result = await validate(contentDir, { ...options, cache });
		return { result, seconds: (performance.now() - started) / 1000 };
	};

	let { result, seconds } = await timed();
	out.write(formatDiagnostics(result, { color, seconds, lang: languageOf(result, chosen) }));
	out.write(paint('dim', `${cliWord(languageOf(result, chosen), 'watching')}\n`));

	const changed = new Set<string>();
	let timer: NodeJS.Timeout | undefined;
	let running = false;

	const rerun = async (): Promise<void> => {
		if (running) return;
		running = true;
		// Editors' temporary files come and go within one save; they are not worth naming.
		const files = [...changed]
			.filter((f) => /\.\w+$/.test(f) || existsSync(path.join(contentDir, f)))
			.sort();
		changed.clear();
		const next = await timed();
		const { added, fixed } = diffDiagnostics(all(result), all(next.result));
		result = next.result;
		const lang = languageOf(result, chosen);
		const w = (word: Parameters<typeof cliWord>[1]) => cliWord(lang, word);
		const time = new Date().toTimeString().slice(0, 8);
		const lines = [
			paint('dim', `${time}  ${w('watchChanged')} ${files.join(', ') || '(content folder)'}`),
		];
		for (const d of added)
			lines.push(`${paint('bold', w('watchNew'))}  ${formatOne(d, result.strict, paint, lang)}`);
		for (const source of fixed) {
			const d = inLanguage(source, lang);
			const where = d.file ? (d.line ? `${d.file}:${d.line}` : d.file) : w('handbook');
			lines.push(
				paint(
					'green',
					`${w('watchFixed')}  ${where}  ${d.rule}  ${d.path ? `${d.path}  ` : ''}${d.message}`,
				),
			);
		}
		if (added.length === 0 && fixed.length === 0) lines.push(w('watchNone'));
		lines.push(summary(result, { seconds: next.seconds, lang }, paint));
		out.write(`\n${lines.join('\n\n')}\n`);
		running = false;
		if (changed.size > 0) schedule();
	};
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void rerun(), DEBOUNCE_MS);
	};

	watchTree(contentDir, (rel) => {
		changed.add(rel);
		if (!running) schedule();
	});
	return new Promise<never>(() => {});
}

const hidden = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Calls `onChange` with the path (relative to `root`) of every file that changes
 * below `root`. One watcher per folder: the recursive mode of fs.watch on Linux
 * loses a file once an editor saves it by renaming a temporary file over it.
 */
function watchTree(root: string, onChange: (rel: string) => void): void {
	const watchers = new Map<string, FSWatcher>();
	const add = (dir: string) => {
		if (watchers.has(dir)) return;
		let entries;
		try {
			watchers.set(
				dir,
				watch(dir, (_event, name) => {
					if (!name || hidden(String(name))) return;
					const full = path.join(dir, String(name));
					if (isFolder(full)) add(full);
					onChange(path.relative(root, full).split(path.sep).join('/'));
				}),
			);
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return; // removed in the meantime
		}
		for (const e of entries) if (e.isDirectory() && !hidden(e.name)) add(path.join(dir, e.name));
	};
	add(root);
}

function isFolder(file: string): boolean {
	try {
		return statSync(file).isDirectory();
	} catch {
		return false;
	}
}
