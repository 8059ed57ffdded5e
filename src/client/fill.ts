/**
 * Fill-in texts (`[data-fill]`): typing into an input `[data-fill-var=name]`
 * updates every `[data-fill-out=name]` of the same block, and the character
 * count when the text has a maximum length.
 */
function update(block: HTMLElement): void {
	for (const input of block.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'[data-fill-var]',
	)) {
		const name = input.dataset['fillVar'] ?? '';
		const value = input.value.trim() || `{{${name}}}`;
		for (const out of block.querySelectorAll<HTMLElement>(`[data-fill-out="${name}"]`))
			out.textContent = value;
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

document.addEventListener('input', (event) => {
	const block = (event.target as Element | null)?.closest<HTMLElement>('[data-fill]');
	if (block) update(block);
});
for (const block of document.querySelectorAll<HTMLElement>('[data-fill]')) update(block);
