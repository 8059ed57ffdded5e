/** Today's date as YYYY-MM-DD. `KODEX_TODAY` pins it for reproducible checks and tests. */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
	const pinned = env['KODEX_TODAY']?.trim();
	if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
	const y = now.getFullYear();
	const m = String(now.getMonth() + 1).padStart(2, '0');
	const d = String(now.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}
