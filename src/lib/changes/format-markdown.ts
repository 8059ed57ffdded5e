/** The `changes` report as Markdown, ready to paste into a pull request. Pure. */
import type { DocType } from '../../../schemas/index.ts';
import { roleLabel } from '../review/roles.ts';
import type { FieldChange } from './diff-fields.ts';
import { TYPE_ORDER } from './report.ts';
import type { ChangesReport, DocumentChange, IdChanges } from './types.ts';

const TYPE_HEADINGS: Record<DocType, string> = {
	checklist: 'Legal checklists',
	guideline: 'Guidelines',
	playbook: 'Crisis playbooks',
	team: 'Teams',
	channel: 'Channels',
	template: 'Templates',
	goal: 'Goals',
	prepublish: 'Pre-publish checks',
};

/** At most this many "other fields" per document; the rest are counted. */
const MAX_FIELDS = 8;

/** Escapes text so Markdown shows it literally. */
function md(text: string): string {
	return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** Short form of a value: scalars as written, lists and objects only by size. */
function short(value: unknown): string {
	if (value === undefined || value === null) return '—';
	if (Array.isArray(value))
		return value.every((v) => typeof v !== 'object') && value.length <= 5
			? code(value.join(', '))
			: `${value.length} entries`;
	if (typeof value === 'object') return 'an object';
	const text = String(value).replace(/\s+/g, ' ');
	return code(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

function fieldLine(f: FieldChange): string {
	if (f.kind === 'added') return `${code(f.path)} added (${short(f.new)})`;
	if (f.kind === 'removed') return `${code(f.path)} removed (was ${short(f.old)})`;
	return `${code(f.path)} ${short(f.old)} → ${short(f.new)}`;
}

function idLine(label: string, ids: IdChanges): string {
	const parts: string[] = [];
	if (ids.added.length) parts.push(`added ${ids.added.map(code).join(', ')}`);
	if (ids.removed.length) parts.push(`removed ${ids.removed.map(code).join(', ')}`);
	if (ids.changed.length) parts.push(`changed ${ids.changed.map(code).join(', ')}`);
	return `${label}: ${parts.join('; ')}`;
}

function kindLabel(d: DocumentChange): string {
	switch (d.kind) {
		case 'added':
			return 'new';
		case 'deleted':
			return 'deleted';
		case 'renamed':
			return `renamed from ${code(d.previousPath ?? '?')}`;
		default:
			return 'changed';
	}
}

function documentLines(d: DocumentChange): string[] {
	const lines = [`- **${md(d.title)}** (${code(d.id)}) — ${kindLabel(d)}`];
	const sub = (text: string) => lines.push(`  - ${text}`);
	const n = (v: number | null) => (v === null ? 'none' : String(v));
	const s = (v: string | null) => (v === null ? 'none' : v);
	if (d.version) sub(`Version ${n(d.version.from)} → ${n(d.version.to)}`);
	if (d.status) sub(`Status ${s(d.status.from)} → ${s(d.status.to)}`);
	if (d.rules) sub(idLine('Rules', d.rules));
	if (d.items) sub(idLine('Checklist items', d.items));
	if (d.fields.length) {
		const shown = d.fields.slice(0, MAX_FIELDS).map(fieldLine);
		const more = d.fields.length - shown.length;
		sub(`Other fields: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
	}
	if (d.prose) sub(`Prose changed: +${d.prose.addedWords} / −${d.prose.removedWords} words`);
	const touched = d.version || d.status || d.rules || d.items || d.fields.length || d.prose;
	if (d.kind === 'modified' && !touched) sub('Formatting only: no field or text changed');
	if (d.reviewers.length)
		sub(
			`Review: ${d.reviewers.map((r) => `${md(roleLabel(r.role))} as ${r.as.join(' and ')}`).join('; ')}`,
		);
	return lines;
}

export function formatChangesMarkdown(report: ChangesReport): string {
	const { ref, shortHash } = report.since;
	// A ref that is the commit hash itself (e.g. `--since 129ac81`) is named once.
	const since =
		shortHash.startsWith(ref) || ref.startsWith(shortHash)
			? code(ref)
			: `${code(ref)} (${code(shortHash)})`;
	const out: string[] = [`## Handbook changes since ${since}`, ''];
	if (report.includesUncommitted) out.push('> Includes changes that are not committed yet.', '');
	if (report.note) out.push(`> ${md(report.note)}`, '');
	const c = report.counts;
	const total = c.added + c.deleted + c.renamed + c.modified;
	if (total === 0 && !report.settings.length && !report.otherFiles.length) {
		out.push(`No documents changed since ${since}.`, '');
		return out.join('\n');
	}
	const counts = [
		c.added && `${c.added} new`,
		c.modified && `${c.modified} changed`,
		c.renamed && `${c.renamed} renamed`,
		c.deleted && `${c.deleted} deleted`,
	].filter(Boolean);
	out.push(
		`**${total} ${total === 1 ? 'document' : 'documents'}**${counts.length ? `: ${counts.join(', ')}` : ''}.`,
		'',
	);
	for (const type of TYPE_ORDER) {
		const docs = report.documents.filter((d) => d.type === type);
		if (!docs.length) continue;
		out.push(`### ${TYPE_HEADINGS[type]}`, '', ...docs.flatMap(documentLines), '');
	}
	if (report.settings.length)
		out.push(
			'### Handbook settings (`handbook.yaml`)',
			'',
			...report.settings.map((f) => `- ${fieldLine(f)}`),
			'',
		);
	if (report.otherFiles.length)
		out.push(
			'### Other files',
			'',
			...report.otherFiles.map(
				(f) =>
					`- ${code(f.path)} — ${f.kind === 'renamed' ? `renamed from ${code(f.previousPath ?? '?')}` : f.kind === 'added' ? 'new' : f.kind === 'modified' ? 'changed' : 'deleted'}`,
			),
			'',
		);
	if (report.reviewers.length) {
		out.push('### Who must review', '', '| Role | Mailbox | Documents |', '| --- | --- | --- |');
		for (const r of report.reviewers) {
			const role = r.role.name ? `${md(r.role.name)} (${code(r.role.id)})` : code(r.role.id);
			const docs = r.documents.map((d) => `${code(d.id)} (${d.as.join(', ')})`).join(', ');
			out.push(`| ${role} | ${r.role.mailbox ? md(r.role.mailbox) : '—'} | ${docs} |`);
		}
		out.push('');
	}
	return out.join('\n');
}
