/** English UI strings for legal checklists: exactly the keys of `../de/checklist.ts`. */
import type de from '../de/checklist.ts';

const enChecklist: Record<keyof typeof de, string> = {
	'checklist.notLegalAdvice':
		'Not legal advice: this checklist helps you check your own work. When in doubt, ask the contact named here.',
	'checklist.items': 'Questions',
	'checklist.howTo':
		'You should be able to answer every question with “yes”. If the answer is “no” or “unsure”: do not publish, ask first.',
	'checklist.severity': 'Severity',
	'checklist.legalBasis': 'Legal basis',
	'checklist.guidance': 'How to check',
	'checklist.escalateTo': 'If “no”, ask',
	'checklist.uncertain': 'Legal situation unsettled',
	'checklist.legalArea': 'Area of law',
	'checklist.jurisdiction': 'Jurisdiction',
	'checklist.appliesTo': 'Applies to',
	'checklist.legalReviewer': 'Legal review',
	'checklist.general': 'General',
	'checklist.uncertainShort': 'Legal situation unsettled',
	'checklist.answer.yes': 'Yes',
	'checklist.answer.no': 'No',
	'checklist.answer.unsure': 'Unsure',
	'checklist.progress': '{done} of {total} answered: {yes} × yes, {no} × no, {unsure} × unsure',
	'checklist.progressNone': 'No question answered yet.',
	'checklist.reset': 'Reset answers',
	'checklist.print': 'Print',
	'checklist.savedLocally':
		'Your answers are kept in this browser only. A new version of the checklist starts empty.',
	'checklist.record': 'Approval record',
	'checklist.recordHint':
		'For the approval: enter the post, your name and the date, then print or save as PDF.',
	'checklist.recordSubject': 'Post or project checked',
	'checklist.recordName': 'Checked by (name)',
	'checklist.recordDate': 'Date',
	'checklist.recordSignature': 'Signature: ______________________________',
	'checklist.topic': 'Topic',
};

export default enChecklist;
