/**
 * A throwaway corpus for timing `npm run build` by hand (issue 11): copies the
 * example handbook and adds generated guidelines until it holds about `count`
 * documents. Minimal on purpose; `npm run bench` gets a proper generator.
 *
 *   node tests/bench/generate-site-corpus.ts /tmp/corpus 1000
 *   KODEX_CONTENT=/tmp/corpus npm run build
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';

const [target, countArg] = process.argv.slice(2);
if (!target) throw new Error('usage: generate-site-corpus.ts <dir> [documents=1000]');
const count = Number(countArg ?? 1000);
const dir = path.resolve(target);
rmSync(dir, { recursive: true, force: true });
cpSync(resolveContentDir().abs, dir, { recursive: true });
const existing = readdirSync(dir, { recursive: true }).filter((f) =>
	/\.(mdx|ya?ml)$/.test(String(f)),
).length;
const extra = Math.max(0, count - existing);
mkdirSync(path.join(dir, 'guidelines', 'generated'), { recursive: true });
for (let i = 0; i < extra; i++) {
	const data = {
		id: `generiert-${i}`,
		title: `Generierte Leitlinie ${i}`,
		summary: 'Eine erzeugte Leitlinie, um den Build unter Last zu messen.',
		language: 'de',
		status: 'approved',
		owner: 'social-media-manager',
		approvedBy: 'head-of-communications',
		reviewedOn: '2026-06-01',
		reviewBy: '2027-06-01',
		audience: ['all-employees'],
		related: ['mitarbeitende'],
		scope: 'both',
		binding: 'policy',
		appliesTo: 'all',
		rules: Array.from({ length: 6 }, (_, r) => ({
			id: `regel-${r}`,
			kind: r % 2 ? 'dont' : 'do',
			text: `Regel Nummer ${r} dieser Leitlinie, kurz und klar formuliert.`,
			rationale: 'Damit alle wissen, woran sie sind.',
		})),
		contacts: ['social-media-manager'],
	};
	writeFileSync(
		path.join(dir, 'guidelines', 'generated', `generiert-${i}.mdx`),
		`---\n${stringify(data)}---\n\n## Abschnitt\n\nText der Leitlinie ${i}.\n`,
	);
}
console.log(`${dir}: ${existing} example files + ${extra} generated guidelines`);
