/**
 * Content collections: one per document type with an MDX body, only so that
 * pages can compile that body with `render(entry)`. The documents' data comes
 * from the one validated handbook model (src/astro/site.ts), so the schemas
 * run once, in the validator that `npm run check` uses too.
 */
import { defineCollection } from 'astro:content';
import { bodyLoader } from './astro/loader.ts';

export const collections = {
	guideline: defineCollection({ loader: bodyLoader('guideline') }),
	checklist: defineCollection({ loader: bodyLoader('checklist') }),
	playbook: defineCollection({ loader: bodyLoader('playbook') }),
};
