/** The facts shown in every document's header: status, owner, review dates, audience. */
import { resolveRole } from './roles.ts';
import type { ViewContext } from './context.ts';
import { formatDate } from './format.ts';
import type { AUDIENCES } from '../../../schemas/index.ts';
import type { RoleRef, SiteDoc, Status } from './types.ts';

type Audience = (typeof AUDIENCES)[number];

export interface DocMetaView {
	status: Status;
	owner: RoleRef;
	approvedBy?: RoleRef;
	reviewedOn?: string;
	reviewBy?: string;
	audience: Audience[];
	tags: string[];
}

export function docMeta(doc: SiteDoc, ctx: ViewContext): DocMetaView {
	const d = doc.data;
	const meta: DocMetaView = {
		status: d.status,
		owner: resolveRole(ctx.roles, d.owner, ctx.lang),
		audience: [...d.audience],
		tags: [...(d.tags ?? [])],
	};
	if (d.approvedBy) meta.approvedBy = resolveRole(ctx.roles, d.approvedBy, ctx.lang);
	if (d.reviewedOn) meta.reviewedOn = formatDate(d.reviewedOn, ctx.lang);
	if (d.reviewBy) meta.reviewBy = formatDate(d.reviewBy, ctx.lang);
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
