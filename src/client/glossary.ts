/**
 * Escape hides an open glossary explanation without moving the pointer or the
 * focus (WCAG 1.4.13 "dismissible"); it shows again once the pointer or focus
 * has left the term. Everything else is CSS (src/styles/body.css).
 */
document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus')) {
		term.dataset['dismissed'] = '';
		const reset = () => {
			if (term.matches(':hover, :focus')) return;
			delete term.dataset['dismissed'];
			term.removeEventListener('mouseleave', reset);
			term.removeEventListener('blur', reset);
		};
		term.addEventListener('mouseleave', reset);
		term.addEventListener('blur', reset);
	}
});
