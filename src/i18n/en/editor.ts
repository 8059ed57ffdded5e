/** English UI strings for the browser editor: exactly the keys of `../de/editor.ts`. */
import type de from '../de/editor.ts';

const enEditor: Record<keyof typeof de, string> = {
	'editor.title': 'Kodex editor',
	'editor.invalidFormat': 'Not in the expected form.',
	'editor.invalidFormatExample': 'Not in the expected form, e.g. {example}.',
	'editor.invalidLength': '{min} to {max} characters.',
	'editor.invalidMinLength': 'At least {min} characters.',
	'editor.handbook': 'Handbook settings',
	'editor.emptyMeans': 'Leave empty for “{value}”.',
	'editor.checkRunning': 'Checking {file} …',
	'editor.checkOk': '{file} passes the check.',
	'editor.checkProblems': '{file}: {errors} errors and {warnings} warnings from the check.',
	'editor.checkFailed': 'The check could not run: {reason}',
	'editor.checkExpected': 'Expected:',
	'editor.checkFix': 'Fix:',
	'editor.close': 'Close',
	'editor.noscript': 'The editor needs JavaScript.',
};

export default enEditor;
