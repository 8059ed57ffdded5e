/**
 * Kodex offline worker: keeps crisis playbook pages readable without a network once they have
 * been visited. A playbook page (src/client/offline.ts) sends its own address and the files it
 * uses (stylesheets, scripts, images); the worker stores them in one cache per page and renews
 * that cache on every visit. Every request still goes to the network first, so nobody reads an
 * old version while online; only when the network fails does a stored copy answer. Same origin
 * only, and nothing else is stored.
 */
const PREFIX = 'kodex-offline-v1:';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Caches of older versions of this worker go.
			for (const name of await caches.keys())
				if (name.startsWith('kodex-offline-') && !name.startsWith(PREFIX))
					await caches.delete(name);
			await self.clients.claim();
		})(),
	);
});

/** Stores `urls` (same origin only) in the cache of `page`, dropping what the page no longer uses. */
async function keep(page, urls) {
	const origin = self.location.origin;
	const wanted = new Set(
		urls
			.map((u) => new URL(u, self.location.href))
			.filter((u) => u.origin === origin)
			.map((u) => {
				u.hash = '';
				return u.href;
			}),
	);
	const cache = await caches.open(PREFIX + new URL(page, self.location.href).pathname);
	await Promise.all(
		[...wanted].map(async (url) => {
			const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
			if (response.ok && !response.redirected) await cache.put(url, response);
		}),
	);
	for (const request of await cache.keys())
		if (!wanted.has(request.url)) await cache.delete(request);
}

self.addEventListener('message', (event) => {
	const data = event.data;
	if (!data || data.type !== 'kodex-keep-offline' || !Array.isArray(data.urls)) return;
	if (event.origin && event.origin !== self.location.origin) return;
	event.waitUntil(keep(String(data.page), data.urls.map(String)).catch(() => undefined));
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	// Pages, stylesheets, scripts and images only; the search index and the rest pass untouched.
	if (
		request.mode !== 'navigate' &&
		!['style', 'script', 'image', 'font'].includes(request.destination)
	)
		return;
	event.respondWith(
		fetch(request).catch(async (error) => {
			const stored = await caches.match(request, { ignoreSearch: true });
			if (stored) return stored;
			throw error;
		}),
	);
});
