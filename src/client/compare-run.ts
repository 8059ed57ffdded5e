/**
 * Any two versions of a document compared in the browser: fetches the
 * document's versions file once (written at build time beside its comparison
 * pages) and renders the chosen pair with the same diff and rendering code as
 * the prebuilt pages (src/lib/site/document/compare.ts). Sends nothing but that
 * one request to the site itself.
 */
import { comparisonHtml, type VersionsFile } from '../lib/site/document/compare.ts';

export async function startCompare(form: HTMLFormElement): Promise<void> {
	const section = form.closest<HTMLElement>('.compare-pick');
	const status = section?.querySelector<HTMLElement>('.compare-status');
	const result = document.querySelector<HTMLElement>('#compare-result');
	const prebuilt = document.querySelector<HTMLElement>('.diff-prebuilt');
	const url = form.dataset['versions'];
	if (!section || !status || !result || !url) return;
	let file: VersionsFile;
	try {
		status.textContent = form.dataset['loading'] ?? '';
		const response = await fetch(url);
		if (!response.ok) throw new Error(String(response.status));
		file = (await response.json()) as VersionsFile;
		status.textContent = '';
	} catch {
		status.textContent = form.dataset['failed'] ?? '';
		section.classList.add('compare-failed');
		return;
	}
	form.dataset['ready'] = 'true';
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const html = comparisonHtml(file, String(data.get('from')), String(data.get('to')));
		if (html === undefined) return;
		result.innerHTML = html;
		result.setAttribute('aria-labelledby', 'compare-title');
		result.hidden = false;
		if (prebuilt) prebuilt.hidden = true;
		result.querySelector<HTMLElement>('#compare-title')?.focus();
	});
}
