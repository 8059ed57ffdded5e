/** The machine-readable report of `npm run check -- --format json`. */
import type { Diagnostic } from './diagnostics.ts';
import type { ValidationResult } from '../validate.ts';

/**
 * Every diagnostic keeps its English `message`, `expected` and `fix` (the source wording, stable
 * for tools) and carries its German wording under `de` ({ message, expected?, fix? }) where it
 * has one; `--lang` does not change the JSON.
 */
export interface JsonReport {
	errors: Diagnostic[];
	warnings: Diagnostic[];
	notices: Diagnostic[];
	strict: boolean;
	files: number;
}

export function toJsonReport(result: ValidationResult): JsonReport {
	return {
		errors: result.errors,
		warnings: result.warnings,
		notices: result.notices,
		strict: result.strict,
		files: result.fileCount,
	};
}
