/**
 * Filters for the "What changed" page — loaded only there. Without JavaScript
 * the page is the full list and the filters stay hidden. Choosing a
 * document type or an owner hides the files that do not match and the
 * commits left without any; the choice is kept in the address
 * (`?type=guideline&owner=legal-counsel`) and the count is announced.
 */
function setUp(filters: HTMLFieldSetElement, list: HTMLElement): void {
	const status = document.querySelector<HTMLElement>('[data-changes-status]');
	const empty = document.querySelector<HTMLElement>('[data-changes-empty]');
	const template = (JSON.parse(status?.dataset['strings'] ?? '{}') as { shown?: string }).shown;
	const entries = [...list.children] as HTMLElement[];
	const select = (name: string) => filters.elements.namedItem(name) as HTMLSelectElement | null;
	const params = new URLSearchParams(location.search);
	for (const name of ['type', 'owner']) {
		const el = select(name);
		const wanted = params.get(name);
		if (el && wanted && [...el.options].some((o) => o.value === wanted)) el.value = wanted;
	}

	function apply(announce: boolean): void {
		const type = select('type')?.value ?? '';
		const owner = select('owner')?.value ?? '';
		const filtering = type !== '' || owner !== '';
		let shown = 0;
		for (const entry of entries) {
			let any = false;
			for (const file of entry.querySelectorAll<HTMLElement>('[data-file]')) {
				const has = (key: string, value: string) =>
					!value || (file.dataset[key] ?? '').split(' ').includes(value);
				const ok = !filtering || (has('types', type) && has('owners', owner));
				file.hidden = !ok;
				any ||= ok;
			}
			entry.hidden = !any;
			if (any) shown++;
		}
		if (empty) empty.hidden = shown > 0;
		if (status && template && announce)
			status.textContent = template
				.replace('{shown}', String(shown))
				.replace('{total}', String(entries.length));
		const url = new URL(location.href);
		for (const [k, v] of [
			['type', type],
			['owner', owner],
		] as const)
			if (v) url.searchParams.set(k, v);
			else url.searchParams.delete(k);
		history.replaceState(null, '', url);
	}

	filters.hidden = false;
	filters.addEventListener('change', () => apply(true));
	apply(false);
}

const filters = document.querySelector<HTMLFieldSetElement>('[data-changes-filters]');
const list = document.querySelector<HTMLElement>('[data-changes-list]');
if (filters && list) setUp(filters, list);
