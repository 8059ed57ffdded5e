/** Each document type's body view, computed once by documentPage() (src/lib/site/document/body.ts). */
import { describe, expect, it } from 'vitest';
import { goalView } from '../../../src/lib/site/by-type/goal.ts';
import { prepublishPage } from '../../../src/lib/site/by-type/prepublish-page.ts';
import { templateView } from '../../../src/lib/site/by-type/template.ts';
import { bodyView } from '../../../src/lib/site/document/body.ts';
import { documentPage } from '../../../src/lib/site/document/document-page.ts';
import { buildSite, FALLBACK_CONFIG } from '../../../src/lib/site/model/site.ts';
import { makeContext, makeDoc } from './fixtures.ts';

const team = makeDoc('team', 'team');
const channel = makeDoc('channel', 'linkedin');

describe('goal view', () => {
	it('formats the figures in the page language and links the channels', () => {
		const goal = makeDoc('goal', 'reichweite', { reviewEvery: 'P90D' });
		const de = goalView(goal.data, makeContext([goal, channel, team], 'de'));
		expect(de).toMatchObject({
			arrow: '↑',
			baseline: '100 Follower',
			target: '150 Follower',
			delta: '+50 Follower',
			percent: '+50 %',
			periodStart: '1. Januar 2026',
			periodEnd: '31. Dezember 2026',
			reviewEvery: '90 Tage',
		});
		expect(de.change.direction).toBe('increase');
		expect(de.channels).toEqual([
			expect.objectContaining({ id: 'linkedin', label: channel.data.title }),
		]);
		const en = goalView(goal.data, makeContext([goal], 'en'));
		expect(en.percent).toBe('+50%');
		expect(en.reviewEvery).toBe('90 days');
		expect(en.channels).toEqual([{ id: 'linkedin', label: 'linkedin' }]);
	});

	it('gives a change of a percentage in points, and no relative change from 0', () => {
		const goal = makeDoc('goal', 'quote', { unit: '%', baseline: 0, target: 2.5 });
		const view = goalView(goal.data, makeContext([goal], 'de'));
		expect(view.delta).toBe('+2,5 Prozentpunkte');
		expect(view.percent).toBeUndefined();
		expect(view.reviewEvery).toBeUndefined();
	});
});

describe('template view', () => {
	it('holds the fillable text, the placeholders as written and the playbooks', () => {
		const template = makeDoc('template', 'antwort', { playbooks: ['shitstorm'] });
		const view = templateView(template.data, makeContext([template], 'de'));
		expect(view.segments).toEqual([
			{ kind: 'text', value: 'Hallo ' },
			{ kind: 'variable', name: 'name' },
			{ kind: 'text', value: ', danke!' },
		]);
		expect(view.fillable.markers).toEqual({ name: '[Vorname]' });
		expect(view.variables.map((v) => v.name)).toEqual(['name']);
		expect(view.playbooks).toEqual([{ id: 'shitstorm', label: 'shitstorm' }]);
	});
});

describe('pre-publish page view', () => {
	it('lists the contacts and the check’s own source line', () => {
		const check = makeDoc('prepublish', 'posten', {
			escalation: { default: 'smm', deputy: 'head' },
			mappings: [
				{
					id: 'personen',
					label: 'Personen im Bild',
					when: { people: 'yes' },
					include: { checklistItems: ['urheberrecht#a'], guidelineRules: ['fotos#eins'] },
				},
			],
		});
		const rule = makeDoc('guideline', 'fotos', {
			rules: [
				{ id: 'eins', kind: 'do', text: 'Quelle nennen.', checklistItems: ['urheberrecht#a'] },
			],
		});
		const docs = [check, team, makeDoc('checklist', 'urheberrecht'), rule];
		const view = prepublishPage(check.data, makeContext(docs, 'de'), { base: '/' });
		expect(view.contacts.map((c) => [c.label, c.role?.id])).toEqual([
			['Fragen zum Check', 'smm'],
			['Vertretung', 'head'],
		]);
		expect(view.checkSource).toBe('Titel posten (posten), geprüft am 1. Juni 2026');
		expect(view.items.map((i) => i.key)).toEqual(['urheberrecht#a']);
		expect(view.reasons['urheberrecht#a']!.map((r) => r.key)).toEqual(['fotos#eins']);
		expect(view.sources.map((s) => [s.id, s.rest])).toEqual([
			['urheberrecht', ' (urheberrecht), geprüft am 1. Juni 2026'],
		]);
	});
});

describe('body view', () => {
	it('pairs each type’s data with its view', () => {
		const ctx = makeContext([team, channel], 'de');
		for (const doc of [team, channel, makeDoc('goal', 'g'), makeDoc('template', 't')]) {
			const body = bodyView(doc, ctx, { base: '/' });
			expect(body.type).toBe(doc.type);
			expect(body.data).toBe(doc.data);
		}
		const goal = makeDoc('goal', 'g');
		expect(bodyView(goal, ctx, { base: '/' }).view).toEqual(goalView(goal.data, ctx));
	});

	it('is computed by documentPage, with the playbook view shared with the first screen', () => {
		const site = buildSite(FALLBACK_CONFIG, [team, channel], '2026-11-22');
		const page = documentPage(site, channel, 'de', { view: undefined, repoPath: undefined });
		expect(page.body.type).toBe('channel');
		expect(page.body.data).toBe(channel.data);
		// Vocabulary labels in the page's language, so components never load the site themselves.
		expect(page.label('platforms', 'linkedin')).toBe(site.label('platforms', 'linkedin', 'de'));
		expect(page.label('platforms', 'linkedin')).toBe('LinkedIn');
	});
});
