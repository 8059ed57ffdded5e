/** The pages of a built site, as browser suites walk them. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every built page's address (a folder with an `index.html`, e.g. `/de/checklists/urheberrecht/`),
 * sorted, except the root's language redirect. `keep` filters by the page's HTML, e.g. to
 * document pages only (see `documentPages`).
 */
export function builtPages(root: string, keep: (html: string) => boolean = () => true): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const file = path.join(dir, name);
			if (statSync(file).isDirectory()) {
				if (name !== 'pagefind' && name !== '_astro') walk(file);
			} else if (name === 'index.html' && dir !== root && keep(readFileSync(file, 'utf8'))) {
				found.push(`/${path.relative(root, dir).split(path.sep).join('/')}/`);
			}
		}
	};
	walk(root);
	return found.sort();
}

/** Every built document page (`<article class="doc …">`), e.g. `/de/checklists/urheberrecht/`. */
export function documentPages(root: string): string[] {
	return builtPages(root, (html) => /<article class="doc /.test(html));
}
