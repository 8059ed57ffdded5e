import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/rules/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const documented = new Set([...readme.matchAll(/^\|\s*([A-Z0-9]+-\d{3})\s*\|/gm)].map((m) => m[1]));

describe('README', () => {
	it('documents every cross-document rule id', () => {
		const missing = RULES.map((r) => r.id).filter((id) => !documented.has(id));
		expect(missing).toEqual([]);
	});
	it('gives exactly the two newcomer commands in its first code block', () => {
		const block = /## The two commands[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
		const commands = block
			.split('\n')
			.map((l) => l.replace(/#.*$/, '').trim())
			.filter(Boolean);
		expect(commands).toEqual(['npm ci && npm run build', 'npm test']);
	});
	it('matches the commands .ci/run executes', () => {
		const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
		expect(ci).toMatch(/^npm ci\b.*$/m);
		expect(ci).toMatch(/^npm run build$/m);
		expect(ci).toMatch(/^npm test$/m);
	});
});

describe('README handbook.yaml', () => {
	it('shows a complete handbook.yaml that passes the schema and names every setting', async () => {
		const { parse } = await import('yaml');
		const { handbookSchema } = await import('../../schemas/index.ts');
		const section = readme.split('## The handbook configuration')[1] ?? '';
		const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
		const result = handbookSchema.safeParse(parse(block));
		expect(result.error?.issues ?? []).toEqual([]);
		const data = result.data as Record<string, unknown>;
		expect(Object.keys(data).sort()).toEqual(Object.keys(handbookSchema.shape).sort());
	});
});
