/**
 * Every rule id the validator reports, with its meaning and how to fix it: the
 * ids found while reading files and applying the schemas, then the
 * cross-document rules of RULES. docs/authoring.*.md are generated from this
 * list, and a test fails when the source reports an id that is missing here.
 */
import type { Severity } from '../diagnostics/diagnostics.ts';
import { RULES } from './index.ts';

export interface RuleInfo {
	id: string;
	/** Default severity. */
	severity: Severity;
	/** What the rule checks, in one line. */
	title: string;
	/** How an author usually fixes a finding, in one line. */
	fix: string;
}

/** Reported while reading files and applying the schemas, before the cross-document rules run. */
const LOAD_RULES: Omit<RuleInfo, 'fix'>[] = [
	{ id: 'PARSE-001', severity: 'error', title: 'The YAML (or MDX frontmatter) can be read.' },
	{ id: 'PARSE-002', severity: 'error', title: 'The file is UTF-8.' },
	{ id: 'PARSE-003', severity: 'error', title: 'The file is not empty.' },
	{
		id: 'PARSE-004',
		severity: 'error',
		title: 'The file belongs where it is: a known folder, the right extension, not binary.',
	},
	{ id: 'PARSE-005', severity: 'error', title: 'An MDX document starts with frontmatter.' },
	{ id: 'PARSE-007', severity: 'error', title: 'The content folder exists.' },
	{ id: 'PARSE-008', severity: 'error', title: '`handbook.yaml` exists.' },
	{ id: 'PARSE-009', severity: 'error', title: 'Frontmatter that is opened with `---` is closed.' },
	{ id: 'PARSE-010', severity: 'error', title: 'The file holds no NUL or other control bytes.' },
	{ id: 'PARSE-011', severity: 'error', title: 'A content file is at most 1 MB.' },
	{
		id: 'DEF-001',
		severity: 'error',
		title:
			'A folder default (`_defaults.yaml`) sets only fields its documents have, and none that names one document (id, title, translationOf).',
	},
	{ id: 'SCH-001', severity: 'error', title: 'Required fields are present.' },
	{
		id: 'COV-001',
		severity: 'error',
		title: 'A block of a schedule (office hours, on-call) ends after it starts, on the same day.',
	},
	{ id: 'SCH-002', severity: 'error', title: 'No unknown fields (with a suggestion for typos).' },
	{ id: 'SCH-003', severity: 'error', title: 'Values come from the allowed list.' },
	{ id: 'SCH-004', severity: 'error', title: 'Values have the right kind (text, number, list …).' },
	{
		id: 'SCH-005',
		severity: 'error',
		title: 'Dates, durations, ids, web and e-mail addresses are well formed and real.',
	},
	{
		id: 'SCH-006',
		severity: 'error',
		title: 'Texts and lists are neither too short nor too long.',
	},
	{
		id: 'DOC-001',
		severity: 'error',
		title: 'Approved documents name `approvedBy`, `reviewedOn` and `reviewBy`.',
	},
];

/** How to fix a finding of each rule. The catalog test requires one line per id. */
const FIXES: Record<string, string> = {
	'PARSE-001':
		'Look at the line named in the message: usually a missing space after a colon, a tab used for indentation, or text with a colon that needs quotes.',
	'PARSE-002': 'Save the file as UTF-8 in your editor ("Save with encoding").',
	'PARSE-003': 'Write the document, or delete the empty file.',
	'PARSE-004':
		'Move the file into the folder of its type with the right extension (.mdx or .yaml); put images into assets/.',
	'PARSE-005':
		'Start the file with a line `---`, the fields, and another `---` line before the text.',
	'PARSE-007': 'Create the content folder, or point KODEX_CONTENT at it.',
	'PARSE-008': 'Add handbook.yaml to the content folder (copy it from the example handbook).',
	'PARSE-009': 'Add a line `---` after the last frontmatter field, before the text.',
	'PARSE-010':
		'Delete the invisible character at the position named (it usually comes from copying out of another program).',
	'PARSE-011':
		'Split the document into smaller ones; keep images and attachments in assets/, not in the text.',
	'DEF-001':
		'Correct the field name (the message suggests the closest one), or set id, title and translationOf in each document instead.',
	'SCH-001': 'Add the field the message names; the field reference below says what it holds.',
	'COV-001':
		'Write a `to` later than `from`; split a block that runs past midnight into one up to 24:00 and one from 00:00.',
	'SCH-002':
		'Correct the spelling of the field (the message suggests the closest one) or remove it.',
	'SCH-003': 'Use one of the values the message lists.',
	'SCH-004':
		'Write the value in the expected form, e.g. a list in [brackets] or a number without quotes.',
	'SCH-005':
		'Write dates as 2027-03-31, durations as PT30M / PT4H / P3D, ids in lower-case words joined by hyphens, addresses with https://.',
	'SCH-006': 'Shorten or lengthen the text or list to the limits the message names.',
	'DOC-001': 'Add approvedBy, reviewedOn and reviewBy, or set the status back to in-review.',
	'DOC-002':
		'Name a role with canApprove: true as approvedBy, or allow the role to approve in its team file.',
	'DOC-003':
		'Set supersededBy to the replacing document (only with status superseded) and publish that one.',
	'DOC-004': 'Add version: 1 (or the current number) to the approved document.',
	'DOC-005': 'Point the reference at the replacement the message names.',
	'ID-001': 'Make the id equal to the file name, and rename one of two things that share an id.',
	'REF-001':
		'Use an id that exists (the message suggests the closest one), or create what it refers to.',
	'REF-002': 'Point the reference at a current document, or remove it.',
	'REF-003':
		'Approve the draft first, or remove the reference; mark the referring document confidential too, or drop the link to the confidential one.',
	'LEG-001': 'Write (or approve) a checklist for the legal area the message names.',
	'LEG-002': 'Add a checklist for the recommended legal area, or remove it from handbook.yaml.',
	'LEG-003':
		"Add a checklist of that legal area to the guideline's checklists, or remove the area.",
	'LEG-004': 'Cite the current law the message names instead of the outdated one.',
	'TEAM-001':
		'Give the social media manager a deputy: another member with deputyOf pointing at them.',
	'TEAM-002':
		'Give the deciding role to an employee; interns, working students and trainees may assist.',
	'TEAM-003': 'Let an employee approve; remove canApprove from the external role.',
	'TEAM-004': 'Mark exactly one role with A (or AR) in the RACI row.',
	'TEAM-005': "Lower the time budgets or raise the member's weeklyHours.",
	'TEAM-006':
		"Use a role mailbox on one of company.mailDomains, put a business phone number into the role's businessPhone (an external party's official line into its phone); remove private contacts.",
	'TEAM-007':
		"Add company.mailDomains to handbook.yaml with the company's own mail domains (not a private provider's), e.g. mailDomains: [example.com].",
	'PB-001':
		'Choose a backupApprover that differs from the approver; both roles need canApprove: true.',
	'PB-002': 'Make acknowledgeWithin equal or shorter at each more severe level.',
	'PB-003':
		'Add the legal role or the data protection officer to notify at the level the message names, or correct the level number.',
	'PB-004': 'Approve the holding-statement template, or use an approved one.',
	'PB-005':
		'Sort the first-hour steps by time, keep each within PT1H, and list each role once in escalationChain.',
	'PB-006': 'Run a drill of the playbook and set lastExercised to its date.',
	'TPL-001': 'Declare each {{placeholder}} in variables, and use or remove each declared variable.',
	'PRE-001':
		'Make the ids unique and let conditions name existing questions and answers; keep ids in translations.',
	'PRE-002': 'Reference checklist items, guideline rules and roles that exist and are in use.',
	'CH-001':
		'Add the missing field the message names (imprintUrl, monitoringHours, responseTarget, privacyNoticeUrl), or choose a deputy other than the owner.',
	'CH-002': 'Add the goal the channel serves to its goals.',
	'DATE-001': 'Review the document, then update reviewedOn and reviewBy.',
	'DATE-002':
		'Move reviewBy within the maximum review interval, reviewedOn to a past date, or the period end after its start.',
	'DATE-003': 'Plan the review before the reviewBy date.',
	'GOAL-001': 'Set a target that differs from the baseline.',
	'I18N-001': 'Point translationOf at the original, which has the same type and another language.',
	'I18N-002': 'Use exactly the role and member ids of the original team file.',
	'I18N-003':
		'Use exactly the item or rule ids of the original; npm run new --translation-of copies them.',
	'I18N-004': 'Bring the translation up to date with the original and raise its version.',
	'COV-002': 'Join the overlapping blocks into one, or take the day out of one of them.',
	'I18N-005':
		'Write one of the languages of locales.available in handbook.yaml, or add the language there.',
	'HIST-001': 'Set the version at least as high as in the earlier commit the message names.',
	'TODO-001': 'Replace the placeholder with your own text.',
	'BODY-001':
		'Close the HTML tag the message names, or write \\< and \\{ to show these characters as text.',
	'BODY-002':
		'Remove the import, export or {…}: a body is text, not code. Write \\{ for a literal brace.',
	'BODY-003':
		'Use Markdown instead of the HTML or component, or one of the allowed elements the message lists.',
	'BODY-004':
		'Link to https:// pages only, and put images into the content folder and link them relatively.',
	'BODY-005':
		'Correct the id or path (the message suggests the closest one), or create the document or file.',
	'BODY-006': 'Use one of the callouts :::do, :::dont, :::note, :::warning or :::legal.',
	'GLOS-001': 'Define each term once per language in the glossary of handbook.yaml.',
	'GLOS-002':
		"Add the term to the glossary in the document's language, or remove the :term marking.",
	'ASSET-001':
		'Put the file into the content folder as a real file (no link), and remove scripts, event handlers and external references from SVGs.',
};

/** Every rule id with severity, meaning and fix, in documentation order. */
export function ruleCatalog(): RuleInfo[] {
	const rules = [
		...LOAD_RULES,
		...RULES.map(({ id, severity, title }) => ({ id, severity, title })),
	];
	return rules.map((r) => ({ ...r, fix: FIXES[r.id] ?? '' }));
}
