/**
 * A text as a slug: lower-case ASCII letters and digits joined by single
 * hyphens, accents dropped and ß written ss (`Muster Bäckerei & Söhne – Straße`
 * → `muster-backerei-sohne-strasse`). Used for file names and suggested ids;
 * '' when nothing of the text is left.
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
