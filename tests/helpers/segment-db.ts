// Tables for segment tests: create them in the test DuckDB from typed rows (values quoted with the
// app's own quote.ts), and read member sets back.
import type { TestDb } from './duckdb';
import type { Cell, Row } from './reference-evaluator';
import {
	quoteBoolean,
	quoteDate,
	quoteIdent,
	quoteNumber,
	quoteString,
	quoteTimestamp
} from '../../src/lib/sql/quote';

export type SqlType =
	'INTEGER' | 'BIGINT' | 'DOUBLE' | 'VARCHAR' | 'DATE' | 'TIMESTAMP' | 'BOOLEAN';

export interface TableSpec {
	table: string;
	columns: { name: string; type: SqlType }[];
	rows: Row[];
}

export function literal(v: Cell, type: SqlType): string {
	if (v === null) return 'NULL';
	switch (type) {
		case 'INTEGER':
		case 'BIGINT':
		case 'DOUBLE':
			return `CAST(${quoteNumber(v as number)} AS ${type})`;
		case 'VARCHAR':
			return quoteString(v as string);
		case 'DATE':
			return quoteDate(v as string);
		case 'TIMESTAMP':
			return quoteTimestamp(v as string);
		case 'BOOLEAN':
			return quoteBoolean(v as boolean);
	}
}

/** The statements that create a spec's table with its rows. */
export function tableSql(spec: TableSpec): string[] {
	const cols = spec.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
	const out = [`CREATE OR REPLACE TABLE ${quoteIdent(spec.table)} (${cols})`];
	if (spec.rows.length === 0) return out;
	const values = spec.rows
		.map((r) => `(${spec.columns.map((c) => literal(r[c.name] ?? null, c.type)).join(', ')})`)
		.join(', ');
	return [...out, `INSERT INTO ${quoteIdent(spec.table)} VALUES ${values}`];
}

export function createTable(db: TestDb, spec: TableSpec): void {
	for (const sql of tableSql(spec)) db.run(sql);
}

export function dropTable(db: TestDb, table: string): void {
	db.run(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
}

/** The member_key column of a members query, as a set of strings. */
export function memberSet(db: TestDb, sql: string): Set<string> {
	return new Set(db.all(sql).map((r) => String(r.member_key)));
}

export function sorted(set: Iterable<string>): string[] {
	return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
