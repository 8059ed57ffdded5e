/**
 * SCH-006, too short, too long, too few or too many: the message gives the
 * size found and the limit, for lists (entries), texts (characters) and numbers.
 */
import type { z } from 'zod';
import type { Diagnostic, Wording } from './diagnostics.ts';
import { formatValue } from './format-value.ts';
import type { Base } from './schema-issue-wording.ts';

type Issue = z.core.$ZodIssue;

export function sizeIssue(base: Base, field: string, value: unknown, issue: Issue): Diagnostic {
	const i = issue as Issue & {
		minimum?: number | bigint;
		maximum?: number | bigint;
		origin?: string;
	};
	const small = issue.code === 'too_small';
	const limit = Number(small ? i.minimum : i.maximum);
	let what: string;
	let message: string;
	let de: Wording;
	const atLeast = small ? 'mindestens' : 'höchstens';
	if (i.origin === 'array') {
		const n = Array.isArray(value) ? value.length : 0;
		what = `${small ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
		message = `"${field}" has ${n} ${n === 1 ? 'entry' : 'entries'}; ${what} ${limit === 1 ? 'is' : 'are'} ${small ? 'needed' : 'allowed'}.`;
		const whatDe = `${atLeast} ${limit} ${entriesDe(limit)}`;
		de = {
			message: `„${field}“ hat ${n} ${entriesDe(n)}; ${small ? 'nötig' : 'erlaubt'} ${limit === 1 ? 'ist' : 'sind'} ${whatDe}.`,
			expected: whatDe,
			fix: small ? `„${field}“ auf ${whatDe} ergänzen.` : `„${field}“ auf ${whatDe} kürzen.`,
		};
	} else if (i.origin === 'string') {
		const n = typeof value === 'string' ? value.length : 0;
		what = `${small ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'character' : 'characters'}`;
		message = `"${field}" is ${n} ${n === 1 ? 'character' : 'characters'} long; ${what} ${small ? 'are needed' : 'are allowed'}.`;
		const whatDe = `${atLeast} ${limit} Zeichen`;
		de = {
			message: `„${field}“ ist ${n} Zeichen lang; ${small ? 'nötig' : 'erlaubt'} ${limit === 1 ? 'ist' : 'sind'} ${whatDe}.`,
			expected: whatDe,
			fix: small ? `„${field}“ auf ${whatDe} verlängern.` : `„${field}“ auf ${whatDe} kürzen.`,
		};
	} else {
		what = `a number ${small ? 'of at least' : 'of at most'} ${limit}`;
		message = `${formatValue(value)} is too ${small ? 'small' : 'large'} for "${field}".`;
		const whatDe = `eine Zahl von ${atLeast} ${limit}`;
		de = {
			message: `${formatValue(value)} ist zu ${small ? 'klein' : 'groß'} für „${field}“.`,
			expected: whatDe,
			fix: `Für „${field}“ ${whatDe} schreiben.`,
		};
	}
	return {
		...base,
		message,
		// A whole list or text block is no help in the report; its size is in the message.
		...(i.origin === 'array' || i.origin === 'string' ? {} : { value }),
		expected: what,
		fix: small ? `Add to "${field}" until it has ${what}.` : `Shorten "${field}" to ${what}.`,
		de,
	};
}

function entriesDe(n: number): string {
	return n === 1 ? 'Eintrag' : 'Einträge';
}
