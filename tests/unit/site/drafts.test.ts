import { afterEach, describe, expect, it } from 'vitest';
import { includeDrafts, setCommand } from '../../../src/astro/cache.ts';

describe('which builds include drafts', () => {
	afterEach(() => setCommand('sync'));

	it('leaves drafts out of a production build', () => {
		setCommand('build');
		expect(includeDrafts({})).toBe(false);
	});
	it('shows drafts in the dev preview', () => {
		setCommand('dev');
		expect(includeDrafts({})).toBe(true);
	});
	it('includes drafts in a preview build with KODEX_DRAFTS=1, and only with exactly that value', () => {
		setCommand('build');
		expect(includeDrafts({ KODEX_DRAFTS: '1' })).toBe(true);
		expect(includeDrafts({ KODEX_DRAFTS: 'yes' })).toBe(false);
	});
});
