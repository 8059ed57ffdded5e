/**
 * End-to-end tests of `npm run check` (src/cli/check.ts) on fixture handbooks.
 *
 * tests/fixtures/base is a small, complete, valid handbook. Every folder in
 * tests/fixtures/bad/<case> is an overlay: only the files that differ from
 * base, plus an optional `_delete.txt` listing base files to remove. Each case
 * is materialised into a fresh folder under tests/.tmp and checked by the real
 * CLI in a child process, exactly as an author would run it. Every case also
 * asserts that nothing else is reported: one mistake must not cascade into
 * follow-up errors.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../src/lib/diagnostics/diagnostics.ts';
import { EXAMPLE_TODAY } from '../setup/build-site.ts';
import { materialiseCase } from '../helpers/broken-cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const BAD = path.join(FIXTURES, 'bad');
const TODAY = '2026-11-22';

/** Tests of behaviour the engine does not have yet (see the header). */

// Inside the repository (git-ignored), like a real content folder, so reported paths stay short.
fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/cli-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

// ---------------------------------------------------------------------------
// Running the CLI

/** A fresh copy of the base handbook, with the overlay of a broken case when one is named. */
function materialise(caseName?: string): string {
	return materialiseCase(fs.mkdtempSync(path.join(tmpRoot, `${caseName ?? 'base'}-`)), caseName);
}

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

const STACK_FRAME = /^\s{4}at /m;

/**
 * Runs `node src/cli/check.ts ...args` from the repository root on `contentDir`.
 * The report's labels are English (KODEX_LANG=en) unless `env` says otherwise.
 */
function runCli(contentDir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Run {
	const r = spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			KODEX_CONTENT: contentDir,
			KODEX_TODAY: TODAY,
			NO_COLOR: '1',
			KODEX_LANG: 'en',
			...env,
		},
	});
	if (r.error) throw r.error;
	// Whatever happens, an author never sees a stack trace.
	for (const out of [r.stdout, r.stderr]) {
		expect(out).not.toMatch(STACK_FRAME);
		expect(out).not.toContain('node:internal');
	}
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
	errors: Diagnostic[];
	warnings: Diagnostic[];
	notices: Diagnostic[];
	strict: boolean;
	files: number;
}

interface JsonRun extends Run {
	dir: string;
	report: JsonReport;
	/** Errors, warnings and notices together. */
	all: Diagnostic[];
}

const jsonRuns = new Map<string, JsonRun>();

/** `--format json` run of a case (or of base); cached, since several tests read the same run. */
function checkJson(caseName?: string, args: string[] = []): JsonRun {
	const key = `${caseName ?? ''} ${args.join(' ')}`;
	const cached = jsonRuns.get(key);
	if (cached) return cached;
	const dir = materialise(caseName);
	const run = runCli(dir, ['--format', 'json', ...args]);
	const report = JSON.parse(run.stdout) as JsonReport;
	const result = {
		...run,
		dir,
		report,
		all: [...report.errors, ...report.warnings, ...report.notices],
	};
	jsonRuns.set(key, result);
	return result;
}

/** How a file inside the content folder appears in diagnostics: relative to the repository root. */
function shown(dir: string, rel: string): string {
	return path.relative(ROOT, path.join(dir, rel)).split(path.sep).join('/');
}

// ---------------------------------------------------------------------------
// Expected diagnostics

/** A line found by its text: the first line containing `find` (at or after the line containing `after`). */
interface Needle {
	find: string;
	after?: string;
}

interface Expected {
	rule: string;
	/** Default: error. */
	severity?: Severity;
	/** Path inside the content folder; '' for a problem of the whole handbook. */
	file: string;
	/** 1-based line, a needle, or 0 for a problem of the whole file. */
	line: number | Needle;
	/** Column of the needle's `find` text when `column` is 'needle'. */
	column?: number | 'needle';
	path: string;
	didYouMean?: string;
	/** Substrings each of these fields must contain. */
	message?: string[];
	fix?: string[];
}

interface Case {
	/** Folder name in tests/fixtures/bad. */
	name: string;
	/** What the author did wrong, in words. */
	about: string;
	exit: 0 | 1;
	expect: Expected[];
}

function lineOf(dir: string, rel: string, needle: Needle): { line: number; column: number } {
	const lines = fs.readFileSync(path.join(dir, rel), 'utf8').split('\n');
	const from = needle.after === undefined ? 0 : lines.findIndex((l) => l.includes(needle.after!));
	if (from < 0) throw new Error(`"${needle.after}" not found in ${rel}`);
	const i = lines.findIndex((l, n) => n >= from && l.includes(needle.find));
	if (i < 0) throw new Error(`"${needle.find}" not found in ${rel}`);
	return { line: i + 1, column: lines[i]!.indexOf(needle.find) + 1 };
}

/** The diagnostic fields an expectation pins down, resolved against a materialised case. */
function resolve(dir: string, e: Expected): Record<string, unknown> {
	const at = typeof e.line === 'number' ? undefined : lineOf(dir, e.file, e.line);
	const out: Record<string, unknown> = {
		rule: e.rule,
		severity: e.severity ?? 'error',
		file: e.file === '' ? '' : shown(dir, e.file),
		line: at ? at.line : e.line,
		path: e.path,
	};
	if (e.column === 'needle' && at) out['column'] = at.column;
	else if (typeof e.column === 'number') out['column'] = e.column;
	if (e.didYouMean !== undefined) out['didYouMean'] = e.didYouMean;
	if (e.message) out['message'] = stringContainingAll(e.message);
	if (e.fix) out['fix'] = stringContainingAll(e.fix);
	return out;
}

/** Matches a string that contains every one of `parts`. */
function stringContainingAll(parts: string[]) {
	const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return expect.stringMatching(new RegExp(parts.map((t) => `(?=[\\s\\S]*${escape(t)})`).join('')));
}

/** Rule, file, line and path of a diagnostic: enough to tell diagnostics apart in a failure. */
const brief = (d: Diagnostic) => `${d.rule} ${d.file}:${d.line} ${d.path}`;

// ---------------------------------------------------------------------------
// The cases

const PB = 'playbooks/shitstorm.mdx';
const TEAM = 'teams/redaktion.yaml';
const CHANNEL = 'channels/instagram.yaml';
const GUIDELINE = 'guidelines/private-konten.mdx';
const TEMPLATE = 'templates/erste-reaktion.yaml';
const GOAL = 'goals/reichweite-instagram.yaml';

const CASES: Case[] = [
	// --- The 15 bad inputs of domain.md §8.9 -------------------------------
	{
		name: 'german-enum-value',
		about: 'a checklist uses the German word "urheberrecht" as legal area',
		exit: 1,
		expect: [
			{
				rule: 'SCH-003',
				file: 'checklists/urheberrecht.mdx',
				line: { find: 'legalArea: urheberrecht' },
				path: 'legalArea',
				message: ['"urheberrecht"'],
			},
		],
	},
	{
		name: 'dangling-role-reference',
		about: 'a playbook level names the approver "rechtsabteilung", which no team defines',
		exit: 1,
		expect: [
			{
				rule: 'REF-001',
				file: PB,
				line: { find: 'approver: rechtsabteilung' },
				path: 'levels[1].approver',
				didYouMean: 'rechtsberatung',
				message: ['"rechtsabteilung"'],
			},
		],
	},
	{
		name: 'expired-review-date',
		about: 'an approved guideline was due for review on 2026-06-30',
		exit: 0,
		expect: [
			{
				rule: 'DATE-001',
				severity: 'warning',
				file: GUIDELINE,
				line: { find: 'reviewBy: 2026-06-30' },
				path: 'reviewBy',
				message: ['2026-06-30', '145 days ago', 'social-media-manager'],
			},
		],
	},
	{
		name: 'duplicate-ids',
		about: 'a copied checklist bildrechte.mdx still declares id "urheberrecht"',
		exit: 1,
		expect: [
			{
				rule: 'ID-001',
				file: 'checklists/bildrechte.mdx',
				line: { find: 'id: urheberrecht' },
				path: 'id',
				message: ['"urheberrecht"', 'bildrechte.mdx'],
			},
			{
				// The duplicate is blamed on the misnamed copy, not on the correct original.
				rule: 'ID-001',
				file: 'checklists/bildrechte.mdx',
				line: { find: 'id: urheberrecht' },
				path: 'id',
				message: ['"urheberrecht"', 'checklists/urheberrecht.mdx:2'],
			},
		],
	},
	{
		name: 'missing-core-legal-area',
		about: 'the only trademark checklist is still a draft',
		exit: 1,
		expect: [
			{
				rule: 'LEG-001',
				file: 'handbook.yaml',
				line: { find: '- trademark' },
				path: 'legal.requiredAreas[1]',
				message: ['"trademark"'],
				fix: ['checklists/markenrecht.mdx', 'status: draft'],
			},
		],
	},
	{
		name: 'malformed-dates',
		about: 'a German-format reviewBy (30.09.2027) and an impossible reviewedOn (2026-02-30)',
		exit: 1,
		expect: [
			{
				rule: 'SCH-005',
				file: GUIDELINE,
				line: { find: 'reviewedOn: 2026-02-30' },
				column: 13,
				path: 'reviewedOn',
				message: ['February 2026 has 28 days'],
			},
			{
				rule: 'SCH-005',
				file: GUIDELINE,
				line: { find: 'reviewBy: 30.09.2027' },
				column: 11,
				path: 'reviewBy',
				message: ['"30.09.2027"'],
				fix: ['reviewBy: 2027-09-30'],
			},
		],
	},
	{
		name: 'manager-without-deputy',
		about: 'nobody is deputy of the social media manager',
		exit: 1,
		expect: [
			{
				rule: 'TEAM-001',
				file: TEAM,
				line: { find: '- id: mara-klein' },
				path: 'members[0]',
				message: ['Mara Klein'],
				fix: ['deputyOf: mara-klein'],
			},
		],
	},
	{
		name: 'deputy-is-the-manager',
		about: 'the social media manager is named as her own deputy',
		exit: 1,
		expect: [
			{
				rule: 'TEAM-001',
				file: TEAM,
				line: { find: 'deputyOf: mara-klein' },
				path: 'members[0].deputyOf',
				message: ['own deputy'],
			},
			{
				rule: 'TEAM-001',
				file: TEAM,
				line: { find: '- id: mara-klein' },
				path: 'members[0]',
			},
		],
	},
	{
		name: 'intern-as-approver',
		about: 'an intern holds the approving role kommunikationsleitung',
		exit: 1,
		expect: [
			{
				rule: 'TEAM-002',
				file: TEAM,
				line: { find: '- kommunikationsleitung', after: 'id: lea-sommer' },
				path: 'members[4].roles[1]',
				message: ['Lea Sommer', 'intern', '"kommunikationsleitung"'],
			},
		],
	},
	{
		name: 'misspelled-key',
		about: 'a playbook writes last_reviewed_at instead of reviewedOn',
		exit: 1,
		expect: [
			{
				rule: 'SCH-002',
				file: PB,
				line: { find: 'last_reviewed_at:' },
				column: 1,
				path: 'last_reviewed_at',
				didYouMean: 'reviewedOn',
			},
			{
				// Follows from the typo: the approved playbook now lacks reviewedOn.
				rule: 'DOC-001',
				file: PB,
				line: { find: 'id: shitstorm' },
				path: 'reviewedOn',
			},
		],
	},
	{
		name: 'checklist-item-without-legal-basis',
		about: 'a checklist item has an empty legalBasis list',
		exit: 1,
		expect: [
			{
				rule: 'SCH-006',
				file: 'checklists/wettbewerbsrecht.mdx',
				line: { find: 'legalBasis: []' },
				path: 'items[3].legalBasis',
			},
		],
	},
	{
		name: 'checklist-item-not-a-question',
		about: 'a checklist item is a statement, not a yes/no question',
		exit: 1,
		expect: [
			{
				rule: 'SCH-005',
				file: 'checklists/wettbewerbsrecht.mdx',
				line: { find: 'question: Keine abwertenden' },
				path: 'items[2].question',
				message: ['"?"'],
			},
		],
	},
	{
		name: 'checklist-too-few-items',
		about: 'the trademark checklist has only three items',
		exit: 1,
		expect: [
			{
				rule: 'SCH-006',
				file: 'checklists/markenrecht.mdx',
				line: { find: '- id: fremde-marken-beschreibend' },
				path: 'items',
				message: ['3 entries', 'at least 5'],
			},
		],
	},
	{
		name: 'non-monotonic-response-times',
		about: 'level 3 is acknowledged within PT4H, slower than level 2 (PT2H)',
		exit: 1,
		expect: [
			{
				rule: 'PB-002',
				file: PB,
				line: { find: 'acknowledgeWithin: PT4H', after: 'level: 3' },
				path: 'levels[2].acknowledgeWithin',
				message: ['PT4H', 'PT2H'],
			},
		],
	},
	{
		name: 'malformed-duration',
		about: 'acknowledgeWithin written as "1h"',
		exit: 1,
		expect: [
			{
				rule: 'SCH-005',
				file: PB,
				line: { find: 'acknowledgeWithin: 1h' },
				path: 'levels[1].acknowledgeWithin',
				message: ['"1h"'],
				fix: ['acknowledgeWithin: PT1H'],
			},
		],
	},
	{
		name: 'holding-statement-is-draft',
		about: 'the holding statement used at level 3 is set back to draft',
		exit: 1,
		expect: [
			{
				rule: 'PB-004',
				file: PB,
				line: { find: '- erste-reaktion' },
				path: 'levels[2].holdingStatements[0]',
				message: ['"erste-reaktion"', 'draft'],
			},
		],
	},
	{
		name: 'commercial-channel-without-imprint',
		about: 'a commercial Instagram channel has no imprintUrl',
		exit: 1,
		expect: [
			{
				rule: 'CH-001',
				file: CHANNEL,
				line: { find: 'commercial: true' },
				path: 'imprintUrl',
				message: ['DDG'],
			},
		],
	},
	{
		name: 'outdated-citation',
		about: 'a guideline body cites "§ 5 TMG"',
		exit: 0,
		expect: [
			{
				rule: 'LEG-004',
				severity: 'warning',
				file: GUIDELINE,
				line: { find: '§ 5 TMG' },
				column: 'needle',
				path: '',
				fix: ['§ 5 DDG'],
			},
		],
	},
	{
		name: 'raci-two-accountables',
		about: 'two roles are marked A in one RACI row',
		exit: 1,
		expect: [
			{
				rule: 'TEAM-004',
				file: TEAM,
				line: { find: 'social-media-manager: A' },
				path: 'raci[0].roles',
				message: ['social-media-manager', 'kommunikationsleitung'],
			},
		],
	},
	{
		name: 'undeclared-template-variable',
		about: 'a template text uses {{ticketNummer}} without declaring it',
		exit: 1,
		expect: [
			{
				rule: 'TPL-001',
				file: TEMPLATE,
				line: { find: 'text:' },
				path: 'text',
				message: ['ticketNummer'],
			},
		],
	},

	// --- Further realistic mistakes ----------------------------------------
	{
		name: 'yaml-unclosed-quote',
		about: 'a quoted value in a channel file is never closed',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-001',
				file: CHANNEL,
				line: { find: 'purpose: "' },
				column: 10,
				path: '',
			},
		],
	},
	{
		name: 'yaml-bad-indentation',
		about: 'one key of a team member is indented by one space too many',
		exit: 1,
		expect: [{ rule: 'PARSE-001', file: TEAM, line: { find: '     roles:' }, path: '' }],
	},
	{
		name: 'yaml-tab-indentation',
		about: 'a template indents two lines with tabs',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-001',
				file: TEMPLATE,
				line: { find: '\tdescription' },
				column: 1,
				path: '',
				message: ['indented with a tab'],
				fix: ['spaces'],
			},
			{ rule: 'PARSE-001', file: TEMPLATE, line: { find: '\texample' }, column: 1, path: '' },
		],
	},
	{
		name: 'yaml-comma-in-flow-mapping',
		about: 'a description inside { … } contains a comma',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-001',
				file: TEMPLATE,
				line: { find: '- { name: thema' },
				path: '',
				message: ['comma', '"neutral formuliert"'],
				fix: ['Put this text in quotes: description: "Worum es geht, neutral formuliert"'],
			},
		],
	},
	{
		name: 'yaml-duplicate-key',
		about: 'a channel file has two handle: lines',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-001',
				file: CHANNEL,
				line: { find: 'handle: muster_baeckerei' },
				column: 1,
				path: '',
			},
		],
	},
	{
		name: 'empty-file',
		about: 'an empty goal file',
		exit: 1,
		expect: [{ rule: 'PARSE-003', file: 'goals/leer.yaml', line: 1, path: '' }],
	},
	{
		name: 'binary-file',
		about: 'a PNG image saved as guidelines/titelbild.mdx',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-004',
				file: 'guidelines/titelbild.mdx',
				line: 1,
				path: '',
				fix: ['assets/'],
			},
		],
	},
	{
		name: 'latin1-file',
		about: 'a channel file saved as Latin-1 ("Bäckerei" in the title)',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-002',
				file: 'channels/facebook.yaml',
				line: 2,
				column: 27,
				path: '',
				fix: ['UTF-8'],
			},
		],
	},
	{
		name: 'mdx-without-frontmatter',
		about: 'a guideline written as plain Markdown without frontmatter',
		exit: 1,
		expect: [{ rule: 'PARSE-005', file: 'guidelines/hausregeln.mdx', line: 1, path: '' }],
	},
	{
		name: 'empty-frontmatter',
		about: 'a guideline whose frontmatter block is empty',
		exit: 1,
		expect: [{ rule: 'SCH-004', file: 'guidelines/entwurf.mdx', line: 1, path: '' }],
	},
	{
		name: 'unknown-folder',
		about: 'a guideline placed in guideline/ instead of guidelines/',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-004',
				file: 'guideline/hausregeln.mdx',
				line: 0,
				path: '',
				didYouMean: 'guidelines',
				fix: ['guidelines/'],
			},
		],
	},
	{
		name: 'wrong-file-extension',
		about: 'a guideline saved as .md instead of .mdx',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-004',
				file: 'guidelines/hausregeln.md',
				line: 0,
				path: '',
				fix: ['hausregeln.mdx'],
			},
		],
	},
	{
		name: 'id-not-matching-file-name',
		about: 'channels/instagram.yaml declares id instagram-kanal',
		exit: 1,
		expect: [
			{
				rule: 'ID-001',
				file: CHANNEL,
				line: { find: 'id: instagram-kanal' },
				path: 'id',
				fix: ['"instagram"'],
			},
			{
				// The goal still points to the old id.
				rule: 'REF-001',
				file: GOAL,
				line: { find: '- instagram', after: 'channels:' },
				path: 'channels[0]',
				didYouMean: 'instagram-kanal',
			},
		],
	},
	{
		name: 'reference-of-wrong-type',
		about: 'a guideline lists a goal id under checklists',
		exit: 1,
		expect: [
			{
				rule: 'REF-001',
				file: GUIDELINE,
				line: { find: '- reichweite-instagram' },
				path: 'checklists[2]',
				message: ['"reichweite-instagram" is a goal'],
			},
		],
	},
	{
		name: 'approver-without-can-approve',
		about: 'a playbook level is approved by the deputy role, which lacks canApprove',
		exit: 1,
		expect: [
			{
				rule: 'PB-001',
				file: PB,
				line: { find: 'approver: stellvertretung' },
				path: 'levels[0].approver',
				fix: ['canApprove: true', 'teams/redaktion.yaml'],
			},
		],
	},
	{
		name: 'approved-by-without-can-approve',
		about: 'a goal is approvedBy a role without canApprove',
		exit: 1,
		expect: [
			{
				rule: 'DOC-002',
				file: GOAL,
				line: { find: 'approvedBy: stellvertretung' },
				path: 'approvedBy',
			},
		],
	},
	{
		name: 'approver-equals-backup',
		about: 'approver and backupApprover of level 2 are the same role',
		exit: 1,
		expect: [
			{
				rule: 'PB-001',
				file: PB,
				line: { find: 'backupApprover: kommunikationsleitung', after: 'level: 2' },
				path: 'levels[1].backupApprover',
			},
		],
	},
	{
		name: 'breach-without-dpo',
		about: 'the data-breach level does not notify the data protection officer',
		exit: 1,
		expect: [
			{
				rule: 'PB-003',
				file: PB,
				line: { find: '- social-media-manager', after: 'level: 3' },
				path: 'levels[2].notify',
				message: ['datenleck', 'data-breach'],
				fix: ['datenschutz'],
			},
		],
	},
	{
		name: 'missing-handbook-yaml',
		about: 'handbook.yaml is missing',
		exit: 1,
		expect: [{ rule: 'PARSE-008', file: 'handbook.yaml', line: 0, path: '' }],
	},
	{
		name: 'empty-folder',
		about: 'the content folder is empty',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-008',
				file: 'handbook.yaml',
				line: 0,
				path: '',
				fix: ['handbook.yaml', 'README'],
			},
		],
	},
	{
		name: 'unknown-law',
		about: 'a checklist cites the EnWG, which the law catalogue lacks',
		exit: 1,
		expect: [
			{
				rule: 'SCH-003',
				file: 'checklists/urheberrecht.mdx',
				line: { find: 'law: EnWG' },
				path: 'items[0].legalBasis[0].law',
				message: ['"EnWG"', 'law catalogue'],
				fix: ['vocabulary.laws', 'handbook.yaml'],
			},
		],
	},
	{
		name: 'company-signal-misspelled',
		about:
			'handbook.yaml adds the EnWG and a supply-outage signal; a playbook misspells the signal',
		exit: 1,
		expect: [
			{
				rule: 'SCH-003',
				file: PB,
				line: { find: 'signal: supply-outgae' },
				path: 'triggers[1].signal',
				didYouMean: 'supply-outage',
				fix: ['Write signal: supply-outage'],
			},
		],
	},
	{
		name: 'crisis-main-playbook-typo',
		about: 'handbook.yaml names the main crisis playbook "shitstrom"',
		exit: 1,
		expect: [
			{
				rule: 'REF-001',
				file: 'handbook.yaml',
				line: { find: 'mainPlaybook: shitstrom' },
				path: 'crisis.mainPlaybook',
				didYouMean: 'shitstorm',
			},
		],
	},
	{
		name: 'external-party-as-approver',
		about:
			'a playbook names the external party "gewerbeaufsicht" as approver and misspells it under notifyExternal',
		exit: 1,
		expect: [
			{
				rule: 'REF-001',
				file: PB,
				line: { find: 'approver: gewerbeaufsicht' },
				path: 'levels[1].approver',
				message: ['external party', 'never approve'],
			},
			{
				rule: 'REF-001',
				file: PB,
				line: { find: '- gewerbe-aufsicht' },
				path: 'levels[1].notifyExternal[1]',
				didYouMean: 'gewerbeaufsicht',
			},
		],
	},
	{
		name: 'stray-root-file',
		about: 'a notes file lies in the content root',
		exit: 1,
		expect: [{ rule: 'PARSE-004', file: 'notizen.txt', line: 0, path: '' }],
	},
	{
		name: 'handbook-yml-extension',
		about: 'the configuration is named handbook.yml',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-004',
				file: 'handbook.yml',
				line: 0,
				path: '',
				didYouMean: 'handbook.yaml',
			},
			{ rule: 'PARSE-008', file: 'handbook.yaml', line: 0, path: '' },
		],
	},
	{
		name: 'handbook-unknown-key',
		about: 'handbook.yaml says strikt: true',
		exit: 1,
		expect: [
			{
				rule: 'SCH-002',
				file: 'handbook.yaml',
				line: { find: 'strikt: true' },
				path: 'strikt',
				didYouMean: 'strict',
			},
		],
	},
	{
		name: 'dangling-checklist-item',
		about: 'a guideline rule points to a checklist item id that does not exist',
		exit: 1,
		expect: [
			{
				rule: 'REF-001',
				file: GUIDELINE,
				line: { find: 'persoenlichkeitsrecht#einwilligung' },
				path: 'rules[1].checklistItems[0]',
				didYouMean: 'persoenlichkeitsrecht#einwilligung-dokumentiert',
			},
		],
	},
	{
		name: 'duplicate-role-across-teams',
		about: 'a second team file defines the role id "redaktion" again',
		exit: 1,
		expect: [
			{
				rule: 'ID-001',
				file: TEAM,
				line: { find: '- id: redaktion' },
				path: 'roles[5].id',
				message: ['"redaktion"', 'teams/agentur.yaml'],
			},
		],
	},
	{
		name: 'many-problems',
		about: 'nine unrelated mistakes across seven files',
		exit: 1,
		expect: [
			{ rule: 'CH-001', file: CHANNEL, line: { find: 'commercial: true' }, path: 'imprintUrl' },
			{ rule: 'GOAL-001', file: GOAL, line: { find: 'target: 2000' }, path: 'target' },
			{
				rule: 'SCH-003',
				file: GUIDELINE,
				line: { find: 'scope: privat' },
				path: 'scope',
				didYouMean: 'private-accounts',
			},
			{
				rule: 'PB-001',
				file: PB,
				line: { find: 'backupApprover: kommunikationsleitung' },
				path: 'levels[1].backupApprover',
			},
			{
				rule: 'PB-002',
				file: PB,
				line: { find: 'acknowledgeWithin: PT3H' },
				path: 'levels[2].acknowledgeWithin',
			},
			{
				rule: 'TEAM-002',
				file: TEAM,
				line: { find: '- kommunikationsleitung', after: 'id: lea-sommer' },
				path: 'members[4].roles[1]',
			},
			{
				rule: 'TEAM-004',
				file: TEAM,
				line: { find: 'social-media-manager: A' },
				path: 'raci[0].roles',
			},
			{ rule: 'TPL-001', file: TEMPLATE, line: { find: 'text:' }, path: 'text' },
			{
				rule: 'LEG-004',
				severity: 'warning',
				file: 'checklists/wettbewerbsrecht.mdx',
				line: { find: 'law: TMG' },
				path: 'items[4].legalBasis[0].law',
			},
		],
	},
	// --- Document bodies: prose is content, not code ------------------------
	{
		name: 'body-code',
		about: 'a guideline body imports a system file, exports a value and writes {thema} in prose',
		exit: 1,
		expect: [
			{ rule: 'BODY-002', file: GUIDELINE, line: { find: 'import geheim' }, column: 1, path: '' },
			{ rule: 'BODY-002', file: GUIDELINE, line: { find: 'export const' }, column: 1, path: '' },
			{
				rule: 'BODY-002',
				file: GUIDELINE,
				line: { find: '{thema}' },
				column: 'needle',
				path: '',
				message: ['JavaScript'],
			},
		],
	},
	{
		name: 'body-html',
		about:
			'a body with <script>, an <img> with onerror, an <iframe>, a component, a style and an onclick',
		exit: 1,
		expect: [
			{
				rule: 'BODY-003',
				file: GUIDELINE,
				line: { find: '<script>' },
				column: 'needle',
				path: '',
				message: ['scripts'],
			},
			{
				rule: 'BODY-003',
				file: GUIDELINE,
				line: { find: '<img' },
				column: 'needle',
				path: '',
				fix: ['![Description]'],
			},
			{ rule: 'BODY-003', file: GUIDELINE, line: { find: '<iframe' }, column: 'needle', path: '' },
			{
				rule: 'BODY-003',
				file: GUIDELINE,
				line: { find: '<Banner' },
				column: 'needle',
				path: '',
				message: ['component'],
			},
			{
				rule: 'BODY-003',
				file: GUIDELINE,
				line: { find: 'style=' },
				column: 'needle',
				path: '',
				message: ['style'],
			},
			{
				rule: 'BODY-003',
				file: GUIDELINE,
				line: { find: 'onclick=' },
				column: 'needle',
				path: '',
				message: ['event handler onclick'],
			},
		],
	},
	{
		name: 'body-urls',
		about: 'javascript:, data: and vbscript: links and an image from another host',
		exit: 1,
		expect: [
			{
				rule: 'BODY-004',
				file: GUIDELINE,
				line: { find: '[Hilfe](javascript:' },
				column: 'needle',
				path: '',
				message: ['javascript:'],
			},
			{
				rule: 'BODY-004',
				file: GUIDELINE,
				line: { find: '[Daten](data:' },
				column: 'needle',
				path: '',
				message: ['data:'],
			},
			{
				rule: 'BODY-004',
				file: GUIDELINE,
				line: { find: '![Logo](https://other.example' },
				column: 'needle',
				path: '',
				message: ['another host'],
			},
			{
				rule: 'BODY-004',
				file: GUIDELINE,
				line: { find: '[VB](vbscript:' },
				column: 'needle',
				path: '',
				message: ['vbscript:'],
			},
		],
	},
	{
		name: 'body-images',
		about: 'a body shows an SVG with a script and uses handbook.yaml as an image',
		exit: 1,
		expect: [
			{
				rule: 'BODY-005',
				file: GUIDELINE,
				line: { find: '![Grafik]' },
				column: 'needle',
				path: '',
				message: ['<script>'],
			},
			{
				rule: 'BODY-005',
				file: GUIDELINE,
				line: { find: '![Einstellungen]' },
				column: 'needle',
				path: '',
				message: ['not an image file'],
			},
		],
	},
	{
		name: 'body-links',
		about:
			'kodex: links to a misspelled checklist and a missing item, and a link to a missing file',
		exit: 1,
		expect: [
			{
				rule: 'BODY-005',
				file: GUIDELINE,
				line: { find: '[die Bildrechte]' },
				column: 'needle',
				path: '',
				didYouMean: 'kodex:checklist/urheberrecht',
			},
			{
				rule: 'BODY-005',
				file: GUIDELINE,
				line: { find: '[die Lizenzfrage]' },
				column: 'needle',
				path: '',
				message: ['lizenz-fehlt'],
			},
			{
				rule: 'BODY-005',
				file: GUIDELINE,
				line: { find: '[Formular]' },
				column: 'needle',
				path: '',
				message: ['assets/fehlt.pdf'],
			},
		],
	},
	{
		name: 'body-unclosed-tag',
		about: 'a <kbd> tag that is never closed',
		exit: 1,
		expect: [
			{
				rule: 'BODY-001',
				file: GUIDELINE,
				line: { find: '<kbd>' },
				path: '',
				message: ['<kbd> is opened but never closed'],
			},
		],
	},
	{
		name: 'body-stray-less-than',
		about: 'prose with "<4" in it',
		exit: 1,
		expect: [
			{
				rule: 'BODY-001',
				file: GUIDELINE,
				line: { find: '<4' },

				path: '',
				message: ['"4" cannot start a tag name'],
			},
		],
	},
	{
		name: 'body-unknown-callout',
		about: 'a callout :::tipp, which does not exist',
		exit: 1,
		expect: [{ rule: 'BODY-006', file: GUIDELINE, line: { find: ':::tipp' }, column: 1, path: '' }],
	},
	{
		name: 'frontmatter-unclosed',
		about: 'a guideline whose frontmatter has no closing ---',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-009',
				file: GUIDELINE,
				line: 1,
				column: 1,
				path: '',
				message: ['never closed'],
			},
		],
	},
	{
		name: 'control-character',
		about: 'a NUL byte in the frontmatter and a vertical tab in the body',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-010',
				file: GUIDELINE,
				line: { find: 'summary:' },
				column: 13,
				path: '',
				message: ['U+0000 (NUL)'],
			},
			{
				rule: 'PARSE-010',
				file: GUIDELINE,
				line: { find: 'Du darfst gern' },
				column: 15,
				path: '',
				message: ['U+000B'],
			},
		],
	},
	{
		name: 'yaml-nbsp-after-colon',
		about: 'a non-breaking space after "title:"',
		exit: 1,
		expect: [
			{
				rule: 'PARSE-001',
				file: GUIDELINE,
				line: 3,
				column: 7,
				path: '',
				message: ['U+00A0 (NO-BREAK SPACE)'],
			},
		],
	},
	// --- Consistency and personal data (issue 13) ----------------------------
	{
		name: 'http-imprint-url',
		about: 'a channel links its imprint with plain http://',
		exit: 1,
		expect: [
			{
				rule: 'SCH-005',
				file: CHANNEL,
				line: { find: 'imprintUrl: http://' },
				path: 'imprintUrl',
				message: ['http://www.muster-baeckerei.example/impressum', 'https://'],
				fix: ['https://'],
			},
		],
	},
	{
		name: 'default-locale-not-available',
		about: 'handbook.yaml makes en the default language but offers only de',
		exit: 1,
		expect: [
			{
				rule: 'SCH-003',
				file: 'handbook.yaml',
				line: { find: 'default: en' },
				path: 'locales.default',
				message: ['"en"', 'locales.available (de)'],
				fix: ['Add en to locales.available'],
			},
		],
	},
	{
		name: 'id-too-long',
		about: 'a role id of 81 characters',
		exit: 1,
		expect: [
			{
				rule: 'SCH-006',
				file: TEAM,
				line: { find: 'id: redakteurin-fuer-die-sozialen-medien' },
				path: 'roles[5].id',
				message: ['81 characters', 'at most 64'],
			},
		],
	},
	{
		name: 'approved-references-draft',
		about: 'an approved guideline lists a draft guideline under related',
		exit: 1,
		expect: [
			{
				rule: 'REF-003',
				file: GUIDELINE,
				line: { find: '- entwurf-fotos' },
				path: 'related[0]',
				message: ['"entwurf-fotos"', 'draft', 'missing on the site'],
				fix: ['entwurf-fotos.mdx'],
			},
		],
	},
	{
		name: 'references-confidential',
		about: 'an internal channel lists a goal marked classification: confidential',
		exit: 1,
		expect: [
			{
				rule: 'REF-003',
				file: CHANNEL,
				line: { find: '- reichweite-instagram' },
				path: 'goals[0]',
				message: ['"reichweite-instagram"', 'confidential'],
				fix: ['classification: confidential'],
			},
		],
	},
	{
		name: 'team-private-contacts',
		about:
			'a team file holds a private mailbox, a personal mailbox, a private phone number and an address in text',
		exit: 1,
		expect: [
			{
				rule: 'TEAM-006',
				file: TEAM,
				line: { find: 'mailbox: mara.klein@gmail.com' },
				path: 'roles[0].mailbox',
				message: ["not on the company's domain (muster-baeckerei.example)"],
			},
			{
				rule: 'TEAM-006',
				file: TEAM,
				line: { find: 'mailbox: jonas.weber@' },
				path: 'roles[1].mailbox',
				message: ['personal address of Jonas Weber'],
			},
			{
				rule: 'TEAM-006',
				file: TEAM,
				line: { find: '- Übernimmt bei Urlaub' },
				path: 'roles[1].responsibilities[0]',
				message: ['"0171 2345678"', 'businessPhone'],
			},
			{
				rule: 'TEAM-006',
				file: TEAM,
				line: { find: '- Gibt Stellungnahmen' },
				path: 'roles[2].responsibilities[0]',
				message: ['"petra.lang@web.de"'],
			},
		],
	},
	{
		name: 'folder-default-wrong-owner',
		about:
			'checklists/_defaults.yaml gives two checklists without an owner of their own the unknown role "rechtsabteilung"',
		exit: 1,
		expect: ['markenrecht', 'urheberrecht'].map((id) => ({
			rule: 'REF-001',
			file: `checklists/${id}.mdx`,
			line: 2,
			path: 'owner',
			didYouMean: 'rechtsberatung',
			message: ['"rechtsabteilung"', 'folder default of', 'checklists/_defaults.yaml:2'],
			fix: ['Change it in', 'checklists/_defaults.yaml:2'],
		})),
	},
	{
		name: 'mail-domains-unset',
		about:
			'handbook.yaml has no company.mailDomains while a team file names a role mailbox: the domain check cannot run, and says so',
		exit: 0,
		expect: [
			{
				rule: 'TEAM-007',
				severity: 'warning',
				file: 'handbook.yaml',
				line: { find: 'company:' },
				path: 'company',
				message: ['company.mailDomains is not set', 'muster-baeckerei.example'],
				fix: ['mailDomains: [muster-baeckerei.example]'],
			},
		],
	},
];

// ---------------------------------------------------------------------------
// Tests

describe('the base handbook', () => {
	it('passes --strict with no errors, warnings or notices', () => {
		const dir = materialise();
		const text = runCli(dir, ['--strict']);
		expect(text.stderr).toBe('');
		expect(text.stdout).toMatch(/^✔ 0 errors, 0 warnings, 0 notices; 11 files checked in/);
		expect(text.status).toBe(0);

		const json = checkJson(undefined, ['--strict']);
		expect(json.status).toBe(0);
		expect(json.report).toMatchObject({ errors: [], warnings: [], notices: [], strict: true });
		expect(json.report.files).toBe(11);
	});
});

describe('the example handbook in content/', () => {
	it(`passes the strict check with no warnings (today pinned to ${EXAMPLE_TODAY})`, () => {
		const r = runCli(path.join(ROOT, 'content'), ['--format', 'json', '--strict'], {
			KODEX_TODAY: EXAMPLE_TODAY,
		});
		const report = JSON.parse(r.stdout) as JsonReport;
		expect(report.errors.map(brief)).toEqual([]);
		expect(report.warnings.map(brief)).toEqual([]);
		expect(r.status).toBe(0);
	});
});

describe('bad fixture handbooks', () => {
	it('every fixture folder has a test case and vice versa', () => {
		const folders = fs.readdirSync(BAD).sort();
		expect(folders).toEqual(CASES.map((c) => c.name).sort());
	});

	for (const c of CASES) {
		describe(c.name, () => {
			const rules = [...new Set(c.expect.map((e) => e.rule))].join(', ');

			it(`${c.about}: exit ${c.exit}, ${rules}`, () => {
				const r = checkJson(c.name);
				expect(r.stderr).toBe('');
				for (const e of c.expect)
					expect(r.all).toContainEqual(expect.objectContaining(resolve(r.dir, e)));
				expect(r.status).toBe(c.exit);
			});

			it('names files relative to the working directory, so that they resolve to the real file', () => {
				const r = checkJson(c.name);
				for (const d of r.all) {
					if (d.file === '') continue;
					expect(path.isAbsolute(d.file), d.file).toBe(false);
					expect(d.file).not.toContain('\\');
					const abs = path.resolve(ROOT, d.file);
					expect(abs.startsWith(r.dir + path.sep), d.file).toBe(true);
					// Missing files (handbook.yaml) still name a place in an existing folder.
					expect(fs.existsSync(abs) || d.rule === 'PARSE-008', d.file).toBe(true);
				}
			});

			it('reports nothing else', () => {
				const r = checkJson(c.name);
				const expected = c.expect.map((e) => resolve(r.dir, e));
				expect(r.all.map(brief).sort()).toEqual(
					expected.map((e) => brief(e as unknown as Diagnostic)).sort(),
				);
			});
		});
	}

	it('many-problems: reports at least five distinct rules in one run', () => {
		const r = checkJson('many-problems');
		const distinct = new Set(r.all.map((d) => d.rule));
		expect(distinct.size).toBeGreaterThanOrEqual(5);
		expect(new Set(r.all.map((d) => d.file)).size).toBeGreaterThanOrEqual(5);
	});

	const missingDir = path.join(tmpRoot, 'gibt-es-nicht');
	let missingRun: { run: Run; report: JsonReport } | undefined;
	const missingFolder = () => {
		if (!missingRun) {
			const run = runCli(missingDir, ['--format', 'json']);
			missingRun = { run, report: JSON.parse(run.stdout) as JsonReport };
		}
		return missingRun;
	};

	it('a missing content folder is one clear error, exit 1', () => {
		const { run: r, report } = missingFolder();
		expect(report.errors).toContainEqual(
			expect.objectContaining({
				rule: 'PARSE-007',
				file: path.relative(ROOT, missingDir).split(path.sep).join('/'),
				line: 0,
				fix: expect.stringContaining('KODEX_CONTENT'),
			}),
		);
		expect(r.status).toBe(1);
	});

	it('a missing content folder is not followed by four LEG-001 errors', () => {
		expect(missingFolder().report.errors.map((d) => d.rule)).toEqual(['PARSE-007']);
	});
});

describe('single messages say what an author needs', () => {
	const find = (caseName: string, rule: string) => {
		const d = checkJson(caseName).all.find((x) => x.rule === rule);
		if (!d) throw new Error(`${caseName}: no ${rule}`);
		return d;
	};

	it('a German legal area suggests its English value ("urheberrecht" → copyright)', () => {
		expect(find('german-enum-value', 'SCH-003').didYouMean).toBe('copyright');
	});

	it('an unknown law gets no suggestion of a different law, and the allowed values', () => {
		const d = find('unknown-law', 'SCH-003');
		expect(d.didYouMean).toBeUndefined();
		expect(d.fix).not.toMatch(/Write law/);
		expect(d.expected).toContain('UrhG');
		expect(d.expected).toContain('DSGVO');
	});

	it('an empty folder reports only the missing handbook.yaml, at a path relative to where the command runs', () => {
		const dir = materialise('empty-folder');
		const sub = path.join(dir, 'unterordner');
		fs.mkdirSync(sub);
		const r = spawnSync(
			process.execPath,
			[path.join(ROOT, 'src/cli/check.ts'), '--format', 'json'],
			{
				cwd: ROOT,
				encoding: 'utf8',
				env: { ...process.env, INIT_CWD: sub, KODEX_CONTENT: '..', KODEX_TODAY: TODAY },
			},
		);
		const report = JSON.parse(r.stdout) as JsonReport;
		expect(report.errors).toEqual([
			expect.objectContaining({
				rule: 'PARSE-008',
				file: '../handbook.yaml',
				fix: 'Create ../handbook.yaml; see the README for an example.',
			}),
		]);
		expect([...report.warnings, ...report.notices]).toEqual([]);
		expect(r.status).toBe(1);
	});

	it('a YAML indentation error points at the mis-indented line', () => {
		const r = checkJson('yaml-bad-indentation');
		const { line } = lineOf(r.dir, TEAM, { find: '     roles:' });
		expect(find('yaml-bad-indentation', 'PARSE-001').line).toBe(line);
	});

	it('a duplicate YAML key names the key', () => {
		expect(find('yaml-duplicate-key', 'PARSE-001').message).toContain('handle');
	});

	it('"not a question" says what is expected, with an example', () => {
		const d = find('checklist-item-not-a-question', 'SCH-005');
		expect(d.expected).toContain('?');
		expect(d.fix).not.toBe('Write question: …');
	});

	it('the backup-approver example does not suggest the approver itself', () => {
		expect(find('approver-equals-backup', 'PB-001').expected).not.toContain(
			'kommunikationsleitung',
		);
	});

	it('the own-deputy example names a member of this handbook', () => {
		const d = checkJson('deputy-is-the-manager').all.find((x) => x.path === 'members[0].deputyOf');
		expect(d?.expected).not.toContain('anna-berger');
	});

	it('REF-001 does not ask to create a file that already exists', () => {
		// channels/instagram.yaml exists; it only declares another id.
		expect(find('id-not-matching-file-name', 'REF-001').fix).not.toContain(
			'create channels/instagram.yaml',
		);
	});
});

describe('text output', () => {
	function text(caseName: string, args: string[] = []) {
		const dir = materialise(caseName);
		return { dir, ...runCli(dir, args) };
	}

	it('shows file:line:column, severity, rule, path, did you mean and fix', () => {
		const r = text('dangling-role-reference');
		const { line, column } = lineOf(r.dir, PB, { find: 'rechtsabteilung' });
		const head = `${shown(r.dir, PB)}:${line}:${column}  error  REF-001  levels[1].approver`;
		expect(r.stdout).toContain(
			`${head}\n  Role "rechtsabteilung" is not defined in any team file.`,
		);
		expect(r.stdout).toContain('  did you mean: rechtsberatung\n');
		expect(r.stdout).toMatch(/^ {2}fix: {10}\S/m);
		expect(r.stdout).toMatch(
			/✖ 1 error, 0 warnings, 0 notices; 11 files checked in \d+\.\d\d s\.\n$/,
		);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(1);
	});

	it('suggests the right field for a misspelled key', () => {
		const r = text('misspelled-key');
		const { line } = lineOf(r.dir, PB, { find: 'last_reviewed_at' });
		expect(r.stdout).toContain(`${shown(r.dir, PB)}:${line}:1  error  SCH-002  last_reviewed_at`);
		expect(r.stdout).toContain('  did you mean: reviewedOn\n');
		expect(r.stdout).toContain('  fix:          Rename "last_reviewed_at" to "reviewedOn".\n');
	});

	it('gives the ISO form of a malformed duration as the fix', () => {
		const r = text('malformed-duration');
		expect(r.stdout).toContain('SCH-005  levels[1].acknowledgeWithin');
		expect(r.stdout).toContain('  fix:          Write acknowledgeWithin: PT1H\n');
	});

	it('names a file without a line when the whole file is wrong', () => {
		const r = text('handbook-yml-extension');
		expect(r.stdout).toContain(`${shown(r.dir, 'handbook.yml')}  error  PARSE-004\n`);
		expect(r.stdout).toContain('  did you mean: handbook.yaml\n');
	});

	it('prints no colour codes when NO_COLOR is set', () => {
		const r = text('many-problems');
		expect(r.stdout).not.toContain('\u001b[');
	});
});

describe('report language', () => {
	const dir = () => materialise('dangling-role-reference');

	it("speaks the handbook's default language (German) when nothing else is set", () => {
		const r = runCli(dir(), [], { KODEX_LANG: '' });
		expect(r.stdout).toContain('  gemeint?      rechtsberatung\n');
		expect(r.stdout).toMatch(/^ {2}Lösung: {7}\S/m);
		expect(r.stdout).toMatch(
			/^✖ 1 Fehler, 0 Warnungen, 0 Hinweise; 11 Dateien geprüft in \d+,\d\d s\.$/m,
		);
	});

	it('follows KODEX_LANG, and --lang wins over it', () => {
		const en = runCli(dir(), [], { KODEX_LANG: 'en' });
		expect(en.stdout).toMatch(
			/^✖ 1 error, 0 warnings, 0 notices; 11 files checked in \d+\.\d\d s\.$/m,
		);
		const de = runCli(dir(), ['--lang', 'de'], { KODEX_LANG: 'en' });
		expect(de.stdout).toContain('1 Fehler, 0 Warnungen');
	});

	it('prints the messages, expectations and fixes in German for a German handbook', () => {
		const german = (caseName: string) => runCli(materialise(caseName), [], { KODEX_LANG: '' });
		const key = german('misspelled-key').stdout;
		expect(key).toContain('  Unbekanntes Feld „last_reviewed_at“.\n');
		expect(key).toContain('  Lösung:       „last_reviewed_at“ in „reviewedOn“ umbenennen.\n');
		expect(key).toMatch(/^ {2}erwartet: {5}eines der Felder id, title, .*\(\d+ insgesamt\)$/m);
		expect(key).not.toContain('Unknown field');
		const vocabulary = german('german-enum-value').stdout;
		expect(vocabulary).toContain('„urheberrecht“ steht nicht unter den Rechtsgebieten');
		expect(vocabulary).toContain('  Lösung:       Stattdessen legalArea: copyright schreiben.\n');
		const yaml = german('yaml-bad-indentation').stdout;
		expect(yaml).toContain('  Das YAML ist nicht lesbar: diese Zeile ist weiter eingerückt');
		expect(yaml).toMatch(/^ {2}Lösung: .*in Anführungszeichen setzen\.$/m);
		const tab = german('yaml-tab-indentation').stdout;
		expect(tab).toContain('mit einem Tabulator eingerückt');
		expect(tab).toContain(
			'  Lösung:       Den Tabulator am Zeilenanfang durch Leerzeichen ersetzen.\n',
		);
		// Without handbook.yaml there is no default language; --lang chooses German.
		const missing = runCli(materialise('missing-handbook-yaml'), ['--lang', 'de']).stdout;
		expect(missing).toContain('  Die Konfigurationsdatei des Handbuchs fehlt.\n');
		expect(missing).toMatch(
			/^ {2}Lösung: .*handbook\.yaml anlegen; ein Beispiel steht im README\.$/m,
		);
	});

	it('prints the same messages in English with --lang en or KODEX_LANG=en', () => {
		const dir = materialise('misspelled-key');
		for (const r of [runCli(dir, ['--lang', 'en'], { KODEX_LANG: '' }), runCli(dir)]) {
			expect(r.stdout).toContain('  Unknown field "last_reviewed_at".\n');
			expect(r.stdout).toContain('  fix:          Rename "last_reviewed_at" to "reviewedOn".\n');
			expect(r.stdout).not.toContain('Unbekanntes Feld');
		}
	});

	it('keeps English in the JSON fields and the German wording under de', () => {
		const dir = materialise('yaml-tab-indentation');
		const r = runCli(dir, ['--format', 'json', '--lang', 'de']);
		const [first] = (JSON.parse(r.stdout) as JsonReport).errors;
		expect(first!.message).toMatch(/^This line is indented with a tab character/);
		expect(first!.fix).toBe('Replace the tab at the start of the line with spaces.');
		expect(first!.de).toEqual({
			message: expect.stringMatching(/^Diese Zeile ist mit einem Tabulator eingerückt/),
			expected: 'zwei Leerzeichen pro Einrückungsebene',
			fix: 'Den Tabulator am Zeilenanfang durch Leerzeichen ersetzen.',
		});
	});

	it('uses singular and plural forms through Intl', () => {
		const r = runCli(materialise('yaml-tab-indentation'), ['--lang', 'de']);
		expect(r.stdout).toContain('✖ 2 Fehler, 0 Warnungen, 0 Hinweise');
		const one = runCli(materialise('outdated-citation'), ['--lang', 'de']);
		expect(one.stdout).toContain('0 Fehler, 1 Warnung, 0 Hinweise');
		const oneEn = runCli(materialise('outdated-citation'), ['--lang', 'en']);
		expect(oneEn.stdout).toContain('0 errors, 1 warning, 0 notices');
	});
});

describe('--format json', () => {
	it('prints exactly one JSON object with errors, warnings and notices', () => {
		const r = checkJson('many-problems');
		expect(r.stdout.endsWith('\n')).toBe(true);
		expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
		expect(r.report).toEqual({
			errors: expect.any(Array),
			warnings: expect.any(Array),
			notices: expect.any(Array),
			strict: false,
			files: 11,
		});
		expect(r.report.errors.length).toBeGreaterThanOrEqual(5);
		expect(r.report.warnings.length).toBeGreaterThanOrEqual(1);
		for (const [list, severity] of [
			[r.report.errors, 'error'],
			[r.report.warnings, 'warning'],
		] as const) {
			for (const d of list) {
				expect(d).toEqual(
					expect.objectContaining({
						rule: expect.stringMatching(/^[A-Z0-9]+-\d{3}$/),
						severity,
						file: expect.any(String),
						line: expect.any(Number),
						column: expect.any(Number),
						path: expect.any(String),
						message: expect.any(String),
					}),
				);
				expect(d.message.length).toBeGreaterThan(10);
			}
		}
	});
});

describe('--strict', () => {
	it('an expired review is a warning: exit 0 without --strict', () => {
		const r = checkJson('expired-review-date');
		expect(r.report.errors).toEqual([]);
		expect(r.report.warnings.map((d) => d.rule)).toEqual(['DATE-001']);
		expect(r.status).toBe(0);
	});

	it('the same warning fails the check with --strict (exit 1)', () => {
		const r = checkJson('expired-review-date', ['--strict']);
		expect(r.report.strict).toBe(true);
		expect(r.report.warnings.map((d) => d.rule)).toEqual(['DATE-001']);
		expect(r.status).toBe(1);

		const dir = materialise('expired-review-date');
		const t = runCli(dir, ['--strict']);
		expect(t.stdout).toContain('warning (strict: fails)  DATE-001  reviewBy');
		expect(t.stdout).toContain('(warnings fail because of --strict)');
		expect(t.status).toBe(1);
	});
});

describe('usage errors', () => {
	const base = () => materialise();

	for (const [args, first] of [
		[['--format', 'xml'], 'Unknown format "xml"; use --format text or --format json.'],
		[['--nope'], "Unknown option '--nope'"],
		[['--format'], "Option '--format <value>' argument missing"],
		[['content'], "Unexpected argument 'content'"],
	] as const) {
		it(`${args.join(' ')} exits 2 with a one-line message`, () => {
			const r = runCli(base(), [...args]);
			expect(r.status).toBe(2);
			expect(r.stdout).toBe('');
			const [line, blank, usage] = r.stderr.split('\n');
			expect(line).toContain(first);
			expect(blank).toBe('');
			expect(usage).toMatch(/^Usage: npm run check/);
		});
	}

	it('--lang with a language the CLI does not speak exits 2 and names the choices', () => {
		const r = runCli(base(), ['--lang', 'tr']);
		expect(r.status).toBe(2);
		expect(r.stderr.split('\n')[0]).toBe('Unknown language "tr"; use --lang de or --lang en.');
	});

	it('--help prints the usage and exits 0', () => {
		const r = runCli(base(), ['--help']);
		expect(r.stdout).toMatch(/^Usage: npm run check -- \[--strict\] \[--format text\|json\]/);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});
});
