/** Debian's Chromium for the browser suites: headless, no sandbox, nothing fetched in the background. */
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Records every request of `page` that goes to another host than `origin` (data:, blob: and about: aside). */
export function watchForeignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	const host = new URL(origin).host;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
		if (url.host !== host) foreign.push(request.url());
	});
	return foreign;
}

/** Collects CSP violations (from the page's own event) and script errors of a page. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
	page.on('console', (msg) => {
		if (/content security policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__csp.push(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
			),
		);
	});
	return async () => [
		...problems,
		...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
	];
}
