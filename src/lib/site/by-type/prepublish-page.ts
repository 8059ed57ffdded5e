/**
 * What the pre-publish check's page shows besides the script's data: the items
 * the check can select, the contacts, the sources with their version lines and,
 * per item, the guideline rules that bring it in.
 */
import type { Prepublish } from '../../../../schemas/index.ts';
import { t } from '../../../i18n/index.ts';
import { sourceLine } from '../../prepublish/summary.ts';
import type { CheckItem, CheckRole, CheckRule } from '../../prepublish/types.ts';
import { prepublishView, type PrepublishView } from '../lists/prepublish.ts';
import type { ViewContext } from '../model/context.ts';

export interface PrepublishSourceView {
	id: string;
	title: string;
	href?: string | undefined;
	/** The source line after the title, e.g. ` (fotos), version 3, reviewed on …`. */
	rest: string;
}

export interface PrepublishPageView extends PrepublishView {
	/** Every item the check can select: answered in step 2, explained in the result. */
	items: CheckItem[];
	/** The general contact and, when set, the deputy, each with its label. */
	contacts: { label: string; role: CheckRole | undefined }[];
	/** The check's own source line: title, id, version and review date. */
	checkSource: string;
	/** The documents the check draws on. */
	sources: PrepublishSourceView[];
	/** Per item key, the rules that name the item: the reasons the result gives. */
	reasons: Record<string, CheckRule[]>;
}

export function prepublishPage(
	data: Prepublish,
	ctx: ViewContext,
	options: { base?: string } = {},
): PrepublishPageView {
	const view = prepublishView(data, ctx, options);
	const { check, strings } = view;
	const { lang } = ctx;
	const items = Object.values(check.items);
	const rules = Object.values(check.rules);
	return {
		...view,
		items,
		contacts: [
			{ label: t(lang, 'prepublish.generalContact'), role: check.roles[check.contact.default] },
			...(check.contact.deputy
				? [{ label: t(lang, 'prepublish.deputy'), role: check.roles[check.contact.deputy] }]
				: []),
		],
		checkSource: sourceLine(strings, check),
		sources: check.sources.map((c) => ({
			id: c.id,
			title: c.title,
			href: c.href,
			rest: sourceLine(strings, c).slice(c.title.length),
		})),
		reasons: Object.fromEntries(
			items.map((item) => [item.key, rules.filter((r) => r.items.includes(item.key))]),
		),
	};
}
