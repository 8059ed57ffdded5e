/**
 * Splits an MDX document into its YAML frontmatter and its body. The file must
 * start with a `---` line; the frontmatter ends at the next line that is
 * exactly `---` (trailing spaces allowed). Never throws.
 */

export type SplitResult =
	| {
			ok: true;
			/**
			 * The YAML between the fences, after one empty line standing in for the
			 * opening fence, so that its line numbers are the file's.
			 */
			yaml: string;
			/** Everything after the closing fence line. */
			body: string;
			/** 1-based line of the first body line in the file. */
			bodyLine: number;
	  }
	| { ok: false; reason: 'missing' | 'unclosed' };

const OPEN = /^---[ \t]*\r?\n/;

export function splitFrontmatter(text: string): SplitResult {
	const open = OPEN.exec(text);
	if (!open) return { ok: false, reason: 'missing' };
	const rest = text.slice(open[0].length);
	// Line by line with indexOf rather than splitting the whole file: `check` splits every
	// document on every run, and most of a file is its body.
	for (let start = 0, i = 0; start <= rest.length; i++) {
		const newline = rest.indexOf('\n', start);
		const end = newline === -1 ? rest.length : newline;
		if (isFence(rest, start, end)) {
			const body = newline === -1 ? '' : rest.slice(end + 1);
			return { ok: true, yaml: `\n${rest.slice(0, start)}`, body, bodyLine: i + 3 };
		}
		if (newline === -1) break;
		start = newline + 1;
	}
	return { ok: false, reason: 'unclosed' };
}

/** Whether text[start, end) is a closing fence: `---`, then spaces or tabs, then maybe `\r`. */
function isFence(text: string, start: number, end: number): boolean {
	if (!text.startsWith('---', start)) return false;
	let last = end;
	if (last > start + 3 && text.charCodeAt(last - 1) === 13) last--;
	for (let j = start + 3; j < last; j++) {
		const c = text.charCodeAt(j);
		if (c !== 32 && c !== 9) return false;
	}
	return true;
}
