/**
 * "Darf ich das posten?" in the browser: the few questions about the post, then the
 * checklist items they select in short groups, then the result. All logic lives in
 * src/lib/prepublish (pure, tested in Node); every item, rule, role and result box is
 * already in the HTML, so this file only shows, hides and moves them. The data comes
 * from `data-check` (computed at build time). Nothing is fetched, stored or sent: the
 * answers live in this page's address fragment (`#g2&account=…`), which never reaches a
 * server, so Back, Forward, reload and a copied link keep them.
 */
import {
	askedAnswers,
	isAsked,
	itemAnswersFrom,
	itemGroups,
	missingQuestions,
	reachable,
	stateHash,
	viewFromHash,
	type ItemGroup,
	type View,
} from '../lib/prepublish/flow.ts';
import { answersFromLocation, formatAnswers } from '../lib/prepublish/links.ts';
import { ALWAYS, select, type Selection } from '../lib/prepublish/selection.ts';
import { fill, postLines, roleLine } from '../lib/prepublish/text.ts';
import type {
	Answers,
	CheckData,
	CheckStrings,
	ItemAnswer,
	ItemAnswers,
} from '../lib/prepublish/types.ts';
import { decide, type Verdict } from '../lib/prepublish/verdict.ts';

function mount(root: HTMLElement): void {
	const data = JSON.parse(root.dataset['check'] ?? '{}') as CheckData;
	const strings = JSON.parse(root.dataset['strings'] ?? '{}') as CheckStrings;
	const questions = data.questions;
	const s = (key: string, vars?: Record<string, string | number>) =>
		fill(strings, `prepublish.${key}`, vars);
	const $ = <T extends HTMLElement>(sel: string, within: ParentNode = root) =>
		within.querySelector(sel) as T;
	const $$ = <T extends HTMLElement = HTMLElement>(sel: string, within: ParentNode = root) => [
		...within.querySelectorAll<T>(sel),
	];
	const steps = $$('.pp-step');
	const live = $('.pp-live');
	const postForm = $<HTMLFormElement>('.pp-post');
	const itemForm = $<HTMLFormElement>('.pp-check');
	const fieldsets = $$('.pp-q');
	const copyBox = $<HTMLTextAreaElement>('.pp-copy-box');
	const copyStatus = $('.pp-copy-status');
	const itemEl = (key: string) => $(`[data-item="${key}"]`);
	const resultEl = (key: string) => $(`[data-res="${key}"]`);
	let answers: Answers = {};
	let itemAnswers: ItemAnswers = {};
	let selection: Selection;
	let groups: ItemGroup[] = [];
	let view: View = { kind: 'post' };
	let verdict: Verdict;
	let date = '';

	const reasonLabel = (id: string) =>
		id === ALWAYS ? s('alwaysTitle') : (data.mappings.find((m) => m.id === id)?.label ?? id);
	/** Recomputes what the answers select. */
	const compute = () => {
		selection = select(data, answers);
		groups = itemGroups(selection, data, reasonLabel);
	};
	const address = (v: View) =>
		location.pathname +
		stateHash(v, formatAnswers(answers, questions), selection.items, itemAnswers);
	/** Shows each follow-up question only while its condition holds. */
	const followUps = () =>
		questions.forEach((q, n) => {
			const fs = fieldsets[n];
			if (fs) fs.hidden = !isAsked(q, answers);
		});
	const readPost = () => {
		const form = new FormData(postForm);
		const given: Answers = {};
		for (const { id } of questions) given[id] = form.getAll(id).map(String);
		answers = askedAnswers(questions, given);
		followUps();
	};
	/** Shows the error in each listed group and focuses the first; true when any is listed. */
	const missing = (open: HTMLElement[]) => {
		for (const e of $$('.pp-error')) e.hidden = true;
		for (const g of open) $('.pp-error', g).hidden = false;
		if (!open.length) return false;
		live.textContent = s('missing', { count: open.length });
		$('input', open[0])?.focus();
		return true;
	};

	const progress = () => {
		if (view.kind !== 'group') return;
		const done = selection.items.filter((x) => itemAnswers[x.key]).length;
		$('.pp-check .pp-progress').textContent = `${s('partOf', {
			current: view.n + 1,
			total: groups.length,
		})} · ${s('progress', { answered: done, total: selection.items.length })}`;
	};

	const drawGroup = (n: number) => {
		const group = groups[n] as ItemGroup;
		const list = $('.pp-items');
		for (const li of $$('[data-item]')) li.hidden = true;
		for (const { key } of group.items) {
			const li = itemEl(key);
			li.hidden = false;
			list.append(li);
			for (const input of $$<HTMLInputElement>('input', li))
				input.checked = itemAnswers[key] === input.value;
		}
		$('.pp-stepno', steps[1]).textContent = s('stepOf', { current: 2, total: 3 });
		$('.pp-group-title').textContent = group.labels.join(' · ');
		const keys = group.rules.map((r) => r.key);
		for (const li of $$('[data-rule]')) li.hidden = !keys.includes(li.dataset['rule'] ?? '');
		$('.pp-rules').hidden = !keys.length;
		$('.pp-rules .pp-n').textContent = String(keys.length);
	};

	const drawResult = () => {
		verdict = decide(selection, itemAnswers, data.policy);
		date = new Intl.DateTimeFormat(data.locale, { dateStyle: 'long' }).format(new Date());
		for (const box of $$('[data-kind]')) box.hidden = box.dataset['kind'] !== verdict.kind;
		$('.pp-date').textContent = s('summaryDate', { date });
		const contacts = $('.pp-contacts');
		contacts.hidden = !verdict.contacts.length;
		for (const li of $$('[data-role]', contacts)) li.hidden = true;
		for (const id of verdict.contacts) {
			const li = $(`[data-role="${id}"]`, contacts);
			li.hidden = false;
			li.parentElement?.append(li);
		}
		const pool = $('.pp-pool');
		pool.append(...$$('[data-res]'));
		const rules = new Set(selection.rules.map((r) => r.key));
		const lists = { fix: verdict.fix, ask: verdict.ask, note: verdict.notes, ok: verdict.ok };
		for (const [out, list] of Object.entries(lists)) {
			const section = $(`[data-out="${out}"]`);
			section.hidden = !list.length;
			$('.pp-n', section).textContent = String(list.length);
			$('ul', section).append(
				...list.map((x) => {
					const li = resultEl(x.key);
					$('.pp-a', li).textContent = s(itemAnswers[x.key] ?? 'none');
					$('.pp-c', li).textContent = roleLine(data, x.contact);
					for (const why of $$('[data-why]', li)) why.hidden = !rules.has(why.dataset['why'] ?? '');
					return li;
				}),
			);
		}
		$('.pp-post-lines').replaceChildren(
			...postLines(data, answers, strings).map((l) => {
				const li = document.createElement('li');
				const b = document.createElement('strong');
				b.textContent = l.answer;
				li.append(`${l.question} `, b);
				return li;
			}),
		);
		const used = new Set(selection.items.map((x) => x.item.checklist));
		for (const li of $$('[data-source]')) li.hidden = !used.has(li.dataset['source'] ?? '');
		copyStatus.textContent = '';
		copyBox.hidden = true;
		live.textContent = `${s('step3')}: ${$('.pp-verdict-title', $(`[data-kind="${verdict.kind}"]`)).textContent}`;
	};

	/** Reads the address and shows the furthest view it allows. */
	const render = (focus: boolean) => {
		answers = askedAnswers(
			questions,
			answersFromLocation(location.search, location.hash, questions),
		);
		for (const input of $$<HTMLInputElement>('input', postForm))
			input.checked = (answers[input.name] ?? []).includes(input.value);
		followUps();
		compute();
		itemAnswers = itemAnswersFrom(
			location.hash,
			selection.items.map((x) => x.key),
		);
		view = reachable(
			viewFromHash(location.hash),
			missingQuestions(questions, answers),
			groups,
			itemAnswers,
		);
		const n = view.kind === 'post' ? 0 : view.kind === 'group' ? 1 : 2;
		steps.forEach((step, i) => (step.hidden = i !== n));
		if (view.kind === 'group') drawGroup(view.n);
		if (view.kind === 'result') drawResult();
		progress();
		history.replaceState(null, '', address(view));
		// A new step starts at the top of the screen, so the reader sees as much of it as possible.
		if (focus) {
			const h2 = $('h2', steps[n]);
			h2.focus({ preventScroll: true });
			h2.scrollIntoView({ behavior: 'instant' });
		}
	};
	/** A new history entry for `v`, so Back returns to where the reader was. */
	const go = (v: View) => {
		history.pushState(null, '', address(v));
		render(true);
	};
	const next = () => {
		const n = view.kind === 'group' ? view.n + 1 : 0;
		go(groups[n] ? { kind: 'group', n } : { kind: 'result' });
	};

	postForm.addEventListener('change', () => {
		readPost();
		compute();
		history.replaceState(null, '', address(view));
	});
	itemForm.addEventListener('change', (e) => {
		const input = e.target as HTMLInputElement;
		itemAnswers[input.name] = input.value as ItemAnswer;
		$('.pp-error', itemEl(input.name)).hidden = true;
		progress();
		history.replaceState(null, '', address(view));
	});
	postForm.addEventListener('submit', (e) => {
		e.preventDefault();
		readPost();
		compute();
		const open = missingQuestions(questions, answers);
		if (!missing(fieldsets.filter((_, n) => open.includes(questions[n]?.id ?? '')))) next();
	});
	const groupItems = () => (view.kind === 'group' ? (groups[view.n]?.items ?? []) : []);
	itemForm.addEventListener('submit', (e) => {
		e.preventDefault();
		if (
			!missing(
				groupItems()
					.filter((x) => !itemAnswers[x.key])
					.map((x) => itemEl(x.key)),
			)
		)
			next();
	});

	/** Copies `text`; when the browser refuses, shows it selected for copying by hand. */
	const copy = async (text: string, done: string) => {
		try {
			await navigator.clipboard.writeText(text);
			copyBox.hidden = true;
			copyStatus.textContent = done;
		} catch {
			copyBox.hidden = false;
			copyBox.value = text;
			copyBox.select();
			copyStatus.textContent = s('copyFailed');
		}
	};
	root.addEventListener('click', (e) => {
		const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset[
			'action'
		];
		if (action === 'yes') {
			for (const x of groupItems()) itemAnswers[x.key] ??= 'yes';
			next();
		}
		if (action === 'back')
			go(view.kind === 'group' && view.n > 0 ? { kind: 'group', n: view.n - 1 } : { kind: 'post' });
		if (action === 'edit') go({ kind: 'post' });
		if (action === 'restart') {
			answers = {};
			itemAnswers = {};
			compute();
			go({ kind: 'post' });
		}
		// The record is built only when asked for: its code loads on first use.
		if (action === 'copy')
			void import('../lib/prepublish/summary.ts').then(({ summaryText }) =>
				copy(
					summaryText({ data, answers, selection, itemAnswers, verdict, strings, date }),
					s('copied'),
				),
			);
		if (action === 'link') void copy(location.href, s('linkCopied'));
		if (action === 'print') print();
	});
	addEventListener('popstate', () => render(true));
	addEventListener('beforeprint', () => {
		for (const d of $$<HTMLDetailsElement>('details')) d.open = true;
	});
	render(false);
	root.hidden = false;
}

const root = document.getElementById('pp');
if (root) mount(root);
