import { describe, expect, it } from 'vitest';
import { crisisLink, mainCrisisPlaybook } from '../../../src/lib/site/by-type/crisis.ts';
import { makeDoc } from './fixtures.ts';

const TODAY = '2026-11-22';
const tiers = makeDoc('playbook', 'a-konto', { scale: 'tiers-4-1' });
const storm = makeDoc('playbook', 'shitstorm');
const stormEn = makeDoc('playbook', 'shitstorm-en', { translationOf: 'shitstorm' }, 'en');
const draft = makeDoc('playbook', 'a-entwurf', {
	status: 'in-review',
	approvedBy: undefined,
	reviewedOn: undefined,
	reviewBy: undefined,
});
const coming = makeDoc('playbook', 'a-neu', { effectiveFrom: '2027-01-01' });

describe('main crisis playbook', () => {
	it('prefers the approved playbook on the shitstorm scale, as the original', () => {
		expect(mainCrisisPlaybook([tiers, stormEn, storm, draft], TODAY, 'de')?.id).toBe('shitstorm');
		expect(mainCrisisPlaybook([stormEn, tiers], TODAY, 'de')?.id).toBe('shitstorm-en');
	});

	it('falls back to the first approved playbook in force, by id', () => {
		const b = makeDoc('playbook', 'b-fehler', { scale: 'custom-ascending' });
		expect(mainCrisisPlaybook([b, tiers, draft, coming], TODAY, 'de')?.id).toBe('a-konto');
		expect(mainCrisisPlaybook([draft, coming], TODAY, 'de')).toBeUndefined();
		expect(mainCrisisPlaybook([], TODAY, 'de')).toBeUndefined();
	});

	it('takes the playbook handbook.yaml names, on any scale, and its translation', () => {
		const outage = makeDoc('playbook', 'versorgungsausfall', { scale: 'custom-ascending' });
		const outageEn = makeDoc(
			'playbook',
			'supply-outage',
			{ scale: 'custom-ascending', translationOf: 'versorgungsausfall' },
			'en',
		);
		const docs = [storm, stormEn, outage, outageEn, tiers];
		expect(mainCrisisPlaybook(docs, TODAY, 'de', 'versorgungsausfall')?.id).toBe(
			'versorgungsausfall',
		);
		expect(crisisLink(docs, ['de', 'en'], 'en', TODAY, 'de', 'versorgungsausfall')).toMatchObject({
			href: '/en/playbooks/supply-outage/',
			language: 'en',
		});
		// A named playbook that is not in force leaves the usual choice.
		expect(mainCrisisPlaybook([storm, draft], TODAY, 'de', 'a-entwurf')?.id).toBe('shitstorm');
	});

	it('does not depend on the order of the documents', () => {
		const docs = [storm, tiers, stormEn, draft];
		expect(mainCrisisPlaybook([...docs].reverse(), TODAY, 'de')?.id).toBe(
			mainCrisisPlaybook(docs, TODAY, 'de')?.id,
		);
	});

	it('links the version in the page language, else the fallback page', () => {
		const docs = [tiers, storm, stormEn];
		expect(crisisLink(docs, ['de', 'en'], 'de', TODAY, 'de')).toEqual({
			href: '/de/playbooks/shitstorm/',
			title: 'Titel shitstorm',
			language: 'de',
		});
		expect(crisisLink(docs, ['de', 'en'], 'en', TODAY, 'de')).toMatchObject({
			href: '/en/playbooks/shitstorm-en/',
			language: 'en',
		});
		expect(crisisLink([tiers], ['de', 'en'], 'en', TODAY, 'de')).toMatchObject({
			href: '/en/playbooks/a-konto/',
			language: 'de',
		});
		expect(crisisLink([draft], ['de', 'en'], 'de', TODAY, 'de')).toBeUndefined();
	});
});
