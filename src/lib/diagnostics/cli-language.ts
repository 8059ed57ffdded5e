/**
 * The language of the CLI's own words (labels, summary): German or English.
 * `--lang`, else KODEX_LANG, else the handbook's default language; any other
 * content language gets English. Counts go through Intl, so "1 Fehler" and
 * "2 warnings" come out right.
 */
const CLI_LANGUAGES = ['de', 'en'] as const;
export type CliLanguage = (typeof CLI_LANGUAGES)[number];

/** `de` for `de`, `de-AT` …; `en` for everything else. */
export function cliLanguage(...candidates: (string | undefined)[]): CliLanguage {
	for (const candidate of candidates) {
		const tag = candidate?.trim().toLowerCase();
		if (!tag) continue;
		return tag === 'de' || tag.startsWith('de-') ? 'de' : 'en';
	}
	return 'en';
}

/** True when `--lang` names a language the CLI speaks. */
export function isCliLanguage(value: string): value is CliLanguage {
	return (CLI_LANGUAGES as readonly string[]).includes(value);
}

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const NOUNS: Record<CliLanguage, Record<string, Forms>> = {
	de: {
		error: { one: 'Fehler', other: 'Fehler' },
		warning: { one: 'Warnung', other: 'Warnungen' },
		notice: { one: 'Hinweis', other: 'Hinweise' },
		file: { one: 'Datei', other: 'Dateien' },
	},
	en: {
		error: { one: 'error', other: 'errors' },
		warning: { one: 'warning', other: 'warnings' },
		notice: { one: 'notice', other: 'notices' },
		file: { one: 'file', other: 'files' },
	},
};

const WORDS = {
	de: {
		error: 'Fehler',
		warning: 'Warnung',
		strictWarning: 'Warnung (strikt: schlägt fehl)',
		notice: 'Hinweis',
		found: 'gefunden:',
		expected: 'erwartet:',
		didYouMean: 'gemeint?',
		fix: 'Lösung:',
		from: 'Wert aus:',
		handbook: '(Handbuch)',
		checked: 'geprüft',
		in: 'in',
		strictNote: ' (Warnungen schlagen wegen --strict fehl)',
		watchNew: 'neu',
		watchFixed: 'behoben',
		watchChanged: 'geändert:',
		watchNone: 'Keine Probleme hinzugekommen oder verschwunden.',
		watching: 'Beobachte Änderungen; beenden mit Strg+C.',
		buildRefused: 'Das Handbuch in „{folder}“ ist nicht gültig; es wurde nichts gebaut.',
		buildRefusedHint:
			'Die oben genannten Probleme beheben; `npm run check` nennt sie noch einmal, ohne zu bauen.',
	},
	en: {
		error: 'error',
		warning: 'warning',
		strictWarning: 'warning (strict: fails)',
		notice: 'notice',
		found: 'found:',
		expected: 'expected:',
		didYouMean: 'did you mean:',
		fix: 'fix:',
		from: 'value from:',
		handbook: '(handbook)',
		checked: 'checked',
		in: 'in',
		strictNote: ' (warnings fail because of --strict)',
		watchNew: 'new',
		watchFixed: 'fixed',
		watchChanged: 'changed:',
		watchNone: 'No problems came or went.',
		watching: 'Watching for changes; stop with Ctrl+C.',
		buildRefused: 'The handbook in "{folder}" is not valid; nothing was built.',
		buildRefusedHint:
			'Fix the problems listed above; `npm run check` lists them again without building.',
	},
} as const;

export type CliWord = keyof (typeof WORDS)['en'];

/** A word of the CLI frame in `lang`. */
export function cliWord(lang: CliLanguage, word: CliWord): string {
	return WORDS[lang][word];
}

/** `3 Fehler`, `1 warning`: the number in the language's format and the right plural form. */
export function countOf(lang: CliLanguage, n: number, noun: keyof (typeof NOUNS)['en']): string {
	const forms = NOUNS[lang][noun]!;
	const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
	return `${new Intl.NumberFormat(lang).format(n)} ${form}`;
}

/** Seconds with two decimals in the language's format: `0,05 s` or `0.05 s`. */
export function secondsOf(lang: CliLanguage, seconds: number): string {
	const n = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	return `${n.format(seconds)} s`;
}
