/**
 * Starting documents for `npm run new`: one commented template per type. Texts
 * the author must write are `TODO:` placeholders (TODO-001 lists every one that
 * is left); fields that need a value from the handbook, such as roles and
 * channels, get a real one so that the new document passes every other rule.
 * Comments name the allowed values, read from the schemas.
 */
import { DOC_TYPES, type DocType } from '../../../schemas/index.ts';
import type { DataPath } from '../diagnostics/diagnostics.ts';
import { allowedValues, schemaAt } from '../model/schema-walk.ts';
import { docPath, type HandbookFacts } from './facts.ts';
import { todo } from './placeholder.ts';

export interface NewDocument {
	type: DocType;
	id: string;
	language: string;
	/** The title; a placeholder when not given. */
	title?: string | undefined;
}

export interface ScaffoldedFile {
	/** Path relative to the content folder, e.g. `guidelines/fotos.mdx`. */
	path: string;
	text: string;
}

/** A YAML scalar that is always read back as this exact string. */
const q = (text: string): string => JSON.stringify(text);

/** `# one of: a | b | c` for the field at `path` of `type`, or '' when it is not a list of values. */
function choices(type: DocType, path: DataPath, lead = 'one of'): string {
	const values = allowedValues(schemaAt(DOC_TYPES[type].schema, path));
	return values ? ` # ${lead}: ${values.join(' | ')}` : '';
}

/** Role ids the template fills in: an owner and two different approvers. */
function pickRoles(facts: HandbookFacts) {
	const fallback = 'social-media-manager';
	const approvers = facts.roles.filter((r) => r.canApprove).map((r) => r.id);
	const owner = facts.roles[0]?.id ?? fallback;
	const approver = approvers[0] ?? owner;
	const backup =
		approvers.find((r) => r !== approver) ??
		facts.roles.find((r) => r.id !== approver)?.id ??
		approver;
	const other = facts.roles.find((r) => r.id !== owner)?.id ?? owner;
	const known = facts.roles.map((r) => r.id);
	const list = known.length
		? ` # a role id: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`
		: ' # a role id from teams/*.yaml';
	return { owner, approver, backup, other, list };
}

/** The fields every document starts with. */
function commonLines(doc: NewDocument, facts: HandbookFacts, what: string): string[] {
	const roles = pickRoles(facts);
	return [
		`# A new ${what}. Replace every "TODO: …" text; \`npm run check\` lists the ones left (TODO-001).`,
		'# Field descriptions: docs/authoring.en.md (Deutsch: docs/authoring.de.md).',
		`id: ${doc.id} # must stay equal to the file name`,
		`title: ${q(doc.title ?? todo('the title readers see (3 to 120 characters)'))}`,
		`summary: ${q(todo('one or two sentences for lists and search results'))}`,
		`language: ${doc.language}`,
		`status: draft${choices(doc.type, ['status'])}`,
		'# Once approved, add approvedBy (a role that may approve), reviewedOn and reviewBy (dates).',
		`owner: ${roles.owner}${roles.list}`,
		`audience: [all-employees]${choices(doc.type, ['audience', 0], 'one or more of')}`,
	];
}

const body = (what: string) =>
	['', `${todo(`write the ${what} for readers here, in Markdown.`)}`, ''].join('\n');

function guideline(doc: NewDocument, facts: HandbookFacts): string[] {
	const roles = pickRoles(facts);
	return [
		...commonLines(doc, facts, 'guideline'),
		`scope: both${choices('guideline', ['scope'])}`,
		`binding: policy${choices('guideline', ['binding'])}`,
		'appliesTo: all # or a list of channel ids, e.g. [instagram, linkedin]',
		"rules: # the do and don't rules; at least one",
		'  - id: rule-1 # unique within this guideline; keep it when you reword the rule',
		`    kind: do${choices('guideline', ['rules', 0, 'kind'])}`,
		`    text: ${q(todo('the rule as one short imperative sentence'))}`,
		`    rationale: ${q(todo('why the rule exists, in one or two sentences'))}`,
		'    # checklistItems: [urheberrecht#lizenz-vorhanden] # checklist items the rule relies on',
		'# legalAreas: [copyright] # legal areas the guideline touches; each needs one of `checklists`',
		'# checklists: [urheberrecht]',
		`contacts: [${roles.owner}] # roles to ask when in doubt`,
	];
}

function checklist(doc: NewDocument, facts: HandbookFacts): string[] {
	const roles = pickRoles(facts);
	const items = [1, 2, 3, 4, 5].flatMap((n) => [
		`  - id: item-${n} # unique within this checklist; keep it when you reword the question`,
		`    question: ${q(todo('a yes/no question; "yes" is the safe answer?'))}`,
		`    severity: major${n === 1 ? choices('checklist', ['items', 0, 'severity']) : ''}`,
		'    legalBasis:',
		`      - law: other${n === 1 ? choices('checklist', ['items', 0, 'legalBasis', 0, 'law']) : ''}`,
		`        ref: ${q(todo('the provision, e.g. § 31'))}`,
		`    guidance: ${q(todo('what to do or how to check, in plain language'))}`,
	]);
	return [
		...commonLines(doc, facts, 'legal checklist'),
		`legalArea: other${choices('checklist', ['legalArea'])}`,
		`jurisdiction: DE${choices('checklist', ['jurisdiction'])}`,
		`appliesTo: [post]${choices('checklist', ['appliesTo', 0], 'one or more of')}`,
		`legalReviewer: ${roles.approver} # the role that reviews the checklist legally`,
		'items: # at least five',
		...items,
	];
}

function playbook(doc: NewDocument, facts: HandbookFacts): string[] {
	const r = pickRoles(facts);
	const level = (n: number, within: string) => [
		`  - level: ${n}`,
		`    name: ${q(todo(`name of level ${n}`))}`,
		`    criteria: ${q(todo('what the situation looks like at this level'))}`,
		`    acknowledgeWithin: ${within} # ISO 8601 duration; must not grow as the level rises`,
		`    notify: [${r.owner}]`,
		`    approver: ${r.approver}`,
		`    backupApprover: ${r.backup} # must differ from approver; both may approve`,
		`    actions: [${q(todo('what to do at this level'))}]`,
	];
	return [
		...commonLines(doc, facts, 'crisis playbook'),
		`scenario: ${q(todo('the situation the playbook is for, in one sentence'))}`,
		`scale: custom-ascending${choices('playbook', ['scale'])}`,
		'triggers:',
		'  - id: trigger-1',
		`    signal: other${choices('playbook', ['triggers', 0, 'signal'])}`,
		`    description: ${q(todo('what the signal looks like in practice'))}`,
		'    minLevel: 1 # a level defined below',
		'levels: # at least two',
		...level(1, 'PT4H'),
		...level(2, 'PT1H'),
		`escalationChain: [${[...new Set([r.owner, r.approver])].join(', ')}] # in order, without repeats`,
		'firstHour: # in order, each at most PT1H after detection',
		`  - { at: PT15M, action: ${q(todo('first step'))}, owner: ${r.owner} }`,
		'pauseScheduledPosts: true',
		'postMortem:',
		'  fromLevel: 2',
		'  dueWithin: P5D',
		`  owner: ${r.owner}`,
		`  duties: [${q(todo('what the post-mortem covers'))}]`,
		'channels: all # or a list of channel ids',
		'# lastExercised: 2026-01-31 # date of the last drill (PB-006 warns without one)',
	];
}

function team(doc: NewDocument, facts: HandbookFacts): string[] {
	return [
		...commonLines(doc, facts, 'team'),
		'roles: # role ids are unique across all team files',
		`  - id: ${doc.id}-role`,
		`    name: ${q(todo('name of the role'))}`,
		`    category: contributor${choices('team', ['roles', 0, 'category'])}`,
		`    responsibilities: [${q(todo('what the role is responsible for'))}]`,
		'    # mailbox: role@example.com # role mailboxes only, never private addresses',
		'members: # member ids are unique across all team files',
		`  - id: ${doc.id}-member`,
		`    name: ${q(todo('name of the person'))}`,
		`    roles: [${doc.id}-role]`,
		`    employment: employee${choices('team', ['members', 0, 'employment'])}`,
		'coverage:',
		`  hours: ${q(todo('monitoring hours, e.g. Mo–Fr 8–18'))}`,
		'  timezone: Europe/Berlin # an IANA time zone',
		'  weekends: false',
	];
}

function channel(doc: NewDocument, facts: HandbookFacts): string[] {
	const r = pickRoles(facts);
	return [
		...commonLines(doc, facts, 'channel'),
		`platform: other${choices('channel', ['platform'])}`,
		`handle: ${q(todo('account name on the platform'))}`,
		'url: https://example.com/TODO # address of the channel',
		`state: planned${choices('channel', ['state'])} (active needs monitoringHours, responseTarget, privacyNoticeUrl)`,
		`purpose: ${q(todo('why the channel exists, in one or two sentences'))}`,
		`targetGroups: [${q(todo('who the channel is for'))}]`,
		`deputy: ${r.other} # stands in for the owner; must differ from owner`,
		'commercial: false # true needs imprintUrl',
		'twoFactor: true',
	];
}

function template(doc: NewDocument, facts: HandbookFacts): string[] {
	return [
		...commonLines(doc, facts, 'response template'),
		`kind: reply${choices('template', ['kind'])}`,
		`scenario: ${q(todo('when to use the template, in one sentence'))}`,
		`tone: ${q(todo('intended tone, e.g. calm, factual'))}`,
		`text: ${q(todo('the text; write a variable in double curly braces and declare it below'))}`,
		'# variables:',
		'#   - { name: datum, description: Date of the next update, example: 14 March }',
	];
}

function goal(doc: NewDocument, facts: HandbookFacts, today: string): string[] {
	const year = today.slice(0, 4);
	const channelIds = facts.channels.length ? facts.channels : ['TODO-channel'];
	return [
		...commonLines(doc, facts, 'goal'),
		`objective: ${q(todo('what the goal achieves, in one sentence'))}`,
		`metric: ${q(todo('what is measured, e.g. engagement rate'))}`,
		`unit: ${q(todo('unit, e.g. %'))}`,
		'baseline: 0 # value at the start of the period; replace with the real number',
		'target: 1 # value to reach; must differ from baseline',
		`period: { start: ${year}-01-01, end: ${year}-12-31 }`,
		`channels: [${channelIds[0]}] # channel ids: ${channelIds.slice(0, 8).join(', ')}`,
		`dataSource: ${q(todo('where the numbers come from'))}`,
	];
}

function prepublish(doc: NewDocument, facts: HandbookFacts): string[] {
	const r = pickRoles(facts);
	return [
		...commonLines(doc, facts, 'pre-publish check'),
		'questions: # asked in this order; ids are also the deep-link parameters',
		'  - id: people',
		`    text: ${q(todo('a short question about the post'))}`,
		`    help: ${q(todo('what the question means, with an example'))}`,
		`    kind: yesno${choices('prepublish', ['questions', 0, 'kind'])}`,
		'mappings: # which answers bring in which checklist items and guideline rules',
		'  - id: mapping-1',
		`    label: ${q(todo('reason shown next to the items'))}`,
		"    when: { people: 'yes' }",
		`    include: { checklistItems: [${facts.checklistItems[0] ?? 'TODO-checklist#item'}] } # <checklist-id>#<item-id>`,
		`escalation: { default: ${r.owner} }`,
	];
}

/** The starting file for `doc`, placed where its type belongs. `today` is YYYY-MM-DD. */
export function scaffoldDocument(
	doc: NewDocument,
	facts: HandbookFacts,
	today: string,
): ScaffoldedFile {
	const lines = {
		guideline: () => guideline(doc, facts),
		checklist: () => checklist(doc, facts),
		playbook: () => playbook(doc, facts),
		team: () => team(doc, facts),
		channel: () => channel(doc, facts),
		template: () => template(doc, facts),
		goal: () => goal(doc, facts, today),
		prepublish: () => prepublish(doc, facts),
	}[doc.type]();
	const yaml = `${lines.join('\n')}\n`;
	const what = { guideline: 'guideline', checklist: 'checklist', playbook: 'playbook' } as const;
	const text =
		DOC_TYPES[doc.type].format === 'mdx'
			? `---\n${yaml}---\n${body(`text of the ${what[doc.type as keyof typeof what] ?? doc.type}`)}`
			: yaml;
	return { path: docPath(doc.type, doc.id), text };
}
