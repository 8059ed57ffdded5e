/**
 * The colour-scheme switch in the footer, loaded on its first use by
 * public/js-enabled.js (which also applies the stored choice before the page
 * paints). Each press moves on: system → the other scheme → the system's own
 * scheme chosen explicitly → system. The button's label follows through CSS.
 */
export function next(root, key) {
	const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	const order = ['system', system === 'dark' ? 'light' : 'dark', system];
	const now = root.dataset.theme || 'system';
	const choice = order[(order.indexOf(now) + 1) % order.length];
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
	try {
		if (choice === 'system') localStorage.removeItem(key);
		else localStorage.setItem(key, choice);
	} catch {
		// Storage may be blocked; the choice then holds for this page only.
	}
}
