/**
 * Preloaded by the CLI's npm scripts (`node --import ./src/cli/compile-cache.ts …`):
 * turns on Node's module compile cache before the command's modules load. Node 24
 * strips the TypeScript types of every source file at each start; with the cache,
 * the stripped and compiled modules are reused from the second run on (the cache
 * is keyed by file content, so an edited file is compiled afresh). Astro's own
 * CLI does the same. NODE_COMPILE_CACHE chooses the folder (default: the system's
 * temporary folder); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
import module from 'node:module';

module.enableCompileCache?.();
