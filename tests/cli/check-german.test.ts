/**
 * `npm run check` words the findings of cross-document rules in the handbook's language (issue 15):
 * the German example with three mistakes prints the German message, expectation and fix of each
 * rule; with KODEX_LANG=en the same findings come out in English.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_TODAY } from '../setup/build-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmpRoot = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp/cli-german-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const GOAL = 'goals/antwortzeit-median.yaml';
const TEMPLATE = 'templates/antwort-kritik-lieferzeit.yaml';
const CHANNEL = 'channels/linkedin.yaml';

/** Replaces `from` with `to` in a file of the copy, failing loudly when the example changed. */
function replaceIn(dir: string, rel: string, from: RegExp, to: string): void {
	const file = path.join(dir, rel);
	const text = fs.readFileSync(file, 'utf8');
	expect(text, `${rel} no longer contains ${from}`).toMatch(from);
	fs.writeFileSync(file, text.replace(from, to));
}

function check(dir: string, lang: string): { status: number | null; stdout: string } {
	const r = spawnSync(process.execPath, ['src/cli/check.ts'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			KODEX_CONTENT: dir,
			KODEX_TODAY: EXAMPLE_TODAY,
			NO_COLOR: '1',
			KODEX_LANG: lang,
		},
	});
	if (r.error) throw r.error;
	return { status: r.status, stdout: r.stdout };
}

describe('check on the German example speaks German in rule findings', () => {
	let de: { status: number | null; stdout: string };
	let en: { status: number | null; stdout: string };

	beforeAll(() => {
		const dir = path.join(tmpRoot, 'content');
		fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
		// GOAL-001: the target equals the baseline.
		replaceIn(dir, GOAL, /^target: .*$/m, 'target: 6.5');
		// TPL-001: a placeholder that is not declared (and the declared one unused).
		replaceIn(dir, TEMPLATE, /\{\{grund\}\}/, '{{ursache}}');
		// CH-001: an active channel without monitoring hours.
		replaceIn(dir, CHANNEL, /^monitoringHours: .*\n/m, '');
		// An empty KODEX_LANG leaves the choice to the handbook's default language (de).
		de = check(dir, '');
		en = check(dir, 'en');
	});

	it('prints the German message and fix of each rule', () => {
		expect(de.status).toBe(1);
		const out = de.stdout;
		expect(out).toMatch(/GOAL-001/);
		expect(out).toContain(
			'Der Zielwert (6,5 Stunden) gleicht dem Ausgangswert, das Ziel verlangt also keine Veränderung.',
		);
		expect(out).toMatch(
			/^ {2}Lösung: +Den Wert eintragen, der bis zum Ende des Zeitraums erreicht werden soll\.$/m,
		);
		expect(out).toContain(
			'Der Text verwendet {{ursache}}, aber „ursache“ ist in variables nicht deklariert.',
		);
		expect(out).toMatch(
			/^ {2}Lösung: +Eine Variable namens ursache ergänzen oder den Platzhalter korrigieren oder entfernen\.$/m,
		);
		expect(out).toContain(
			'Die Variable „grund“ ist deklariert, aber der Text verwendet {{grund}} nie.',
		);
		expect(out).toContain('Der Kanal ist aktiv, hat aber kein monitoringHours;');
		expect(out).toMatch(
			/^ {2}erwartet: +die Zeiten, in denen der Kanal betreut wird, z\. B\. monitoringHours: /m,
		);
		expect(out).toMatch(
			/^ {2}Lösung: +monitoringHours ergänzen oder state auf planned oder paused setzen\.$/m,
		);
		expect(out).not.toMatch(/^ {2}fix:/m);
		expect(out).not.toContain('equals the baseline');
	});

	it('prints the English source with KODEX_LANG=en', () => {
		expect(en.status).toBe(1);
		const out = en.stdout;
		expect(out).toContain(
			'The target (6.5 Stunden) equals the baseline, so the goal asks for no change.',
		);
		expect(out).toMatch(/^ {2}fix: +Set the value you want to reach by the end of the period\.$/m);
		expect(out).toContain('The text uses {{ursache}}, but "ursache" is not declared in variables.');
		expect(out).toContain('The channel is active but has no monitoringHours;');
		expect(out).toMatch(/^ {2}fix: +Add monitoringHours, or set state to planned or paused\.$/m);
		expect(out).not.toContain('Der Zielwert');
		expect(out).not.toMatch(/^ {2}Lösung:/m);
	});
});
