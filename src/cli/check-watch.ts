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
import { git } from '../lib/history/git.ts';
import { historyEnabled, loadVersionHistory } from '../lib/history/version-history.ts';
import type { FileReuse, ParseCache } from '../lib/load/load.ts';
import { validate, type ValidateOptions, type ValidationResult } from '../lib/validate.ts';
import { diffDiagnostics } from '../lib/diagnostics/watch-diff.ts';

/** Saves often come as several events (write, rename, attributes); they are taken as one. */
const DEBOUNCE_MS = 40;

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
	// Only the files the watcher names are read again (the others are kept with what decoding
	// them gave), unchanged documents come from the parse cache, and the git history is read
	// once and again only when git's HEAD, refs or index change, not on every save.
	const cache: ParseCache = new Map();
	const reuse: FileReuse = { files: new Map(), changed: undefined };
	const withHistory = options.history === undefined && historyEnabled();
	let history = withHistory ? loadVersionHistory(contentDir) : undefined;
	const timed = async (changedFiles: ReadonlySet<string> | undefined) => {
		const started = performance.now();
		reuse.changed = changedFiles;
		const result = await validate(contentDir, {
			...options,
			cache,
			reuse,
			...(history ? { history: await history } : {}),
		});
		return { result, seconds: (performance.now() - started) / 1000 };
	};

	let { result, seconds } = await timed(undefined);
	out.write(formatDiagnostics(result, { color, seconds, lang: languageOf(result, chosen) }));
	out.write(paint('dim', `${cliWord(languageOf(result, chosen), 'watching')}\n`));

	const changed = new Set<string>();
	let gitChanged = false;
	let timer: NodeJS.Timeout | undefined;
	let running = false;

	const rerun = async (): Promise<void> => {
		if (running) return;
		running = true;
		// Editors' temporary files come and go within one save; they are not worth naming.
		const files = [...changed]
			.filter((f) => /\.\w+$/.test(f) || existsSync(path.join(contentDir, f)))
			.sort();
		const changedNow = new Set(changed);
		changed.clear();
		if (gitChanged && withHistory) {
			gitChanged = false;
			history = loadVersionHistory(contentDir);
			files.push('(git history)');
		}
		const next = await timed(changedNow);
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
		if (changed.size > 0 || gitChanged) schedule();
	};
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void rerun(), DEBOUNCE_MS);
	};

	watchTree(contentDir, (rel) => {
		changed.add(rel);
		if (!running) schedule();
	});
	if (withHistory)
		await watchGit(contentDir, () => {
			gitChanged = true;
			if (!running) schedule();
		});
	return new Promise<never>(() => {});
}

/**
 * Calls `onChange` when git's state moves: HEAD (a checkout), a ref (a commit,
 * a reset), packed refs or the index (a staged rename). Nothing without git.
 */
async function watchGit(contentDir: string, onChange: () => void): Promise<void> {
	const r = await git(contentDir, ['rev-parse', '--absolute-git-dir', '--git-common-dir']);
	if (r.code !== 0) return;
	const [gitDir = '', common = ''] = r.stdout.trim().split('\n');
	const commonDir = path.resolve(contentDir, common);
	const state = /^(HEAD|index|packed-refs)$/;
	for (const dir of new Set([gitDir, commonDir])) {
		try {
			watch(dir, (_event, name) => {
				if (name && state.test(String(name))) onChange();
			});
		} catch {
			// a git folder that cannot be watched: history stays as read at the start
		}
	}
	const refs = path.join(commonDir, 'refs');
	if (isFolder(refs))
		watchTree(refs, (rel) => {
			if (!rel.endsWith('.lock')) onChange();
		});
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
