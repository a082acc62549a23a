/// <reference types="node" />
// The same measurements on native DuckDB (@duckdb/node-api, the same engine version as the
// browser's DuckDB-WASM) with a given number of threads: the files loaded into tables of the same
// names in a database file, then exactly the SQL the browser runs. One session per thread count;
// the scale runner (scale.ts) interleaves its steps with the browser's.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_NAMES, tableOf } from './suite';
import type { Timing } from './stats';
import { ENGINE_TUNING } from '../../src/lib/engine/tuning';

export interface NativeImport {
	entity: string;
	format: 'csv' | 'parquet';
	bytes: number;
	rows: number;
	totalMs: number;
	mbPerS: number;
	/** CPU time (user + system) the import used: steadier than wall time on a busy machine. */
	cpuMs: number;
	error?: string;
}

export interface SegmentTiming extends Timing {
	id: string;
	members: number | null;
	/** Median CPU time per run (native: this process; browser: all its processes). */
	cpuMs: number;
	error?: string;
}

export interface NativeResult {
	threads: number;
	engineVersion: string;
	imports: NativeImport[];
	columns: Record<string, { name: string; type: string }[]>;
	segments: SegmentTiming[];
	live: Timing & { compileMedianMs: number; cpuMs: number };
	exportRun: { members: number; runMs: number };
	export: { rows: number; bytes: number; ms: number; cpuMs: number };
	reopen: { openMs: number; firstCountMs: number; members: number };
	duckdbMemoryBytes: number;
	databaseBytes: number;
	processPeakRssBytes: number;
}

export interface DataFiles {
	dir: string;
	entities: Record<
		string,
		{ rows: number; csv: string; parquet: string; csvBytes: number; parquetBytes: number }
	>;
}

/** One timed step: wall time and CPU time. */
export interface Step<T = undefined> {
	value: T;
	ms: number;
	cpuMs: number;
}

const q = (s: string) => "'" + s.replaceAll("'", "''") + "'";

/** Wall and CPU time (all of this process's threads, DuckDB's included) of one call. */
async function measured<T>(f: () => Promise<T>): Promise<Step<T>> {
	const c0 = process.cpuUsage();
	const t = performance.now();
	const value = await f();
	const ms = performance.now() - t;
	const c = process.cpuUsage(c0);
	return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

export class NativeSession {
	engineVersion = '';
	private constructor(
		readonly threads: number,
		private readonly dbPath: string,
		private instance: DuckDBInstance,
		private conn: DuckDBConnection
	) {}

	static async open(threads: number, workDir: string): Promise<NativeSession> {
		const dbPath = join(workDir, `native-${threads}t.duckdb`);
		for (const p of [dbPath, `${dbPath}.wal`]) rmSync(p, { force: true });
		const instance = await DuckDBInstance.create(dbPath, {
			threads: String(threads),
			...ENGINE_TUNING
		});
		const session = new NativeSession(threads, dbPath, instance, await instance.connect());
		session.engineVersion = String(await session.scalar('SELECT version()'));
		return session;
	}

	private async scalar(sql: string): Promise<unknown> {
		const reader = await this.conn.runAndReadAll(sql);
		return reader.getRowsJS()[0]?.[0];
	}

	/** The plain load: read_csv (as the app calls it) / read_parquet into the table, CHECKPOINT. */
	async importFile(
		entity: string,
		format: 'csv' | 'parquet',
		path: string,
		bytes: number
	): Promise<NativeImport> {
		const reader =
			format === 'csv' ? `read_csv(${q(path)}, store_rejects = true)` : `read_parquet(${q(path)})`;
		try {
			const { ms, cpuMs } = await measured(async () => {
				await this.conn.run(
					`CREATE OR REPLACE TABLE main.${tableOf(entity)} AS SELECT * FROM ${reader}`
				);
				await this.conn.run('CHECKPOINT');
			});
			const rows = Number(await this.scalar(`SELECT count(*) FROM main.${tableOf(entity)}`));
			return { entity, format, bytes, rows, totalMs: ms, mbPerS: bytes / 1e6 / (ms / 1000), cpuMs };
		} catch (e) {
			return {
				entity,
				format,
				bytes,
				rows: 0,
				totalMs: Number.NaN,
				mbPerS: Number.NaN,
				cpuMs: Number.NaN,
				error: String(e)
			};
		}
	}

	async columns(): Promise<NativeResult['columns']> {
		const out: NativeResult['columns'] = {};
		for (const entity of ENTITY_NAMES) {
			const reader = await this.conn.runAndReadAll(`DESCRIBE main.${tableOf(entity)}`);
			out[entity] = reader
				.getRowObjectsJS()
				.map((r) => ({ name: String(r['column_name']), type: String(r['column_type']) }));
		}
		return out;
	}

	/** One run of a `count` statement (one row, one column `members`). */
	async count(sql: string): Promise<Step<number>> {
		return measured(async () => Number(await this.scalar(sql)));
	}

	/** One run of a `live` statement (one row: members, g0, g1, …). */
	async live(sql: string): Promise<Step<number>> {
		return measured(async () => {
			const reader = await this.conn.runAndReadAll(sql);
			return Number(reader.getRowsJS()[0]?.[0] ?? 0);
		});
	}

	/** Keep a segment's members as the app's run does (the table the export reads). */
	async keepMembers(id: string, membersSql: string): Promise<{ members: number; runMs: number }> {
		const r = await measured(async () => {
			await this.conn.run(
				'CREATE TABLE IF NOT EXISTS main.segment_members (segment_id VARCHAR NOT NULL, member_key VARCHAR NOT NULL)'
			);
			await this.conn.run(`DELETE FROM main.segment_members WHERE segment_id = ${q(id)}`);
			await this.conn.run(
				`INSERT INTO main.segment_members SELECT ${q(id)}, CAST(member_key AS VARCHAR) FROM (\n${membersSql}\n) AS m WHERE member_key IS NOT NULL`
			);
		});
		const members = Number(
			await this.scalar(`SELECT count(*) FROM main.segment_members WHERE segment_id = ${q(id)}`)
		);
		return { members, runMs: r.ms };
	}

	/** The export's SQL written as CSV by DuckDB's own writer. */
	async exportCsv(exportSql: string): Promise<NativeResult['export']> {
		const path = `${this.dbPath}-export.csv`;
		rmSync(path, { force: true });
		try {
			const { ms, cpuMs } = await measured(() =>
				this.conn.run(`COPY (${exportSql}) TO ${q(path)} (FORMAT CSV, HEADER)`)
			);
			const bytes = statSync(path).size;
			const rows = Number(await this.scalar(`SELECT count(*) FROM read_csv(${q(path)})`));
			return { rows, bytes, ms, cpuMs };
		} finally {
			rmSync(path, { force: true });
		}
	}

	async memory(): Promise<{ duckdbMemoryBytes: number; databaseBytes: number }> {
		const duckdbMemoryBytes = Number(
			await this.scalar('SELECT sum(memory_usage_bytes) FROM duckdb_memory()')
		);
		const size =
			(await this.conn.runAndReadAll('CALL pragma_database_size()')).getRowObjectsJS()[0] ?? {};
		return {
			duckdbMemoryBytes,
			databaseBytes: Number(size['total_blocks'] ?? 0) * Number(size['block_size'] ?? 0)
		};
	}

	/** Checkpoint, close, open the file again and run the first count. */
	async reopen(countSql: string): Promise<NativeResult['reopen']> {
		await this.conn.run('CHECKPOINT');
		this.conn.closeSync();
		this.instance.closeSync();
		const t0 = performance.now();
		this.instance = await DuckDBInstance.create(this.dbPath, {
			threads: String(this.threads),
			...ENGINE_TUNING
		});
		this.conn = await this.instance.connect();
		const openMs = performance.now() - t0;
		const members = Number(await this.scalar(countSql));
		return { openMs, firstCountMs: performance.now() - t0, members };
	}

	close(): void {
		try {
			this.conn.closeSync();
			this.instance.closeSync();
		} finally {
			for (const p of [this.dbPath, `${this.dbPath}.wal`]) rmSync(p, { force: true });
		}
	}
}
