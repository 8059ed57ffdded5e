/**
 * /choose-language.js, loaded only by the root page (src/pages/index.astro): sends
 * the reader to the home page in their language. A classic script in the head, so
 * nothing paints before it; without JavaScript the root's refresh opens the
 * default language. The matching is src/lib/site/chrome/preferred-language.ts, shipped
 * as its own source so the site and the unit tests share one implementation.
 */
import type { APIRoute } from 'astro';
import { LANGUAGE_CHOICE_KEY, preferredLanguage } from '../lib/site/chrome/preferred-language.ts';

export const GET: APIRoute = () => {
	const script = `(function () {
var preferredLanguage = ${preferredLanguage.toString()};
var root = document.documentElement;
root.className = 'js';
var languages = (root.getAttribute('data-languages') || '').split(' ');
var wanted = [];
try { var chosen = localStorage.getItem(${JSON.stringify(LANGUAGE_CHOICE_KEY)}); if (chosen) wanted.push(chosen); } catch (e) {}
wanted = wanted.concat(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']);
var lang = preferredLanguage(wanted, languages) || root.getAttribute('data-default');
location.replace(root.getAttribute('data-base') + lang + '/' + location.hash);
})();
`;
	return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
