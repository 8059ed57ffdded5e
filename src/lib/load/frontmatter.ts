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
const CLOSE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): SplitResult {
	const open = OPEN.exec(text);
	if (!open) return { ok: false, reason: 'missing' };
	const lines = text.slice(open[0].length).split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (!CLOSE.test(lines[i]!.replace(/\r$/, ''))) continue;
		const yaml = ['', ...lines.slice(0, i)].join('\n');
		const body = lines.slice(i + 1).join('\n');
		return { ok: true, yaml: `${yaml}\n`, body, bodyLine: i + 3 };
	}
	return { ok: false, reason: 'unclosed' };
}
