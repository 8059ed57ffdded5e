/**
 * The editor page's script: registers one file format per document type (so
 * a save keeps the file's formatting where nothing changed), starts Decap CMS
 * with the generated configuration, and after every save shows `check`'s
 * diagnostics for the saved file (in dev; a hosted editor has no server to ask).
 */
import { inLanguage, type Diagnostic } from '../lib/diagnostics/diagnostics.ts';
import { formatName } from '../lib/editor/decap-config.ts';
import { fileFormat, type JsonSchema } from '../lib/editor/file-format.ts';

interface Payload {
	config: Record<string, unknown>;
	formats: Record<string, { format: 'mdx' | 'yaml'; schema: JsonSchema }>;
	checkUrl?: string;
	messages: Record<string, string>;
	/** The editor's language; check's messages are shown in it where they have a German wording. */
	lang?: string;
}

interface DecapCms {
	registerCustomFormat(
		name: string,
		extension: string,
		methods: {
			fromFile: (text: string) => Record<string, unknown>;
			toFile: (value: Record<string, unknown>) => string;
		},
	): void;
	registerEventListener(listener: {
		name: string;
		handler: (event: { entry: EntryLike }) => unknown;
	}): void;
	init(options: { config: Record<string, unknown> }): void;
}

/** An entry as the CMS hands it to event listeners: an Immutable map (or, in other versions, a plain object). */
type EntryLike = { toJS?: () => Record<string, unknown>; [key: string]: unknown };

/** Path of a saved entry inside the content folder, e.g. `guidelines/neu.mdx`. */
function entryPath(entry: EntryLike): string | undefined {
	const plain = typeof entry.toJS === 'function' ? entry.toJS() : entry;
	if (typeof plain['path'] === 'string' && plain['path'] !== '') return plain['path'];
	const collections = (payload.config['collections'] ?? []) as Record<string, unknown>[];
	const collection = collections.find((c) => c['name'] === plain['collection']);
	// A new entry's slug is its id (identifier_field), which may be set only in its data yet.
	const data = (plain['data'] ?? {}) as Record<string, unknown>;
	const slug = plain['slug'] || data['id'];
	if (
		!collection ||
		typeof collection['folder'] !== 'string' ||
		typeof slug !== 'string' ||
		!slug
	) {
		return undefined;
	}
	return `${collection['folder']}/${slug}.${String(collection['extension'])}`;
}

const payload = JSON.parse(document.getElementById('kodex-editor')?.textContent ?? '{}') as Payload;
const panel = document.getElementById('kodex-check');

/**
 * The file saved last, kept until the author closes the check box: the dev
 * server reloads the page when a content file changes, and the box must
 * survive that reload.
 */
const LAST_SAVED = 'kodex-editor-last-saved';

function message(key: string, vars: Record<string, string | number> = {}): string {
	const text = payload.messages[`editor.${key}`] ?? key;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

function line(source: Diagnostic): HTMLLIElement {
	const d = inLanguage(source, payload.lang ?? 'en');
	const li = document.createElement('li');
	const where = [d.line > 0 ? `${d.line}:${d.column}` : '', d.path].filter(Boolean).join(' ');
	li.textContent = `${where ? `${where}: ` : ''}${d.message} (${d.rule})`;
	for (const [key, text] of [
		['checkExpected', d.expected],
		['checkFix', d.fix],
	] as const) {
		if (!text) continue;
		const p = document.createElement('div');
		p.textContent = `${message(key)} ${text}`;
		li.append(p);
	}
	return li;
}

function show(state: 'running' | 'ok' | 'error', text: string, list: Diagnostic[] = []): void {
	if (!panel) return;
	panel.hidden = false;
	panel.dataset['state'] = state;
	const heading = document.createElement('p');
	heading.textContent = text;
	const close = document.createElement('button');
	close.type = 'button';
	close.textContent = message('close');
	close.addEventListener('click', () => {
		panel.hidden = true;
		sessionStorage.removeItem(LAST_SAVED);
	});
	const ul = document.createElement('ul');
	ul.append(...list.map(line));
	panel.replaceChildren(heading, ...(list.length > 0 ? [ul] : []), close);
}

async function showCheck(file: string): Promise<void> {
	if (!payload.checkUrl) return;
	show('running', message('checkRunning', { file }));
	try {
		const res = await fetch(`${payload.checkUrl}?file=${encodeURIComponent(file)}`);
		if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
		const report = (await res.json()) as { errors: Diagnostic[]; warnings: Diagnostic[] };
		const problems = [...report.errors, ...report.warnings];
		if (problems.length === 0) show('ok', message('checkOk', { file }));
		else {
			const vars = { file, errors: report.errors.length, warnings: report.warnings.length };
			show('error', message('checkProblems', vars), problems);
		}
	} catch (error) {
		show('error', message('checkFailed', { reason: String((error as Error)?.message ?? error) }));
	}
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;
for (const [type, { format, schema }] of Object.entries(payload.formats)) {
	const formatter = fileFormat(format, schema);
	cms.registerCustomFormat(formatName(type), format, {
		fromFile: (text) => formatter.fromFile(text),
		toFile: (value) => formatter.toFile(value),
	});
}
cms.registerEventListener({
	name: 'postSave',
	handler: ({ entry }) => {
		const file = entryPath(entry);
		if (!file) return;
		sessionStorage.setItem(LAST_SAVED, file);
		void showCheck(file);
	},
});
cms.init({ config: payload.config });
const lastSaved = sessionStorage.getItem(LAST_SAVED);
if (lastSaved) void showCheck(lastSaved);
