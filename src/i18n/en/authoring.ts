/** English strings of the authoring tools: the dev server's problem panel and the questions of `npm run new`. */
const enAuthoring = {
	'devProblems.title': 'Kodex: {count} content errors (npm run check)',
	'devProblems.titleOne': 'Kodex: 1 content error (npm run check)',
	'devProblems.hint':
		'Fix the file and save; this panel disappears by itself. Documents with errors are left out of the site until then.',
	'new.askType': 'Type ({types}): ',
	'new.askId': 'Id, also the file name (e.g. fotos-auf-messen): ',
	'new.askTitle': 'Title (Enter: fill in later): ',
	'new.askLanguage': 'Language (Enter: {language}): ',
	'new.noAnswer': 'No answer given; nothing was created.',
	'new.created': 'Created {file}.',
	'new.placeholders':
		'Replace the {count} "TODO" placeholders with your text; `npm run check` lists every one that is left (TODO-001).',
	'new.placeholdersOne':
		'Replace the "TODO" placeholder with your text; `npm run check` reports it while it is left (TODO-001).',
	'new.exists': '{file} already exists; nothing was overwritten. Choose another id.',
} as const satisfies Record<string, string>;

export default enAuthoring;
