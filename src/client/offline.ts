/**
 * Crisis playbook pages register the offline worker (public/sw.js) and hand it this page and
 * the files it uses, so the page still opens without a network once it has been visited.
 * Loaded only on playbook pages; does nothing where browsers have no service workers, and
 * nothing on a confidential playbook (no `[data-offline-keep]`), which stays off the device.
 */
const base = import.meta.env.BASE_URL.endsWith('/')
	? import.meta.env.BASE_URL
	: `${import.meta.env.BASE_URL}/`;

async function keepOffline(): Promise<void> {
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
	const files = document.querySelectorAll<HTMLLinkElement | HTMLScriptElement | HTMLImageElement>(
		'link[rel~="stylesheet"][href], link[rel~="icon"][href], script[src], img[src]',
	);
	const urls = [location.pathname, ...[...files].map((el) => ('href' in el ? el.href : el.src))];
	worker?.postMessage({ type: 'kodex-keep-offline', page: location.pathname, urls });
}

// Everything goes to the network first, so the dev server's pages stay as fresh as without it.
if ('serviceWorker' in navigator && document.querySelector('[data-offline-keep]'))
	keepOffline().catch(() => undefined);
