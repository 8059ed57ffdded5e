/** The vocabulary of a content folder, read from its handbook.yaml alone (for the JSON Schema export). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HANDBOOK_FILE, handbookSchema } from '../../../../schemas/index.ts';
import { parseYaml } from '../../load/yaml-source.ts';
import { BUILT_IN, vocabularyOf, type Vocabulary } from './index.ts';

/**
 * The merged vocabulary of the handbook in `contentDir`; the built-in one when
 * handbook.yaml is missing or unreadable (`check` reports why).
 */
export async function readVocabulary(contentDir: string): Promise<Vocabulary> {
	let text: string;
	try {
		text = await readFile(path.join(contentDir, HANDBOOK_FILE), 'utf8');
	} catch {
		return BUILT_IN;
	}
	const parsed = parseYaml(text);
	if (parsed.problems.length) return BUILT_IN;
	const result = handbookSchema.safeParse(parsed.data);
	return (
		vocabularyOf({ raw: parsed.data, data: result.success ? result.data : undefined }) ?? BUILT_IN
	);
}
