/**
 * `npm run check`: runs the check command (check-main.ts) from a bundle of its
 * modules when one can be made (check-bundle.ts), else from the sources. Both
 * paths behave the same; the bundle only loads faster. The bundle lives with the
 * disk stores (KODEX_CACHE_DIR; none with KODEX_CACHE=off or KODEX_BUNDLE=off).
 */
import module from 'node:module';
import path from 'node:path';
import { cacheDir } from '../lib/util/disk-cache.ts';
import { bundleOff, freshBundle } from './check-bundle.ts';

module.enableCompileCache?.();
const root = path.resolve(import.meta.dirname, '../..');
const stores = bundleOff() ? undefined : cacheDir();
const bundled = stores
	? await freshBundle(root, 'src/cli/check-main.ts', path.join(stores, 'bundle', 'check'))
	: undefined;
// A literal path for the sources, so tools that follow imports see check-main.ts.
await (bundled ? import(bundled) : import('./check-main.ts'));
