/**
 * Guards issue 11's "components only display": components and layouts import
 * from src/lib only types and a short, named list of display helpers
 * (formatting, language marks, paths and anchors, `t` lives in src/i18n); each
 * page imports from src/lib only its page-data function, the same display
 * helpers and types; components never load the site model (only `href` from
 * src/astro). Views are computed once per page in src/lib/site/** and
 * handed down as props.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

type Names = readonly string[] | '*';

/** Display helpers any component, layout or page may call: they format a value the view holds. */
const DISPLAY_HELPERS: Readonly<Record<string, Names>> = {
	// Numbers, dates, durations and lists in the page language.
	'src/lib/util/format.ts': '*',
	'src/lib/site/model/duration-words.ts': ['formatHours'],
	// `lang` attributes around text in another language.
	'src/lib/site/model/lang-marks.ts': ['langMarks'],
	// Paths and anchors.
	'src/lib/site/model/urls.ts': '*',
	'src/lib/site/model/site.ts': ['folderOf', 'logoPath'],
	'src/lib/site/lists/changes-page.ts': ['changesPath', 'feedPath'],
	'src/lib/site/lists/home.ts': ['reviewPath', 'reviewCsvPath'],
	'src/lib/site/by-type/external-parties.ts': ['externalAnchor'],
	'src/lib/site/by-type/crisis-first-screen.ts': ['holdingAnchor'],
	// A phone number as link target and as unbreakable text.
	'src/lib/site/by-type/contacts.ts': ['phoneText', 'telHref'],
	// A filter option's `value` attribute.
	'src/lib/site/chrome/facets.ts': ['optionValue'],
	// A translated sentence split around its `{placeholders}`, to put elements in them.
	'src/lib/util/placeholders.ts': ['templateParts'],
	// The Content-Security-Policy, a constant.
	'src/lib/site/chrome/security-headers.ts': ['CSP_META'],
};

/** Page-data functions, one per page (src/pages/…), besides the display helpers. */
const PAGE_DATA: Readonly<Record<string, Readonly<Record<string, Names>>>> = {
	'src/pages/[lang]/[section]/[id].astro': {
		'src/lib/site/document/document-page.ts': ['documentPage'],
		// Which fallback pages exist, for getStaticPaths.
		'src/lib/site/model/languages.ts': ['fallbackPages'],
	},
	'src/pages/[lang]/[section]/[...page].astro': {
		'src/lib/site/lists/section-pages.ts': ['sectionPage', 'sectionRoutes'],
	},
	'src/pages/[lang]/glossary/index.astro': {
		'src/lib/site/lists/glossary-page.ts': ['glossaryPage', 'glossaryRoutes'],
	},
	'src/pages/404.astro': { 'src/lib/site/lists/not-found.ts': ['notFoundPage'] },
	'src/pages/[lang]/404.astro': {
		'src/lib/site/lists/not-found.ts': ['notFoundPage', 'notFoundRoutes'],
	},
	'src/pages/[lang]/review/[...page].astro': {
		'src/lib/site/lists/review-view.ts': ['reviewPage', 'reviewRoutes'],
	},
	'src/pages/[lang]/review/documents.csv.ts': {
		'src/lib/site/lists/review-view.ts': ['reviewCsv'],
	},
	'src/pages/choose-language.js.ts': {
		'src/lib/site/chrome/preferred-language.ts': ['LANGUAGE_CHOICE_KEY', 'preferredLanguage'],
	},
};

/** Files that do more than display, each with the reason. Keep this list short. */
const EXCEPTIONS: Readonly<Record<string, Readonly<Record<string, Names>>>> = {
	// The per-language chrome (search filters, crisis link, brand, logo), computed once per
	// site model and language and cached: the layout's one data function.
	'src/layouts/Layout.astro': { 'src/lib/site/chrome/chrome.ts': ['languageChrome'] },
	// Works on the rendered HTML of its slot (headings), which exists only while rendering
	// (build-render lane, src/lib/site/document/outline.ts).
	'src/components/doc/Outlined.astro': { 'src/lib/site/document/outline.ts': ['outline'] },
	// Keeps the rendered HTML of its slot (a document's MDX body) for the document's fallback
	// pages: a render cache, which exists only while rendering (src/astro/shared-html.ts).
	'src/components/doc/SharedBody.astro': { 'src/astro/shared-html.ts': ['sharedBody'] },
};

/** The script part of a file: an .astro file's frontmatter, or the whole .ts file. */
function script(file: string, text: string): string {
	if (!file.endsWith('.astro')) return text;
	return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

interface Import {
	/** Repository path of the imported module. */
	module: string;
	/** Names imported as values (not `type`); `*` for a namespace import. */
	values: string[];
}

/** The imports of `file` from src/lib and src/astro that bring in values. */
function libImports(file: string, text: string): Import[] {
	const source = ts.createSourceFile(file, script(file, text), ts.ScriptTarget.Latest, false);
	const out: Import[] = [];
	const add = (spec: string, values: string[]) => {
		if (!spec.startsWith('.') || values.length === 0) return;
		const module = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
		if (module.startsWith('src/lib/') || module.startsWith('src/astro/'))
			out.push({ module, values });
	};
	for (const node of source.statements) {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			if (!clause) {
				add(node.moduleSpecifier.text, ['(side effect)']);
				continue;
			}
			if (clause.isTypeOnly) continue;
			const values: string[] = [];
			if (clause.name) values.push('default');
			const bindings = clause.namedBindings;
			if (bindings && ts.isNamespaceImport(bindings)) values.push('*');
			if (bindings && ts.isNamedImports(bindings))
				for (const el of bindings.elements)
					if (!el.isTypeOnly) values.push((el.propertyName ?? el.name).text);
			add(node.moduleSpecifier.text, values);
		} else if (
			ts.isExportDeclaration(node) &&
			!node.isTypeOnly &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			add(node.moduleSpecifier.text, ['(re-export)']);
		}
	}
	return out;
}

function allowed(names: Names | undefined, name: string): boolean {
	return names === '*' || (names !== undefined && names.includes(name));
}

/**
 * Components and layouts take from src/astro only `href` (the base path): they never load
 * the site model or the history themselves. Pages load their data there.
 */
const COMPONENT_ASTRO: Readonly<Record<string, Names>> = { 'src/astro/site.ts': ['href'] };

/** What `file` imports from src/lib (or, for a component, src/astro) beyond what it may. */
export function violations(file: string, text: string): string[] {
	const own = { ...(PAGE_DATA[file] ?? {}), ...(EXCEPTIONS[file] ?? {}) };
	const page = file.startsWith('src/pages/');
	const out: string[] = [];
	for (const { module, values } of libImports(file, text))
		for (const name of values) {
			if (module.startsWith('src/astro/')) {
				if (!page && !allowed(COMPONENT_ASTRO[module], name) && !allowed(own[module], name))
					out.push(`${module}: ${name}`);
			} else if (!allowed(DISPLAY_HELPERS[module], name) && !allowed(own[module], name))
				out.push(`${module}: ${name}`);
		}
	return out;
}

function displayFiles(): string[] {
	return ['src/components', 'src/layouts', 'src/pages'].flatMap((dir) =>
		readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.d.ts'))
			.map((f) => path.join(dir, f).split(path.sep).join('/')),
	);
}

describe('components only display', () => {
	const files = displayFiles();
	const found = new Map(
		files.map((f) => [f, violations(f, readFileSync(path.join(ROOT, f), 'utf8'))]),
	);

	it('finds the files it guards', () => {
		expect(files).toContain('src/components/doc/DocBody.astro');
		expect(files).toContain('src/pages/[lang]/[section]/[id]/changes/[commit].astro');
		expect(files).toContain('src/layouts/Layout.astro');
	});

	it('lets components, layouts and pages import from src/lib only types, display helpers and their page data', () => {
		const bad = [...found].filter(([, v]) => v.length > 0);
		expect(Object.fromEntries(bad)).toEqual({});
	});

	it('fails a component that computes a view, and passes one that takes it as a prop', () => {
		const file = 'src/components/doc/Example.astro';
		const computing = [
			'---',
			"import type { Language } from '../../lib/site/model/types.ts';",
			"import { guidelineView, type GuidelineView } from '../../lib/site/by-type/guideline.ts';",
			"import { formatDate } from '../../lib/util/format.ts';",
			"import * as playbook from '../../lib/site/by-type/playbook.ts';",
			"import { href, loadSite } from '../../astro/site.ts';",
			'const view = guidelineView(Astro.props.data, Astro.props.ctx);',
			'---',
			'<p>{formatDate(view.date, "de")}</p>',
		].join('\n');
		expect(violations(file, computing)).toEqual([
			'src/lib/site/by-type/guideline.ts: guidelineView',
			'src/lib/site/by-type/playbook.ts: *',
			'src/astro/site.ts: loadSite',
		]);
		const displaying = [
			'---',
			"import type { GuidelineView } from '../../lib/site/by-type/guideline.ts';",
			"import { type ChecklistView } from '../../lib/site/by-type/checklist.ts';",
			"import { formatDate } from '../../lib/util/format.ts';",
			"import { href } from '../../astro/site.ts';",
			'---',
		].join('\n');
		expect(violations(file, displaying)).toEqual([]);
	});

	it('lets a page call its own page-data function but not another page’s', () => {
		const text = [
			'---',
			"import { documentPage } from '../../../lib/site/document/document-page.ts';",
			'---',
		].join('\n');
		expect(violations('src/pages/[lang]/[section]/[id].astro', text)).toEqual([]);
		expect(violations('src/pages/[lang]/review/[...page].astro', text)).toEqual([
			'src/lib/site/document/document-page.ts: documentPage',
		]);
	});
});
