/**
 * The questions `npm run new` asks when it is started without arguments in a
 * terminal: type, id, title and language. Each answer is checked at once and
 * asked again when it is not usable. Streams are injected so tests can drive it.
 */
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { DOC_TYPE_NAMES } from '../../schemas/index.ts';
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
	defaults: { language: string },
): Promise<NewRequest> {
	const rl = createInterface({ input, output, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	const ask = async <T>(question: string, check: (answer: string) => T): Promise<T> => {
		for (;;) {
			output.write(question);
			const next = await lines.next();
			if (next.done) throw new Refusal('No answer given; nothing was created.');
			try {
				return check(String(next.value).trim());
			} catch (error) {
				if (!(error instanceof Refusal)) throw error;
				output.write(`${error.message}\n`);
			}
		}
	};
	try {
		const type = await ask(`Type (${DOC_TYPE_NAMES.join(', ')}): `, checkType);
		const id = await ask('Id, also the file name (e.g. fotos-auf-messen): ', checkId);
		const title = await ask('Title (Enter: fill in later): ', (a) => a || undefined);
		const language = await ask(`Language (Enter: ${defaults.language}): `, (a) =>
			checkLanguage(a || defaults.language),
		);
		return { type, id, title, language };
	} finally {
		rl.close();
	}
}
