import { describe, expect, it } from 'vitest';
import { inspectBody } from '../../../src/lib/body/inspect.ts';
import type { LinkJudge } from '../../../src/lib/body/items.ts';
import { parseBody } from '../../../src/lib/body/syntax.ts';

const noJudge: LinkJudge = () => undefined;

function inspect(body: string, judge = noJudge) {
	const parsed = parseBody(body);
	if (!parsed.ok) throw new Error(parsed.reason);
	return inspectBody(parsed.tree, judge).map((f) => `${f.rule} ${f.line}:${f.column}`);
}

describe('inspecting a body', () => {
	it('accepts plain Markdown, callouts (also nested and in lists) and prose colons', () => {
		expect(
			inspect(
				'# Titel\n\nUm 10:30 Uhr, Hinweis:wichtig.\n\n- Punkt\n\n  :::note\n  Text\n  :::\n\n::::legal\n:::do\nInnen\n:::\n::::\n\n<kbd>Strg</kbd> <abbr title="x">y</abbr>\n',
			),
		).toEqual([]);
	});

	it('reports an unknown callout inside a list item at its own line', () => {
		expect(inspect('- Punkt\n\n  :::tipp\n  Text\n  :::\n')).toEqual(['BODY-006 3:3']);
	});

	it('reports code, HTML and URLs at their line and column', () => {
		expect(
			inspect(
				'export const a = 1\n\nText {x} und <b>fett</b>.\n\n[a](javascript:x) ![b](//host/x.png)\n',
			),
		).toEqual(['BODY-002 1:1', 'BODY-002 3:6', 'BODY-003 3:14', 'BODY-004 5:1', 'BODY-004 5:19']);
	});

	it('sees through control characters and spaces hidden in a scheme', () => {
		expect(inspect('[a](java%0Ascript:x) [b](JaVaScRiPt:x)\n')).toEqual(['BODY-004 1:22']);
	});

	it('passes links to the judge with their kind', () => {
		const seen: string[] = [];
		inspect('[a](kodex:checklist/x) ![b](../assets/b.png)\n\n[r]: ./ref.mdx\n', (url, kind) => {
			seen.push(`${kind} ${url}`);
			return undefined;
		});
		expect(seen).toEqual(['link kodex:checklist/x', 'image ../assets/b.png', 'link ./ref.mdx']);
	});

	it('reports syntax errors with their position instead of throwing', () => {
		const parsed = parseBody('Text\n\nweniger als <4 Personen\n');
		expect(parsed).toMatchObject({ ok: false, line: 3 });
	});
});
