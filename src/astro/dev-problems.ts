/**
 * Content errors in the browser during `npm run dev`: every page gets a small
 * dev-only script that shows the errors `npm run check` reports (same text, file
 * and line included) in a panel over the page, and removes it once they are
 * fixed. The dev server keeps serving throughout: a broken document is left out of
 * the site, the other pages keep working. Never part of a build.
 */
import type { ViteDevServer } from 'vite';
import { t } from '../i18n/index.ts';
import { cliLanguage, type CliLanguage } from '../lib/diagnostics/cli-language.ts';
import { formatDiagnostics } from '../lib/diagnostics/format-text.ts';
import type { ValidationResult } from '../lib/validate.ts';
import { getValidation } from './cache.ts';
import { failsBuild, onRevalidated } from './validation.ts';

/** Where the page script asks for the current problems. */
const DEV_PROBLEMS_PATH = '/__kodex/problems';
/** The event the dev server sends after every re-validation. */
const DEV_PROBLEMS_EVENT = 'kodex:problems';

export interface DevProblems {
	/** Number of problems that would stop a build. */
	count: number;
	/** The report of those problems, exactly as `npm run check` prints it (in its language). */
	text: string;
	/** Language of the panel's words and the report's labels. */
	lang: CliLanguage;
	/** The panel's heading, e.g. "Kodex: 2 Inhaltsfehler (npm run check)". */
	title: string;
	/** What to do, under the heading. */
	hint: string;
}

/** The language `npm run check` would use: KODEX_LANG, else the handbook's default language. */
function devLanguage(result: ValidationResult): CliLanguage {
	return cliLanguage(process.env['KODEX_LANG'], result.handbook.config?.data?.locales.default);
}

/** The problems that would stop `npm run build`: errors, or warnings under strict. */
export function devProblems(
	result: ValidationResult,
	lang: CliLanguage = devLanguage(result),
): DevProblems {
	const blocking = failsBuild(result)
		? { ...result, warnings: result.strict ? result.warnings : [], notices: [] }
		: undefined;
	const count = blocking ? blocking.errors.length + blocking.warnings.length : 0;
	return {
		count,
		text: blocking ? formatDiagnostics(blocking, { lang }) : '',
		lang,
		title: t(lang, count === 1 ? 'devProblems.titleOne' : 'devProblems.title', { count }),
		hint: t(lang, 'devProblems.hint'),
	};
}

/** Serves the problems to the page script and tells open pages when they change. */
export function serveDevProblems(server: ViteDevServer, contentDir: string): void {
	server.middlewares.use(DEV_PROBLEMS_PATH, (_req, res) => {
		void getValidation(contentDir).then((result) => {
			res.setHeader('Content-Type', 'application/json; charset=utf-8');
			res.setHeader('Cache-Control', 'no-store');
			res.end(JSON.stringify(devProblems(result)));
		});
	});
	onRevalidated(contentDir, 'dev-problems', async () => {
		const result = await getValidation(contentDir);
		server.ws.send({ type: 'custom', event: DEV_PROBLEMS_EVENT, data: devProblems(result) });
	});
}

/** The page script: fetches the problems on load and follows the server's updates. */
export const DEV_PROBLEMS_SCRIPT = `
const show = (problems) => {
	let panel = document.getElementById('kodex-dev-problems');
	if (!problems || problems.count === 0) {
		panel?.remove();
		return;
	}
	if (!panel) {
		panel = document.createElement('section');
		panel.id = 'kodex-dev-problems';
		panel.setAttribute('role', 'alert');
		panel.setAttribute('aria-labelledby', 'kodex-dev-problems-title');
		panel.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.45 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.2)';
		const title = document.createElement('h2');
		title.id = 'kodex-dev-problems-title';
		title.style.cssText = 'margin:0 0 .5rem;font-size:1rem';
		const hint = document.createElement('p');
		hint.style.cssText = 'margin:0 0 .5rem';
		const pre = document.createElement('pre');
		pre.style.cssText = 'margin:0;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace';
		panel.append(title, hint, pre);
		document.body.append(panel);
	}
	panel.lang = problems.lang;
	panel.querySelector('h2').textContent = problems.title;
	panel.querySelector('p').textContent = problems.hint;
	panel.querySelector('pre').textContent = problems.text;
};
fetch(${JSON.stringify(DEV_PROBLEMS_PATH)}).then((r) => r.json()).then(show, () => {});
if (import.meta.hot) import.meta.hot.on(${JSON.stringify(DEV_PROBLEMS_EVENT)}, show);
`;
