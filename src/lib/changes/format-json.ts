/** The `changes` report as JSON: the report object itself, values as parsed from YAML. */
import type { ChangesReport } from './types.ts';

export function formatChangesJson(report: ChangesReport): string {
	return `${JSON.stringify(report, null, 2)}\n`;
}
