/**
 * `npm run review -- [--within 30d] [--format text|json|csv]`
 * Lists approved documents whose review is overdue or due soon, grouped by the
 * owner role (with its name and mailbox), sorted by date. Exit codes: 0 done
 * (whatever is due), 2 usage error.
 */
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { loadHandbook } from '../lib/load/load.ts';
import { dueReviews, parseWithin } from '../lib/review/due.ts';
import { formatReviewCsv, formatReviewJson, formatReviewText } from '../lib/review/format.ts';
import { buildIndex } from '../lib/rules/handbook-index.ts';
import { today } from '../lib/domain/today.ts';
import { checkPinnedToday, parseCommand, pickFormat, runCli, UsageError } from './run.ts';

const USAGE = `Usage: npm run review -- [--within 30d] [--format text|json|csv]

Lists the approved documents of the handbook (KODEX_CONTENT, default: content) whose
review is overdue or due soon, grouped by the role that owns them.
  --within 30d      how far ahead to look: days (30d), weeks (6w) or months (3m);
                    default: review.warnDays from handbook.yaml (30 when not set)
  --format text     readable list (default)
  --format json     one JSON object with the groups
  --format csv      one row per document, for spreadsheets`;

const FORMATS = { text: formatReviewText, json: formatReviewJson, csv: formatReviewCsv } as const;

runCli(USAGE, async (argv) => {
	const values = parseCommand(argv, USAGE, {
		within: { type: 'string' },
		format: { type: 'string', default: 'text' },
	});
	if (!values) return 0;
	const format = pickFormat(values.format, ['text', 'json', 'csv']);
	const within = values.within === undefined ? undefined : parseWithin(values.within);
	if (values.within !== undefined && within === undefined) {
		throw new UsageError(
			`--within "${values.within}" is not a period; write days, weeks or months, e.g. 30d, 6w or 3m.`,
		);
	}
	checkPinnedToday();
	const content = resolveContentDir();
	const { handbook, diagnostics } = await loadHandbook(content.abs);
	if (diagnostics.some((d) => d.rule === 'PARSE-007')) {
		throw new UsageError(
			`The content folder "${content.rel}" does not exist; point KODEX_CONTENT at your handbook.`,
		);
	}
	const index = buildIndex(handbook);
	const plan = dueReviews(handbook, index, today(), within ?? index.settings.warnDays);
	process.stdout.write(FORMATS[format](plan));
	return 0;
});
