// The differential test's small tables created in PostgreSQL: the same columns and rows as in
// DuckDB (segment-db.ts), with PostgreSQL's type names and literals.
import { quoteDate, quoteIdent, quoteString, quoteTimestamp } from '../../src/lib/sql/quote';
import type { PgDb } from '../../src/cli/postgres';
import type { Cell } from './reference-evaluator';
import type { SqlType, TableSpec } from './segment-db';

const TYPES: Record<SqlType, string> = {
	INTEGER: 'integer',
	BIGINT: 'bigint',
	DOUBLE: 'double precision',
	VARCHAR: 'text',
	DATE: 'date',
	TIMESTAMP: 'timestamp',
	BOOLEAN: 'boolean'
};

function literal(v: Cell, type: SqlType): string {
	if (v === null) return 'NULL';
	switch (type) {
		case 'INTEGER':
		case 'BIGINT':
		case 'DOUBLE':
			return `CAST(${quoteString(String(v))} AS ${TYPES[type]})`;
		case 'VARCHAR':
			return quoteString(v as string);
		case 'DATE':
			return quoteDate(v as string);
		case 'TIMESTAMP':
			return quoteTimestamp(v as string);
		case 'BOOLEAN':
			return v ? 'TRUE' : 'FALSE';
	}
}

export async function createPgTable(db: PgDb, spec: TableSpec): Promise<void> {
	const table = quoteIdent(spec.table);
	const cols = spec.columns.map((c) => `${quoteIdent(c.name)} ${TYPES[c.type]}`).join(', ');
	const values = spec.rows
		.map((r) => `(${spec.columns.map((c) => literal(r[c.name] ?? null, c.type)).join(', ')})`)
		.join(', ');
	// one round trip: the statements go together
	await db.run(
		[
			`DROP TABLE IF EXISTS ${table}`,
			`CREATE TABLE ${table} (${cols})`,
			...(values ? [`INSERT INTO ${table} VALUES ${values}`] : [])
		].join(';\n')
	);
}
