/**
 * Deterministic filler prose for the benchmark corpus: German or English
 * Markdown of a given length with headings, paragraphs, lists and one table.
 * The same random source gives the same text; the words are plain handbook
 * vocabulary so that search indexing and page sizes behave like real content.
 */

/** A small, fast, seedable random source (mulberry32). */
export function randomSource(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A 32-bit hash of a string (FNV-1a), to derive one seed per document. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export const between = (rng: Rng, min: number, max: number): number =>
	min + Math.floor(rng() * (max - min + 1));

interface Vocabulary {
	subjects: readonly string[];
	verbs: readonly string[];
	objects: readonly string[];
	endings: readonly string[];
	headings: readonly string[];
	listItems: readonly string[];
	table: { head: readonly [string, string, string]; rows: readonly string[] };
}

const DE: Vocabulary = {
	subjects: [
		'Das Social-Media-Team',
		'Jede Mitarbeiterin',
		'Jeder Mitarbeiter',
		'Die Rechtsabteilung',
		'Die Leitung Kommunikation',
		'Die Redaktion',
		'Wer für das Unternehmen spricht',
		'Das Community-Management',
		'Die Vertretung',
		'Der Betriebsrat',
	],
	verbs: [
		'prüft',
		'dokumentiert',
		'kennzeichnet',
		'beantwortet',
		'veröffentlicht',
		'bespricht',
		'meldet',
		'archiviert',
		'bewertet',
		'beobachtet',
	],
	objects: [
		'jeden geplanten Beitrag',
		'Fotos von Kolleginnen und Kollegen',
		'Kommentare mit Kritik',
		'Anfragen von Medien',
		'Kooperationen mit Influencern',
		'Zitate aus Studien',
		'Stellenanzeigen auf den Kanälen',
		'Hinweise auf Datenschutzverstöße',
		'Inhalte mit Musik',
		'Beiträge über Kundinnen und Kunden',
		'Screenshots aus internen Systemen',
		'Aussagen zu Wettbewerbern',
	],
	endings: [
		'bevor etwas online geht.',
		'innerhalb eines Arbeitstages.',
		'nach dem Vier-Augen-Prinzip.',
		'und hält das Ergebnis im Redaktionsplan fest.',
		'gemäß den geltenden Freigaberegeln.',
		'mit Blick auf Urheberrecht und Persönlichkeitsrecht.',
		'und holt bei Zweifeln Rat ein.',
		'so, dass Leserinnen und Leser den Zusammenhang verstehen.',
	],
	headings: [
		'Worum es geht',
		'Für wen diese Regeln gelten',
		'Vor der Veröffentlichung',
		'Umgang mit Kommentaren',
		'Fotos und Videos',
		'Rechtliche Grundlagen',
		'Zuständigkeiten',
		'Beispiele aus der Praxis',
		'Wenn etwas schiefgeht',
		'Dokumentation und Nachweise',
		'Häufige Fragen',
	],
	listItems: [
		'Quelle und Lizenz notieren',
		'Einwilligung der abgebildeten Personen einholen',
		'Werbung deutlich als Werbung kennzeichnen',
		'keine vertraulichen Zahlen nennen',
		'sachlich und freundlich bleiben',
		'bei Beleidigungen nicht selbst antworten',
		'Links auf Impressum und Datenschutz prüfen',
		'Entwürfe im Team gegenlesen lassen',
	],
	table: {
		head: ['Situation', 'Wer entscheidet', 'Frist'],
		rows: [
			'Kritischer Kommentar',
			'Presseanfrage',
			'Fehler in einem Beitrag',
			'Anfrage zur Kooperation',
			'Beschwerde über ein Foto',
			'Hinweis auf eine Rechtsverletzung',
		],
	},
};

const EN: Vocabulary = {
	subjects: [
		'The social media team',
		'Every employee',
		'The legal team',
		'The head of communications',
		'The editorial desk',
		'Anyone speaking for the company',
		'Community management',
		'The deputy',
		'The works council',
		'Each channel owner',
	],
	verbs: [
		'checks',
		'documents',
		'labels',
		'answers',
		'publishes',
		'discusses',
		'reports',
		'archives',
		'approves',
		'monitors',
	],
	objects: [
		'every planned post',
		'photos of colleagues',
		'critical comments',
		'press enquiries',
		'influencer partnerships',
		'quotes from studies',
		'job adverts on our channels',
		'reports of data protection breaches',
		'content with music',
		'posts about customers',
		'screenshots of internal systems',
		'statements about competitors',
	],
	endings: [
		'before anything goes live.',
		'within one working day.',
		'with a second pair of eyes.',
		'and records the outcome in the editorial plan.',
		'following the approval rules in force.',
		'with copyright and personality rights in mind.',
		'and asks for advice when in doubt.',
		'so that readers understand the context.',
	],
	headings: [
		'What this is about',
		'Who these rules apply to',
		'Before publishing',
		'Handling comments',
		'Photos and videos',
		'Legal background',
		'Responsibilities',
		'Examples from practice',
		'When something goes wrong',
		'Records and evidence',
		'Frequent questions',
	],
	listItems: [
		'note the source and licence',
		'get consent from the people shown',
		'label advertising clearly as advertising',
		'never share confidential figures',
		'stay factual and friendly',
		'do not answer insults yourself',
		'check the links to the imprint and privacy notice',
		'have drafts read by a colleague',
	],
	table: {
		head: ['Situation', 'Who decides', 'Deadline'],
		rows: [
			'Critical comment',
			'Press enquiry',
			'Mistake in a post',
			'Partnership request',
			'Complaint about a photo',
			'Notice of an infringement',
		],
	},
};

const DEADLINES = ['1 h', '4 h', '1 d', '2 d', '5 d'];

function sentence(rng: Rng, v: Vocabulary): string {
	return `${pick(rng, v.subjects)} ${pick(rng, v.verbs)} ${pick(rng, v.objects)} ${pick(rng, v.endings)}`;
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Markdown prose of about `words` words (never fewer) in `language`: H2 sections
 * with paragraphs, one bullet list every few sections and one table.
 */
export function prose(rng: Rng, language: 'de' | 'en', words: number): string {
	const v = language === 'de' ? DE : EN;
	const blocks: string[] = [];
	let count = 0;
	let section = 0;
	while (count < words) {
		const heading = `## ${v.headings[section % v.headings.length]}${section >= v.headings.length ? ` (${section + 1})` : ''}`;
		blocks.push(heading);
		count += countWords(heading);
		const paragraphs = between(rng, 1, 3);
		for (let p = 0; p < paragraphs && count < words; p++) {
			const text = Array.from({ length: between(rng, 4, 8) }, () => sentence(rng, v)).join(' ');
			blocks.push(text);
			count += countWords(text);
		}
		if (section % 3 === 1) {
			const list = Array.from(
				{ length: between(rng, 3, 6) },
				() => `- ${pick(rng, v.listItems)}`,
			).join('\n');
			blocks.push(list);
			count += countWords(list);
		}
		if (section === 2) {
			const rows = Array.from(
				{ length: between(rng, 3, 5) },
				() => `| ${pick(rng, v.table.rows)} | ${pick(rng, v.subjects)} | ${pick(rng, DEADLINES)} |`,
			);
			const table = [`| ${v.table.head.join(' | ')} |`, '| --- | --- | --- |', ...rows].join('\n');
			blocks.push(table);
			count += countWords(table);
		}
		section++;
	}
	return `${blocks.join('\n\n')}\n`;
}
