/**
 * The questions `npm run new` asks when it is started without arguments in a
 * terminal: type, id, title and language. Each answer is checked at once and
 * asked again when it is not usable. The questions are in the CLI's language (the
 * handbook's default language, or KODEX_LANG). Streams are injected so tests can drive it.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { DOC_TYPE_NAMES } from '../../schemas/index.ts';
import { t } from '../i18n/index.ts';
import type { CliLanguage } from '../lib/diagnostics/cli-language.ts';
import {
	checkId,
	checkLanguage,
	checkType,
	Refusal,
	type NewRequest,
} from '../lib/scaffold/plan.ts';

export async function promptNewDocument(
	input: Readable,
	output: Writable,
	defaults: { language: string; ui?: CliLanguage },
): Promise<NewRequest> {
	const ui = defaults.ui ?? 'en';
	const rl = createInterface({ input, output, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	const ask = async <T>(question: string, check: (answer: string) => T): Promise<T> => {
		for (;;) {
			output.write(question);
			const next = await lines.next();
			if (next.done) throw new Refusal(t(ui, 'new.noAnswer'));
			try {
				return check(String(next.value).trim());
			} catch (error) {
				if (!(error instanceof Refusal)) throw error;
				output.write(`${error.message}\n`);
			}
		}
	};
	try {
		const type = await ask(t(ui, 'new.askType', { types: DOC_TYPE_NAMES.join(', ') }), checkType);
		const id = await ask(t(ui, 'new.askId'), checkId);
		const title = await ask(t(ui, 'new.askTitle'), (a) => a || undefined);
		const language = await ask(t(ui, 'new.askLanguage', { language: defaults.language }), (a) =>
			checkLanguage(a || defaults.language),
		);
		return { type, id, title, language };
	} finally {
		rl.close();
	}
}
