/**
 * `npm run new -- <type> <id> [--lang xx] [--title "…"] [--translation-of <id>]`
 * Creates a commented starting document in the right folder. Never overwrites a
 * file and never reuses an id. Without arguments in a terminal it asks.
 * Exit codes: 0 created, 1 refused (clash, unknown original), 2 usage error.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DOC_TYPE_NAMES } from '../../schemas/index.ts';
import { t } from '../i18n/index.ts';
import { cliLanguage } from '../lib/diagnostics/cli-language.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { loadHandbook } from '../lib/load/load.ts';
import { factsOf } from '../lib/scaffold/facts.ts';
import { planNewDocument, Refusal, type NewRequest } from '../lib/scaffold/plan.ts';
import { TODO_PATTERN } from '../lib/scaffold/placeholder.ts';
import { today } from '../lib/domain/today.ts';
import { promptNewDocument } from './new-prompt.ts';
import { checkPinnedToday, runCli, UsageError } from './run.ts';

const USAGE = `Usage: npm run new -- <type> <id> [--lang de] [--title "…"]
       npm run new -- <id> --translation-of <original-id> [--lang en]

Creates a new document in the content folder (KODEX_CONTENT, default: content).
  <type>                  ${DOC_TYPE_NAMES.join(', ')}
  <id>                    lower-case words joined by hyphens; also the file name
  --lang xx               language of the document (default: the handbook's default language)
  --title "…"             the title (otherwise a placeholder to fill in)
  --translation-of <id>   copy <id> as a translation: ids and references kept, texts marked to translate
Without arguments in a terminal, it asks for type, id, title and language.`;

runCli(USAGE, async (argv) => {
	const { values, positionals } = parseArgs({
		args: argv,
		options: {
			lang: { type: 'string' },
			title: { type: 'string' },
			'translation-of': { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
		allowPositionals: true,
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	checkPinnedToday();
	const content = resolveContentDir();
	if (!existsSync(content.abs)) {
		process.stderr.write(
			`The content folder "${content.rel}" does not exist. Point KODEX_CONTENT at your handbook, e.g. KODEX_CONTENT=content.\n`,
		);
		return 1;
	}
	const { handbook } = await loadHandbook(content.abs);
	const translationOf = values['translation-of'];
	// The CLI's own words: KODEX_LANG, else the handbook's default language (as in `check`).
	const ui = cliLanguage(process.env['KODEX_LANG'], factsOf(handbook).defaultLanguage);

	let request: NewRequest;
	if (positionals.length === 0 && translationOf === undefined) {
		if (!process.stdin.isTTY) throw new UsageError('Give the type and the id of the new document.');
		const language = factsOf(handbook).defaultLanguage ?? 'de';
		try {
			request = await promptNewDocument(process.stdin, process.stdout, { language, ui });
		} catch (error) {
			if (!(error instanceof Refusal)) throw error;
			process.stderr.write(`${error.message}\n`);
			return 1;
		}
	} else {
		if (positionals.length > 2)
			throw new UsageError(`Too many arguments: ${positionals.join(' ')}`);
		const [type, id] =
			translationOf !== undefined && positionals.length === 1
				? [undefined, positionals[0]]
				: positionals;
		if (id === undefined) throw new UsageError('Give the id of the new document after its type.');
		request = { type, id, language: values.lang, title: values.title, translationOf };
	}

	let planned;
	try {
		planned = planNewDocument(request, handbook, today());
	} catch (error) {
		if (!(error instanceof Refusal)) throw error;
		process.stderr.write(`${error.message}\n`);
		return 1;
	}
	const target = path.join(content.abs, planned.path);
	const shown = `${content.rel}/${planned.path}`;
	await mkdir(path.dirname(target), { recursive: true });
	try {
		// `wx`: fails instead of overwriting, even if the file appeared a moment ago.
		await writeFile(target, planned.text, { flag: 'wx' });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') {
			process.stderr.write(`${t(ui, 'new.exists', { file: shown })}\n`);
			return 1;
		}
		throw error;
	}
	const left = planned.text
		.split('\n')
		.filter((l) => TODO_PATTERN.test(l) && !l.startsWith('#')).length;
	process.stdout.write(
		`${t(ui, 'new.created', { file: shown })}\n` +
			`${t(ui, left === 1 ? 'new.placeholdersOne' : 'new.placeholders', { count: left })}\n`,
	);
	return 0;
});
