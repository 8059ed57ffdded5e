/**
 * Fill-in texts (`[data-fill]`): typing into an input `[data-fill-var=name]`
 * updates every `[data-fill-out=name]` of the same block (an empty field shows
 * its marker again), and the character count when the text has a maximum
 * length. "Copy" is refused while a required field is empty: the click stops
 * here (capture phase, before src/client/copy.ts), the empty fields are marked
 * invalid, a message names them and the first one gets the focus.
 */
type Field = HTMLInputElement | HTMLTextAreaElement;

const fields = (block: Element) => [...block.querySelectorAll<Field>('[data-fill-var]')];

function update(block: HTMLElement): void {
	for (const input of fields(block)) {
		const name = input.dataset['fillVar'] ?? '';
		const value = input.value.trim();
		for (const out of block.querySelectorAll<HTMLElement>(`[data-fill-out="${name}"]`)) {
			out.textContent = value || (input.dataset['fillMarker'] ?? '');
			out.classList.toggle('fill-empty', !value);
		}
	}
	const count = block.querySelector<HTMLElement>('[data-fill-count]');
	const max = Number(block.dataset['max']);
	const text = block.querySelector('.fill-output')?.textContent ?? '';
	if (count && max) {
		const length = text.replace(/\s+/g, ' ').trim().length;
		count.textContent = (count.dataset['template'] ?? '')
			.replace('{count}', String(length))
			.replace('{max}', String(max));
		count.classList.toggle('fill-count-over', length > max);
	}
}

/** Marks empty required fields; returns them. A field filled in since loses its mark. */
function check(block: HTMLElement, refused: HTMLElement): Field[] {
	const empty: Field[] = [];
	for (const input of fields(block)) {
		const missing = input.required && !input.value.trim();
		if (missing) empty.push(input);
		if (missing) {
			input.setAttribute('aria-invalid', 'true');
			input.setAttribute('aria-describedby', refused.id);
		} else {
			input.removeAttribute('aria-invalid');
			input.removeAttribute('aria-describedby');
		}
	}
	return empty;
}

document.addEventListener('input', (event) => {
	const block = (event.target as Element | null)?.closest<HTMLElement>('[data-fill]');
	if (!block) return;
	update(block);
	const refused = block.querySelector<HTMLElement>('[data-fill-refused]');
	// Once a refusal is shown, it follows the fields until all are filled in.
	if (refused?.textContent && check(block, refused).length === 0) refused.textContent = '';
});

document.addEventListener(
	'click',
	(event) => {
		const button = (event.target as Element | null)?.closest('button[data-copy]');
		const block = button?.closest<HTMLElement>('[data-fill]');
		const refused = block?.querySelector<HTMLElement>('[data-fill-refused]');
		if (!block || !refused) return;
		const empty = check(block, refused);
		refused.textContent = '';
		if (empty.length === 0) return;
		event.stopImmediatePropagation();
		event.preventDefault();
		const quote = refused.dataset['field'] ?? '{field}';
		const names = empty.map((input) =>
			quote.replace('{field}', input.labels?.[0]?.textContent?.trim() ?? ''),
		);
		refused.textContent = (refused.dataset['template'] ?? '').replace('{fields}', names.join(', '));
		empty[0]?.focus();
	},
	true,
);

for (const block of document.querySelectorAll<HTMLElement>('[data-fill]')) update(block);
