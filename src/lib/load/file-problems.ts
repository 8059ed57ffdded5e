/**
 * The diagnostics for a file that cannot be read as text or YAML: wrong
 * encoding, control characters, tabs and other YAML trouble, in the author's
 * terms and in German and English.
 */
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { Diagnostic, Wording } from '../diagnostics/diagnostics.ts';
import { ASSET_FOLDER } from './classify.ts';
import type { decodeText } from './decode.ts';
import { findYamlCharacterProblems, type CharacterProblem } from './text-characters.ts';
import type { YamlProblem } from './yaml-problems.ts';

export function decodeProblem(
	decoded: Exclude<ReturnType<typeof decodeText>, { ok: true }>,
	file: string,
	type: DocType | undefined,
): Diagnostic {
	const at = {
		file,
		line: decoded.line,
		column: decoded.column,
		path: '',
		severity: 'error' as const,
	};
	if (decoded.reason === 'binary') {
		return {
			...at,
			rule: 'PARSE-004',
			message: 'This is a binary file, not a text document.',
			expected: type
				? `a UTF-8 text file in ${DOC_TYPES[type].format.toUpperCase()} format`
				: 'a text file',
			fix: `Move images and attachments to ${ASSET_FOLDER}/.`,
			de: {
				message: 'Das ist eine Binärdatei, kein Textdokument.',
				expected: type
					? `eine UTF-8-Textdatei im Format ${DOC_TYPES[type].format.toUpperCase()}`
					: 'eine Textdatei',
				fix: `Bilder und Anhänge nach ${ASSET_FOLDER}/ verschieben.`,
			},
		};
	}
	if (decoded.reason === 'encoding') {
		return {
			...at,
			rule: 'PARSE-002',
			message: 'The file is not valid UTF-8 (often a file saved as Windows-1252 or Latin-1).',
			expected: 'UTF-8 text',
			fix: 'Save the file again with the encoding "UTF-8" in your editor.',
			de: {
				message:
					'Die Datei ist kein gültiges UTF-8 (oft eine Datei, die als Windows-1252 oder Latin-1 gespeichert wurde).',
				expected: 'Text in UTF-8',
				fix: 'Die Datei im Editor erneut mit der Kodierung „UTF-8“ speichern.',
			},
		};
	}
	return {
		...at,
		rule: 'PARSE-003',
		message: 'The file is empty.',
		expected: type === undefined ? 'content' : `a ${type} document`,
		fix: 'Add the document fields (see the README for an example), or delete the file.',
		de: {
			message: 'Die Datei ist leer.',
			expected: type === undefined ? 'Inhalt' : `ein Dokument vom Typ ${type}`,
			fix: 'Die Felder des Dokuments eintragen (ein Beispiel steht im README) oder die Datei löschen.',
		},
	};
}

export function controlProblem(c: CharacterProblem, file: string): Diagnostic {
	return {
		rule: 'PARSE-010',
		severity: 'error',
		file,
		line: c.line,
		column: c.column,
		path: '',
		message: `The file contains the invisible control character ${c.name}.`,
		expected: 'text without control characters (tabs and line breaks are fine)',
		fix: 'Delete the character; it often comes from copying text out of a PDF or a word processor.',
		de: {
			message: `Die Datei enthält das unsichtbare Steuerzeichen ${c.name}.`,
			expected: 'Text ohne Steuerzeichen (Tabulatoren und Zeilenumbrüche sind erlaubt)',
			fix: 'Das Zeichen löschen; es stammt oft aus Text, der aus einem PDF oder einer Textverarbeitung kopiert wurde.',
		},
	};
}

/**
 * YAML parser problems, with tabs used for indentation and non-breaking
 * spaces after a colon named instead of the parser's follow-up message.
 */
export function yamlProblems(problems: YamlProblem[], file: string, yaml: string): Diagnostic[] {
	const chars = findYamlCharacterProblems(yaml);
	const charLines = new Set(chars.map((c) => c.line));
	const named = chars.map((c): Diagnostic => {
		const tab = c.kind === 'tab-indent';
		return {
			rule: 'PARSE-001',
			severity: 'error',
			file,
			line: c.line,
			column: c.column,
			path: '',
			message: tab
				? `This line is indented with a tab character, ${c.name}; YAML allows only spaces for indentation.`
				: `A non-breaking space, ${c.name}, follows the colon; YAML needs a normal space there.`,
			expected: tab ? 'two spaces per indentation level' : '"field: value" with a normal space',
			fix: tab
				? 'Replace the tab at the start of the line with spaces.'
				: 'Delete the space after the colon and type a normal space.',
			de: {
				message: tab
					? `Diese Zeile ist mit einem Tabulator eingerückt, ${c.name}; YAML erlaubt zum Einrücken nur Leerzeichen.`
					: `Nach dem Doppelpunkt steht ein geschütztes Leerzeichen, ${c.name}; YAML braucht dort ein normales Leerzeichen.`,
				expected: tab
					? 'zwei Leerzeichen pro Einrückungsebene'
					: '„feld: wert“ mit normalem Leerzeichen',
				fix: tab
					? 'Den Tabulator am Zeilenanfang durch Leerzeichen ersetzen.'
					: 'Das Leerzeichen nach dem Doppelpunkt löschen und ein normales Leerzeichen tippen.',
			},
		};
	});
	const rest = problems.filter((p) => !charLines.has(p.line));
	return [...named, ...yamlParseProblems(rest, file)];
}

function yamlParseProblems(problems: YamlProblem[], file: string): Diagnostic[] {
	return problems.map((p): Diagnostic => ({
		rule: 'PARSE-001',
		severity: 'error',
		file,
		line: p.line,
		column: p.column,
		path: '',
		message: `The YAML cannot be read: ${p.message}.`,
		expected:
			p.expected ?? 'valid YAML: "key: value" pairs, two-space indentation, lists with "- "',
		fix:
			p.fix ??
			'Check indentation and quoting on this line and the line before it; quote values that contain ": " or start with special characters.',
		de: yamlWordingDe(p),
	}));
}

/** The German wording of a YAML problem, with the general advice where it has none of its own. */
function yamlWordingDe(p: YamlProblem): Wording {
	return {
		message: `Das YAML ist nicht lesbar: ${p.de.message}.`,
		expected:
			p.de.expected ??
			'gültiges YAML: Zeilen „feld: wert“, Einrückung mit zwei Leerzeichen, Listen mit „- “',
		fix:
			p.de.fix ??
			'Einrückung und Anführungszeichen in dieser und der vorigen Zeile prüfen; Werte, die „: “ enthalten oder mit Sonderzeichen beginnen, in Anführungszeichen setzen.',
	};
}
