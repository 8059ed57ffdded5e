/** Every file of a built site as text, for tests that search the whole output. */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** File path (relative to `dir`) → text; gzip files (the Pagefind index and fragments) decompressed. */
export function siteTexts(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]) {
		if (!e.isFile()) continue;
		const file = path.join(e.parentPath, e.name);
		let bytes = readFileSync(file);
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
		out.set(path.relative(dir, file), bytes.toString('utf8'));
	}
	return out;
}
