/**
 * A handbook large enough for paged lists: the benchmark's corpus of 300 documents
 * (tests/bench/corpus.ts), built once per test run as the fixture `long-lists`.
 */
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../bench/corpus.ts';
import { TEST_TMP } from '../setup/build-site.ts';
import { buildFixtureSite } from './fixture-site.ts';

const LONG_LISTS_N = 300;
const corpusDir = path.join(TEST_TMP, 'long-lists-corpus');

/** The built site's folder (review dashboard and guideline index over several pages). */
export function buildLongListsSite(): Promise<string> {
	return buildFixtureSite({
		name: 'long-lists',
		content: path.relative(path.resolve('.'), path.join(corpusDir, 'content')),
		env: { KODEX_TODAY: '2026-11-22' },
		prepare: () => writeCorpus(corpusDir, generateCorpus(LONG_LISTS_N, 1)),
	});
}
