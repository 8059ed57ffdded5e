import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir, openStore } from '../../../src/lib/util/disk-cache.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kodex-disk-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('disk store', () => {
	it('reads back what an earlier run saved under the same version', () => {
		const a = openStore<{ n: number }>('s', 'v1', tmp);
		a.set('k', { n: 1 });
		a.save();
		expect(openStore<{ n: number }>('s', 'v1', tmp).get('k')).toEqual({ n: 1 });
	});

	it('drops what other code (another version) wrote', () => {
		const a = openStore<number>('t', 'v1', tmp);
		a.set('k', 1);
		a.save();
		expect(openStore<number>('t', 'v2', tmp).get('k')).toBeUndefined();
	});

	it('treats a broken store as empty and replaces it', () => {
		fs.writeFileSync(path.join(tmp, 'u.json'), '{not json');
		const s = openStore<number>('u', 'v1', tmp);
		expect(s.get('k')).toBeUndefined();
		s.set('k', 2);
		s.save();
		expect(openStore<number>('u', 'v1', tmp).get('k')).toBe(2);
	});

	it('lives in node_modules/.cache/kodex above the working directory, or nowhere when off', () => {
		const project = path.join(tmp, 'project');
		fs.mkdirSync(path.join(project, 'node_modules'), { recursive: true });
		fs.mkdirSync(path.join(project, 'content/guidelines'), { recursive: true });
		expect(cacheDir({}, path.join(project, 'content/guidelines'))).toBe(
			path.join(project, 'node_modules/.cache/kodex'),
		);
		expect(cacheDir({ KODEX_CACHE: 'off' }, project)).toBeUndefined();
		expect(cacheDir({ KODEX_CACHE_DIR: '/x/y' }, project)).toBe('/x/y');
	});
});
