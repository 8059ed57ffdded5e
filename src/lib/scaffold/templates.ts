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
import { TEMPLATE_TEXT_EN, type TemplateText } from './template-text.ts';
import { TEMPLATE_TEXT_DE } from './template-text.de.ts';

/** The words for a document in `language` (a BCP 47 tag): German for de and de-*, else English. */
function templateText(language: string): TemplateText {
	return /^de(?:-|$)/i.test(language) ? TEMPLATE_TEXT_DE : TEMPLATE_TEXT_EN;
}

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
function choices(type: DocType, path: DataPath, lead: string): string {
	const values = allowedValues(schemaAt(DOC_TYPES[type].schema, path));
	return values ? ` # ${lead}: ${values.join(' | ')}` : '';
}

/** Role ids the template fills in: an owner and two different approvers. */
function pickRoles(facts: HandbookFacts, w: TemplateText) {
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
		? ` # ${w.roleIdList(`${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`)}`
		: ` # ${w.roleIdFromTeams}`;
	return { owner, approver, backup, other, list };
}

/** The fields every document starts with. */
function commonLines(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const roles = pickRoles(facts, w);
	return [
		`# ${w.newDoc[doc.type]}. ${w.replaceTodos}`,
		`# ${w.fieldDocs}`,
		`id: ${doc.id} # ${w.idStays}`,
		`title: ${q(doc.title ?? todo(w.titleHint))}`,
		`summary: ${q(todo(w.summaryHint))}`,
		`language: ${doc.language}`,
		`status: draft${choices(doc.type, ['status'], w.oneOf)}`,
		`# ${w.onceApproved}`,
		`owner: ${roles.owner}${roles.list}`,
		`audience: [all-employees]${choices(doc.type, ['audience', 0], w.oneOrMoreOf)}`,
	];
}

const body = (hint: string) => ['', todo(hint), ''].join('\n');

function guideline(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const roles = pickRoles(facts, w);
	const g = w.guideline;
	return [
		...commonLines(doc, facts, w),
		`scope: both${choices('guideline', ['scope'], w.oneOf)}`,
		`binding: policy${choices('guideline', ['binding'], w.oneOf)}`,
		`appliesTo: all # ${g.appliesTo}`,
		`rules: # ${g.rules}`,
		`  - id: rule-1 # ${g.ruleId}`,
		`    kind: do${choices('guideline', ['rules', 0, 'kind'], w.oneOf)}`,
		`    text: ${q(todo(g.ruleText))}`,
		`    rationale: ${q(todo(g.rationale))}`,
		`    # checklistItems: [urheberrecht#lizenz-vorhanden] # ${g.checklistItems}`,
		`# legalAreas: [copyright] # ${g.legalAreas}`,
		'# checklists: [urheberrecht]',
		`contacts: [${roles.owner}] # ${g.contacts}`,
	];
}

function checklist(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const roles = pickRoles(facts, w);
	const c = w.checklist;
	const items = [1, 2, 3, 4, 5].flatMap((n) => [
		`  - id: item-${n} # ${c.itemId}`,
		`    question: ${q(todo(c.question))}`,
		`    severity: major${n === 1 ? choices('checklist', ['items', 0, 'severity'], w.oneOf) : ''}`,
		'    legalBasis:',
		`      - law: other${n === 1 ? choices('checklist', ['items', 0, 'legalBasis', 0, 'law'], w.oneOf) : ''}`,
		`        ref: ${q(todo(c.ref))}`,
		`    guidance: ${q(todo(c.guidance))}`,
	]);
	return [
		...commonLines(doc, facts, w),
		`legalArea: other${choices('checklist', ['legalArea'], w.oneOf)}`,
		`jurisdiction: DE${choices('checklist', ['jurisdiction'], w.oneOf)}`,
		`appliesTo: [post]${choices('checklist', ['appliesTo', 0], w.oneOrMoreOf)}`,
		`legalReviewer: ${roles.approver} # ${c.legalReviewer}`,
		`items: # ${c.items}`,
		...items,
	];
}

function playbook(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const r = pickRoles(facts, w);
	const p = w.playbook;
	const level = (n: number, within: string) => [
		`  - level: ${n}`,
		`    name: ${q(todo(p.levelName(n)))}`,
		`    criteria: ${q(todo(p.criteria))}`,
		`    acknowledgeWithin: ${within} # ${p.acknowledgeWithin}`,
		`    notify: [${r.owner}]`,
		`    approver: ${r.approver}`,
		`    backupApprover: ${r.backup} # ${p.backupApprover}`,
		`    actions: [${q(todo(p.actions))}]`,
	];
	return [
		...commonLines(doc, facts, w),
		`scenario: ${q(todo(p.scenario))}`,
		`scale: custom-ascending${choices('playbook', ['scale'], w.oneOf)}`,
		'triggers:',
		'  - id: trigger-1',
		`    signal: other${choices('playbook', ['triggers', 0, 'signal'], w.oneOf)}`,
		`    description: ${q(todo(p.signal))}`,
		`    minLevel: 1 # ${p.minLevel}`,
		`levels: # ${p.levels}`,
		...level(1, 'PT4H'),
		...level(2, 'PT1H'),
		`escalationChain: [${[...new Set([r.owner, r.approver])].join(', ')}] # ${p.escalationChain}`,
		`firstHour: # ${p.firstHour}`,
		`  - { at: PT15M, action: ${q(todo(p.firstStep))}, owner: ${r.owner} }`,
		'pauseScheduledPosts: true',
		'postMortem:',
		'  fromLevel: 2',
		'  dueWithin: P5D',
		`  owner: ${r.owner}`,
		`  duties: [${q(todo(p.duties))}]`,
		`channels: all # ${p.channels}`,
		`# lastExercised: 2026-01-31 # ${p.lastExercised}`,
	];
}

function team(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const t = w.team;
	return [
		...commonLines(doc, facts, w),
		`roles: # ${t.roles}`,
		`  - id: ${doc.id}-role`,
		`    name: ${q(todo(t.roleName))}`,
		`    category: contributor${choices('team', ['roles', 0, 'category'], w.oneOf)}`,
		`    responsibilities: [${q(todo(t.responsibilities))}]`,
		`    # mailbox: role@example.com # ${t.mailbox}`,
		`members: # ${t.members}`,
		`  - id: ${doc.id}-member`,
		`    name: ${q(todo(t.personName))}`,
		`    roles: [${doc.id}-role]`,
		`    employment: employee${choices('team', ['members', 0, 'employment'], w.oneOf)}`,
		'coverage:',
		`  timezone: Europe/Berlin # ${t.timezone}`,
		`  officeHours: # ${t.officeHours}`,
		"    - { days: [mon, tue, wed, thu, fri], from: '08:00', to: '18:00' }",
		'  # onCall: [{ role: <role id>, schedule: [{ days: [sat, sun], from: 09:00, to: 18:00 }] }]',
	];
}

function channel(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const r = pickRoles(facts, w);
	const c = w.channel;
	return [
		...commonLines(doc, facts, w),
		`platform: other${choices('channel', ['platform'], w.oneOf)}`,
		`handle: ${q(todo(c.handle))}`,
		`url: https://example.com/TODO # ${c.url}`,
		`state: planned${choices('channel', ['state'], w.oneOf)} ${c.stateNeeds}`,
		`purpose: ${q(todo(c.purpose))}`,
		`targetGroups: [${q(todo(c.targetGroups))}]`,
		`deputy: ${r.other} # ${c.deputy}`,
		`commercial: false # ${c.commercial}`,
		'twoFactor: true',
	];
}

function template(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const t = w.template;
	return [
		...commonLines(doc, facts, w),
		`kind: reply${choices('template', ['kind'], w.oneOf)}`,
		`scenario: ${q(todo(t.scenario))}`,
		`tone: ${q(todo(t.tone))}`,
		`text: ${q(todo(t.text))}`,
		'# variables:',
		`#   - ${t.variableExample}`,
	];
}

function goal(doc: NewDocument, facts: HandbookFacts, today: string, w: TemplateText): string[] {
	const year = today.slice(0, 4);
	const channelIds = facts.channels.length ? facts.channels : ['TODO-channel'];
	const g = w.goal;
	return [
		...commonLines(doc, facts, w),
		`objective: ${q(todo(g.objective))}`,
		`metric: ${q(todo(g.metric))}`,
		`unit: ${q(todo(g.unit))}`,
		`baseline: 0 # ${g.baseline}`,
		`target: 1 # ${g.target}`,
		`period: { start: ${year}-01-01, end: ${year}-12-31 }`,
		`channels: [${channelIds[0]}] # ${g.channelIds(channelIds.slice(0, 8).join(', '))}`,
		`dataSource: ${q(todo(g.dataSource))}`,
	];
}

function prepublish(doc: NewDocument, facts: HandbookFacts, w: TemplateText): string[] {
	const r = pickRoles(facts, w);
	const p = w.prepublish;
	return [
		...commonLines(doc, facts, w),
		`questions: # ${p.questions}`,
		'  - id: people',
		`    text: ${q(todo(p.question))}`,
		`    help: ${q(todo(p.help))}`,
		`    kind: yesno${choices('prepublish', ['questions', 0, 'kind'], w.oneOf)}`,
		`mappings: # ${p.mappings}`,
		'  - id: mapping-1',
		`    label: ${q(todo(p.label))}`,
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
	// Comments and placeholders in the document's language (template-text.ts).
	const w = templateText(doc.language);
	const lines = {
		guideline: () => guideline(doc, facts, w),
		checklist: () => checklist(doc, facts, w),
		playbook: () => playbook(doc, facts, w),
		team: () => team(doc, facts, w),
		channel: () => channel(doc, facts, w),
		template: () => template(doc, facts, w),
		goal: () => goal(doc, facts, today, w),
		prepublish: () => prepublish(doc, facts, w),
	}[doc.type]();
	const yaml = `${lines.join('\n')}\n`;
	const hint = w.writeBody[doc.type as keyof TemplateText['writeBody']] ?? w.writeBody.guideline;
	const text = DOC_TYPES[doc.type].format === 'mdx' ? `---\n${yaml}---\n${body(hint)}` : yaml;
	return { path: docPath(doc.type, doc.id), text };
}
