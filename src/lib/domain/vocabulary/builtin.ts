/**
 * Built-in entries of the extensible lists (see schemas/vocabulary.ts), with
 * their labels in the two built-in UI languages. A company adds entries, or
 * relabels these, in the `vocabulary` section of handbook.yaml.
 */
import type { VocabularyKind } from '../../../../schemas/vocabulary.ts';

/** Labels of a built-in entry: German and English. */
export interface BuiltInLabels {
	de: string;
	en: string;
}

/** Built-in template kinds whose templates are holding statements (PB-004). */
export const BUILT_IN_HOLDING_KINDS: ReadonlySet<string> = new Set(['holding-statement']);

export const BUILT_IN_VOCABULARY: Record<VocabularyKind, Record<string, BuiltInLabels>> = {
	legalAreas: {
		copyright: { de: 'Urheberrecht', en: 'Copyright' },
		trademark: { de: 'Markenrecht', en: 'Trademark law' },
		competition: { de: 'Wettbewerbsrecht', en: 'Competition law' },
		personality: { de: 'Persönlichkeitsrecht', en: 'Personality rights' },
		'data-protection': { de: 'Datenschutz', en: 'Data protection' },
		imprint: { de: 'Impressumspflicht', en: 'Imprint obligation' },
		employment: { de: 'Arbeitsrecht', en: 'Employment law' },
		'ai-transparency': { de: 'KI-Transparenz', en: 'AI transparency' },
		other: { de: 'Sonstiges', en: 'Other' },
	},
	checklistTopics: {
		accessibility: { de: 'Barrierefreiheit', en: 'Accessibility' },
		'information-security': { de: 'Informationssicherheit', en: 'Information security' },
	},
	signals: {
		'volume-spike': { de: 'sprunghaft mehr Erwähnungen', en: 'volume spike' },
		'sentiment-shift': { de: 'Stimmung kippt', en: 'sentiment shift' },
		'cross-channel-spread': { de: 'Ausbreitung über Kanäle', en: 'spread across channels' },
		'media-inquiry': { de: 'Presseanfrage', en: 'media inquiry' },
		'influencer-amplification': {
			de: 'Verstärkung durch Influencer',
			en: 'influencer amplification',
		},
		'legal-threat': { de: 'rechtliche Drohung', en: 'legal threat' },
		'data-breach': { de: 'Datenpanne', en: 'data breach' },
		'account-compromise': { de: 'Konto übernommen', en: 'account compromised' },
		'employee-post': { de: 'Beitrag von Mitarbeitenden', en: 'employee post' },
		'own-post-error': { de: 'Fehler im eigenen Beitrag', en: 'error in our own post' },
		'external-tragedy': { de: 'tragisches Ereignis', en: 'external tragedy' },
		'product-safety': { de: 'Produktsicherheit', en: 'product safety' },
		impersonation: { de: 'Identitätsmissbrauch', en: 'impersonation' },
		'coordinated-attack': { de: 'koordinierter Angriff', en: 'coordinated attack' },
		other: { de: 'Sonstiges', en: 'other' },
	},
	audiences: {
		'all-employees': { de: 'alle Mitarbeitenden', en: 'all employees' },
		'social-media-team': { de: 'Social-Media-Team', en: 'social media team' },
		legal: { de: 'Rechtsabteilung', en: 'legal department' },
		management: { de: 'Geschäftsführung', en: 'management' },
		communications: { de: 'Unternehmenskommunikation', en: 'corporate communications' },
		'works-council': { de: 'Betriebsrat', en: 'works council' },
		freelancers: { de: 'Freie Mitarbeitende', en: 'freelancers' },
	},
	templateKinds: {
		'holding-statement': { de: 'Erste Stellungnahme', en: 'Holding statement' },
		reply: { de: 'Antwort', en: 'Reply' },
		'direct-message': { de: 'Direktnachricht', en: 'Direct message' },
		'moderation-notice': { de: 'Moderationshinweis', en: 'Moderation notice' },
		faq: { de: 'FAQ', en: 'FAQ' },
	},
	activities: {
		monitoring: { de: 'Beobachten', en: 'Monitoring' },
		distribution: { de: 'Verbreiten', en: 'Distribution' },
		dialogue: { de: 'Dialog', en: 'Dialogue' },
		'content-creation': { de: 'Inhalte erstellen', en: 'Content creation' },
		networking: { de: 'Vernetzen', en: 'Networking' },
		'on-call': { de: 'Rufbereitschaft', en: 'On-call duty' },
	},
	platforms: {
		facebook: { de: 'Facebook', en: 'Facebook' },
		instagram: { de: 'Instagram', en: 'Instagram' },
		linkedin: { de: 'LinkedIn', en: 'LinkedIn' },
		xing: { de: 'XING', en: 'XING' },
		x: { de: 'X', en: 'X' },
		threads: { de: 'Threads', en: 'Threads' },
		bluesky: { de: 'Bluesky', en: 'Bluesky' },
		mastodon: { de: 'Mastodon', en: 'Mastodon' },
		tiktok: { de: 'TikTok', en: 'TikTok' },
		youtube: { de: 'YouTube', en: 'YouTube' },
		pinterest: { de: 'Pinterest', en: 'Pinterest' },
		'whatsapp-channel': { de: 'WhatsApp-Kanal', en: 'WhatsApp channel' },
		blog: { de: 'Blog', en: 'Blog' },
		wiki: { de: 'Wiki', en: 'Wiki' },
		other: { de: 'Sonstige', en: 'Other' },
	},
};
