/**
 * Where links in a body point: `kodex:type/id#anchor` names a document (and an
 * item, rule, role, member or level on its page) by id; a relative path names
 * a file in the content folder. `check` uses `createLinkJudge` to report broken
 * ones. This file judges relative paths (files and images in the content
 * folder); `kodex:` addresses are read and judged in kodex-url.ts, which the
 * build also uses to write the page address.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handbook, SourceDoc } from '../model/model.ts';
import { contentPath } from '../model/paths.ts';
import type { HandbookIndex } from '../rules/handbook-index.ts';
import { suggest } from '../diagnostics/suggest.ts';
import type { LinkJudge } from './items.ts';
import { judgeKodex } from './kodex-url.ts';
import { isRelativePath } from './policy.ts';
import { inspectSvg } from './svg.ts';

/** "The link" / "The image" at the start of a German sentence. */
const KIND_DE = { link: 'Der Link', image: 'Das Bild' } as const;

const pathMaps = new WeakMap<Handbook, Map<string, SourceDoc>>();

/** Documents by their path in the content folder; built once per handbook, not per document. */
function docsByContentPath(handbook: Handbook): Map<string, SourceDoc> {
	let map = pathMaps.get(handbook);
	if (!map) {
		map = new Map(handbook.docs.map((d) => [contentPath(handbook, d.file), d]));
		pathMaps.set(handbook, map);
	}
	return map;
}

const exampleLinks = new WeakMap<Handbook, string>();

/**
 * A document link as this handbook would write it, for the examples in messages: its first
 * checklist, else its first document, else the bare form. Never the example company's ids.
 */
function exampleLink(handbook: Handbook): string {
	let link = exampleLinks.get(handbook);
	if (link === undefined) {
		const docs = [...handbook.docs].sort((a, b) => a.file.localeCompare(b.file));
		const doc = docs.find((d) => d.type === 'checklist') ?? docs[0];
		link = doc ? `kodex:${doc.type}/${doc.stem}` : 'kodex:checklist/<id>';
		exampleLinks.set(handbook, link);
	}
	return link;
}

/** Judges the links of one document for `check`. */
export function createLinkJudge(
	handbook: Handbook,
	index: HandbookIndex,
	doc: SourceDoc,
): LinkJudge {
	const docsByPath = docsByContentPath(handbook);
	const example = exampleLink(handbook);
	return (url, kind) => {
		if (/^\s*kodex:/i.test(url)) return judgeKodex(url, index, example);
		if (!isRelativePath(url)) return undefined;
		const rel = decodeSafe(url.replace(/[?#].*$/, ''));
		if (rel === '') return undefined;
		const from = path.posix.dirname(contentPath(handbook, doc.file));
		const target = path.posix.normalize(path.posix.join(from, rel));
		if (target.startsWith('../') || target === '..') {
			return {
				message: `The ${kind} points outside the content folder.`,
				value: url,
				expected: 'a file inside the content folder',
				fix: 'Copy the file into the content folder, e.g. into assets/.',
				de: {
					message: `${KIND_DE[kind]} zeigt aus dem Inhaltsordner hinaus.`,
					expected: 'eine Datei im Inhaltsordner',
					fix: 'Die Datei in den Inhaltsordner kopieren, z. B. nach assets/.',
				},
			};
		}
		const targetDoc = docsByPath.get(target);
		if (targetDoc) {
			return kind === 'image'
				? {
						message: 'An image must be an image file, not a document.',
						value: url,
						expected: 'a relative path to an image, e.g. ../assets/messestand.jpg',
						de: {
							message: 'Ein Bild muss eine Bilddatei sein, kein Dokument.',
							expected: 'ein relativer Pfad zu einem Bild, z. B. ../assets/messestand.jpg',
						},
					}
				: undefined;
		}
		const state = fileState(handbook.contentDir, target);
		if (state === 'missing') {
			const near = suggest(target, docsByPath.keys());
			return {
				message: `The ${kind} points at "${target}", which does not exist in the content folder.`,
				value: url,
				expected:
					kind === 'image'
						? 'a relative path to an existing image file'
						: `a document (${example}) or an existing file`,
				...(near ? { didYouMean: path.posix.relative(from, near) } : {}),
				fix: near
					? `Link ${path.posix.relative(from, near)}, or use kodex:${docsByPath.get(near)!.type}/${docsByPath.get(near)!.stem}.`
					: 'Correct the path, or add the file.',
				de: {
					message: `${KIND_DE[kind]} zeigt auf „${target}“, das es im Inhaltsordner nicht gibt.`,
					expected:
						kind === 'image'
							? 'ein relativer Pfad zu einer vorhandenen Bilddatei'
							: `ein Dokument (${example}) oder eine vorhandene Datei`,
					fix: near
						? `${path.posix.relative(from, near)} verlinken oder kodex:${docsByPath.get(near)!.type}/${docsByPath.get(near)!.stem} verwenden.`
						: 'Den Pfad korrigieren oder die Datei ergänzen.',
				},
			};
		}
		if (state === 'outside') {
			return {
				message: `"${target}" is a link (symlink) to a file outside the content folder, which is never published.`,
				value: url,
				expected: 'a real file inside the content folder',
				fix: 'Replace the symlink with a copy of the file.',
				de: {
					message: `„${target}“ ist ein Verweis (Symlink) auf eine Datei außerhalb des Inhaltsordners, die nie veröffentlicht wird.`,
					expected: 'eine echte Datei im Inhaltsordner',
					fix: 'Den Symlink durch eine Kopie der Datei ersetzen.',
				},
			};
		}
		if (kind === 'image') return judgeImage(handbook.contentDir, target, url);
		if (kind === 'link') {
			return {
				message: `"${target}" is not a document; the site publishes only documents and images, so the link would be broken.`,
				value: url,
				expected: `a document, e.g. ${example}, or a web address`,
				fix: 'Link the document by id, or publish the file elsewhere and link its https:// address.',
				de: {
					message: `„${target}“ ist kein Dokument; die Website veröffentlicht nur Dokumente und Bilder, der Link wäre also kaputt.`,
					expected: `ein Dokument, z. B. ${example}, oder eine Webadresse`,
					fix: 'Das Dokument über seine Kennung verlinken, oder die Datei anderswo veröffentlichen und ihre https://-Adresse verlinken.',
				},
			};
		}
		return undefined;
	};
}

/** File types an image in a body may have; Astro's image pipeline processes them. */
const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg'] as const;

function judgeImage(contentDir: string, target: string, url: string): ReturnType<LinkJudge> {
	const ext = path.posix.extname(target).slice(1).toLowerCase();
	if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext))
		return {
			message: `"${target}" is not an image file.`,
			value: url,
			expected: `an image file: ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
			de: {
				message: `„${target}“ ist keine Bilddatei.`,
				expected: `eine Bilddatei: ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')}`,
			},
		};
	if (ext !== 'svg') return undefined;
	const problem = inspectSvg(fs.readFileSync(path.resolve(contentDir, target), 'utf8'))[0];
	return problem
		? {
				message: `The image "${target}" contains ${problem.what} (line ${problem.line}); the site publishes only SVGs that cannot run or load anything.`,
				value: url,
				expected: 'an SVG with shapes and text only, or a PNG/JPEG',
				fix: 'Export the image again as a plain SVG, or use a PNG.',
				de: {
					message: `Das Bild „${target}“ enthält ${problem.whatDe} (Zeile ${problem.line}); die Website veröffentlicht nur SVGs, die nichts ausführen oder laden können.`,
					expected: 'ein SVG nur mit Formen und Text, oder ein PNG/JPEG',
					fix: 'Das Bild erneut als einfaches SVG exportieren oder ein PNG verwenden.',
				},
			}
		: undefined;
}

function decodeSafe(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}

/** Whether a file exists in the content folder and stays inside it when symlinks are followed. */
export function fileState(contentDir: string, rel: string): 'ok' | 'missing' | 'outside' {
	const abs = path.resolve(contentDir, rel);
	let real: string;
	let root: string;
	try {
		if (!fs.statSync(abs).isFile()) return 'missing';
		real = fs.realpathSync(abs);
		root = fs.realpathSync(contentDir);
	} catch {
		return 'missing';
	}
	const inside = path.relative(root, real);
	return inside.startsWith('..') || path.isAbsolute(inside) ? 'outside' : 'ok';
}
