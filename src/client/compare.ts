/**
 * The version pickers of a comparison page: this loader only waits for the
 * first use of the form (focus, a tap, or Enter), then loads the comparison
 * (compare-run.ts with the shared diff code) — nothing of it is fetched
 * before. Without JavaScript the form stays hidden and the links to the
 * prebuilt comparisons show instead.
 */
const form = document.querySelector<HTMLFormElement>('form.compare-form');
if (form) {
	let started: Promise<void> | undefined;
	const start = () =>
		(started ??= import('./compare-run.ts').then(({ startCompare }) => startCompare(form)));
	form.addEventListener('focusin', () => void start(), { once: true });
	form.addEventListener('pointerdown', () => void start(), { once: true });
	form.addEventListener('submit', (event) => {
		// Until the comparison has loaded: a submit waits for it, then runs it.
		if (form.dataset['ready'] === 'true') return;
		event.preventDefault();
		void start().then(() => form.requestSubmit());
	});
}
