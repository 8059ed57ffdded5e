/**
 * axe-core for the browser suites: injected from node_modules into a playwright page (nothing
 * is fetched), run with the WCAG 2.0–2.2 A/AA rules, colour contrast included.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** The axe rule tags of WCAG 2.2 level AA (with everything of A and of 2.0 and 2.1 it includes). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/** How many elements of one violation are named before "+N more". */
const SHOWN_TARGETS = 3;

interface Found {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
	/** What axe found wrong with the first element, e.g. the measured contrast ratio. */
	detail: string;
}

/**
 * Runs axe on `page` as it is now (on the element matching `include` only, when given) and
 * returns one line per violated rule, e.g.
 * `/de/: color-contrast (serious) Elements must meet minimum color contrast ratio thresholds —
 * .badge, footer a (+2 more): Element has insufficient color contrast of 3.9 (…)`, so that
 * `expect(found).toEqual([])` names the page, the rule, the elements and the reason.
 * `label` says where: a path, a state, a colour scheme.
 */
export async function axeViolations(
	page: Page,
	label: string,
	options: { include?: string } = {},
): Promise<string[]> {
	// Evaluated through the DevTools protocol, not as a <script> element: the pages' CSP
	// (no inline scripts) would block an injected one, and must stay as strict as deployed.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const found = await page.evaluate(
		async ({ include, tags }): Promise<Found[]> => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			const results: AxeResults = await axe.run(include ? { include: [include] } : document, {
				runOnly: { type: 'tag', values: tags },
			});
			return results.violations.map((v) => {
				const first = v.nodes[0];
				// Every failed `all`/`none` check must be fixed; of the `any` checks one would do.
				const must = first ? [...first.all, ...first.none] : [];
				const checks = must.length > 0 ? must : (first?.any.slice(0, 1) ?? []);
				return {
					id: v.id,
					impact: v.impact ?? null,
					help: v.help,
					targets: v.nodes.map((n) => n.target.map((s) => [s].flat().join(' >>> ')).join(' ')),
					detail: [...new Set(checks.map((c) => c.message))].join('; '),
				};
			});
		},
		{ include: options.include, tags: [...WCAG_TAGS] },
	);
	return found.map((v) => {
		const more = v.targets.length - SHOWN_TARGETS;
		const targets =
			v.targets.slice(0, SHOWN_TARGETS).join(', ') + (more > 0 ? ` (+${more} more)` : '');
		return `${label}: ${v.id} (${v.impact}) ${v.help} — ${targets}${v.detail ? `: ${v.detail}` : ''}`;
	});
}
