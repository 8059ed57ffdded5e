/**
 * Every finding of every cross-document rule carries its German wording (issue 15): the CLI
 * speaks the handbook's language, so a finding without `de` would fall back to English in a
 * German report. Each scenario below breaks the rule-test baseline in one way and must trigger
 * the rules it names; together they reach every rule of RULES and most branches of each. A new
 * finding without German (message, and expected/fix whenever the English has them) fails here,
 * and so does a rule that no scenario triggers any more.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/lib/diagnostics/diagnostics.ts';
import type { FileCommit } from '../../../src/lib/history/types.ts';
import type { VersionHistory } from '../../../src/lib/history/versions.ts';
import { loadHandbookFromFiles } from '../../../src/lib/load/load.ts';
import { createRuleContext, RULES, runRules } from '../../../src/lib/rules/index.ts';
import {
	baseline,
	checklist,
	common,
	PATHS,
	TODAY,
	toFiles,
	type Baseline,
	type Data,
} from '../../helpers/handbook.ts';

/**
 * Rules whose findings are worded in src/lib/body (inspect*.ts, links.ts): their German is the
 * msg-load lane's part of issue 15. They must still be triggered here; once their findings carry
 * `de`, delete them from this list and the German check covers them too.
 */
const WORDED_ELSEWHERE: Record<string, string> = {
	'BODY-002': 'worded in src/lib/body/inspect.ts and inspect-element.ts',
	'BODY-003': 'worded in src/lib/body/inspect-element.ts',
	'BODY-004': 'worded in src/lib/body/inspect-url.ts and links.ts',
	'BODY-005': 'worded in src/lib/body/links.ts and kodex-url.ts',
	'BODY-006': 'worded in src/lib/body/inspect.ts',
	'GLOS-002': 'worded in src/lib/body/inspect.ts',
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kodex-german-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Scenario {
	name: string;
	/** Rules this scenario must trigger (it may trigger others too). */
	triggers: string[];
	edit: (b: Baseline) => void;
	/** Files to place in the content folder on disk (the logo). */
	disk?: (dir: string) => void;
	/** Versions in git history, by path inside the content folder. */
	history?: Record<string, number>;
}

const guidelineFile = (b: Baseline) => b.files[PATHS.guideline]!;

/** A second guideline, approved, with the baseline's rule and checklist. */
function guideline(id: string, extra: Data = {}): Data {
	const g = structuredClone(baseline().guideline);
	return { ...g, id, title: `Titel ${id}`, ...extra };
}

/** A small valid pre-publish check pointing only to what the baseline defines. */
function prepublish(extra: Data = {}): Data {
	return common('vorab', {
		title: 'Darf ich das posten?',
		questions: [
			{
				id: 'channel',
				text: 'Wo erscheint es?',
				help: HELP,
				kind: 'single',
				optionsFrom: 'channels',
			},
			{ id: 'people', text: 'Personen im Bild?', help: HELP, kind: 'yesno' },
		],
		always: { checklistItems: ['urheberrecht#lizenz-vorhanden'] },
		mappings: [
			{
				id: 'personen',
				label: 'Personen im Bild',
				when: { people: 'yes' },
				include: { guidelineRules: ['fotos#quelle-nennen'] },
			},
		],
		escalation: { default: 'social-media-manager' },
		...extra,
	});
}

const HELP = 'Eine kurze Hilfe zur Frage.';

const party = {
	id: 'leitstelle',
	name: 'Leitstelle der Stadt',
	function: 'Nimmt Notrufe an',
	reach: 'Lagezentrum, rund um die Uhr',
	when: 'sobald Menschen in Gefahr sein könnten',
};

const SCENARIOS: Scenario[] = [
	{
		name: 'a document id used twice, and an id that is not the file name',
		triggers: ['ID-001'],
		edit: (b) => {
			b.files['guidelines/fotos-neu.mdx'] = { data: guideline('fotos') };
			b.checklist.items[1].id = 'lizenz-vorhanden';
			b.guideline.rules.push({ ...b.guideline.rules[0] });
			b.playbook.triggers[1].id = 'abmahnung';
			b.team.roles.push({ ...b.team.roles[4] });
			b.team.members.push({ ...b.team.members[1], deputyOf: undefined });
		},
	},
	{
		name: 'a level number used twice',
		triggers: ['ID-001'],
		edit: (b) => (b.playbook.levels[2].level = 2),
	},
	{
		name: 'references that resolve to nothing or to the wrong kind',
		triggers: ['REF-001'],
		edit: (b) => {
			b.team.externalParties = [party];
			b.guideline.owner = 'nobody';
			b.guideline.contacts = ['leitstelle'];
			b.playbook.levels[0].approver = 'leitstelle';
			b.team.members[1].deputyOf = 'nobody';
			b.playbook.levels[0].notifyExternal = ['feuerwehr'];
			b.guideline.related = ['nope'];
			b.guideline.checklists = ['fotos'];
			b.channel.goals = ['nope'];
			b.guideline.rules[0].checklistItems = ['urheberrecht#nope'];
			b.config.crisis = { mainPlaybook: 'nope' };
		},
	},
	{
		name: 'a reference to an external party when no team defines any',
		triggers: ['REF-001'],
		edit: (b) => (b.playbook.levels[0].notifyExternal = ['feuerwehr']),
	},
	{
		name: 'references to a deprecated, a draft and a confidential document',
		triggers: ['REF-002', 'REF-003'],
		edit: (b) => {
			b.files['guidelines/alt.mdx'] = { data: guideline('alt', { status: 'deprecated' }) };
			b.files['guidelines/neu.mdx'] = {
				data: guideline('neu', { status: 'draft', approvedBy: undefined }),
			};
			b.files['guidelines/geheim.mdx'] = {
				data: guideline('geheim', { classification: 'confidential' }),
			};
			b.guideline.related = ['alt', 'neu', 'geheim'];
		},
	},
	{
		name: 'an approval by a role that may not approve',
		triggers: ['DOC-002'],
		edit: (b) => (b.guideline.approvedBy = 'community-manager'),
	},
	{
		name: 'a replacement that is a draft, and a circle of replacements',
		triggers: ['DOC-003'],
		edit: (b) => {
			b.files['guidelines/entwurf.mdx'] = {
				data: guideline('entwurf', { status: 'draft', approvedBy: undefined }),
			};
			b.files['guidelines/alt.mdx'] = {
				data: guideline('alt', { status: 'superseded', supersededBy: 'entwurf' }),
			};
			b.files['guidelines/a.mdx'] = {
				data: guideline('a', { status: 'superseded', supersededBy: 'b' }),
			};
			b.files['guidelines/b.mdx'] = {
				data: guideline('b', { status: 'superseded', supersededBy: 'a' }),
			};
		},
	},
	{
		name: 'one versioned document among unversioned approved ones',
		triggers: ['DOC-004'],
		edit: (b) => (b.guideline.version = 1),
	},
	{
		name: 'references to superseded documents, with and without a replacement in force',
		triggers: ['DOC-005'],
		edit: (b) => {
			b.files['guidelines/alt.mdx'] = {
				data: guideline('alt', { status: 'superseded', supersededBy: 'fotos' }),
			};
			b.files['guidelines/a.mdx'] = {
				data: guideline('a', { status: 'superseded', supersededBy: 'b' }),
			};
			b.files['guidelines/b.mdx'] = {
				data: guideline('b', { status: 'superseded', supersededBy: 'a' }),
			};
			b.channel.houseRules = 'alt';
			b.guideline.related = ['a'];
		},
	},
	{
		name: 'required areas without approved checklist, a recommended area without any',
		triggers: ['LEG-001', 'LEG-002'],
		edit: (b) => {
			b.files['checklists/markenrecht.mdx']!.data.status = 'draft';
			delete b.files['checklists/wettbewerbsrecht.mdx'];
			b.config.legal.recommendedAreas = ['data-protection'];
		},
	},
	{
		name: 'a guideline whose legal areas its checklists do not cover',
		triggers: ['LEG-003'],
		edit: (b) => {
			b.guideline.legalAreas = ['copyright', 'trademark', 'data-protection'];
		},
	},
	{
		name: 'an outdated citation in data and body',
		triggers: ['LEG-004'],
		edit: (b) => {
			b.guideline.summary = 'Impressum nach § 5 TMG.';
			guidelineFile(b).body = 'Siehe § 24 UrhG.\n';
		},
	},
	{
		name: 'a member who is their own deputy, and a manager without deputy',
		triggers: ['TEAM-001'],
		edit: (b) => (b.team.members[1].deputyOf = 'ben-keller'),
	},
	{
		name: 'an intern and a freelancer in deciding and approving roles',
		triggers: ['TEAM-002', 'TEAM-003'],
		edit: (b) => {
			b.team.members[2].employment = 'intern';
			b.team.members[3].employment = 'freelancer';
			b.team.members.push({
				id: 'eva-lang',
				name: 'Eva Lang',
				roles: ['social-media-manager'],
				employment: 'trainee',
			});
		},
	},
	{
		name: 'RACI rows with no and with two accountable roles',
		triggers: ['TEAM-004'],
		edit: (b) => {
			b.team.raci.push({ activity: 'Krisenkommunikation', roles: { 'legal-counsel': 'R' } });
			b.team.raci.push({
				activity: 'Budget',
				roles: { 'legal-counsel': 'A', 'head-of-communications': 'A' },
			});
		},
	},
	{
		name: 'time budgets beyond the weekly hours',
		triggers: ['TEAM-005'],
		edit: (b) => (b.team.members[0].weeklyHours = 1.5),
	},
	{
		name: 'private contacts in a team file',
		triggers: ['TEAM-006'],
		edit: (b) => {
			b.config.company.mailDomains = ['example.com'];
			b.team.roles[0].mailbox = 'social@gmail.com';
			b.team.roles[1].mailbox = 'clara.wolf@example.com';
			b.team.roles[2].responsibilities = ['Erreichbar unter legal@example.com'];
			b.team.roles[3].responsibilities = ['Notfall: 0171 2345678'];
		},
	},
	{
		name: 'role mailboxes without company.mailDomains',
		triggers: ['TEAM-007'],
		edit: (b) => (b.team.roles[0].mailbox = 'social@example.com'),
	},
	{
		name: 'approvers that are the same role or may not approve',
		triggers: ['PB-001'],
		edit: (b) => {
			b.playbook.levels[0].backupApprover = 'head-of-communications';
			b.playbook.levels[1].approver = 'community-manager';
		},
	},
	{
		name: 'a more severe level that is slower, and a breach acknowledged too late',
		triggers: ['PB-002', 'PB-003'],
		edit: (b) => (b.playbook.levels[2].acknowledgeWithin = 'PT80H'),
	},
	{
		name: 'triggers at levels that do not notify legal or the DPO, or do not exist',
		triggers: ['PB-003'],
		edit: (b) => {
			b.playbook.triggers[0].minLevel = 1;
			b.playbook.triggers[1].minLevel = 2;
			b.playbook.triggers.push({
				id: 'unbekannt',
				signal: 'legal-threat',
				description: 'Ein Schreiben ohne passende Stufe.',
				minLevel: 9,
			});
			b.playbook.postMortem.fromLevel = 8;
		},
	},
	{
		name: 'a holding statement that is a draft reply',
		triggers: ['PB-004'],
		edit: (b) => {
			b.template.status = 'draft';
			b.template.kind = 'reply';
		},
	},
	{
		name: 'first-hour steps late and out of order, a repeated escalation role',
		triggers: ['PB-005'],
		edit: (b) => {
			b.playbook.firstHour.push({ at: 'PT2H', action: 'Später', owner: 'social-media-manager' });
			b.playbook.firstHour.push({ at: 'PT10M', action: 'Früher', owner: 'social-media-manager' });
			b.playbook.escalationChain.push('social-media-manager');
		},
	},
	{
		name: 'a playbook drilled too long ago, and one never drilled',
		triggers: ['PB-006'],
		edit: (b) => {
			b.playbook.lastExercised = '2024-01-01';
			const other = structuredClone(b.playbook);
			delete other.lastExercised;
			b.files['playbooks/hack.mdx'] = { data: { ...other, id: 'hack', title: 'Hack' } };
		},
	},
	{
		name: 'an undeclared placeholder and an unused variable',
		triggers: ['TPL-001'],
		edit: (b) => (b.template.text = 'Wir melden uns zum {{ort}}.'),
	},
	{
		name: 'a pre-publish check with inconsistent questions, mappings and policy',
		triggers: ['PRE-001'],
		edit: (b) => {
			const c = prepublish();
			c.questions[1].options = [{ id: 'ja', label: 'Ja' }];
			c.questions.push({ id: 'leer', text: 'Ohne Antworten?', help: HELP, kind: 'single' });
			c.questions.push({
				id: 'kanal',
				text: 'Welcher Kanal?',
				help: HELP,
				kind: 'single',
				optionsFrom: 'channels',
				options: [
					{ id: 'linkedin', label: 'LinkedIn' },
					{ id: 'eins', label: 'A' },
					{ id: 'eins', label: 'B' },
				],
			});
			c.questions.push({ ...c.questions[1], id: 'people' });
			c.questions.push({
				id: 'folge',
				text: 'Eine Folgefrage?',
				help: HELP,
				kind: 'yesno',
				askIf: { spaeter: 'yes', folge: 'yes', people: 'ja' },
			});
			c.questions.push({ id: 'spaeter', text: 'Eine spätere Frage?', help: HELP, kind: 'yesno' });
			c.mappings.push({ id: 'personen', label: 'Noch einmal', include: {} });
			c.mappings.push({ id: 'fremd', label: 'Fremde Frage', when: { nie: 'yes' }, include: {} });
			c.policy = { fixWhenNo: ['blocker'], askWhenNo: ['blocker'] };
			b.files['prepublish/vorab.yaml'] = { data: c };
		},
	},
	{
		name: 'a translated pre-publish check that changes the logic',
		triggers: ['PRE-001'],
		edit: (b) => {
			const c = prepublish();
			const en = prepublish({ id: 'vorab-en', language: 'en', translationOf: 'vorab' });
			en.questions[1].kind = 'multiple';
			en.questions[1].options = [{ id: 'a', label: 'A' }];
			en.mappings.push({ ...en.mappings[0], id: 'zwei' });
			en.escalation = { default: 'legal-counsel' };
			b.files['prepublish/vorab.yaml'] = { data: c };
			b.files['prepublish/vorab-en.yaml'] = { data: en };
		},
	},
	{
		name: 'a pre-publish check pointing to missing and retired items, rules and roles',
		triggers: ['PRE-002'],
		edit: (b) => {
			b.files['guidelines/alt.mdx'] = { data: guideline('alt', { status: 'deprecated' }) };
			b.files['checklists/altliste.mdx'] = {
				data: checklist('altliste', 'copyright', { status: 'deprecated' }),
			};
			b.files['prepublish/vorab.yaml'] = {
				data: prepublish({
					always: {
						checklistItems: ['urheberrecht#nope', 'altliste#freigabe'],
						guidelineRules: ['fotos#nope', 'nope#x', 'alt#quelle-nennen'],
					},
					escalation: { default: 'nobody' },
				}),
			};
		},
	},
	{
		name: 'a channel missing what the law and operations need',
		triggers: ['CH-001', 'CH-002'],
		edit: (b) => {
			delete b.channel.imprintUrl;
			delete b.channel.monitoringHours;
			delete b.channel.responseTarget;
			delete b.channel.privacyNoticeUrl;
			delete b.channel.goals;
			b.channel.deputy = 'social-media-manager';
		},
	},
	{
		name: 'reviews overdue, due today and due soon',
		triggers: ['DATE-001', 'DATE-003'],
		edit: (b) => {
			b.guideline.reviewBy = '2026-05-01';
			b.channel.reviewBy = TODAY;
			b.goal.reviewBy = '2026-06-10';
		},
	},
	{
		name: 'a review in the future, an interval too long, a goal period backwards',
		triggers: ['DATE-002'],
		edit: (b) => {
			b.guideline.reviewedOn = '2026-07-01';
			b.playbook.reviewBy = '2028-01-01';
			b.goal.period = { start: '2026-12-31', end: '2026-01-01' };
		},
	},
	{
		name: 'a goal target equal to its baseline',
		triggers: ['GOAL-001'],
		edit: (b) => (b.goal.target = b.goal.baseline),
	},
	{
		name: 'translations of itself, of another type and in the same language',
		triggers: ['I18N-001'],
		edit: (b) => {
			b.guideline.translationOf = 'fotos';
			b.channel.translationOf = 'reichweite';
			b.files['guidelines/fotos-zwei.mdx'] = {
				data: guideline('fotos-zwei', { translationOf: 'urheberrecht' }),
			};
			b.files['guidelines/fotos-drei.mdx'] = {
				data: guideline('fotos-drei', { translationOf: 'markenrecht', language: 'de' }),
			};
			b.files['checklists/marken-kopie.mdx'] = {
				data: checklist('marken-kopie', 'trademark', { translationOf: 'markenrecht' }),
			};
		},
	},
	{
		name: 'a translated team with other roles and members',
		triggers: ['I18N-002'],
		edit: (b) => {
			const en = structuredClone(b.team);
			en.id = 'kommunikation-en';
			en.language = 'en';
			en.translationOf = 'kommunikation';
			en.roles[3].id = 'data-protection';
			en.roles.pop();
			en.members[0].id = 'anne-berger';
			en.members.pop();
			en.members.pop();
			b.files['teams/kommunikation-en.yaml'] = { data: en };
		},
	},
	{
		name: 'a translated checklist and guideline that drift from their original',
		triggers: ['I18N-003', 'I18N-004'],
		edit: (b) => {
			b.checklist.version = 2;
			b.guideline.version = 3;
			const en = checklist('urheberrecht-en', 'copyright', {
				language: 'en',
				translationOf: 'urheberrecht',
				version: 1,
			});
			en.items[0].id = 'licence';
			b.files['checklists/urheberrecht-en.mdx'] = { data: en };
			const g = guideline('fotos-en', { language: 'en', translationOf: 'fotos' });
			g.rules[0].id = 'credit';
			delete g.version;
			b.files['guidelines/fotos-en.mdx'] = { data: g };
		},
	},
	{
		name: 'documents in a language the handbook does not list',
		triggers: ['I18N-005'],
		edit: (b) => {
			b.guideline.language = 'fr';
			b.channel.language = 'de-AT';
		},
	},
	{
		name: 'overlapping office hours',
		triggers: ['COV-002'],
		edit: (b) => b.team.coverage.officeHours.push({ days: ['mon'], from: '12:00', to: '20:00' }),
	},
	{
		name: 'a version lower than in history, and one missing',
		triggers: ['HIST-001'],
		edit: (b) => (b.guideline.version = 1),
		history: { [PATHS.guideline]: 4, [PATHS.channel]: 2 },
	},
	{
		name: 'placeholders from npm run new in data and body',
		triggers: ['TODO-001'],
		edit: (b) => {
			b.guideline.summary = 'TODO: Worum geht es?';
			guidelineFile(b).body = 'TODO: Text schreiben.\n';
		},
	},
	{
		name: 'a body that cannot be read',
		triggers: ['BODY-001'],
		edit: (b) => (guidelineFile(b).body = 'Ein <span>offenes Tag.\n'),
	},
	{
		name: 'a body with code, forbidden HTML, unsafe and broken links, unknown directives and terms',
		triggers: ['BODY-002', 'BODY-003', 'BODY-004', 'BODY-005', 'BODY-006', 'GLOS-002'],
		edit: (b) => {
			b.config.glossary = [{ term: 'Einwilligung', language: 'de', definition: 'Zustimmung.' }];
			guidelineFile(b).body = [
				'export const x = 1',
				'',
				'<iframe src="x"></iframe>',
				'',
				'[Klick](javascript:alert(1)) und [fehlt](kodex:guideline/nope)',
				'',
				':::foo',
				'Text',
				':::',
				'',
				'Mit :term[Unbekannt].',
				'',
			].join('\n');
		},
	},
	{
		name: 'a missing logo',
		triggers: ['ASSET-001'],
		edit: (b) => (b.config.company.logo = 'assets/logo.svg'),
	},
	{
		name: 'a logo that is a symlink out of the content folder',
		triggers: ['ASSET-001'],
		edit: (b) => (b.config.company.logo = 'assets/logo.svg'),
		disk: (dir) => {
			const outside = path.join(tmp, 'outside.svg');
			writeFileSync(outside, '<svg xmlns="http://www.w3.org/2000/svg"/>');
			mkdirSync(path.join(dir, 'assets'), { recursive: true });
			symlinkSync(outside, path.join(dir, 'assets/logo.svg'));
		},
	},
	{
		name: 'a logo SVG with a script',
		triggers: ['ASSET-001'],
		edit: (b) => (b.config.company.logo = 'assets/logo.svg'),
		disk: (dir) => {
			mkdirSync(path.join(dir, 'assets'), { recursive: true });
			writeFileSync(
				path.join(dir, 'assets/logo.svg'),
				'<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>\n',
			);
		},
	},
	{
		name: 'a glossary term and an alias defined twice',
		triggers: ['GLOS-001'],
		edit: (b) => {
			b.config.glossary = [
				{
					term: 'Einwilligung',
					language: 'de',
					definition: 'Zustimmung.',
					aliases: ['Zustimmung', 'zustimmung'],
				},
				{ term: 'einwilligung', language: 'de', definition: 'Noch einmal.' },
			];
		},
	},
];

/** A fake git history: one commit per path with the given version. */
function fakeHistory(versions: Record<string, number>): VersionHistory {
	const byPath = new Map(
		Object.entries(versions).map(([p, version]) => {
			const commit: FileCommit = {
				hash: 'a'.repeat(40),
				shortHash: 'aaaaaaa',
				authorName: 'Anna Berger',
				authorEmail: 'anna@example.com',
				date: '2026-03-01T10:00:00+01:00',
				subject: 'Raise the version',
				status: 'M',
				path: p,
			};
			return [p, [{ commit, version }]];
		}),
	);
	return { availability: 'full', note: undefined, byPath };
}

let n = 0;
function run(s: Scenario): { diagnostics: Diagnostic[]; loadProblems: Diagnostic[] } {
	const b = baseline();
	s.edit(b);
	const dir = path.join(tmp, `case-${n++}`);
	mkdirSync(dir, { recursive: true });
	s.disk?.(dir);
	const load = loadHandbookFromFiles(toFiles(b), { contentDir: dir });
	const history = s.history && fakeHistory(s.history);
	const diagnostics = runRules(createRuleContext(load.handbook, TODAY, history));
	return { diagnostics, loadProblems: load.diagnostics };
}

/** What a diagnostic lacks in German, e.g. `["de.fix"]`; empty when fully worded. */
function missingGerman(d: Diagnostic): string[] {
	const missing: string[] = [];
	if (!d.de?.message) missing.push('de.message');
	if (d.expected !== undefined && !d.de?.expected) missing.push('de.expected');
	if (d.fix !== undefined && !d.de?.fix) missing.push('de.fix');
	return missing;
}

describe('German wording of the cross-document rules', () => {
	const seen = new Set<string>();
	const results = SCENARIOS.map((s) => ({ s, ...run(s) }));

	it.each(results.map((r) => [r.s.name, r] as const))('%s', (_name, r) => {
		// Broken test data would hide the rule behind a schema error.
		expect(r.loadProblems.map((d) => `${d.rule} ${d.file} ${d.path}: ${d.message}`)).toEqual([]);
		const rules = new Set(r.diagnostics.map((d) => d.rule));
		for (const id of r.s.triggers) expect(rules, `${id} not triggered`).toContain(id);
		for (const d of r.diagnostics) seen.add(d.rule);
		const untranslated = r.diagnostics
			.filter((d) => !(d.rule in WORDED_ELSEWHERE))
			.map((d) => ({ rule: d.rule, path: d.path, message: d.message, missing: missingGerman(d) }))
			.filter((x) => x.missing.length > 0);
		expect(untranslated).toEqual([]);
	});

	it('the scenarios trigger every rule of RULES', () => {
		for (const r of results) for (const d of r.diagnostics) seen.add(d.rule);
		expect([...seen].sort()).toEqual([...new Set(RULES.map((r) => r.id))].sort());
	});

	it('German and English wordings differ, so the German is not a copy of the source', () => {
		const copies = results
			.flatMap((r) => r.diagnostics)
			.filter((d) => d.de && d.de.message === d.message)
			.map((d) => `${d.rule}: ${d.message}`);
		expect(copies).toEqual([]);
	});
});
