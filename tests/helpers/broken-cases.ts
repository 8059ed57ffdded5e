/**
 * The broken handbooks of the CLI tests: `tests/fixtures/base` with the overlay of
 * `tests/fixtures/bad/<case>` copied over it, and the files its `_delete.txt` lists removed.
 */
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Fills `dir` with the base handbook and, unless `caseName` is undefined or 'base', a broken case. */
export function materialiseCase(dir: string, caseName?: string): string {
	fs.cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
	if (caseName === undefined || caseName === 'base') return dir;
	const overlay = path.join(FIXTURES, 'bad', caseName);
	fs.cpSync(overlay, dir, {
		recursive: true,
		filter: (src) => path.basename(src) !== '_delete.txt',
	});
	const deleteList = path.join(overlay, '_delete.txt');
	if (fs.existsSync(deleteList))
		for (const rel of fs.readFileSync(deleteList, 'utf8').split('\n'))
			if (rel.trim()) fs.rmSync(path.join(dir, rel.trim()), { recursive: true });
	return dir;
}
