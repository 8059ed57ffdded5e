import { describe, expect, it } from 'vitest';
import { SharedHtml } from '../../../src/astro/shared-html.ts';

describe('SharedHtml', () => {
	it('renders a body shown on three pages once and forgets it after the third', async () => {
		const shared = new SharedHtml();
		let renders = 0;
		const render = async () => `<p>body ${++renders}</p>`;
		expect(await shared.get('guideline/a', 3, render)).toBe('<p>body 1</p>');
		expect(shared.size).toBe(1);
		expect(await shared.get('guideline/a', 3, render)).toBe('<p>body 1</p>');
		expect(await shared.get('guideline/a', 3, render)).toBe('<p>body 1</p>');
		expect(renders).toBe(1);
		expect(shared.size).toBe(0);
	});

	it('keeps nothing for a body shown on one page', async () => {
		const shared = new SharedHtml();
		let renders = 0;
		const render = async () => `<p>${++renders}</p>`;
		await shared.get('guideline/b', 1, render);
		await shared.get('guideline/b', 1, render);
		expect(renders).toBe(2);
		expect(shared.size).toBe(0);
	});
});
