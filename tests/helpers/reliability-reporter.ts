// A Vitest reporter: the unit-test files that prove a reliability case (docs/reliability.md) have
// their passed/failed counts recorded as rows of the reliability table.
import type { Reporter, TestModule } from 'vitest/node';
import { recordCase } from './reliability';

const CASES: Record<string, { id: string; case: string; check: string; notes: string }> = {
	'src/lib/segments/injection.test.ts': {
		id: '7-hostile-sql-compiler',
		case: '7. Hostile definitions',
		check:
			'Compiled SQL with quotes, comments, semicolons, read_csv(…), COPY … TO in names and values',
		notes:
			'Each statement must prepare as one statement; a sentinel table and the file system stay untouched.'
	},
	'tests/unit/sharing-hostile.test.ts': {
		id: '7-hostile-files',
		case: '7. Hostile definitions',
		check:
			'Malformed and hostile definition files (1,000 fuzzed, seeded) through read, preview and restore',
		notes: 'Nothing throws; nothing in the workspace changes without confirmation.'
	},
	'src/lib/db/schema.test.ts': {
		id: '5-migrations',
		case: '5. Migrations',
		check:
			'A database written by every shipped schema version opens with the current one; no shipped version edited in place',
		notes:
			'One version has shipped (v1), so no migration step is exercised yet: the v1 fixture (tests/fixtures/dexie/), written with the stores v1 shipped with, opens with the current code, every field of every record kept; an in-place edit of v1 fails.'
	},
	'src/lib/runs/scheduler.test.ts': {
		id: '4-tabs-scheduler-unit',
		case: '4. Tabs',
		check: 'Scheduler decisions: leader only, catch-up, abandoned runs closed (fake time)',
		notes: 'Unit level; the browser-level tab tests are separate rows.'
	}
};

export default class ReliabilityReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
		for (const m of modules) {
			const key = Object.keys(CASES).find((k) => m.moduleId.endsWith(k));
			if (!key) continue;
			const meta = CASES[key]!;
			let passed = 0;
			let failed = 0;
			for (const t of m.children.allTests()) {
				const state = t.result().state;
				if (state === 'passed') passed++;
				else if (state === 'failed') failed++;
			}
			recordCase(meta.id, {
				case: meta.case,
				check: meta.check,
				runs: passed + failed,
				passed,
				failed,
				notes: meta.notes
			});
		}
	}
}
