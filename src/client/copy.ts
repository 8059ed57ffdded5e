/**
 * Copy buttons (`button[data-copy="<id>"]`): copy the text of the element with
 * that id — an input's value, else its text — and say so in the status next
 * to the button. Tiny on purpose; loaded only on pages with a copy button.
 */
function textOf(el: Element): string {
	if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
	return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok;
	}
}

document.addEventListener('click', async (event) => {
	const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
	if (!button) return;
	const source = document.getElementById(button.dataset['copy'] ?? '');
	if (!source) return;
	const ok = await copy(textOf(source));
	const status = button.nextElementSibling;
	if (status) {
		status.textContent = (ok ? button.dataset['copied'] : button.dataset['failed']) ?? '';
		setTimeout(() => (status.textContent = ''), 4000);
	}
});
