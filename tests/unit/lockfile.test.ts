import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
	optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(
	readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'),
) as {
	lockfileVersion: number;
	packages: Record<string, LockEntry>;
};

/** Node's lookup: the package's own node_modules, then each parent's, up to the root. */
function resolves(from: string, name: string): boolean {
	let dir = from;
	for (;;) {
		if (`${dir ? `${dir}/` : ''}node_modules/${name}` in lock.packages) return true;
		if (!dir) return false;
		const parent = dir.lastIndexOf('/node_modules/');
		dir = parent < 0 ? '' : dir.slice(0, parent);
	}
}

describe('package-lock.json', () => {
	it('records the optional platform packages of every operating system, so npm install does not rewrite it', () => {
		expect(lock.lockfileVersion).toBe(3);
		const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
			Object.keys(entry.optionalDependencies ?? {})
				.filter((name) => !resolves(path, name))
				.map((name) => `${path || '(root)'} → ${name}`),
		);
		expect(missing).toEqual([]);
	});
});
