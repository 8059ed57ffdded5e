// Marks the page as scripted before it paints (styles use html.js); a file, not an inline
// script, so the Content-Security-Policy needs no 'unsafe-inline' (src/lib/security-headers.ts).
document.documentElement.classList.replace('no-js', 'js');
