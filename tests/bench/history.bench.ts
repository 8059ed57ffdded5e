/**
 * `npm run bench` (second part): how long reading git history takes — on the
 * example handbook, and on a generated repository with 10,000 commits and
 * 1,000 documents (built in one `git fast-import` run, with renames and version
 * bumps). Reports medians; speed is measured here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { readHistory } from '../../src/lib/history/history.ts';
import { loadVersionHistory } from '../../src/lib/history/version-history.ts';
import { validate } from '../../src/lib/validate.ts';
import { GIT_ENV, runGit } from '../helpers/git-repo.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const COMMITS = 10_000;
const DOCS = 1_000;

async function median(label: string, fn: () => Promise<string>): Promise<void> {
	const times: number[] = [];
	let detail = '';
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		detail = await fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const mid = times[Math.floor(times.length / 2)]!;
	console.log(`${label.padEnd(44)} median ${mid.toFixed(0).padStart(5)} ms  (${detail})`);
}

/** Documents are spread over the seven type folders, as in a real handbook. */
const FOLDERS = [
	['guidelines', 'mdx'],
	['checklists', 'mdx'],
	['playbooks', 'mdx'],
	['teams', 'yaml'],
	['channels', 'yaml'],
	['templates', 'yaml'],
	['goals', 'yaml'],
] as const;

function docPath(id: number, suffix = ''): string {
	const [folder, ext] = FOLDERS[id % FOLDERS.length]!;
	return `content/${folder}/doc-${id}${suffix}.${ext}`;
}

function doc(id: number, version: number, revision: number): string {
	const fields = `id: doc-${id}\ntitle: Dokument ${id}\nstatus: approved\nversion: ${version}\n`;
	const prose =
		`Text des Dokuments ${id}, Überarbeitung ${revision}. ` +
		'Ein paar Sätze, damit die Datei nicht leer ist und Umbenennungen erkannt werden.';
	return FOLDERS[id % FOLDERS.length]![1] === 'mdx'
		? `---\n${fields}---\n\n## Abschnitt\n\n${prose}\n`
		: `${fields}summary: ${prose}\n`;
}

/** Builds the repository with one fast-import stream, then checks out the working tree. */
function generate(): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'kodex-bench-git-'));
	runGit(dir, ['init', '-q']);
	const paths = Array.from({ length: DOCS }, (_, i) => docPath(i));
	const versions = new Array<number>(DOCS).fill(1);
	const parts: string[] = [];
	const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
	const start = Date.UTC(2020, 0, 1) / 1000;
	for (let c = 0; c < COMMITS; c++) {
		const when = `${start + c * 3600} +0000`;
		const who = c % 3 === 0 ? 'Anna Berger <anna@example.com>' : 'Ben Keller <ben@example.com>';
		parts.push(
			`commit refs/heads/main\nmark :${c + 1}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n`,
		);
		if (c === 0) {
			parts.push(data('Add 1,000 documents'));
			for (let i = 0; i < DOCS; i++)
				parts.push(`M 100644 inline ${paths[i]}\n${data(doc(i, 1, 0))}`);
			continue;
		}
		const i = (c * 7919) % DOCS; // spread edits over all documents
		if (c % 97 === 0) {
			const next = docPath(i, `-r${c}`);
			parts.push(data(`Rename doc-${i}`), `from :${c}\n`, `R ${paths[i]} ${next}\n`);
			paths[i] = next;
			continue;
		}
		if (c % 5 === 0) versions[i]!++;
		parts.push(data(`Edit doc-${i}`), `from :${c}\n`);
		parts.push(`M 100644 inline ${paths[i]}\n${data(doc(i, versions[i]!, c))}`);
	}
	const r = spawnSync('git', ['fast-import', '--quiet'], {
		cwd: dir,
		input: parts.join(''),
		env: { ...process.env, ...GIT_ENV },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr}`);
	runGit(dir, ['checkout', '-q', '-f', 'main']);
	return dir;
}

const example = resolveContentDir().abs;
await median('history of the example handbook', async () => {
	const h = await readHistory(example);
	return `${h.files.size} files, ${h.commitCount} commits, ${h.availability}`;
});
await median('versions of the example (HIST-001 input)', async () => {
	const v = await loadVersionHistory(example);
	return `${v.byPath.size} documents`;
});
await median('check of the example, history off', async () => {
	const r = await validate(example, { today: '2026-11-22', history: false });
	return `${r.errors.length} errors`;
});
await median('check of the example, history on', async () => {
	const r = await validate(example, { today: '2026-11-22' });
	return `${r.errors.length} errors`;
});

const started = performance.now();
const dir = generate();
console.log(
	`generated ${COMMITS} commits, ${DOCS} documents with fast-import in ${(performance.now() - started).toFixed(0)} ms`,
);
try {
	const content = path.join(dir, 'content');
	await median(`history, ${COMMITS} commits / ${DOCS} documents`, async () => {
		const h = await readHistory(content);
		const changes = [...h.files.values()].reduce((n, f) => n + f.commits.length, 0);
		return `${h.files.size} files, ${h.commitCount} commits, ${changes} file changes`;
	});
	await median(`history + versions (one cat-file batch)`, async () => {
		const v = await loadVersionHistory(content);
		const points = [...v.byPath.values()].reduce((n, p) => n + p.length, 0);
		return `${v.byPath.size} documents, ${points} versions read`;
	});
} finally {
	rmSync(dir, { recursive: true, force: true });
}
