/**
 * The editor page's script: registers one file format per document type (so
 * a save keeps the file's formatting where nothing changed), starts Decap CMS
 * with the generated configuration, and after every save shows `check`'s
 * diagnostics for the saved file.
 */
import type { Diagnostic } from '../lib/diagnostics.ts';
import { formatName } from '../lib/editor/decap-config.ts';
import { fileFormat, type JsonSchema } from '../lib/editor/file-format.ts';

interface Payload {
	config: Record<string, unknown>;
	formats: Record<string, { format: 'mdx' | 'yaml'; schema: JsonSchema }>;
	checkUrl?: string;
	messages: Record<string, string>;
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
		handler: (event: { entry: { get(key: string): unknown } }) => unknown;
	}): void;
	init(options: { config: Record<string, unknown> }): void;
}

const payload = JSON.parse(document.getElementById('kodex-editor')?.textContent ?? '{}') as Payload;
const panel = document.getElementById('kodex-check');

function message(key: string, vars: Record<string, string | number> = {}): string {
	const text = payload.messages[`editor.${key}`] ?? key;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

function line(d: Diagnostic): HTMLLIElement {
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
	close.addEventListener('click', () => (panel.hidden = true));
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
		const file = entry.get('path');
		if (typeof file === 'string') void showCheck(file);
	},
});
cms.init({ config: payload.config });
