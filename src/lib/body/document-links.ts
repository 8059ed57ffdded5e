/**
 * Build side of document links: `kodex:checklist/urheberrecht#einwilligung`
 * and relative links to a document file become the address of the page a
 * reader of the linking document's language should open (the translation,
 * else the fallback page in that language; see src/lib/site/model/languages.ts).
 * A link that cannot be resolved keeps its text and loses its address;
 * `check` has already reported it (BODY-005).
 */
import path from 'node:path';
import type { Link, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Language } from '../../../schemas/index.ts';
import { createPathOf } from '../site/model/languages.ts';
import type { SiteDoc } from '../site/model/types.ts';
import { withBase } from '../site/model/urls.ts';
import type { BodyFile } from './callouts.ts';
import { anchorsOf, parseKodexUrl } from './kodex-url.ts';
import { isRelativePath } from './policy.ts';

/** Returns the page address for a link in `file`, `undefined` to leave it, `null` to unlink it. */
export type ResolveLink = (url: string, file: BodyFile) => string | undefined | null;

export interface DocumentSite {
	/** Documents on the site. */
	docs: readonly SiteDoc[];
	languages: readonly Language[];
	/** Absolute source file of each document on the site, by `type/id`. */
	files: ReadonlyMap<string, string>;
	/** Site base, e.g. `/` or `/handbuch/`. */
	base: string;
}

export function createLinkResolver(site: DocumentSite): ResolveLink {
	const byKey = new Map(site.docs.map((d) => [`${d.type}/${d.id}`, d]));
	const byFile = new Map(
		[...site.files].map(([key, file]) => [path.resolve(file), byKey.get(key)]),
	);
	const pathOfs = new Map<Language, (doc: SiteDoc) => string>();
	const pathOf = (lang: Language) => {
		let fn = pathOfs.get(lang);
		if (!fn) pathOfs.set(lang, (fn = createPathOf(site.docs, site.languages, lang)));
		return fn;
	};
	return (url, file) => {
		const from = file.path ? byFile.get(path.resolve(file.path)) : undefined;
		let target: SiteDoc | undefined;
		let fragment: string | undefined;
		if (/^\s*kodex:/i.test(url)) {
			const parsed = parseKodexUrl(url);
			if (typeof parsed === 'string') return null;
			target = byKey.get(`${parsed.type}/${parsed.id}`);
			fragment = parsed.fragment;
		} else if (isRelativePath(url) && file.path) {
			const [rel, hash] = url.split('#', 2) as [string, string | undefined];
			const abs = path.resolve(path.dirname(file.path), decodeURI(rel));
			if (!byFile.has(abs)) return undefined;
			target = byFile.get(abs);
			fragment = hash;
		} else return undefined;
		if (!target) return null;
		const lang = from?.data.language ?? target.data.language;
		let href = withBase(pathOf(lang)(target), site.base);
		if (fragment !== undefined) {
			const anchor = anchorsOf(target.type, target.data).get(fragment);
			href += `#${anchor ?? fragment}`;
		}
		return href;
	};
}

/** The remark plugin: rewrites `kodex:` and relative document links with `resolve`. */
export function remarkDocumentLinks(options: { resolve: () => Promise<ResolveLink> }) {
	return async (tree: Root, file: BodyFile) => {
		const resolve = await options.resolve();
		visit(tree, 'link', (node: Link, index, parent) => {
			const href = resolve(node.url, file);
			if (href === undefined) return;
			if (href !== null) {
				node.url = href;
				return;
			}
			if (!parent || index === undefined) return;
			parent.children.splice(index, 1, ...node.children);
			return [SKIP, index];
		});
	};
}
