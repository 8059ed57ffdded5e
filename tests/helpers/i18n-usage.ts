/**
 * Which UI strings no source uses. A key counts as used when
 * - it appears as a string literal (`'home.intro'`), or, for a plural form
 *   (`home.documentCount.one`), its base does (`tn(lang, 'home.documentCount', n)`);
 * - it fits a template literal with a fixed end (`` `prepublish.verdict${kind}Text` ``);
 * - it fits a template literal that ends in the variable (`` `status.${status}` ``) and the
 *   rest of the key is itself a string literal somewhere (`'approved'` in the schema's enum),
 *   so a dynamic prefix does not make every key under it count;
 * - it starts with a prefix that code reads as a whole (`key.startsWith('field.')`), named
 *   in `readByPrefix`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PLURAL = /\.(zero|one|two|few|many|other)$/;

export interface Usage {
	/** Every string literal's text. */
	literals: Set<string>;
	/** Template literals containing `${…}`, as regular expressions for the keys they build. */
	templates: { head: string; pattern: RegExp; openEnd: boolean }[];
}

/** The literals and key-building templates of source `texts`. */
export function usageOf(texts: readonly string[]): Usage {
	const literals = new Set<string>();
	const templates: Usage['templates'] = [];
	for (const text of texts) {
		for (const m of text.matchAll(/(['"])([^'"\n]*?)\1/g)) literals.add(m[2]!);
		for (const m of text.matchAll(/`([^`]*)`/g)) {
			const body = m[1]!;
			if (!body.includes('${')) {
				literals.add(body);
				continue;
			}
			const parts = body.split(/\$\{[^}]*\}/);
			const head = parts[0]!;
			// Only templates that start like a key: `area.` or `area.word`.
			if (!/^[a-zA-Z][\w-]*\.[\w.-]*$/.test(head)) continue;
			const escaped = parts.map((p) => p.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'));
			const pattern = new RegExp(`^${escaped.join('[\\w.-]+')}$`);
			templates.push({ head, pattern, openEnd: parts.at(-1) === '' && parts.length === 2 });
		}
	}
	return { literals, templates };
}

/** Keys of `keys` that `usage` does not reach, in their order. */
export function unusedKeys(
	keys: readonly string[],
	usage: Usage,
	readByPrefix: readonly string[] = [],
): string[] {
	const used = (key: string): boolean => {
		if (usage.literals.has(key)) return true;
		if (readByPrefix.some((prefix) => key.startsWith(prefix))) return true;
		return usage.templates.some(
			(t) => t.pattern.test(key) && (!t.openEnd || usage.literals.has(key.slice(t.head.length))),
		);
	};
	return keys.filter((key) => !used(key) && !(PLURAL.test(key) && used(key.replace(PLURAL, ''))));
}

/** The texts of the `.ts` and `.astro` files under `dirs` (relative to `root`), minus `skip`. */
export function sourceTexts(root: string, dirs: readonly string[], skip: RegExp): string[] {
	const texts: string[] = [];
	for (const dir of dirs) {
		for (const name of readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
			const rel = path.join(dir, name);
			if (!/\.(ts|astro)$/.test(name) || skip.test(rel)) continue;
			texts.push(readFileSync(path.join(root, rel), 'utf8'));
		}
	}
	return texts;
}
