/** English UI strings, one file per area of the site under `en/`: exactly the keys of `de.ts`. */
import chrome from './en/chrome.ts';
import search from './en/search.ts';
import home from './en/home.ts';
import documents from './en/documents.ts';
import prepublish from './en/prepublish.ts';
import playbook from './en/playbook.ts';
import team from './en/team.ts';
import review from './en/review.ts';
import lists from './en/lists.ts';
import history from './en/history.ts';
import checklist from './en/checklist.ts';
import channel from './en/channel.ts';
import guideline from './en/guideline.ts';
import editor from './en/editor.ts';
import navigation from './en/navigation.ts';
import fields from './en/fields.ts';
import authoring from './en/authoring.ts';

const en = {
	...chrome,
	...search,
	...home,
	...documents,
	...prepublish,
	...playbook,
	...team,
	...review,
	...lists,
	...history,
	...checklist,
	...channel,
	...guideline,
	...editor,
	...navigation,
	...fields,
	...authoring,
};

export default en;
