/**
 * Guards the size of source files: every .ts, .mts, .astro and .css file under
 * src/ and schemas/ stays at 300 lines or below, or says at its top why it is
 * one longer unit, in one fixed form that this test recognises: a line of its
 * first comment that starts with `Why one file:` followed by the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIRS = ['src', 'schemas'];
const MAX_LINES = 300;
const REASON = /^[ \t]*(?:\*|\/\/)?[ \t]*Why one file:[ \t]*[^\s*]/m;

function sourceFiles(): string[] {
	return DIRS.flatMap((dir) =>
		readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|mts|astro|css)$/.test(f) && !f.endsWith('.d.ts'))
			.map((f) => path.join(dir, f).split(path.sep).join('/')),
	);
}

/**
 * The comment a file opens with: a block comment (or run of line comments) at
 * the very top, or at the top of an .astro file's frontmatter or markup.
 */
function topComment(text: string): string {
	let rest = text.replace(/^\uFEFF/, '').trimStart();
	if (rest.startsWith('---')) rest = rest.slice(3).trimStart();
	if (rest.startsWith('/*')) {
		const end = rest.indexOf('*/');
		return end === -1 ? rest : rest.slice(0, end);
	}
	if (rest.startsWith('<!--')) {
		const end = rest.indexOf('-->');
		return end === -1 ? rest : rest.slice(0, end);
	}
	const lines: string[] = [];
	for (const line of rest.split('\n')) {
		if (!line.trimStart().startsWith('//')) break;
		lines.push(line);
	}
	return lines.join('\n');
}

/** Number of lines, counted the way `wc -l` and editors do (a final newline ends the last one). */
function lineCount(text: string): number {
	if (text === '') return 0;
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Every file over the limit whose top comment states no reason, as "path (N lines)". */
function oversized(files: ReadonlyArray<{ path: string; text: string }>): string[] {
	return files
		.map((f) => ({ path: f.path, lines: lineCount(f.text), comment: topComment(f.text) }))
		.filter((f) => f.lines > MAX_LINES && !REASON.test(f.comment))
		.map((f) => `${f.path} (${f.lines} lines)`);
}

const files = sourceFiles().map((p) => ({
	path: p,
	text: readFileSync(path.join(ROOT, p), 'utf8'),
}));

describe('file size in src/ and schemas/', () => {
	it('reads every source file', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(files.some((f) => f.path.endsWith('.css'))).toBe(true);
		expect(files.some((f) => f.path.endsWith('.astro'))).toBe(true);
	});

	it('keeps every file at 300 lines or states why it is one file', () => {
		expect(oversized(files)).toEqual([]);
	});
});

describe('the size checker', () => {
	const long = (head: string, tail = ''): string =>
		head + 'const x = 1;\n'.repeat(MAX_LINES) + tail;

	it('lists a long file without a reason, with its line count', () => {
		const text = long('/**\n * A module.\n */\n');
		expect(oversized([{ path: 'src/a.ts', text }])).toEqual(['src/a.ts (303 lines)']);
	});

	it('accepts a file of exactly 300 lines, and one with a reason at its top', () => {
		expect(oversized([{ path: 'src/b.ts', text: 'x;\n'.repeat(MAX_LINES) }])).toEqual([]);
		const ts = long('/**\n * A table.\n *\n * Why one file: the table is the point.\n */\n');
		const css = long('/*\n * Print.\n * Why one file: one @media block.\n */\n');
		const astro = long('---\n/**\n * Why one file: the sections in print order.\n */\n', '---\n');
		const lineComments = long('// A module.\n// Why one file: it is one table.\n');
		expect(
			oversized([
				{ path: 'src/c.ts', text: ts },
				{ path: 'src/d.css', text: css },
				{ path: 'src/e.astro', text: astro },
				{ path: 'src/f.ts', text: lineComments },
			]),
		).toEqual([]);
	});

	it('does not accept the reason below the top comment, nor an empty reason', () => {
		const late = long('/** A module. */\n// Why one file: too late.\n');
		const empty = long('/**\n * Why one file:\n */\n');
		expect(
			oversized([
				{ path: 'src/g.ts', text: late },
				{ path: 'src/h.ts', text: empty },
			]),
		).toEqual(['src/g.ts (302 lines)', 'src/h.ts (303 lines)']);
	});
});
