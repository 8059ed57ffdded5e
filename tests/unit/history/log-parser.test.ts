import { describe, expect, it } from 'vitest';
import { LogParser, type RawCommit } from '../../../src/lib/history/log-parser.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const BLOB1 = '1'.repeat(40);
const BLOB2 = '2'.repeat(40);
const ZERO = '0'.repeat(40);

/** What `git log -z --raw --no-abbrev --format=LOG_FORMAT` prints for two commits. */
const LOG =
	`\x1e${B}\x1fAnna Berger\x1fanna@example.com\x1f2026-03-02T10:00:00+01:00\x1fRename and edit\0` +
	`\n:100644 100644 ${BLOB1} ${BLOB2} R087\0content/guidelines/alt.mdx\0content/guidelines/neu.mdx\0` +
	`:100644 000000 ${BLOB1} ${ZERO} D\0content/goals/weg.yaml\0` +
	`\x1e${A}\x1fBen Keller\x1fben@example.com\x1f2026-03-01T09:00:00+01:00\x1fAdd: a \x1f b\0` +
	`\n:000000 100644 ${ZERO} ${BLOB1} A\0content/guidelines/alt.mdx\0` +
	`:000000 100644 ${ZERO} ${BLOB1} A\0content/Über uns.yaml\0`;

function parse(chunks: string[]): RawCommit[] {
	const out: RawCommit[] = [];
	const parser = new LogParser((c) => out.push(c));
	for (const chunk of chunks) parser.push(chunk);
	parser.end();
	return out;
}

const EXPECTED: RawCommit[] = [
	{
		hash: B,
		authorName: 'Anna Berger',
		authorEmail: 'anna@example.com',
		date: '2026-03-02T10:00:00+01:00',
		subject: 'Rename and edit',
		entries: [
			{
				status: 'R',
				path: 'content/guidelines/neu.mdx',
				previousPath: 'content/guidelines/alt.mdx',
				similarity: 87,
				blob: BLOB2,
				previousBlob: BLOB1,
			},
			{ status: 'D', path: 'content/goals/weg.yaml', previousBlob: BLOB1 },
		],
	},
	{
		hash: A,
		authorName: 'Ben Keller',
		authorEmail: 'ben@example.com',
		date: '2026-03-01T09:00:00+01:00',
		subject: 'Add: a   b',
		entries: [
			{ status: 'A', path: 'content/guidelines/alt.mdx', blob: BLOB1 },
			{ status: 'A', path: 'content/Über uns.yaml', blob: BLOB1 },
		],
	},
];

describe('LogParser', () => {
	it('reads commits, renames with similarity, deletions and blob ids', () => {
		expect(parse([LOG])).toEqual(EXPECTED);
	});

	it('gives the same result however the stream is cut into chunks', () => {
		for (let cut = 1; cut < LOG.length; cut += 7) {
			const chunks: string[] = [];
			for (let i = 0; i < LOG.length; i += cut) chunks.push(LOG.slice(i, i + cut));
			expect(parse(chunks), `chunks of ${cut}`).toEqual(EXPECTED);
		}
	});

	it('reports a commit without file entries, and nothing for empty input', () => {
		const header = `\x1e${A}\x1fA\x1fa@x\x1f2026-01-01T00:00:00Z\x1fEmpty\0`;
		expect(parse([header])).toEqual([
			{
				hash: A,
				authorName: 'A',
				authorEmail: 'a@x',
				date: '2026-01-01T00:00:00Z',
				subject: 'Empty',
				entries: [],
			},
		]);
		expect(parse([''])).toEqual([]);
	});

	it('reads headerless `git diff --raw -z` output as one anonymous commit', () => {
		const out: RawCommit[] = [];
		const parser = new LogParser((c) => out.push(c), true);
		parser.push(`:100644 100644 ${BLOB1} ${ZERO} M\0content/a.yaml\0`);
		parser.end();
		expect(out).toHaveLength(1);
		// The working-tree side has no blob yet (all zeros).
		expect(out[0]!.entries).toEqual([{ status: 'M', path: 'content/a.yaml', previousBlob: BLOB1 }]);
	});
});
