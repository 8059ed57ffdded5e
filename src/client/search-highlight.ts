/**
 * Marks the search terms on the page a search result led to (the address
 * carries them as `?pagefind-highlight=…`, see src/lib/site/chrome/search-highlight.ts)
 * and brings the first mark of the target section into view. Loaded on the
 * pages a result can lead to (src/components/SearchHighlight.astro); without
 * terms in the address it does nothing.
 *
 * Only the indexed text is marked — the `data-pagefind-body` region without
 * its `data-pagefind-ignore` parts — so the marks fall where the search found
 * the words. Marks are plain `<mark>` elements: no style attribute, nothing
 * the Content-Security-Policy would refuse.
 */
import { highlightTerms, splitHits, termPattern } from '../lib/site/chrome/search-highlight.ts';

const SKIP = 'script, style, mark, textarea, [data-pagefind-ignore]';

function textNodes(root: Element): Text[] {
	const nodes: Text[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest(SKIP) || !node.nodeValue?.trim()
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
	return nodes;
}

function mark(root: Element, pattern: RegExp): HTMLElement[] {
	const marks: HTMLElement[] = [];
	for (const node of textNodes(root)) {
		const parts = splitHits(node.nodeValue ?? '', pattern);
		if (!parts.some((p) => p.hit)) continue;
		const fragment = document.createDocumentFragment();
		for (const part of parts) {
			if (!part.hit) {
				fragment.append(part.text);
				continue;
			}
			const el = document.createElement('mark');
			el.className = 'search-hit';
			el.textContent = part.text;
			marks.push(el);
			fragment.append(el);
		}
		node.replaceWith(fragment);
	}
	return marks;
}

/** On screen and not hidden under a sticky bar (a header, a checklist's toolbar). */
function visible(el: Element): boolean {
	const box = el.getBoundingClientRect();
	if (box.top < 0 || box.bottom > innerHeight) return false;
	const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
	return at !== null && (at === el || el.contains(at));
}

/** After the browser's own jump to the address's section, so it does not undo this one. */
function reveal(el: Element): void {
	const go = () =>
		requestAnimationFrame(() => {
			if (!visible(el)) el.scrollIntoView({ block: 'center' });
		});
	if (document.readyState === 'complete') go();
	else addEventListener('load', go, { once: true });
}

function run(): void {
	const root = document.querySelector('[data-pagefind-body]');
	const pattern = termPattern(highlightTerms(location.search));
	if (!root || !pattern) return;
	const marks = mark(root, pattern);
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	// The first mark in the section the result named (after its heading), else the first one.
	const first = target
		? marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)
		: marks[0];
	if (first) reveal(first);
	document.documentElement.dataset['searchHits'] = String(marks.length);
}

run();
