// `segments load --engine postgres --url … --data …`: the data model's entities copied from their
// files into PostgreSQL tables, for a trial of --engine postgres. The files are read by native
// DuckDB exactly as `segments run` reads them (same file matching, same column checks), then sent
// to PostgreSQL in batches, one text array per column, cast to the column's type there. All tables
// are written in one transaction: a failure leaves the database as it was.
import { errorFirstLine } from '../lib/error-message';
import type { DataModel } from '../lib/segments/data-model';
import { quoteIdent } from '../lib/sql/quote';
import { createViews, resolveSources } from './data-files';
import { BadInput, EXIT_OK } from './errors';
import { openNative, type NativeDb } from './native';
import type { Options } from './options';
import { openPostgres, type PgDb } from './postgres';
import { progress, table } from './report';

const BATCH = 20_000;

/** The PostgreSQL type for a DuckDB column type of a view (whose kind already fits the model). */
export function pgTypeOf(duckType: string): string {
	const t = duckType.toUpperCase();
	if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER)$/.test(t)) return 'bigint';
	if (/^(UBIGINT|HUGEINT|UHUGEINT)$/.test(t)) return 'numeric';
	if (/^DECIMAL\(\d+,\s*\d+\)$/.test(t)) return t.toLowerCase().replace('decimal', 'numeric');
	if (/^(FLOAT|REAL|DOUBLE)$/.test(t)) return 'double precision';
	if (t === 'DATE') return 'date';
	if (t === 'TIMESTAMP' || t.startsWith('TIMESTAMP_')) return 'timestamp';
	if (t.startsWith('TIMESTAMP WITH TIME ZONE') || t === 'TIMESTAMPTZ') return 'timestamptz';
	if (t === 'BOOLEAN') return 'boolean';
	return 'text';
}

async function tableExists(pg: PgDb, name: string): Promise<boolean> {
	const rows = await pg.all(
		`SELECT 1 FROM pg_catalog.pg_class c WHERE c.relname = $1 AND pg_catalog.pg_table_is_visible(c.oid)`,
		[name]
	);
	return rows.length > 0;
}

/** One entity's rows (already in DuckDB's view `entity.table`) inserted into PostgreSQL. */
async function copyEntity(
	duck: NativeDb,
	pg: PgDb,
	name: string,
	columns: { name: string; type: string }[]
): Promise<number> {
	const target = quoteIdent(name);
	const cols = columns.map((c) => quoteIdent(c.name));
	await pg.run(`DROP TABLE IF EXISTS ${target}`);
	await pg.run(
		`CREATE TABLE ${target} (${columns.map((c, i) => `${cols[i]} ${c.type}`).join(', ')})`
	);
	// a numbered copy, so batches are read by row number rather than by an unordered OFFSET
	await duck.run(
		`CREATE OR REPLACE TEMP TABLE load_rows AS SELECT ${cols.map((c) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ')} FROM ${target}`
	);
	const [{ n } = { n: 0 }] = await duck.all('SELECT count(*) AS n FROM load_rows');
	const total = Number(n);
	const unnest = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
	const aliases = columns.map((_, i) => `c${i}`);
	const insert = `INSERT INTO ${target} (${cols.join(', ')}) SELECT ${columns.map((c, i) => `CAST(u.${aliases[i]} AS ${c.type})`).join(', ')} FROM unnest(${unnest}) AS u(${aliases.join(', ')})`;
	for (let from = 0; from < total; from += BATCH) {
		const rows = await duck.all(
			`SELECT * FROM load_rows WHERE rowid >= ${from} AND rowid < ${from + BATCH}`
		);
		const arrays = columns.map((c) => rows.map((r) => r[c.name] as string | null));
		await pg.run(insert, arrays);
	}
	await duck.run('DROP TABLE load_rows');
	return total;
}

export async function loadCommand(options: Options, model: DataModel): Promise<number> {
	if (options.engine !== 'postgres')
		throw new BadInput(
			'segments load copies files into PostgreSQL: give --engine postgres --url postgres://…'
		);
	const sources = resolveSources(
		model,
		model.entities.map((e) => e.name),
		options.data
	);
	const duck = await openNative({
		...(options.threads ? { threads: options.threads } : {}),
		...(options.memoryLimit ? { memoryLimit: options.memoryLimit } : {})
	});
	try {
		// the same views `segments run` reads, so a file that does not fit the model is refused here
		await createViews(duck, sources, new Set());
		const pg = await openPostgres(options.url);
		try {
			if (!options.replace)
				for (const s of sources)
					if (await tableExists(pg, s.entity.table))
						throw new BadInput(
							`PostgreSQL at ${pg.label} already has a table or view “${s.entity.table}” (for the entity ${s.entity.name}); give --replace to replace it with the file's rows.`
						);
			const loaded: string[][] = [['entity', 'table', 'rows', 'from']];
			await pg.run('BEGIN');
			try {
				for (const s of sources) {
					const described = await duck.all(`DESCRIBE ${quoteIdent(s.entity.table)}`);
					const columns = described.map((r) => ({
						name: String(r.column_name),
						type: pgTypeOf(String(r.column_type))
					}));
					progress(`Loading ${s.entity.name} from ${s.label} into “${s.entity.table}”…`);
					const rows = await copyEntity(duck, pg, s.entity.table, columns);
					loaded.push([s.entity.name, s.entity.table, rows.toLocaleString('en-US'), s.label]);
				}
				await pg.run('COMMIT');
			} catch (e) {
				await pg.run('ROLLBACK').catch(() => {});
				if (e instanceof BadInput) throw e;
				throw new BadInput(
					`PostgreSQL at ${pg.label} refused the data (nothing was loaded): ${errorFirstLine(e)}`
				);
			}
			process.stdout.write(
				`Loaded into PostgreSQL at ${pg.label}:\n${table(loaded, new Set([2]))}\n`
			);
		} finally {
			await pg.close();
		}
	} finally {
		duck.close();
	}
	return EXIT_OK;
}
