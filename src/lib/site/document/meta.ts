/** The facts shown in every document's header: status, owner, review dates, audience. */
import { lifecycleState, replacementOf, type LifecycleState } from '../../domain/lifecycle.ts';
import { linkTo } from '../model/docs.ts';
import { resolveRole } from '../model/roles.ts';
import type { ViewContext } from '../model/context.ts';
import { formatDate } from '../../util/format.ts';
import type { DocLink, RoleRef, SiteDoc, Status } from '../model/types.ts';

type Audience = string;

export interface DocMetaView {
	status: Status;
	/** Where the document stands today: drives the banner (coming, superseded …). */
	lifecycle: LifecycleState;
	version?: number;
	/** Formatted `effectiveFrom`. */
	effectiveFrom?: string;
	/** For superseded documents: the document in force now (end of the `supersededBy` chain). */
	replacedBy?: DocLink;
	owner: RoleRef;
	approvedBy?: RoleRef;
	reviewedOn?: string;
	reviewBy?: string;
	audience: Audience[];
	tags: string[];
}

/** `today` is YYYY-MM-DD, the build date (or KODEX_TODAY). */
export function docMeta(doc: SiteDoc, ctx: ViewContext, today: string): DocMetaView {
	const d = doc.data;
	const meta: DocMetaView = {
		status: d.status,
		lifecycle: lifecycleState(d, today),
		owner: resolveRole(ctx.roles, d.owner, ctx.lang),
		audience: [...d.audience],
		tags: [...(d.tags ?? [])],
	};
	if (d.approvedBy) meta.approvedBy = resolveRole(ctx.roles, d.approvedBy, ctx.lang);
	if (d.reviewedOn) meta.reviewedOn = formatDate(d.reviewedOn, ctx.lang);
	if (d.reviewBy) meta.reviewBy = formatDate(d.reviewBy, ctx.lang);
	if (d.version !== undefined) meta.version = d.version;
	if (d.effectiveFrom) meta.effectiveFrom = formatDate(d.effectiveFrom, ctx.lang);
	if (d.status === 'superseded') {
		const replacement = replacementOf(doc.id, (id) => ctx.docs.get(id)?.data);
		// In the reader's language: the translation, else the fallback page.
		const link =
			replacement && !replacement.cycle
				? linkTo(ctx.docs, replacement.id, undefined, ctx)
				: undefined;
		if (link) meta.replacedBy = link;
	}
	return meta;
}

/** "Edit this page" link from handbook.yaml `editBaseUrl` and the file path inside the repository. */
export function editUrl(
	editBaseUrl: string | undefined,
	filePath: string | undefined,
): string | undefined {
	if (!editBaseUrl || !filePath) return undefined;
	const base = editBaseUrl.endsWith('/') ? editBaseUrl : `${editBaseUrl}/`;
	return base + filePath.replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}
