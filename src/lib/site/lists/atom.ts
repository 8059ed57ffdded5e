/**
 * An Atom 1.0 feed (RFC 4287) as text. Pure. Links are absolute when the site
 * address is known (Astro's `site`), else root-relative — Atom resolves those
 * against the feed's own address. Ids never depend on the address: they are
 * `urn:uuid:` names derived from stable inputs (the commit hash), so moving the
 * site does not make readers see every entry again.
 */
import { createHash } from 'node:crypto';

export interface AtomEntry {
	id: string;
	title: string;
	/** RFC 3339 date-time, e.g. `2026-03-01T10:00:00+01:00`. */
	updated: string;
	authorName: string;
	/** Page of the entry. */
	href: string;
	/** HTML describing the entry; escaped into `<content type="html">`. */
	contentHtml: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** Newest entry's date; the build time when there are none. */
	updated: string;
	/** The feed's own address. */
	selfHref: string;
	/** The HTML page the feed mirrors. */
	alternateHref: string;
	/** Feed-level author, required by Atom when an entry has none (here: the company). */
	authorName: string;
	lang: string;
	entries: AtomEntry[];
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;')
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/**
 * A `urn:uuid:` (RFC 9562 version 5 layout) from a name: the same name always
 * gives the same id, e.g. `uuidUrn('kodex:commit:<hash>')`.
 */
export function uuidUrn(name: string): string {
	const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
	hex[12] = '5';
	hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
	const h = hex.join('');
	return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * An absolute URL for a root-relative path when `site` is configured
 * (`https://handbook.example/` + `/de/changes/`), else the path unchanged.
 */
export function siteUrl(path: string, site: URL | string | undefined): string {
	if (!site) return path;
	return new URL(path, site).href;
}

/** The newest RFC 3339 date of the entries (by instant), or `fallback`. */
export function newestDate(dates: readonly string[], fallback: string): string {
	let best: string | undefined;
	for (const d of dates) if (best === undefined || Date.parse(d) > Date.parse(best)) best = d;
	return best ?? fallback;
}

export function atomFeed(feed: AtomFeed): string {
	const x = escapeXml;
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
		`  <id>${x(feed.id)}</id>`,
		`  <title>${x(feed.title)}</title>`,
		...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
		`  <updated>${x(feed.updated)}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${x(feed.selfHref)}"/>`,
		`  <link rel="alternate" type="text/html" href="${x(feed.alternateHref)}"/>`,
		`  <author><name>${x(feed.authorName)}</name></author>`,
		'  <generator>Kodex</generator>',
	];
	for (const e of feed.entries) {
		lines.push(
			'  <entry>',
			`    <id>${x(e.id)}</id>`,
			`    <title>${x(e.title)}</title>`,
			`    <updated>${x(e.updated)}</updated>`,
			`    <author><name>${x(e.authorName)}</name></author>`,
			`    <link rel="alternate" type="text/html" href="${x(e.href)}"/>`,
			`    <content type="html">${x(e.contentHtml)}</content>`,
			'  </entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
