/**
 * ASSET-001: files the site publishes besides documents (today the logo of
 * handbook.yaml `company.logo`) exist, are real files inside the content
 * folder (no symlink out of it), and an SVG carries nothing that runs or
 * loads (src/lib/body/svg.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { fileState } from '../body/links.ts';
import { inspectSvg } from '../body/svg.ts';
import { repoPath } from '../model/paths.ts';
import { diagnosticAt, reporter } from './report.ts';
import type { Rule } from './types.ts';

const report = reporter('ASSET-001', 'error');

export const publishedFilesSafe: Rule = {
	id: 'ASSET-001',
	severity: 'error',
	title:
		'Published files (the logo) exist inside the content folder, are no symlinks out of it, and SVGs hold no scripts, handlers, foreignObject or external references.',
	check({ handbook }) {
		const config = handbook.config;
		const logo = config?.data?.company.logo;
		if (!config || !logo) return [];
		const at = ['company', 'logo'];
		const state = fileState(handbook.contentDir, logo);
		if (state === 'missing')
			return [
				report(config, at, {
					message: `The logo "${repoPath(handbook, logo)}" does not exist.`,
					value: logo,
					expected:
						'the path of an .svg or .png file inside the content folder, e.g. assets/logo.svg',
					fix: `Add the file ${repoPath(handbook, logo)}, or correct the path.`,
					de: {
						message: `Das Logo „${repoPath(handbook, logo)}“ gibt es nicht.`,
						expected:
							'der Pfad einer .svg- oder .png-Datei im Inhaltsordner, z. B. assets/logo.svg',
						fix: `Die Datei ${repoPath(handbook, logo)} anlegen oder den Pfad korrigieren.`,
					},
				}),
			];
		if (state === 'outside')
			return [
				report(config, at, {
					message: `The logo "${repoPath(handbook, logo)}" is a symlink to a file outside the content folder; it would publish that file.`,
					value: logo,
					expected: 'a real file inside the content folder',
					fix: 'Replace the symlink with a copy of the logo.',
					de: {
						message: `Das Logo „${repoPath(handbook, logo)}“ ist ein symbolischer Link auf eine Datei außerhalb des Inhaltsordners; die Website würde diese Datei veröffentlichen.`,
						expected: 'eine echte Datei im Inhaltsordner',
						fix: 'Den symbolischen Link durch eine Kopie des Logos ersetzen.',
					},
				}),
			];
		if (!logo.toLowerCase().endsWith('.svg')) return [];
		const text = fs.readFileSync(path.resolve(handbook.contentDir, logo), 'utf8');
		const file = repoPath(handbook, logo);
		return inspectSvg(text).map((p): Diagnostic =>
			diagnosticAt(
				'ASSET-001',
				'error',
				{ file, line: p.line, column: p.column },
				{
					message: `The logo contains ${p.what}; the site publishes only SVGs that cannot run or load anything.`,
					value: p.value,
					expected:
						'shapes, paths, text and styles inside the SVG, references only to #ids in the same file',
					fix: 'Export the logo again as a plain SVG (e.g. "SVG 1.1, no scripts") or use a PNG.',
					de: {
						message: `Das Logo enthält „${p.value}“; die Website veröffentlicht nur SVGs, die nichts ausführen oder nachladen können.`,
						expected:
							'Formen, Pfade, Text und Stile im SVG, Verweise nur auf #ids in derselben Datei',
						fix: 'Das Logo erneut als einfaches SVG exportieren (z. B. „SVG 1.1, ohne Skripte“) oder ein PNG verwenden.',
					},
				},
			),
		);
	},
};
