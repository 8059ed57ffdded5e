import { describe, expect, it } from 'vitest';
import { file, PATHS, runBaseline } from '../../helpers/handbook.ts';

describe('COV-001/COV-002 coverage schedules', () => {
	it('accepts office hours and on-call duties that do not overlap', () => {
		const run = runBaseline((b) => {
			b.team['coverage'] = {
				timezone: 'Europe/Berlin',
				officeHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }],
				onCall: [
					{
						role: 'social-media-manager',
						schedule: [{ days: ['sat', 'sun'], from: '09:00', to: '18:00' }],
					},
				],
			};
		});
		expect(run.diagnostics).toEqual([]);
	});

	it('reports blocks of one schedule that overlap', () => {
		const run = runBaseline((b) => {
			b.channel['coverage'] = {
				onCall: [
					{
						role: 'social-media-manager',
						schedule: [
							{ days: ['fri', 'sat'], from: '12:00', to: '20:00' },
							{ days: ['sat'], from: '18:00', to: '22:00' },
						],
					},
				],
			};
		});
		expect(run.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'COV-002',
				severity: 'error',
				file: file(PATHS.channel),
				path: 'coverage.onCall[0].schedule[1]',
				message: '18:00–22:00 overlaps 12:00–20:00 on sat.',
				fix: 'Join the two blocks into one, or remove sat from one of them.',
			}),
		]);
	});

	it('reports a block that ends before it starts while reading the file (COV-001)', () => {
		const run = runBaseline((b) => {
			b.team['coverage'] = {
				timezone: 'Europe/Berlin',
				officeHours: [{ days: ['mon'], from: '18:00', to: '08:00' }],
			};
		});
		expect(run.load.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'COV-001',
				file: file(PATHS.team),
				path: 'coverage.officeHours[0].to',
				message: expect.stringContaining('ends at 08:00, not after its start at 18:00'),
			}),
		]);
	});
});
