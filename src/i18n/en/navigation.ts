/** English UI strings for finding one's way around a page: table of contents, heading anchors, previous/next and the colour scheme. */
import type de from '../de/navigation.ts';

const enNavigation: Record<keyof typeof de, string> = {
	'toc.title': 'On this page',
	'anchor.label': 'Link to section “{heading}”',
	'pager.label': 'More documents in {section}',
	'pager.previous': 'Previous',
	'pager.next': 'Next',
	'theme.label': 'Colour scheme',
	'theme.system': 'Same as system',
	'theme.light': 'Light',
	'theme.dark': 'Dark',
};

export default enNavigation;
