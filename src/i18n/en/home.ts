/** English UI strings for the home page: exactly the keys of `../de/home.ts`. */
import type de from '../de/home.ts';

const enHome: Record<keyof typeof de, string> = {
	'home.intro': 'Guidelines, checklists and procedures for our social media work.',
	'home.sections': 'Sections of the handbook',
	'home.documentCount.one': '{count} document',
	'home.documentCount.other': '{count} documents',
	'home.tasks': 'What do you need?',
	'home.task.prepublish': 'May I post this?',
	'home.task.prepublishText': 'The check before you publish, step by step.',
	'home.task.crisis': 'Crisis? Act now',
	'home.task.crisisText': 'The crisis playbook: the first hour, the levels, who decides.',
	'home.task.crisisAll': 'All crisis playbooks',
	'home.task.contacts': 'Who is responsible?',
	'home.task.contactsText': 'The team’s roles, deputies and mailboxes.',
	'home.recent': 'Recently reviewed',
	'home.recentNote': 'By the date of the last review, as recorded by the owners.',
	'home.recentOn': 'reviewed on',
	'home.changes': 'Latest changes',
	'home.changesNote': 'From the handbook’s git history: when each document last changed.',
	'home.changedOn': 'changed on',
	'home.changedNow': 'changed now, not yet committed to git',
	'home.allChanges': 'All changes',
	'home.reviewStatus': 'Review status',
	'home.reviewLink': 'Open the review dashboard',
	'home.draftsExcluded': 'Drafts are not counted.',
};

export default enHome;
