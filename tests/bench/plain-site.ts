/**
 * The plain baseline: the least a static Astro + MDX site needs to publish the
 * same prose, with no Kodex features. One MDX page per document under
 * `src/pages/<language>/<id>.mdx` with a one-file layout, and one index page
 * linking them all. It uses the repository's installed astro and @astrojs/mdx
 * (Node finds them in the root node_modules); Pagefind's CLI indexes `dist/`
 * afterwards, as its documentation recommends for plain sites.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ProseDoc } from './corpus.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
`;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang={frontmatter.lang}>
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>{frontmatter.title}</title>
	</head>
	<body>
		<header><a href="/">Handbook</a></header>
		<main data-pagefind-body>
			<h1>{frontmatter.title}</h1>
			<p>{frontmatter.summary}</p>
			<slot />
		</main>
	</body>
</html>
`;

/** Escapes text for a Markdown link label. */
const label = (text: string): string => text.replace(/[[\]\\]/g, '\\$&');

/** Writes the baseline project into `dir` (replacing it) and returns `dir`. */
export function writePlainSite(dir: string, docs: readonly ProseDoc[]): string {
	rmSync(dir, { recursive: true, force: true });
	const pages = path.join(dir, 'src', 'pages');
	mkdirSync(path.join(dir, 'src', 'layouts'), { recursive: true });
	writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
	writeFileSync(path.join(dir, 'src', 'layouts', 'Page.astro'), LAYOUT);
	for (const language of new Set(docs.map((d) => d.language)))
		mkdirSync(path.join(pages, language), { recursive: true });
	for (const doc of docs) {
		const front = {
			layout: '../../layouts/Page.astro',
			title: doc.title,
			summary: doc.summary,
			lang: doc.language,
		};
		writeFileSync(
			path.join(pages, doc.language, `${doc.id}.mdx`),
			`---\n${stringify(front)}---\n\n${doc.body}`,
		);
	}
	const index = docs.map((d) => `- [${label(d.title)}](/${d.language}/${d.id}/)`).join('\n');
	const front = {
		layout: './../layouts/Page.astro',
		title: 'Handbook',
		summary: 'All pages',
		lang: 'en',
	};
	writeFileSync(path.join(pages, 'index.md'), `---\n${stringify(front)}---\n\n${index}\n`);
	return dir;
}
