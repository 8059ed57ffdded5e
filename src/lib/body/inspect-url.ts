/**
 * Judges the scheme of a link or image address in a body (BODY-004): images
 * must be files in the content folder, links may use only the allowed schemes.
 * What passes becomes a check for the link judge (links.ts), which needs the
 * rest of the handbook.
 */
import type { BodyItem, BodyPosition } from './items.ts';
import { isProtocolRelative, LINK_SCHEMES, urlScheme } from './policy.ts';

export function judgeUrl(
	url: string,
	kind: 'link' | 'image',
	pos: BodyPosition,
	out: BodyItem[],
): void {
	const scheme = urlScheme(url);
	if (kind === 'image') {
		if (scheme !== undefined || isProtocolRelative(url) || /^\s*[/\\]/.test(url)) {
			out.push({
				rule: 'BODY-004',
				...pos,
				message:
					scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
						? `An image with a ${scheme}: address is not allowed.`
						: "An image must be a file in the content folder; images from another host would make readers' browsers call that host.",
				value: url,
				expected: 'a relative path to an image file, e.g. ../assets/messestand.jpg',
				fix: 'Save the image in the content folder (e.g. assets/) and link it with a relative path.',
				de: {
					message:
						scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
							? `Ein Bild mit einer ${scheme}:-Adresse ist nicht erlaubt.`
							: 'Ein Bild muss eine Datei im Inhaltsordner sein; Bilder von einem anderen Host würden die Browser der Lesenden diesen Host aufrufen lassen.',
					expected: 'ein relativer Pfad zu einer Bilddatei, z. B. ../assets/messestand.jpg',
					fix: 'Das Bild im Inhaltsordner speichern (z. B. in assets/) und mit einem relativen Pfad verlinken.',
				},
			});
			return;
		}
	} else if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
		out.push({
			rule: 'BODY-004',
			...pos,
			message:
				scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
					? `A ${scheme}: link is not allowed: it would run code or hide content in the link.`
					: `Links with the scheme ${scheme}: are not allowed.`,
			value: url,
			expected: 'https://…, mailto:…, tel:…, kodex:type/id, or a relative path',
			fix: 'Link to a web page, a document (kodex:type/id) or a file in the content folder.',
			de: {
				message:
					scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
						? `Ein ${scheme}:-Link ist nicht erlaubt: Er würde Code ausführen oder Inhalt im Link verstecken.`
						: `Links mit dem Schema ${scheme}: sind nicht erlaubt.`,
				expected: 'https://…, mailto:…, tel:…, kodex:typ/kennung oder ein relativer Pfad',
				fix: 'Auf eine Webseite, ein Dokument (kodex:typ/kennung) oder eine Datei im Inhaltsordner verlinken.',
			},
		});
		return;
	}
	out.push({ check: 'url', url, kind, ...pos });
}
