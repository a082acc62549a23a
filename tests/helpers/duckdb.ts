// DuckDB for Node tests: the same duckdb-wasm engine version the browser runs (its Node blocking
// build), configured the way the app's engine is (no extension autoload, no external access), so a
// query that passes here runs in the browser too.
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { tableToRows, type Row } from '../../src/lib/engine/results';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

export interface TestDb {
	bindings: DuckDBBindings;
	conn: DuckDBConnection;
	/** Run SQL and return plain rows. */
	all(sql: string): Row[];
	/** Run SQL for its effect. */
	run(sql: string): void;
	/** Register in-memory file contents under /import/ (the only readable directory). */
	file(name: string, contents: string | Uint8Array): string;
	close(): void;
}

export async function openTestDb(): Promise<TestDb> {
	const bindings = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await bindings.instantiate(() => {});
	bindings.open({});
	const conn = bindings.connect();
	for (const s of [
		'SET autoload_known_extensions=false',
		'SET autoinstall_known_extensions=false',
		"SET allowed_directories=['/import/']",
		'SET enable_external_access=false',
		'SET lock_configuration=true'
	])
		conn.query(s);
	return {
		bindings,
		conn,
		all: (sql) => tableToRows(conn.query(sql)),
		run: (sql) => void conn.query(sql),
		file(name, contents) {
			const p = '/import/' + name;
			if (typeof contents === 'string') bindings.registerFileText(p, contents);
			else bindings.registerFileBuffer(p, contents);
			return p;
		},
		close() {
			conn.close();
			bindings.reset();
		}
	};
}
