/// <reference types="node" />
// Where the engine's time goes, outside the browser: the app's own EngineCore (the code the worker
// runs) on DuckDB-WASM's Node build, the same wasm engine, with every SQL statement timed. Not a
// benchmark (no worker, no OPFS, no page); a profile to decide what to change.
//
//   npx tsx scripts/bench/profile-engine.ts bench-data/M            # import + export profile
//   npx tsx scripts/bench/profile-engine.ts bench-data/M Orders.csv # one file
//
// Prints, per imported file, stage and commit time and the statements over 20 ms; then the same
// type-detection statement on a 100k-row sample; then the members export of every customer three
// ways: the app's exportCsv, CSV lines built by DuckDB, and DuckDB's own CSV writer (COPY TO a
// registered in-memory file, under the app's locked-down settings).
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RecordBatchReader, type Vector } from 'apache-arrow';
import { fileFrom, openNodeEngine } from '../../tests/helpers/node-engine';
import { textKindsQuery } from '../../src/lib/engine/import/kinds';
import { quoteIdent } from '../../src/lib/sql/quote';

const [dir = 'bench-data/S', only] = process.argv.slice(2);
const core = await openNodeEngine();
const runner = core.runner as unknown as {
	chunks: (sql: string, o?: unknown) => AsyncGenerator<Uint8Array>;
};
const original = runner.chunks.bind(runner);
const statements: { sql: string; ms: number }[] = [];
runner.chunks = async function* (sql: string, o?: unknown) {
	const t = performance.now();
	for await (const c of original(sql, o)) yield c;
	statements.push({ sql: sql.replace(/\s+/g, ' '), ms: performance.now() - t });
};
const time = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
	const t = performance.now();
	const v = await f();
	return [v, performance.now() - t];
};

const files = readdirSync(dir)
	.filter((f) => /\.(csv|parquet)$/.test(f))
	.filter((f) => !only || f === only)
	.sort();
for (const f of files) {
	const file = await fileFrom(join(dir, f));
	statements.length = 0;
	const [staged, stageMs] = await time(() => core.stage(file, file.name, {}, () => {}));
	const choices = staged.columns.map((c) => ({
		source: c.source,
		name: c.name,
		kind: c.detected ?? ('string' as const),
		include: c.detected !== null
	}));
	const table = `p_${basename(f).replace(/\W/g, '_')}`;
	const [, commitMs] = await time(() => core.commit(staged.stageId, table, choices, () => {}));
	console.log(
		`${f} (${(file.size / 1e6).toFixed(1)} MB): stage ${stageMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms`
	);
	for (const s of statements.filter((x) => x.ms > 20))
		console.log(`  ${s.ms.toFixed(0).padStart(7)} ms  ${s.sql.slice(0, 110)}`);
	const text = staged.columns.filter((c) => c.duckdbType === 'VARCHAR').map((c) => c.source);
	if (text.length) {
		const full = textKindsQuery(`main.${quoteIdent(table)}`, text, null);
		const sample = textKindsQuery(
			`(SELECT * FROM main.${quoteIdent(table)} LIMIT 100000)`,
			text,
			null
		);
		const [, fullMs] = await time(() => core.query(full));
		const [, sampleMs] = await time(() => core.query(sample));
		console.log(
			`  type detection of ${text.length} text column(s): all rows ${fullMs.toFixed(0)} ms, first 100k rows ${sampleMs.toFixed(0)} ms`
		);
	}
}

// ---- export of every customer ----
const customers = files.find((f) => f.startsWith('Customers'));
if (customers) {
	const table = `main.${quoteIdent(`p_${customers.replace(/\W/g, '_')}`)}`;
	const sql = `SELECT * FROM ${table} ORDER BY id`;
	let bytes = 0;
	const [r, appMs] = await time(() => core.exportCsv(sql, (c) => void (bytes += c.length)));
	console.log(
		`export ${r.rows} rows: app's exportCsv ${appMs.toFixed(0)} ms (${(bytes / 1e6).toFixed(1)} MB)`
	);

	// CSV lines made by DuckDB: each field quoted only when needed, NULL as empty; JS only joins
	const cols = (await core.query(`DESCRIBE ${table}`)).rows.map((x) => String(x['column_name']));
	const field = (c: string) => {
		const v = `CAST(${quoteIdent(c)} AS VARCHAR)`;
		return `CASE WHEN ${v} IS NULL THEN '' WHEN regexp_matches(${v}, '[",\\r\\n]') THEN '"' || replace(${v}, '"', '""') || '"' ELSE ${v} END`;
	};
	const lines = `SELECT concat_ws(',', ${cols.map(field).join(', ')}) || chr(13) || chr(10) AS line FROM (${sql})`;
	const encoder = new TextEncoder();
	const [n, linesMs] = await time(async () => {
		let total = 0;
		const reader = await RecordBatchReader.from(core.runner.chunks(lines, { stream: true }));
		for await (const batch of reader) {
			const v = batch.getChildAt(0) as Vector | null;
			if (!v) continue;
			total += encoder.encode((v.toArray() as string[]).join('')).length;
		}
		return total;
	});
	console.log(`  CSV lines built by DuckDB: ${linesMs.toFixed(0)} ms (${(n / 1e6).toFixed(1)} MB)`);

	// DuckDB's own writer into an (empty) registered buffer (allowed under /import/ by the lockdown?)
	const b = core.bindings;
	try {
		b.registerFileBuffer('/import/export.csv', new Uint8Array(0));
		const [, copyMs] = await time(() =>
			core.exec(`COPY (${sql}) TO '/import/export.csv' (FORMAT CSV, HEADER)`)
		);
		const buf = b.copyFileToBuffer('/import/export.csv');
		console.log(
			`  COPY TO a registered buffer: ${copyMs.toFixed(0)} ms (${(buf.length / 1e6).toFixed(1)} MB)`
		);
	} catch (e) {
		console.log(`  COPY TO a registered buffer: refused (${String(e).split('\n')[0]})`);
	}
}
