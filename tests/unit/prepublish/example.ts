/**
 * The example handbook's pre-publish checks as the page bundles them: content/ is loaded
 * and validated like `npm run check` does, then turned into the page data with the same
 * view function the build uses.
 */
import { resolveContentDir } from '../../../src/lib/load/content-dir.ts';
import { createIndexes } from '../../../src/lib/site/model/context.ts';
import { prepublishView, type PrepublishView } from '../../../src/lib/site/lists/prepublish.ts';
import type { Language, SiteDoc } from '../../../src/lib/site/model/types.ts';
import { validate, type ValidationResult } from '../../../src/lib/validate.ts';
import { EXAMPLE_TODAY } from '../../setup/build-site.ts';

export interface Example {
	result: ValidationResult;
	docs: SiteDoc[];
	view(id: string, lang?: Language): PrepublishView;
}

let cached: Promise<Example> | undefined;

async function load(): Promise<Example> {
	const result = await validate(resolveContentDir().abs, { today: EXAMPLE_TODAY, history: false });
	const docs = result.handbook.docs
		.filter((d) => d.data !== undefined && d.data.status !== 'draft')
		.map((d) => ({ type: d.type, id: d.data!.id, data: d.data }) as SiteDoc);
	const indexes = createIndexes(docs);
	return {
		result,
		docs,
		view(id, lang) {
			const doc = docs.find(
				(d): d is SiteDoc<'prepublish'> => d.type === 'prepublish' && d.id === id,
			);
			if (!doc) throw new Error(`no pre-publish check ${id} in the example handbook`);
			return prepublishView(doc.data, { lang: lang ?? doc.data.language, ...indexes });
		},
	};
}

/** The example handbook, loaded once per test file. */
export function example(): Promise<Example> {
	cached ??= load();
	return cached;
}
