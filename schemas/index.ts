/**
 * The registry of content types: which folder holds them, which file format
 * they use and which schema validates them. The CLI, the Astro content config
 * and the JSON Schema export all read this one table.
 */
import type { z } from 'zod';
import { channelSchema } from './channel.ts';
import { checklistSchema } from './checklist.ts';
import { goalSchema } from './goal.ts';
import { guidelineSchema } from './guideline.ts';
import { playbookSchema } from './playbook.ts';
import { prepublishSchema } from './prepublish.ts';
import { teamSchema } from './team.ts';
import { templateSchema } from './template.ts';

export * from './common.ts';
export * from './language.ts';
export * from './vocabulary.ts';
export * from './handbook.ts';
export * from './guideline.ts';
export * from './checklist.ts';
export * from './playbook.ts';
export * from './coverage.ts';
export * from './team.ts';
export * from './channel.ts';
export * from './template.ts';
export * from './goal.ts';
export * from './prepublish.ts';

export type DocType =
	'guideline' | 'checklist' | 'playbook' | 'team' | 'channel' | 'template' | 'goal' | 'prepublish';

export interface DocTypeInfo {
	/** Folder inside the content folder that holds documents of this type. */
	folder: string;
	/** Whether documents are MDX (frontmatter plus prose) or pure YAML data. */
	format: 'mdx' | 'yaml';
	/** The schema for the frontmatter (MDX) or the whole file (YAML). */
	schema: z.ZodType;
}

export const DOC_TYPES: Record<DocType, DocTypeInfo> = {
	guideline: { folder: 'guidelines', format: 'mdx', schema: guidelineSchema },
	checklist: { folder: 'checklists', format: 'mdx', schema: checklistSchema },
	playbook: { folder: 'playbooks', format: 'mdx', schema: playbookSchema },
	team: { folder: 'teams', format: 'yaml', schema: teamSchema },
	channel: { folder: 'channels', format: 'yaml', schema: channelSchema },
	template: { folder: 'templates', format: 'yaml', schema: templateSchema },
	goal: { folder: 'goals', format: 'yaml', schema: goalSchema },
	prepublish: { folder: 'prepublish', format: 'yaml', schema: prepublishSchema },
};

export const DOC_TYPE_NAMES = Object.keys(DOC_TYPES) as DocType[];

/** Name of the handbook configuration file inside the content folder. */
export const HANDBOOK_FILE = 'handbook.yaml';
