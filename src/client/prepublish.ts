/**
 * "Darf ich das posten?" in the browser: three steps — questions about the post, the
 * checklist items they select, the result. All logic lives in src/lib/prepublish (pure,
 * tested in Node); this file only draws it. The data comes from the page itself
 * (`data-check`, computed at build time); the questions of step 1, the rules and the
 * contacts are already in the HTML. Nothing is fetched, stored or sent: answers live in
 * this page's memory until it is closed. Deep links pre-fill step 1 (see
 * src/lib/prepublish/links.ts).
 */
import { answersFromLocation, formatAnswers } from '../lib/prepublish/links.ts';
import {
	ALWAYS,
	rulesFor,
	select,
	type SelectedItem,
	type Selection,
} from '../lib/prepublish/selection.ts';
import { fill, postLines, summaryText } from '../lib/prepublish/summary.ts';
import type {
	Answers,
	CheckData,
	CheckItem,
	CheckStrings,
	ItemAnswers,
} from '../lib/prepublish/types.ts';
import { decide, type Verdict } from '../lib/prepublish/verdict.ts';

type Child = Node | string | false | undefined | Child[];

/** A new element with attributes (`true` → empty attribute, `false`/undefined → none) and children. */
function h(
	tag: string,
	attrs?: Record<string, string | boolean | undefined> | null,
	...children: Child[]
) {
	const el = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs ?? {}))
		if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
	el.append(
		...(children.flat(9).filter((c) => c !== undefined && c !== false) as (Node | string)[]),
	);
	return el;
}

const ITEM_ANSWERS = ['yes', 'no', 'unsure'] as const;
const VERDICT_KEY = { go: 'Go', fix: 'Fix', ask: 'Ask', open: 'Open' } as const;

function mount(root: HTMLElement): void {
	const data = JSON.parse(root.dataset['check'] ?? '{}') as CheckData;
	const strings = JSON.parse(root.dataset['strings'] ?? '{}') as CheckStrings;
	/** A `prepublish.*` string. */
	const s = (key: string, vars?: Record<string, string | number>) =>
		fill(strings, `prepublish.${key}`, vars);
	/** Any other UI string, e.g. `severity.blocker`. */
	const ui = (key: string) => fill(strings, key);
	/** A visible tag for text in another language than the page (untranslated sources). */
	const langTag = (lang?: string): Child =>
		lang !== undefined && [' ', h('span', { class: 'badge badge-lang' }, ui(`language.${lang}`))];
	const $ = <T extends HTMLElement>(sel: string) => root.querySelector(sel) as T;
	const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
	const steps = $$('.pp-step');
	const live = $('.pp-live');
	const postForm = $<HTMLFormElement>('.pp-post');
	const itemForm = $<HTMLFormElement>('.pp-check');
	const itemList = $('.pp-items');
	const copyBox = $<HTMLTextAreaElement>('.pp-copy-box');
	const copyStatus = $('.pp-copy-status');
	let answers: Answers = {};
	let selection: Selection = { mappings: [], items: [], rules: [] };
	let itemAnswers: ItemAnswers = {};
	let verdict: Verdict;
	let date = '';

	const roleView = (id: string): Child => {
		const role = data.roles[id];
		if (!role) return id;
		return [
			role.href ? h('a', { href: role.href }, role.name) : role.name,
			role.people.length > 0 && ` (${role.people.join(', ')})`,
			role.mailbox && [' · ', h('a', { href: `mailto:${role.mailbox}` }, role.mailbox)],
		];
	};
	const legal = (item: CheckItem) =>
		h(
			'ul',
			{ class: 'inline-list' },
			item.legalBasis.map((b) =>
				h('li', null, b.href ? h('a', { href: b.href, rel: 'noreferrer' }, b.label) : b.label),
			),
		);
	const question = (tag: string, item: CheckItem, ...extra: Child[]) =>
		h(
			tag,
			{ class: 'item-question' },
			h(
				'span',
				{ class: `badge severity-${item.severity}` },
				h('span', { class: 'visually-hidden' }, `${ui('checklist.severity')}: `),
				ui(`severity.${item.severity}`),
			),
			' ',
			h('span', { lang: item.lang }, item.question),
			langTag(item.lang),
			extra,
		);
	const reason = (id: string) =>
		id === ALWAYS ? s('reasonAlways') : (data.mappings.find((m) => m.id === id)?.label ?? id);
	const error = () => h('span', { class: 'pp-error', hidden: true }, s('required'));

	/** Shows the error in each unanswered group and focuses the first; true when one is missing. */
	const missing = (groups: HTMLElement[], answered: (group: HTMLElement, n: number) => boolean) => {
		const open = groups.filter((g, n) => {
			const ok = answered(g, n);
			const e = g.querySelector<HTMLElement>('.pp-error');
			if (e) e.hidden = ok;
			return !ok;
		});
		if (!open.length) return false;
		live.textContent = s('missing', { count: open.length });
		open[0]?.querySelector('input')?.focus();
		return true;
	};

	const show = (n: number) => {
		steps.forEach((step, i) => (step.hidden = i !== n));
		steps[n]?.querySelector('h2')?.focus();
	};

	// Step 2: the selected checklist items and the rules behind them.
	const progress = () => {
		$('.pp-progress').textContent = s('progress', {
			answered: selection.items.filter((x) => itemAnswers[x.key]).length,
			total: selection.items.length,
		});
	};
	const drawItems = () => {
		selection = select(data, answers);
		$('.pp-count').textContent = s('selected', { count: selection.items.length });
		const ruleList = $('.pp-rule-list');
		for (const li of $$('[data-rule]')) li.hidden = true;
		for (const rule of selection.rules) {
			const li = $(`[data-rule="${rule.key}"]`);
			li.hidden = false;
			ruleList.append(li);
		}
		$('.pp-rules').hidden = !selection.rules.length;
		itemList.replaceChildren(
			...selection.items.map(({ key, item, reasons }) =>
				h(
					'li',
					{ class: `item item-${item.severity}` },
					h(
						'fieldset',
						{ class: 'pp-item' },
						question('legend', item, ' ', error()),
						h('p', { class: 'pp-reasons' }, `${s('reasons')}: ${reasons.map(reason).join(', ')}`),
						item.uncertain !== undefined &&
							h(
								'p',
								{ class: 'item-uncertain' },
								h('strong', null, ui('checklist.uncertain')),
								item.uncertain && `: ${item.uncertain}`,
							),
						h(
							'details',
							{ class: 'pp-guidance' },
							h('summary', null, ui('checklist.guidance')),
							h('p', { lang: item.lang }, item.guidance),
							h('p', null, `${ui('checklist.legalBasis')}: `, legal(item)),
							item.href && h('p', null, h('a', { href: item.href }, s('openChecklist'))),
						),
						h(
							'div',
							{ class: 'pp-answers' },
							ITEM_ANSWERS.map((a) =>
								h(
									'label',
									{ class: `pp-answer pp-answer-${a}` },
									h('input', {
										type: 'radio',
										name: key,
										value: a,
										checked: itemAnswers[key] === a,
									}),
									` ${s(a)}`,
								),
							),
						),
					),
				),
			),
		);
		progress();
	};
	itemForm.addEventListener('change', (e) => {
		const input = e.target as HTMLInputElement;
		itemAnswers[input.name] = input.value as ItemAnswers[string];
		const message = input.closest('fieldset')?.querySelector<HTMLElement>('.pp-error');
		if (message) message.hidden = true;
		progress();
	});

	// Step 3: the result.
	const details = (x: SelectedItem, full: boolean) => {
		const row = (term: string, ...value: Child[]) =>
			h('div', null, h('dt', null, term), h('dd', null, value));
		return h(
			'li',
			{ class: `item item-${x.item.severity}` },
			question('p', x.item),
			h(
				'dl',
				{ class: 'item-details' },
				row(s('yourAnswer'), s(itemAnswers[x.key] ?? 'none')),
				full && [
					row(ui('checklist.guidance'), h('span', { lang: x.item.lang }, x.item.guidance)),
					rulesFor(selection, x.key).map((r) =>
						row(
							ui('guideline.rationale'),
							h(
								'span',
								{ lang: r.lang },
								r.href ? h('a', { href: r.href }, r.text) : r.text,
								r.rationale && ` ${r.rationale}`,
							),
							langTag(r.lang),
						),
					),
					row(ui('checklist.legalBasis'), legal(x.item)),
					row(s('contact'), roleView(x.contact)),
				],
			),
		);
	};
	const list = (title: string, items: SelectedItem[]) =>
		items.length > 0 &&
		h(
			'section',
			{ class: 'pp-section' },
			h('h3', null, `${title} (${items.length})`),
			h(
				'ul',
				{ class: 'item-list pp-result-list' },
				items.map((x) => details(x, true)),
			),
		);
	const drawResult = () => {
		verdict = decide(selection, itemAnswers, data.policy);
		date = new Date().toLocaleDateString(data.lang);
		const key = VERDICT_KEY[verdict.kind];
		const used = new Set(selection.items.map((x) => x.item.checklist));
		$('.pp-result').replaceChildren(
			...h(
				'div',
				null,
				h(
					'div',
					{ class: `pp-verdict pp-verdict-${verdict.kind}` },
					h('p', { class: 'pp-verdict-title' }, s(`verdict${key}`)),
					h('p', null, s(`verdict${key}Text`)),
				),
				h('p', null, s('summaryDate', { date })),
				verdict.contacts.length > 0 &&
					h(
						'section',
						{ class: 'pp-section pp-contacts' },
						h('h3', null, s('askWhom')),
						h(
							'ul',
							{ class: 'plain-list' },
							verdict.contacts.map((id) => h('li', null, roleView(id))),
						),
					),
				list(s('fixTitle'), verdict.fix),
				list(s('askTitle'), verdict.ask),
				list(s('notesTitle'), verdict.notes),
				verdict.ok.length > 0 &&
					h(
						'details',
						{ class: 'pp-section pp-ok' },
						h('summary', null, `${s('okTitle')} (${verdict.ok.length})`),
						h(
							'ul',
							{ class: 'item-list pp-result-list' },
							verdict.ok.map((x) => details(x, false)),
						),
					),
				h(
					'section',
					{ class: 'pp-section' },
					h('h3', null, s('summaryPost')),
					h(
						'ul',
						{ class: 'plain-list' },
						postLines(data, answers, strings).map((l) =>
							h('li', null, `${l.question} `, h('strong', null, l.answer)),
						),
					),
				),
			).childNodes,
		);
		for (const li of $$('[data-source]')) li.hidden = !used.has(li.dataset['source'] ?? '');
		copyStatus.textContent = '';
		copyBox.hidden = true;
		live.textContent = `${s('step3')}: ${s(`verdict${key}`)}`;
	};

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
		if (action === 'back') show(0);
		if (action === 'edit') show(1);
		if (action === 'restart') {
			postForm.reset();
			answers = {};
			itemAnswers = {};
			show(0);
		}
		if (action === 'copy')
			void copy(
				summaryText({
					data,
					answers,
					selection,
					itemAnswers,
					verdict,
					strings,
					date,
				}),
				s('copied'),
			);
		if (action === 'link')
			void copy(
				`${location.origin}${location.pathname}#${formatAnswers(answers, data.questions)}`,
				s('linkCopied'),
			);
		if (action === 'print') print();
	});
	postForm.addEventListener('submit', (e) => {
		e.preventDefault();
		const form = new FormData(postForm);
		answers = {};
		for (const { id } of data.questions) {
			const values = form.getAll(id).map(String);
			if (values.length) answers[id] = values;
		}
		const groups = $$('.pp-q');
		if (
			missing(
				groups,
				(_, n) => data.questions[n]?.kind === 'multiple' || !!answers[data.questions[n]?.id ?? ''],
			)
		)
			return;
		drawItems();
		show(1);
	});
	itemForm.addEventListener('submit', (e) => {
		e.preventDefault();
		if (missing($$('.pp-item'), (_, n) => !!itemAnswers[selection.items[n]?.key ?? ''])) return;
		drawResult();
		show(2);
	});
	addEventListener('beforeprint', () => {
		for (const d of root.querySelectorAll('details')) d.open = true;
	});

	const prefill = answersFromLocation(location.search, location.hash, data.questions);
	for (const input of postForm.querySelectorAll('input'))
		input.checked = (prefill[input.name] ?? []).includes(input.value);
	root.hidden = false;
}

const root = document.getElementById('pp');
if (root) mount(root);
