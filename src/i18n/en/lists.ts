/** English UI strings for long lists split into numbered pages (review dashboard, section indexes). */
const enLists = {
	'listPager.label': 'Pages: {list}',
	'listPager.previous': 'Previous page',
	'listPager.next': 'Next page',
	'listPager.page': 'Page {number}',
	'listPager.toPages': 'All pages',
	'listPager.status': 'Page {number} of {count}: entries {first} to {last} of {total}',
	'listPager.title': '{title}, page {number} of {count}',
	'review.pagedNote':
		'The {total} documents are spread over {count} pages, most urgent first. Sorting and filters work on the rows of this page; the CSV file holds every document.',
} as const satisfies Record<string, string>;

export default enLists;
