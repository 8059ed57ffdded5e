/**
 * German UI strings, one file per area of the site under `de/`. The keys of
 * this dictionary define the UI vocabulary; `en.ts` must provide exactly the
 * same keys (checked by the type system and by tests/unit/i18n.test.ts).
 * Placeholders are written as `{name}`.
 */
import chrome from './de/chrome.ts';
import search from './de/search.ts';
import home from './de/home.ts';
import documents from './de/documents.ts';
import prepublish from './de/prepublish.ts';
import playbook from './de/playbook.ts';
import team from './de/team.ts';
import review from './de/review.ts';
import lists from './de/lists.ts';
import history from './de/history.ts';
import checklist from './de/checklist.ts';
import channel from './de/channel.ts';
import guideline from './de/guideline.ts';
import editor from './de/editor.ts';
import navigation from './de/navigation.ts';
import fields from './de/fields.ts';
import authoring from './de/authoring.ts';

const de = {
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

export default de;
