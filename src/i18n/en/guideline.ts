/** English UI strings for guidelines: exactly the keys of `../de/guideline.ts`. */
import type de from '../de/guideline.ts';

const enGuideline: Record<keyof typeof de, string> = {
	'guideline.rules': 'Rules',
	'guideline.do': 'Do',
	'guideline.dont': 'Don’t',
	'guideline.rationale': 'Why',
	'guideline.basedOn': 'Based on',
	'guideline.contacts': 'Who to ask',
	'guideline.scope': 'Scope',
	'guideline.binding': 'Binding',
	'guideline.appliesTo': 'Applies to channels',
	'guideline.allChannels': 'all channels',
	'guideline.legalAreas': 'Areas of law',
	'guideline.checklists': 'Related checklists',
	'guideline.disclaimer': 'Disclaimer to copy',
	'guideline.acknowledgement': 'Please confirm that you have read this guideline.',
	'guideline.worksCouncil': 'Works council',
	'guideline.worksCouncilInvolved': 'involved',
	'guideline.worksCouncilNotInvolved': 'not involved',
	'guideline.agreement': 'Works agreement',
	'guideline.disclaimerHint': 'You can put this note in your profile or under a post.',
	'guideline.copyDisclaimer': 'Copy disclaimer',
};

export default enGuideline;
