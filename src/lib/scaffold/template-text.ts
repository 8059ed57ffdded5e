/**
 * The words of the starting documents (templates.ts) in the languages Kodex
 * explains itself in: comments and `TODO:` hints follow the new document's
 * language, German for `de` and its regional tags, English for every other. The
 * German authoring guide shows the same German starting documents. The German
 * words are in template-text.de.ts.
 */
import type { DocType } from '../../../schemas/index.ts';

export interface TemplateText {
	oneOf: string;
	oneOrMoreOf: string;
	/** The first comment line, after the type's heading (`newDoc`). */
	replaceTodos: string;
	fieldDocs: string;
	idStays: string;
	titleHint: string;
	summaryHint: string;
	onceApproved: string;
	roleIdList: (ids: string) => string;
	roleIdFromTeams: string;
	/** The body's placeholder of an MDX document. */
	writeBody: Record<'guideline' | 'checklist' | 'playbook', string>;
	/** The heading comment of a new document of each type. */
	newDoc: Record<DocType, string>;
	guideline: {
		appliesTo: string;
		rules: string;
		ruleId: string;
		ruleText: string;
		rationale: string;
		checklistItems: string;
		legalAreas: string;
		contacts: string;
	};
	checklist: {
		itemId: string;
		question: string;
		ref: string;
		guidance: string;
		legalReviewer: string;
		items: string;
	};
	playbook: {
		levelName: (n: number) => string;
		criteria: string;
		acknowledgeWithin: string;
		backupApprover: string;
		actions: string;
		scenario: string;
		signal: string;
		minLevel: string;
		levels: string;
		escalationChain: string;
		firstHour: string;
		firstStep: string;
		duties: string;
		channels: string;
		lastExercised: string;
	};
	team: {
		roles: string;
		roleName: string;
		responsibilities: string;
		mailbox: string;
		members: string;
		personName: string;
		timezone: string;
		officeHours: string;
	};
	channel: {
		handle: string;
		url: string;
		stateNeeds: string;
		purpose: string;
		targetGroups: string;
		deputy: string;
		commercial: string;
	};
	template: {
		scenario: string;
		tone: string;
		text: string;
		variableExample: string;
	};
	goal: {
		objective: string;
		metric: string;
		unit: string;
		baseline: string;
		target: string;
		channelIds: (ids: string) => string;
		dataSource: string;
	};
	prepublish: {
		questions: string;
		question: string;
		help: string;
		mappings: string;
		label: string;
	};
}

export const TEMPLATE_TEXT_EN: TemplateText = {
	oneOf: 'one of',
	oneOrMoreOf: 'one or more of',
	replaceTodos: 'Replace every "TODO: …" text; `npm run check` lists the ones left (TODO-001).',
	fieldDocs: 'Field descriptions: docs/authoring.en.md (Deutsch: docs/authoring.de.md).',
	idStays: 'must stay equal to the file name',
	titleHint: 'the title readers see (3 to 120 characters)',
	summaryHint: 'one or two sentences for lists and search results',
	onceApproved:
		'Once approved, add approvedBy (a role that may approve), reviewedOn and reviewBy (dates).',
	roleIdList: (ids) => `a role id: ${ids}`,
	roleIdFromTeams: 'a role id from teams/*.yaml',
	writeBody: {
		guideline: 'write the text of the guideline for readers here, in Markdown.',
		checklist: 'write the text of the checklist for readers here, in Markdown.',
		playbook: 'write the text of the playbook for readers here, in Markdown.',
	},
	newDoc: {
		guideline: 'A new guideline',
		checklist: 'A new legal checklist',
		playbook: 'A new crisis playbook',
		team: 'A new team',
		channel: 'A new channel',
		template: 'A new response template',
		goal: 'A new goal',
		prepublish: 'A new pre-publish check',
	},
	guideline: {
		appliesTo: 'or a list of channel ids, e.g. [instagram, linkedin]',
		rules: "the do and don't rules; at least one",
		ruleId: 'unique within this guideline; keep it when you reword the rule',
		ruleText: 'the rule as one short imperative sentence',
		rationale: 'why the rule exists, in one or two sentences',
		checklistItems: 'checklist items the rule relies on',
		legalAreas: 'legal areas the guideline touches; each needs one of `checklists`',
		contacts: 'roles to ask when in doubt',
	},
	checklist: {
		itemId: 'unique within this checklist; keep it when you reword the question',
		question: 'a yes/no question; "yes" is the safe answer?',
		ref: 'the provision, e.g. § 31',
		guidance: 'what to do or how to check, in plain language',
		legalReviewer: 'the role that reviews the checklist legally',
		items: 'at least five',
	},
	playbook: {
		levelName: (n) => `name of level ${n}`,
		criteria: 'what the situation looks like at this level',
		acknowledgeWithin: 'ISO 8601 duration; must not grow as the level rises',
		backupApprover: 'must differ from approver; both may approve',
		actions: 'what to do at this level',
		scenario: 'the situation the playbook is for, in one sentence',
		signal: 'what the signal looks like in practice',
		minLevel: 'a level defined below',
		levels: 'at least two',
		escalationChain: 'in order, without repeats',
		firstHour: 'in order, each at most PT1H after detection',
		firstStep: 'first step',
		duties: 'what the post-mortem covers',
		channels: 'or a list of channel ids',
		lastExercised: 'date of the last drill (PB-006 warns without one)',
	},
	team: {
		roles: 'role ids are unique across all team files',
		roleName: 'name of the role',
		responsibilities: 'what the role is responsible for',
		mailbox: 'role mailboxes only, never private addresses',
		members: 'member ids are unique across all team files',
		personName: 'name of the person',
		timezone: 'an IANA time zone',
		officeHours: 'when the channels are watched; add blocks for other days',
	},
	channel: {
		handle: 'account name on the platform',
		url: 'address of the channel',
		stateNeeds: '(active needs monitoringHours, responseTarget, privacyNoticeUrl)',
		purpose: 'why the channel exists, in one or two sentences',
		targetGroups: 'who the channel is for',
		deputy: 'stands in for the owner; must differ from owner',
		commercial: 'true needs imprintUrl',
	},
	template: {
		scenario: 'when to use the template, in one sentence',
		tone: 'intended tone, e.g. calm, factual',
		text: 'the text; write a variable in double curly braces and declare it below',
		variableExample: '{ name: datum, description: Date of the next update, example: 14 March }',
	},
	goal: {
		objective: 'what the goal achieves, in one sentence',
		metric: 'what is measured, e.g. engagement rate',
		unit: 'unit, e.g. %',
		baseline: 'value at the start of the period; replace with the real number',
		target: 'value to reach; must differ from baseline',
		channelIds: (ids) => `channel ids: ${ids}`,
		dataSource: 'where the numbers come from',
	},
	prepublish: {
		questions: 'asked in this order; ids are also the deep-link parameters',
		question: 'a short question about the post',
		help: 'what the question means, with an example',
		mappings: 'which answers bring in which checklist items and guideline rules',
		label: 'reason shown next to the items',
	},
};
