/**
 * Preloaded by `npm run check` (`node --import ./src/cli/compile-cache.mjs …`): turns
 * on Node's module compile cache before the command's modules load, so the compiled
 * modules (and the type-stripped TypeScript of the entry file) are reused from the
 * second run on; the cache is keyed by file content, so an edited file is compiled
 * afresh. Astro's own CLI does the same. NODE_COMPILE_CACHE chooses the folder
 * (default: the system's temporary folder); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 *
 * Plain JavaScript on purpose: a TypeScript preload would make Node load its type
 * stripper (about 35 ms of CPU) before the cache could spare it the work.
 */
import module from 'node:module';

module.enableCompileCache?.();
