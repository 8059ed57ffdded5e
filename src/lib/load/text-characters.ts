/**
 * Characters an author cannot see in an editor but that break a file: control
 * bytes anywhere, and in YAML a tab used for indentation or a non-breaking
 * space after a field's colon. Each is reported at its own line with the
 * character named, instead of a parser's follow-up error further down.
 */

export interface CharacterProblem {
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	kind: 'control' | 'tab-indent' | 'nbsp-after-colon';
	/** The character as `U+0009 (TAB)`. */
	name: string;
}

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x07: 'BEL',
	0x08: 'BACKSPACE',
	0x09: 'TAB',
	0x0b: 'VERTICAL TAB',
	0x0c: 'FORM FEED',
	0x1b: 'ESCAPE',
	0x7f: 'DELETE',
	0xa0: 'NO-BREAK SPACE',
};

/** `U+0000 (NUL)`. */
function characterName(code: number): string {
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = NAMES[code];
	return name ? `${hex} (${name})` : `${hex} (control character)`;
}

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The same test without the flag: one quick look before splitting the text into lines. */
const ANY_CONTROL = new RegExp(CONTROL.source);

/** Every control character in `text`, at its position. */
export function findControlCharacters(text: string): CharacterProblem[] {
	const out: CharacterProblem[] = [];
	if (!ANY_CONTROL.test(text)) return out;
	text.split('\n').forEach((line, i) => {
		for (const m of line.matchAll(CONTROL))
			out.push({
				line: i + 1,
				column: m.index + 1,
				kind: 'control',
				name: characterName(m[0].charCodeAt(0)),
			});
	});
	return out;
}

/** `text` with each control character replaced by a space, so columns stay right. */
export function blankControlCharacters(text: string): string {
	return text.replace(CONTROL, ' ');
}

/** Tabs in a YAML line's indentation and non-breaking spaces after a field's colon. */
export function findYamlCharacterProblems(yaml: string, lineOffset = 0): CharacterProblem[] {
	const out: CharacterProblem[] = [];
	// Both problems need a tab or a non-breaking space; most files have neither.
	if (!/[\t\u00a0]/.test(yaml)) return out;
	yaml.split('\n').forEach((line, i) => {
		const indent = /^[ \t]*/.exec(line)![0];
		const tab = indent.indexOf('\t');
		if (tab >= 0 && indent.length < line.length && !line.trimStart().startsWith('#'))
			out.push({
				line: i + 1 + lineOffset,
				column: tab + 1,
				kind: 'tab-indent',
				name: characterName(9),
			});
		const nbsp = /^(\s*(?:-\s+)?[^\s:#"'][^:#]*?):(\u00a0)/.exec(line);
		if (nbsp)
			out.push({
				line: i + 1 + lineOffset,
				column: nbsp[1]!.length + 2,
				kind: 'nbsp-after-colon',
				name: characterName(0xa0),
			});
	});
	return out;
}
