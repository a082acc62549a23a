// Writes docs/reliability.md from the counted results the reliability tests leave in
// test-results/reliability/*.json (run `npm test` first). Every row is a check with its counts.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, type CaseResult } from '../tests/helpers/reliability';

/** A recorded case, with the time the test wrote it. */
type Row = CaseResult & { at?: string };

const dir = RESULTS_DIR;
const out = process.argv[2] ?? 'docs/reliability.md';
const rows: Row[] = existsSync(dir)
	? readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Row)
			.filter((r) => typeof r.case === 'string' && typeof r.runs === 'number')
	: [];
rows.sort(
	(a, b) => a.case.localeCompare(b.case, 'en', { numeric: true }) || a.check.localeCompare(b.check)
);

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
const lines = [
	'# Reliability',
	'',
	'What Segments promises — *it keeps working, loses nothing, and lets nothing in* — as counted results of',
	'automated tests that run in CI (`npm test`). This file is written by `npx tsx scripts/reliability-report.ts`',
	'from the results the tests leave in `test-results/reliability/`; do not edit the table by hand.',
	'',
	`Last written: ${new Date().toISOString().slice(0, 10)}.`,
	'',
	'| case | check | runs | passed | failed | notes |',
	'| --- | --- | ---: | ---: | ---: | --- |',
	...rows.map(
		(r) =>
			`| ${cell(r.case)} | ${cell(r.check)} | ${r.runs} | ${r.passed} | ${r.failed} | ${cell(r.notes)} |`
	),
	''
];
const failed = rows.filter((r) => r.failed > 0);
lines.push(
	failed.length === 0
		? `All ${rows.length} checks passed.`
		: `${failed.length} checks have failures: ${failed.map((r) => r.check).join('; ')}.`,
	''
);
const notesFile = 'docs/reliability-notes.md';
if (existsSync(notesFile)) lines.push(readFileSync(notesFile, 'utf8'));
writeFileSync(out, lines.join('\n'));
// the table in the log too (CI keeps the log, not the file)
console.log(lines.filter((l) => l.startsWith('|')).join('\n'));
console.log(`Wrote ${out}: ${rows.length} checks, ${failed.length} with failures.`);
