/// <reference types="node" />
// Bench/demo data on disk: the same seed world the app generates in its worker, streamed to
// <Entity>.csv, then converted to Parquet and NDJSON by native DuckDB reading that CSV with
// explicit column types (so every format holds exactly the same typed values).
//
//   npx tsx scripts/generate-demo.ts --customers 1000000 --out bench-data/L \
//     --formats csv,parquet,ndjson [--seed 42] [--today 2026-11-28] [--force]
//
// Re-running with the same parameters skips files that manifest.json says are already there.
// Memory stays bounded at any scale: one batch at a time, written synchronously.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { batchToCsv, csvHeader } from '../src/lib/demo/csv';
import {
	GENERATOR_VERSION,
	generateWorld,
	localToday,
	parseDay,
	type DemoColumn,
	type DemoEntity,
	type WorldParams
} from '../src/lib/demo/generator';

export const FORMATS = ['csv', 'parquet', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

interface FileRecord {
	bytes: number;
	seconds: number;
}

interface Manifest {
	generator: 'segments-demo';
	version: number;
	params: WorldParams;
	entities: Record<string, { rows: number; files: Partial<Record<Format, FileRecord>> }>;
	relationships: unknown;
	profile: unknown;
	updatedAt: string;
}

interface Options extends WorldParams {
	out: string;
	formats: Format[];
	force: boolean;
}

interface ReportRow {
	entity: string;
	format: Format;
	rows: number;
	bytes: number;
	seconds: number;
	skipped: boolean;
}

/**
 * Rows per generated batch when writing CSV. Small on purpose: a batch's strings then die young
 * (cheap scavenges) instead of being promoted to the old generation; 2k rows formats ~2× faster
 * than 64k and keeps the heap small.
 */
const CSV_BATCH_ROWS = 2048;

function parseOptions(argv: string[]): Options {
	const { values } = parseArgs({
		args: argv,
		options: {
			customers: { type: 'string' },
			out: { type: 'string' },
			formats: { type: 'string', default: FORMATS.join(',') },
			seed: { type: 'string', default: '42' },
			today: { type: 'string' },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help || !values.customers || !values.out) {
		console.log(
			'usage: npx tsx scripts/generate-demo.ts --customers N --out DIR ' +
				'[--formats csv,parquet,ndjson] [--seed 42] [--today YYYY-MM-DD] [--force]'
		);
		process.exit(values.help ? 0 : 2);
	}
	const customers = Number(values.customers.replaceAll('_', ''));
	if (!Number.isInteger(customers) || customers < 1)
		throw new Error(`--customers must be a positive integer, got ${values.customers}`);
	const seed = Number(values.seed);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
	const today = values.today ?? localToday();
	parseDay(today); // validates
	const formats = values.formats.split(',').map((f) => f.trim().toLowerCase());
	for (const f of formats)
		if (!(FORMATS as readonly string[]).includes(f))
			throw new Error(`Unknown format ${f}; use ${FORMATS.join(', ')}`);
	return {
		customers,
		seed,
		today,
		out: resolve(values.out),
		formats: [...new Set(formats)] as Format[],
		force: values.force
	};
}

function readManifest(path: string): Manifest | null {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
	} catch {
		return null;
	}
}

function sameParams(a: WorldParams, b: WorldParams): boolean {
	return a.customers === b.customers && a.seed === b.seed && a.today === b.today;
}

const DUCKDB_TYPES: Record<DemoColumn['type'], string> = {
	number: 'DOUBLE',
	string: 'VARCHAR',
	date: 'DATE',
	timestamp: 'TIMESTAMP',
	boolean: 'BOOLEAN'
};

function sqlString(s: string): string {
	return "'" + s.replaceAll("'", "''") + "'";
}

/** read_csv with every dialect option and column type spelled out: no sniffing, exact types. */
function readCsvSql(entity: DemoEntity, path: string): string {
	const columns = entity.columns
		.map((c) => `${sqlString(c.name)}: '${c.integer ? 'INTEGER' : DUCKDB_TYPES[c.type]}'`)
		.join(', ');
	return (
		`read_csv(${sqlString(path)}, auto_detect = false, header = true, delim = ',', ` +
		`quote = '"', escape = '"', new_line = '\\n', nullstr = '', allow_quoted_nulls = false, ` +
		`columns = {${columns}})`
	);
}

/** Stream the entity to CSV (via a temp file, so a crash never leaves a plausible-looking one). */
function writeCsv(entity: DemoEntity, path: string): { rows: number; bytes: number } {
	const tmp = path + '.tmp';
	const fd = openSync(tmp, 'w');
	let rows = 0;
	let bytes = 0;
	const put = (text: string) => {
		const buf = Buffer.from(text, 'utf8');
		for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
		bytes += buf.length;
	};
	try {
		put(csvHeader(entity));
		for (const batch of entity.batches(CSV_BATCH_ROWS)) {
			put(batchToCsv(entity, batch));
			rows += batch.length;
		}
	} finally {
		closeSync(fd);
	}
	renameSync(tmp, path);
	return { rows, bytes };
}

async function convert(
	conn: DuckDBConnection,
	entity: DemoEntity,
	csvPath: string,
	format: Exclude<Format, 'csv'>,
	path: string
): Promise<number> {
	const tmp = path + '.tmp';
	const spec = format === 'parquet' ? 'FORMAT PARQUET, COMPRESSION ZSTD' : 'FORMAT JSON';
	const reader = await conn.runAndReadAll(
		`COPY (SELECT * FROM ${readCsvSql(entity, csvPath)}) TO ${sqlString(tmp)} (${spec})`
	);
	renameSync(tmp, path);
	return Number(reader.getRows()[0]?.[0] ?? -1);
}

export async function generateDemo(options: Options): Promise<ReportRow[]> {
	const { out, formats, force } = options;
	const params: WorldParams = {
		customers: options.customers,
		seed: options.seed,
		today: options.today
	};
	const world = generateWorld(params);
	mkdirSync(out, { recursive: true });
	const manifestPath = join(out, 'manifest.json');
	const previous = readManifest(manifestPath);
	const reuse =
		!force &&
		previous !== null &&
		previous.version === GENERATOR_VERSION &&
		sameParams(previous.params, params);
	const manifest: Manifest = {
		generator: 'segments-demo',
		version: GENERATOR_VERSION,
		params,
		entities: reuse ? previous.entities : {},
		relationships: world.relationships,
		profile: world.profile,
		updatedAt: new Date().toISOString()
	};
	const fileOf = (entity: DemoEntity, f: Format) => join(out, `${entity.name}.${f}`);
	if (!reuse) {
		// Different parameters: files from the old run would silently mix two worlds.
		for (const e of world.entities) for (const f of FORMATS) rmSync(fileOf(e, f), { force: true });
	}
	const have = (entity: DemoEntity, f: Format): boolean => {
		const rec = manifest.entities[entity.name]?.files[f];
		const path = fileOf(entity, f);
		return rec !== undefined && existsSync(path) && statSync(path).size === rec.bytes;
	};

	let instance: DuckDBInstance | undefined;
	let conn: DuckDBConnection | undefined;
	const report: ReportRow[] = [];
	try {
		for (const entity of world.entities) {
			const entry = (manifest.entities[entity.name] ??= { rows: -1, files: {} });
			const others = formats.filter((f): f is Exclude<Format, 'csv'> => f !== 'csv');
			const missing = others.filter((f) => !have(entity, f));
			const csvPath = fileOf(entity, 'csv');
			let csvIsTemporary = false;
			if (have(entity, 'csv')) {
				if (formats.includes('csv'))
					report.push(row(entity, 'csv', entry.rows, entry.files.csv, true));
			} else if (formats.includes('csv') || missing.length > 0) {
				const t = performance.now();
				const { rows, bytes } = writeCsv(entity, csvPath);
				const seconds = (performance.now() - t) / 1000;
				entry.rows = rows;
				entry.files.csv = { bytes, seconds };
				csvIsTemporary = !formats.includes('csv');
				if (!csvIsTemporary) report.push(row(entity, 'csv', rows, entry.files.csv, false));
			}
			for (const f of others) {
				if (!missing.includes(f)) {
					report.push(row(entity, f, entry.rows, entry.files[f], true));
					continue;
				}
				conn ??= await (instance = await DuckDBInstance.create(':memory:')).connect();
				const t = performance.now();
				const path = fileOf(entity, f);
				const rows = await convert(conn, entity, csvPath, f, path);
				if (rows !== entry.rows)
					throw new Error(`${entity.name}.${f}: wrote ${rows} rows, the CSV has ${entry.rows}`);
				entry.files[f] = { bytes: statSync(path).size, seconds: (performance.now() - t) / 1000 };
				report.push(row(entity, f, rows, entry.files[f], false));
			}
			if (csvIsTemporary) {
				rmSync(csvPath, { force: true });
				delete entry.files.csv;
			}
			manifest.updatedAt = new Date().toISOString();
			writeFileSync(manifestPath, JSON.stringify(manifest, null, '\t') + '\n');
		}
	} finally {
		conn?.closeSync();
		instance?.closeSync();
	}
	return report;
}

function row(
	entity: DemoEntity,
	format: Format,
	rows: number,
	file: FileRecord | undefined,
	skipped: boolean
): ReportRow {
	return {
		entity: entity.name,
		format,
		rows,
		bytes: file?.bytes ?? 0,
		seconds: skipped ? 0 : (file?.seconds ?? 0),
		skipped
	};
}

function formatBytes(n: number): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let i = 0;
	while (n >= 1024 && i < units.length - 1) {
		n /= 1024;
		i++;
	}
	return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

function printReport(rows: ReportRow[]): void {
	const table = [
		['entity', 'format', 'rows', 'size', 'seconds', ''],
		...rows.map((r) => [
			r.entity,
			r.format,
			r.rows.toLocaleString('en-US'),
			formatBytes(r.bytes),
			r.skipped ? '-' : r.seconds.toFixed(2),
			r.skipped ? 'up to date' : ''
		])
	];
	const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
	const right = new Set([2, 3, 4]);
	for (const r of table)
		console.log(
			r
				.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
				.join('  ')
				.trimEnd()
		);
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const t = performance.now();
	console.log(
		`Seed world: ${options.customers.toLocaleString('en-US')} customers, seed ${options.seed}, ` +
			`as of ${options.today} → ${options.out}`
	);
	printReport(await generateDemo(options));
	console.log(`Done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
