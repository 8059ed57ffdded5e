/** Short, readable rendering of an author's value for messages. */
export function formatValue(value: unknown, max = 60): string {
	let text: string;
	if (typeof value === 'string') text = JSON.stringify(value);
	else if (value === undefined) text = 'nothing';
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
