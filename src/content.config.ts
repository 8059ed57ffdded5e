/**
 * Content collections: one per document type plus `handbook` (handbook.yaml).
 * Every collection is fed from the one validated handbook model and uses the
 * schema registered in schemas/index.ts, so Astro and `npm run check` agree.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { DOC_TYPES, handbookSchema, type DocType } from '../schemas/index.ts';
import { handbookLoader, kodexLoader } from './astro/loader.ts';
import type { DocDataMap } from './lib/model.ts';

function documents<T extends DocType>(type: T) {
	return defineCollection({
		loader: kodexLoader(type),
		schema: DOC_TYPES[type].schema as z.ZodType<DocDataMap[T]>,
	});
}

export const collections = {
	handbook: defineCollection({ loader: handbookLoader(), schema: handbookSchema }),
	guideline: documents('guideline'),
	checklist: documents('checklist'),
	playbook: documents('playbook'),
	team: documents('team'),
	channel: documents('channel'),
	template: documents('template'),
	goal: documents('goal'),
	prepublish: documents('prepublish'),
};
