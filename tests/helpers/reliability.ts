// Tests of the reliability cases (docs/reliability.md) record their counted results here;
// scripts/reliability-report.ts turns them into the table. One JSON file per case and source.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CaseResult {
	/** e.g. '1. Hard files' — the row of the table. */
	case: string;
	/** What was exercised, e.g. 'CSV corpus through the import UI (Chromium)'. */
	check: string;
	runs: number;
	passed: number;
	failed: number;
	notes: string;
}

export const RESULTS_DIR = 'test-results/reliability';

export function recordCase(id: string, result: CaseResult): void {
	mkdirSync(RESULTS_DIR, { recursive: true });
	writeFileSync(
		path.join(RESULTS_DIR, `${id}.json`),
		JSON.stringify({ ...result, at: new Date().toISOString() }, null, 2)
	);
}
