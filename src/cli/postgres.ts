// PostgreSQL for the command line (--engine postgres --url postgres://…): a connection through
// node-postgres, and the check that every entity a run needs is a table or view there with the
// model's columns, each holding the kind of value the model says. Problems are bad input (exit 2),
// one sentence naming the server, table or column; a password in the URL is never printed.
import pg from 'pg';
import { errorFirstLine } from '../lib/error-message';
import type { AttributeType, DataModel, Entity } from '../lib/segments/data-model';
import { BadInput } from './errors';
import type { Row } from './native';

export interface PgDb {
	all(sql: string, params?: unknown[]): Promise<Row[]>;
	run(sql: string, params?: unknown[]): Promise<void>;
	close(): Promise<void>;
	/** host:port/database, for messages. */
	label: string;
}

/** The URL without its password, as messages name the server. */
export function serverLabel(url: string): string {
	try {
		const u = new URL(url);
		return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname.length > 1 ? u.pathname : ''}`;
	} catch {
		return 'the server';
	}
}

function connectionSentence(e: unknown, label: string): string {
	const err = e as { code?: string; message?: string };
	switch (err.code) {
		case 'ECONNREFUSED':
			return `Could not reach PostgreSQL at ${label}: the connection was refused. Is the server running, and is --url right?`;
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `Could not reach PostgreSQL at ${label}: the host name is not known.`;
		case 'ETIMEDOUT':
			return `Could not reach PostgreSQL at ${label}: the connection timed out.`;
		case '28P01':
		case '28000':
			return `PostgreSQL at ${label} refused the login: check the user and password in --url.`;
		case '3D000':
			return `PostgreSQL at ${label} has no such database: check the database name in --url.`;
		default:
			return `Could not connect to PostgreSQL at ${label}: ${errorFirstLine(e)}`;
	}
}

export async function openPostgres(url: string | undefined): Promise<PgDb> {
	if (!url)
		throw new BadInput(
			'--engine postgres needs the database: give --url postgres://user@host:5432/database.'
		);
	if (!/^postgres(ql)?:\/\//i.test(url))
		throw new BadInput(
			'--url must be a PostgreSQL URL: postgres://user:password@host:5432/database.'
		);
	const label = serverLabel(url);
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
	// a dropped connection is reported by the query that needed it
	client.on('error', () => {});
	try {
		await client.connect();
	} catch (e) {
		await client.end().catch(() => {});
		throw new BadInput(connectionSentence(e, label));
	}
	return {
		label,
		async all(sql, params) {
			return (await client.query(sql, params)).rows as Row[];
		},
		async run(sql, params) {
			await client.query(sql, params);
		},
		async close() {
			await client.end().catch(() => {});
		}
	};
}

/** The kind of value a PostgreSQL column type holds, as the model names kinds; null if none fits. */
export function kindOfPgType(type: string): AttributeType | 'timestamptz' | null {
	const t = type.toLowerCase();
	if (/^(smallint|integer|bigint|numeric|real|double precision)\b/.test(t)) return 'number';
	if (/^(text|character varying|character|varchar|char|name|uuid|citext)\b/.test(t))
		return 'string';
	if (t === 'date') return 'date';
	if (t.startsWith('timestamp') && t.includes('with time zone')) return 'timestamptz';
	if (t.startsWith('timestamp')) return 'timestamp';
	if (t === 'boolean') return 'boolean';
	return null;
}

const KIND_WORDS: Record<string, string> = {
	number: 'numbers',
	string: 'text',
	date: 'dates',
	timestamp: 'timestamps (date and time)',
	timestamptz: 'timestamps with a time zone',
	boolean: 'true/false values'
};

export interface PgTable {
	entity: Entity;
	/** Column name → PostgreSQL type (format_type). */
	columns: Map<string, string>;
	/** r table, p partitioned table, v view, m materialized view, f foreign table. */
	kind: string;
}

/**
 * Each needed entity's table or view (found through the search_path), checked against the model.
 * `counted`: entities whose rows an aggregate counts — they must be tables (rows have a ctid).
 */
export async function checkTables(
	db: PgDb,
	model: DataModel,
	needed: string[],
	counted: Set<string>
): Promise<PgTable[]> {
	const out: PgTable[] = [];
	for (const name of needed) {
		const entity = model.entities.find((e) => e.name === name) as Entity;
		const rows = await db.all(
			`SELECT c.relkind AS kind, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
			FROM pg_catalog.pg_class c
			LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
			WHERE c.relname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND pg_catalog.pg_table_is_visible(c.oid)
			ORDER BY a.attnum`,
			[entity.table]
		);
		if (rows.length === 0)
			throw new BadInput(
				`PostgreSQL at ${db.label} has no table or view “${entity.table}” for the entity ${entity.name}: load it with segments load, or name the table with --table ${entity.name}=<table>.`
			);
		const kind = String(rows[0]!.kind);
		const columns = new Map(rows.map((r) => [String(r.name), String(r.type)]));
		for (const a of entity.attributes) {
			const type = columns.get(a.name);
			if (type === undefined)
				throw new BadInput(
					`The table “${entity.table}” in PostgreSQL has no column “${a.name}”, which the entity ${entity.name} has in the data model (it has ${[...columns.keys()].map((c) => `“${c}”`).join(', ')}).`
				);
			const k = kindOfPgType(type);
			const fits = k === a.type || (a.type === 'timestamp' && k === 'date');
			if (!fits)
				throw new BadInput(
					`The column “${a.name}” of “${entity.table}” in PostgreSQL holds ${k ? KIND_WORDS[k] : type}, but the entity ${entity.name} has ${KIND_WORDS[a.type]} in it in the data model.`
				);
		}
		if (counted.has(entity.name) && !['r', 'm'].includes(kind))
			throw new BadInput(
				`“${entity.table}” in PostgreSQL is a view, but a segment counts rows of ${entity.name}, which needs a table (or a materialized view): rows are told apart by their ctid.`
			);
		out.push({ entity, columns, kind });
	}
	return out;
}
