/**
 * Renders a body the way the build does, without Astro: the MDX syntax, GFM,
 * the Kodex plugins of src/lib/body/build.ts and HTML output. For
 * input/output tests of each plugin.
 */
import { toHtml } from 'hast-util-to-html';
import type { Root as HastRoot } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildGlossary, type GlossaryEntry } from '../../../src/lib/domain/glossary.ts';
import { bodyPipeline, type BodyPipelineOptions } from '../../../src/lib/body/build.ts';

const MDX_NODES: RemarkRehypeOptions['passThrough'] = [
	'mdxFlowExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxTextExpression',
	'mdxjsEsm',
];

export const TEST_GLOSSARY: GlossaryEntry[] = [
	{
		term: 'Einwilligung',
		language: 'de',
		aliases: ['Einwilligungen'],
		definition: 'Die freiwillige Zustimmung einer Person.',
	},
	{ term: 'consent', language: 'en', definition: 'A person’s free agreement.' },
];

const NO_LINKS: BodyPipelineOptions['resolveLinks'] = async () => () => undefined;

const TEST_CATALOGUE: BodyPipelineOptions['citations'] = {
	laws: ['KUG', 'DSGVO', 'DDG', 'UrhG', 'MStV'],
	href: (law, ref) =>
		law === 'MStV' ? undefined : `https://law.test/${law}/${/\d+[a-z]?/.exec(ref)?.[0] ?? ''}`,
};

export async function renderBody(
	body: string,
	options: Partial<BodyPipelineOptions> & { language?: string; path?: string } = {},
): Promise<string> {
	const pipeline = bodyPipeline({
		resolveLinks: options.resolveLinks ?? NO_LINKS,
		glossary: options.glossary ?? (async () => buildGlossary(TEST_GLOSSARY)),
		citations: options.citations ?? TEST_CATALOGUE,
		defaultLanguage: options.defaultLanguage ?? (() => 'de'),
	});
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(pipeline.remarkPlugins as never)
		.use(remarkRehype, { passThrough: MDX_NODES })
		.use(pipeline.rehypePlugins as never);
	const file = new VFile({
		value: body,
		path: options.path ?? '/content/guidelines/x.mdx',
		data: { astro: { frontmatter: { language: options.language ?? 'de' } } },
	});
	const tree = await processor.run(processor.parse(file), file);
	return toHtml(tree as HastRoot);
}
