/**
 * Ticking a checklist (`[data-checklist="<storage key>"]`): every answer and
 * the approval record fields are kept in localStorage under the checklist's
 * key — which names its id and version, so a new version starts fresh. Shows
 * the progress, resets, and prints the record.
 */
type Answer = 'yes' | 'no' | 'unsure';

interface Saved {
	answers: Record<string, Answer>;
	fields: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-checklist]');

function load(key: string): Saved {
	try {
		const parsed = JSON.parse(localStorage.getItem(key) ?? '') as Partial<Saved>;
		return { answers: parsed.answers ?? {}, fields: parsed.fields ?? {} };
	} catch {
		return { answers: {}, fields: {} };
	}
}

function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

if (root) {
	const key = root.dataset['checklist'] ?? '';
	const total = Number(root.dataset['total']) || 0;
	const radios = () => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
	const fields = () => [...root.querySelectorAll<HTMLInputElement>('.record input')];
	const progress = root.querySelector<HTMLElement>('[data-progress]');
	const bar = root.querySelector<HTMLElement>('[data-progress-bar]');
	const summary = root.querySelector<HTMLElement>('[data-record-summary]');

	const collect = (): Saved => {
		const saved: Saved = { answers: {}, fields: {} };
		for (const r of radios())
			if (r.checked) saved.answers[r.name.replace(/^answer-/, '')] = r.value as Answer;
		for (const f of fields()) if (f.value) saved.fields[f.id] = f.value;
		return saved;
	};

	const render = (saved: Saved): void => {
		const values = Object.values(saved.answers);
		const count = (a: Answer) => values.filter((v) => v === a).length;
		const text = (progress?.dataset['template'] ?? '')
			.replace('{done}', String(values.length))
			.replace('{total}', String(total))
			.replace('{yes}', String(count('yes')))
			.replace('{no}', String(count('no')))
			.replace('{unsure}', String(count('unsure')));
		if (progress) progress.textContent = text;
		if (summary) summary.textContent = text;
		if (bar) bar.style.width = `${total ? (values.length / total) * 100 : 0}%`;
		for (const item of root.querySelectorAll<HTMLElement>('[data-item]'))
			item.dataset['answer'] = saved.answers[item.dataset['item'] ?? ''] ?? '';
	};

	const save = (): void => {
		const saved = collect();
		try {
			localStorage.setItem(key, JSON.stringify(saved));
		} catch {
			// Private mode or full storage: ticking still works for this visit.
		}
		render(saved);
	};

	const saved = load(key);
	for (const r of radios()) r.checked = saved.answers[r.name.replace(/^answer-/, '')] === r.value;
	for (const f of fields()) f.value = saved.fields[f.id] ?? (f.type === 'date' ? today() : '');
	render(saved);

	root.addEventListener('change', save);
	root.addEventListener('input', (e) => {
		if ((e.target as Element).closest('.record')) save();
	});
	root.addEventListener('click', (event) => {
		const target = event.target as Element;
		if (target.closest('[data-print]')) {
			save();
			window.print();
		} else if (target.closest('[data-checklist-reset]')) {
			try {
				localStorage.removeItem(key);
			} catch {
				// nothing stored
			}
			for (const r of radios()) r.checked = false;
			for (const f of fields()) f.value = f.type === 'date' ? today() : '';
			render({ answers: {}, fields: {} });
		}
	});
}
