/** "Print" buttons (`[data-print]`) outside a checklist open the browser's print dialog. */
document.addEventListener('click', (event) => {
	const button = (event.target as Element | null)?.closest('[data-print]');
	if (button && !button.closest('[data-checklist]')) window.print();
});
