// Native DuckDB (@duckdb/node-api, engine 1.4.3 — the same engine version as the browser's
// DuckDB-WASM 1.32) for the command line: an in-memory database that reads the user's files in
// place and spills to a temporary folder when a query needs more than the memory limit.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Row = Record<string, unknown>;

export interface NativeOptions {
	threads?: number;
	/** DuckDB's own notation: '8GB', '500MB'. */
	memoryLimit?: string;
	/** Where DuckDB spills; default a fresh folder under the system's temporary folder. */
	tempDirectory?: string;
}

export interface NativeDb {
	all(sql: string): Promise<Row[]>;
	run(sql: string): Promise<void>;
	close(): void;
}

export async function openNative(options: NativeOptions = {}): Promise<NativeDb> {
	const spill = options.tempDirectory ?? mkdtempSync(join(tmpdir(), 'segments-spill-'));
	const config: Record<string, string> = {
		// never fetch an extension from the network: Parquet and JSON are built in
		autoinstall_known_extensions: 'false',
		temp_directory: spill,
		// members are sets: no need to keep rows in file order, which lets large scans stream
		preserve_insertion_order: 'false'
	};
	if (options.threads) config.threads = String(options.threads);
	if (options.memoryLimit) config.memory_limit = options.memoryLimit;
	const instance = await DuckDBInstance.create(':memory:', config);
	const conn: DuckDBConnection = await instance.connect();
	return {
		async all(sql) {
			const reader = await conn.runAndReadAll(sql);
			return reader.getRowObjectsJS() as Row[];
		},
		async run(sql) {
			await conn.run(sql);
		},
		close() {
			conn.closeSync();
			instance.closeSync();
			if (!options.tempDirectory) rmSync(spill, { recursive: true, force: true });
		}
	};
}
