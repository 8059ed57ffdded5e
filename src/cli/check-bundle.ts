/**
 * A command's modules as one bundled file, so a cold `check` loads a few files
 * instead of some 400 (TypeScript sources, zod, yaml, the Markdown parser …):
 * resolving, reading, type-stripping and compiling them was about half of a
 * small handbook's check.
 *
 * The bundle lives in the folder of the disk stores (`node_modules/.cache/kodex/bundle/`)
 * and is only an optimisation. Its manifest lists every source file
 * that went into it and a hash of their bytes plus `node_modules/.package-lock.json`
 * (npm rewrites it on every install); each run hashes those files again and
 * uses the bundle only when nothing changed, otherwise it bundles afresh with
 * esbuild (a dependency of Kodex and of Astro). When bundling fails, the caller runs the
 * sources as they are. KODEX_BUNDLE=off always runs the sources.
 *
 * `import.meta.url` and `import.meta.dirname` keep the values they have in the
 * source files (the stores hash the code next to them), so the bundled command
 * behaves exactly like the sources.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Manifest {
	/** Hash of the inputs' bytes and the lock file when the bundle was made. */
	key: string;
	/** Folder (inside the bundle folder) holding the output. */
	out: string;
	/** Source files (relative to the root) that went into the bundle, outside node_modules. */
	inputs: string[];
}

/** Old outputs are removed once they are this old (a running process may still load a chunk). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/** Whether bundles are switched off (KODEX_BUNDLE=off). */
export function bundleOff(env: NodeJS.ProcessEnv = process.env): boolean {
	const value = env['KODEX_BUNDLE']?.trim().toLowerCase();
	return value === 'off' || value === '0' || value === 'false' || value === 'no';
}

/**
 * The hash of `inputs` (relative to `root`) and the lock file; undefined when one is
 * missing. `read` gives a file's bytes (default: from disk).
 */
function inputsKey(
	root: string,
	inputs: readonly string[],
	read: (rel: string) => Uint8Array | string | undefined = (rel) =>
		readFileSync(path.join(root, rel)),
): string | undefined {
	const hash = createHash('sha256');
	try {
		for (const rel of inputs) {
			const bytes = read(rel);
			if (bytes === undefined) return undefined;
			hash.update(rel).update('\0').update(bytes);
		}
	} catch {
		return undefined;
	}
	try {
		hash.update(readFileSync(path.join(root, 'node_modules/.package-lock.json')));
	} catch {
		hash.update('no lock file');
	}
	return hash.digest('hex').slice(0, 20);
}

/**
 * The URL of an up-to-date bundle of `entry` (a path relative to `root`) in `dir`, made now when
 * there is none or the sources changed; undefined when no bundle can be made.
 */
export async function freshBundle(
	root: string,
	entry: string,
	dir: string,
): Promise<string | undefined> {
	const entryOut = `${path.basename(entry).replace(/\.ts$/, '')}.js`;
	const manifest = readManifest(dir);
	if (manifest && inputsKey(root, manifest.inputs) === manifest.key) {
		const file = path.join(dir, manifest.out, entryOut);
		if (existsSync(file)) return pathToFileURL(file).href;
	}
	try {
		return await rebundle(root, entry, dir, entryOut);
	} catch {
		return undefined;
	}
}

function readManifest(dir: string): Manifest | undefined {
	try {
		const data = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
		return typeof data.key === 'string' &&
			typeof data.out === 'string' &&
			Array.isArray(data.inputs)
			? data
			: undefined;
	} catch {
		return undefined;
	}
}

async function rebundle(
	root: string,
	entry: string,
	dir: string,
	entryOut: string,
): Promise<string | undefined> {
	const esbuild = await import('esbuild');
	mkdirSync(dir, { recursive: true });
	const tmp = path.join(dir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
	const read = new Map<string, string>();
	const result = await esbuild
		.build({
			absWorkingDir: root,
			entryPoints: [path.join(root, entry)],
			outdir: tmp,
			bundle: true,
			splitting: true,
			format: 'esm',
			platform: 'node',
			target: 'node22',
			metafile: true,
			logLevel: 'silent',
			legalComments: 'none',
			// CommonJS packages inside an ES module bundle call `require` for Node's own modules.
			banner: {
				js: "import { createRequire as __kodexRequire } from 'node:module'; const require = __kodexRequire(import.meta.url);",
			},
			plugins: [sourcePaths(root, read)],
		})
		.catch((err: unknown) => {
			rmSync(tmp, { recursive: true, force: true });
			throw err;
		});
	const inputs = Object.keys(result.metafile.inputs)
		.filter((rel) => !rel.split('/').includes('node_modules'))
		.sort();
	// The key is made of the very bytes that went into the bundle, so a file saved while
	// esbuild ran makes the next run bundle again instead of trusting a stale bundle.
	const key = inputsKey(root, inputs, (rel) => read.get(rel));
	if (!key) {
		rmSync(tmp, { recursive: true, force: true });
		return undefined;
	}
	const out = `out-${key}`;
	const target = path.join(dir, out);
	try {
		if (!existsSync(target)) renameSync(tmp, target);
	} catch {
		// Another run made the same bundle at the same time: use theirs.
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
	const manifest: Manifest = { key, out, inputs };
	const manifestTmp = path.join(dir, `manifest.${process.pid}.json`);
	writeFileSync(manifestTmp, JSON.stringify(manifest));
	renameSync(manifestTmp, path.join(dir, 'manifest.json'));
	removeOld(dir, out);
	return pathToFileURL(path.join(target, entryOut)).href;
}

/**
 * Reads every source file outside node_modules itself, keeping the bytes in `read`
 * (by path relative to `root`), and gives each module its own `import.meta.url`,
 * `import.meta.dirname` and `import.meta.filename`.
 */
function sourcePaths(root: string, read: Map<string, string>): import('esbuild').Plugin {
	const loaders: Record<string, import('esbuild').Loader> = {
		'.ts': 'ts',
		'.js': 'js',
		'.mjs': 'js',
		'.json': 'json',
	};
	return {
		name: 'kodex-source-paths',
		setup(build) {
			build.onLoad({ filter: /\.(ts|m?js|json)$/ }, (args) => {
				if (args.path.split(path.sep).includes('node_modules')) return undefined;
				const text = readFileSync(args.path, 'utf8');
				read.set(path.relative(root, args.path).split(path.sep).join('/'), text);
				const contents = text
					.replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
					.replaceAll('import.meta.filename', JSON.stringify(args.path))
					.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
				return {
					contents,
					loader: loaders[path.extname(args.path)] ?? 'js',
					resolveDir: path.dirname(args.path),
				};
			});
		},
	};
}

function removeOld(dir: string, keep: string): void {
	try {
		for (const name of readdirSync(dir)) {
			if (name === keep || name === 'manifest.json') continue;
			const full = path.join(dir, name);
			if (Date.now() - statSync(full).mtimeMs > KEEP_OLD_MS)
				rmSync(full, { recursive: true, force: true });
		}
	} catch {
		// Cleaning up is optional.
	}
}
