/**
 * The benchmark corpus: a valid handbook of N documents, the same bytes for the
 * same N and seed. About 90 % guidelines, 8 % checklists and 2 % playbooks, plus
 * one team, channel, goal and response template; German and English, with
 * translations, `related` links, checklist references and 600–1,500 words of
 * prose per page. Document i depends only on the seed and i, so the corpus for
 * 100 documents is the start of the one for 1,000.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { between, hashSeed, pick, prose, randomSource, type Rng } from './prose.ts';

/** One page of prose, as both Kodex and the plain baseline get it. */
export interface ProseDoc {
	id: string;
	language: 'de' | 'en';
	title: string;
	summary: string;
	/** Markdown body (no frontmatter). */
	body: string;
}

export interface Corpus {
	/** File path under `content/` → file text. */
	files: Map<string, string>;
	/** Every MDX document's prose, for the plain baseline. */
	prose: ProseDoc[];
	counts: { guidelines: number; checklists: number; playbooks: number; other: number };
}

/** The four core legal areas with a law and provision each, so checklists can cite them. */
const AREAS = [
	{ area: 'copyright', law: 'UrhG', ref: '§ 51a', de: 'Urheberrecht', en: 'Copyright' },
	{ area: 'trademark', law: 'MarkenG', ref: '§ 14', de: 'Markenrecht', en: 'Trademarks' },
	{ area: 'competition', law: 'UWG', ref: '§ 5a', de: 'Wettbewerbsrecht', en: 'Competition law' },
	{
		area: 'personality',
		law: 'KUG',
		ref: '§ 22',
		de: 'Persönlichkeitsrecht',
		en: 'Personality rights',
	},
] as const;

const TOPICS_DE = [
	'Fotos',
	'Kommentare',
	'Werbung',
	'Presse',
	'Karriere',
	'Video',
	'Daten',
	'Krise',
];
const TOPICS_EN = [
	'Photos',
	'Comments',
	'Advertising',
	'Press',
	'Careers',
	'Video',
	'Data',
	'Crisis',
];

const APPROVED = {
	status: 'approved',
	approvedBy: 'head-of-communications',
	reviewedOn: '2026-06-01',
	reviewBy: '2027-05-01',
} as const;

/** How many documents of each kind a corpus of `n` holds (n ≥ 10). */
function mix(n: number): Corpus['counts'] {
	const other = 4; // team, channel, goal, template
	const checklists = Math.max(AREAS.length, Math.round(n * 0.08));
	const playbooks = Math.max(1, Math.round(n * 0.02));
	return { guidelines: n - other - checklists - playbooks, checklists, playbooks, other };
}

/** The fields every generated document starts with: approved, reviewed, owned. */
const head = (
	id: string,
	title: string,
	summary: string,
	language: string,
	owner: string,
	audience: string,
) => ({ id, title, summary, language, ...APPROVED, owner, audience: [audience] });

const mdx = (data: object, body: string): string => `---\n${stringify(data)}---\n\n${body}`;

const docRng = (seed: number, key: string): Rng => randomSource(hashSeed(`${seed}:${key}`));

function checklist(seed: number, j: number): { text: string; doc: ProseDoc } {
	const rng = docRng(seed, `checklist-${j}`);
	const a = AREAS[j % AREAS.length]!;
	const language = j % 2 === 0 ? 'de' : 'en';
	const id = `checkliste-${j}`;
	const title = `${language === 'de' ? a.de : a.en} ${j + 1}`;
	const summary =
		language === 'de'
			? `Prüffragen zum ${a.de} vor jeder Veröffentlichung, Teil ${j + 1}.`
			: `Questions on ${a.en.toLowerCase()} before anything is published, part ${j + 1}.`;
	const items = Array.from({ length: between(rng, 5, 9) }, (_, k) => ({
		id: `frage-${k + 1}`,
		question:
			language === 'de'
				? `Haben wir Punkt ${k + 1} zum ${a.de} geprüft?`
				: `Have we checked point ${k + 1} on ${a.en.toLowerCase()}?`,
		severity: k === 0 ? 'blocker' : k % 2 ? 'major' : 'minor',
		legalBasis: [{ law: a.law, ref: a.ref }],
		guidance:
			language === 'de'
				? 'Prüfen Sie den Punkt sorgfältig und halten Sie das Ergebnis fest.'
				: 'Check the point carefully and record the outcome.',
	}));
	const body = prose(rng, language, between(rng, 600, 1500));
	const data = {
		...head(id, title, summary, language, 'legal-counsel', 'social-media-team'),
		approvedBy: 'legal-counsel',
		legalArea: a.area,
		jurisdiction: 'DE',
		appliesTo: ['post'],
		legalReviewer: 'legal-counsel',
		items,
	};
	return { text: mdx(data, body), doc: { id, language, title, summary, body } };
}

function playbook(seed: number, j: number): { text: string; doc: ProseDoc } {
	const rng = docRng(seed, `playbook-${j}`);
	const language = j % 2 === 0 ? 'de' : 'en';
	const id = `krise-${j}`;
	const de = language === 'de';
	const title = de ? `Krisenfall ${j + 1}` : `Crisis case ${j + 1}`;
	const summary = de
		? `Was wir tun, wenn sich Kritik an uns schnell ausbreitet, Fall ${j + 1}.`
		: `What we do when criticism of us spreads fast, case ${j + 1}.`;
	const body = prose(rng, language, between(rng, 600, 1500));
	const data = {
		...head(id, title, summary, language, 'head-of-communications', 'social-media-team'),
		scenario: de
			? 'Kritik breitet sich schnell über mehrere Kanäle aus.'
			: 'Criticism spreads fast across several channels.',
		scale: 'shitstorm-0-6',
		triggers: [
			{
				id: 'spitze',
				signal: 'volume-spike',
				description: de
					? 'Dreimal so viele Kommentare wie üblich in einer Stunde.'
					: 'Three times the usual comments within an hour.',
				minLevel: 1,
			},
		],
		levels: [
			{
				level: 1,
				name: de ? 'Leichte Brise' : 'Light breeze',
				criteria: de ? 'Einzelne kritische Kommentare.' : 'A few critical comments.',
				acknowledgeWithin: 'PT4H',
				notify: ['social-media-manager'],
				approver: 'social-media-manager',
				backupApprover: 'head-of-communications',
				actions: [de ? 'Beobachten und sachlich antworten' : 'Watch and answer factually'],
			},
			{
				level: 3,
				name: de ? 'Sturm' : 'Storm',
				criteria: de ? 'Viele kritische Kommentare.' : 'Many critical comments.',
				acknowledgeWithin: 'PT1H',
				updateEvery: 'PT2H',
				notify: ['social-media-manager', 'head-of-communications'],
				approver: 'head-of-communications',
				backupApprover: 'social-media-manager',
				holdingStatements: ['erste-reaktion'],
				actions: [de ? 'Krisenteam einberufen' : 'Call the crisis team'],
			},
		],
		escalationChain: ['social-media-manager', 'head-of-communications'],
		firstHour: [
			{
				at: 'PT15M',
				action: de ? 'Lage erfassen' : 'Assess the situation',
				owner: 'social-media-manager',
			},
			{
				at: 'PT30M',
				action: de ? 'Team informieren' : 'Inform the team',
				owner: 'social-media-manager',
			},
		],
		pauseScheduledPosts: true,
		postMortem: {
			fromLevel: 3,
			dueWithin: 'P5D',
			owner: 'head-of-communications',
			duties: [de ? 'Ablauf rekonstruieren' : 'Reconstruct what happened'],
		},
		channels: 'all',
		lastExercised: '2026-10-01',
	};
	return { text: mdx(data, body), doc: { id, language, title, summary, body } };
}

/**
 * Guideline i. Every fifth guideline (i % 5 === 3) is the English translation of
 * the German one three places before; i % 5 === 4 is English only; the rest are German.
 */
function guideline(seed: number, i: number, checklists: number): { text: string; doc: ProseDoc } {
	const role = i % 5;
	const translates = role === 3;
	const sourceIndex = translates ? i - 3 : i;
	const language = role >= 3 ? 'en' : 'de';
	// Facts shared by an original and its translation come from the original's random source.
	const facts = docRng(seed, `guideline-${sourceIndex}`);
	const rng = translates ? docRng(seed, `guideline-${i}`) : facts;
	const topicIndex = between(facts, 0, TOPICS_DE.length - 1);
	const ruleCount = between(facts, 2, 6);
	// Only checklists that exist in every corpus holding guideline i (N > i, so at least
	// max(4, ⌊0.08 i⌋) checklists): the guideline stays the same bytes when N grows.
	const cl = between(
		facts,
		0,
		Math.min(checklists, Math.max(AREAS.length, Math.floor(i * 0.08))) - 1,
	);
	const area = AREAS[cl % AREAS.length]!;
	const related = [between(facts, 0, Math.max(0, i - 1)), between(facts, 0, Math.max(0, i - 1))];
	const id = translates
		? `guideline-${i}`
		: language === 'de'
			? `leitlinie-${i}`
			: `guideline-${i}`;
	const de = language === 'de';
	const topic = (de ? TOPICS_DE : TOPICS_EN)[topicIndex]!;
	const title = de ? `${topic}: Leitlinie ${i + 1}` : `${topic}: guideline ${i + 1}`;
	const summary = de
		? `Was alle beim Thema ${topic} auf unseren Kanälen beachten, Leitlinie ${i + 1}.`
		: `What everyone keeps in mind about ${topic.toLowerCase()} on our channels, guideline ${i + 1}.`;
	const rules = Array.from({ length: ruleCount }, (_, r) => ({
		id: `regel-${r + 1}`,
		kind: r % 3 === 2 ? 'dont' : 'do',
		text: de
			? `Regel ${r + 1}: ${topic} nur nach Prüfung veröffentlichen.`
			: `Rule ${r + 1}: publish ${topic.toLowerCase()} only after checking.`,
		...(r === 0 ? { checklistItems: [`checkliste-${cl}#frage-1`] } : {}),
	}));
	const relatedIds = [...new Set(related)]
		.filter((k) => k !== i && k !== sourceIndex)
		.map((k) => guidelineId(k));
	const body = prose(rng, language, between(rng, 600, 1500));
	const data = {
		...head(id, title, summary, language, 'social-media-manager', 'all-employees'),
		...(translates ? { translationOf: guidelineId(sourceIndex) } : {}),
		tags: [topic],
		...(relatedIds.length > 0 ? { related: relatedIds } : {}),
		scope: pick(facts, ['corporate-accounts', 'both'] as const),
		binding: pick(facts, ['policy', 'recommendation'] as const),
		appliesTo: 'all',
		rules,
		legalAreas: [area.area],
		checklists: [`checkliste-${cl}`],
		contacts: ['social-media-manager'],
	};
	return { text: mdx(data, body), doc: { id, language, title, summary, body } };
}

function guidelineId(i: number): string {
	return i % 5 >= 3 ? `guideline-${i}` : `leitlinie-${i}`;
}

const HANDBOOK = {
	company: {
		name: 'Benchmark GmbH',
		logo: 'assets/logo.svg',
		primaryColor: '#1F5F8B',
		mailDomains: ['benchmark.example'],
	},
	locales: { default: 'de', available: ['de', 'en'] },
	review: {
		// The other types keep Kodex's default interval.
		maxIntervalMonths: { guideline: 24 },
		warnDays: 30,
	},
	legal: { requiredAreas: AREAS.map((a) => a.area) },
};

const LOGO =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40" role="img" aria-label="Benchmark"><rect x="4" y="4" width="32" height="32" rx="6" fill="#1F5F8B"/></svg>\n';

function team(): string {
	return stringify({
		...head(
			'team',
			'Team Kommunikation',
			'Wer im Team Kommunikation welche Rolle hat und wer wen vertritt.',
			'de',
			'head-of-communications',
			'social-media-team',
		),
		roles: [
			{
				id: 'social-media-manager',
				name: 'Social-Media-Managerin',
				category: 'social-media-manager',
				responsibilities: ['Redaktionsplan führen', 'Beiträge freigeben'],
				mailbox: 'social@benchmark.example',
				canApprove: true,
				timeBudget: [{ activity: 'monitoring', minutes: 30, per: 'day' }],
			},
			{
				id: 'social-media-deputy',
				name: 'Stellvertretung Social Media',
				category: 'deputy',
				responsibilities: ['Vertritt die Social-Media-Managerin'],
			},
			{
				id: 'head-of-communications',
				name: 'Leitung Kommunikation',
				category: 'head-of-communications',
				responsibilities: ['Verantwortet die Kommunikation'],
				canApprove: true,
			},
			{
				id: 'legal-counsel',
				name: 'Rechtsabteilung',
				category: 'legal',
				responsibilities: ['Prüft rechtliche Fragen'],
				canApprove: true,
			},
		],
		members: [
			{
				id: 'anna-muster',
				name: 'Anna Muster',
				roles: ['social-media-manager'],
				employment: 'employee',
				weeklyHours: 20,
			},
			{
				id: 'ben-beispiel',
				name: 'Ben Beispiel',
				roles: ['social-media-deputy'],
				employment: 'employee',
				deputyOf: 'anna-muster',
			},
			{
				id: 'clara-chef',
				name: 'Clara Chef',
				roles: ['head-of-communications'],
				employment: 'employee',
			},
			{ id: 'dora-recht', name: 'Dora Recht', roles: ['legal-counsel'], employment: 'employee' },
		],
		coverage: {
			timezone: 'Europe/Berlin',
			officeHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '17:00' }],
		},
		raci: [
			{
				activity: 'Beitrag veröffentlichen',
				roles: {
					'social-media-manager': 'AR',
					'social-media-deputy': 'C',
					'head-of-communications': 'I',
				},
			},
		],
	});
}

function channel(): string {
	return stringify({
		...head(
			'linkedin',
			'LinkedIn-Seite',
			'Unsere Unternehmensseite auf LinkedIn für Fachpublikum und Bewerbende.',
			'de',
			'social-media-manager',
			'social-media-team',
		),
		platform: 'linkedin',
		handle: 'benchmark',
		url: 'https://www.linkedin.com/company/benchmark/',
		state: 'active',
		purpose: 'Fachwissen teilen und Fachkräfte erreichen.',
		targetGroups: ['Planungsbüros'],
		cadence: { postsPerWeek: 2 },
		deputy: 'social-media-deputy',
		monitoringHours: 'Mo–Fr 9–17 Uhr',
		responseTarget: 'PT4H',
		commercial: true,
		imprintUrl: 'https://www.benchmark.example/impressum',
		privacyNoticeUrl: 'https://www.benchmark.example/datenschutz',
		houseRules: 'leitlinie-0',
		twoFactor: true,
		goals: ['reichweite'],
	});
}

function goal(): string {
	return stringify({
		...head(
			'reichweite',
			'Mehr Fachpublikum auf LinkedIn',
			'Wir wollen mehr Menschen aus Planungsbüros auf LinkedIn erreichen.',
			'de',
			'social-media-manager',
			'social-media-team',
		),
		objective: 'Mehr Follower aus dem Fachpublikum gewinnen.',
		metric: 'Follower',
		unit: 'Follower',
		baseline: 1200,
		target: 1500,
		period: { start: '2026-01-01', end: '2026-12-31' },
		channels: ['linkedin'],
		dataSource: 'LinkedIn Analytics',
		reviewEvery: 'P30D',
	});
}

function template(playbooks: number): string {
	return stringify({
		...head(
			'erste-reaktion',
			'Erste Reaktion',
			'Vorab freigegebene erste Antwort, wenn sich Kritik häuft.',
			'de',
			'social-media-manager',
			'social-media-team',
		),
		kind: 'holding-statement',
		scenario: 'Wenn sich Kritik häuft und die Fakten noch offen sind.',
		tone: 'ruhig und sachlich',
		text: 'Wir haben Ihre Hinweise zu {{thema}} gelesen und melden uns bis {{zeit}}.',
		variables: [
			{ name: 'thema', description: 'Worum es geht', example: 'der Lieferverzögerung' },
			{ name: 'zeit', description: 'Zeitpunkt des nächsten Updates', example: '16 Uhr' },
		],
		platforms: ['linkedin'],
		maxLength: 280,
		playbooks: Array.from({ length: playbooks }, (_, j) => `krise-${j}`),
	});
}

/** The corpus for `n` documents (at least 10) and `seed`, in memory. */
export function generateCorpus(n: number, seed = 1): Corpus {
	if (!Number.isInteger(n) || n < 10)
		throw new Error(`A corpus needs at least 10 documents, not ${n}.`);
	const counts = mix(n);
	const files = new Map<string, string>();
	const proseDocs: ProseDoc[] = [];
	files.set('handbook.yaml', stringify(HANDBOOK));
	files.set('assets/logo.svg', LOGO);
	files.set('teams/team.yaml', team());
	files.set('channels/linkedin.yaml', channel());
	files.set('goals/reichweite.yaml', goal());
	files.set('templates/erste-reaktion.yaml', template(counts.playbooks));
	const add = (folder: string, made: { text: string; doc: ProseDoc }) => {
		files.set(`${folder}/${made.doc.id}.mdx`, made.text);
		proseDocs.push(made.doc);
	};
	for (let j = 0; j < counts.checklists; j++) add('checklists', checklist(seed, j));
	for (let j = 0; j < counts.playbooks; j++) add('playbooks', playbook(seed, j));
	for (let i = 0; i < counts.guidelines; i++)
		add('guidelines', guideline(seed, i, counts.checklists));
	return { files, prose: proseDocs, counts };
}

/** Git environment with fixed identity and dates, shielded from the machine's configuration. */
function gitEnv(date: string): NodeJS.ProcessEnv {
	return {
		...process.env,
		GIT_CONFIG_GLOBAL: os.devNull,
		GIT_CONFIG_NOSYSTEM: '1',
		GIT_TERMINAL_PROMPT: '0',
		GIT_AUTHOR_NAME: 'Kodex Bench',
		GIT_AUTHOR_EMAIL: 'bench@example.com',
		GIT_COMMITTER_NAME: 'Kodex Bench',
		GIT_COMMITTER_EMAIL: 'bench@example.com',
		GIT_AUTHOR_DATE: date,
		GIT_COMMITTER_DATE: date,
	};
}

function git(dir: string, args: string[], date = '2026-06-01T10:00:00Z'): void {
	const r = spawnSync('git', ['-c', 'commit.gpgsign=false', ...args], {
		cwd: dir,
		env: gitEnv(date),
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
}

/**
 * Writes the corpus to `dir/content` as a git repository with two commits: all
 * documents, then a prose edit to every twentieth guideline (so pages have history).
 * Returns the content folder.
 */
export function writeCorpus(dir: string, corpus: Corpus): string {
	rmSync(dir, { recursive: true, force: true });
	const content = path.join(dir, 'content');
	for (const [rel, text] of corpus.files) {
		const file = path.join(content, rel);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	git(dir, ['init', '-q', '-b', 'main']);
	git(dir, ['add', '-A']);
	git(dir, ['commit', '-q', '-m', 'Add the handbook']);
	let edited = 0;
	for (const [rel, text] of corpus.files) {
		const m = /^guidelines\/(?:leitlinie|guideline)-(\d+)\.mdx$/.exec(rel);
		if (!m || Number(m[1]) % 20 !== 0) continue;
		writeFileSync(path.join(content, rel), `${text}\nNachtrag: ein weiterer Absatz.\n`);
		edited++;
	}
	if (edited > 0) {
		git(dir, ['add', '-A'], '2026-07-01T10:00:00Z');
		git(dir, ['commit', '-q', '-m', 'Add a paragraph to some guidelines'], '2026-07-01T10:00:00Z');
	}
	return content;
}
