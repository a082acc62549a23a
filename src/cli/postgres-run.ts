// `segments run --engine postgres`: every segment evaluated in a PostgreSQL database with the
// compiler's PostgreSQL dialect, counted as on DuckDB, and its members written with the same writer
// (same columns, split_part included): the members' Customer Profile rows are fetched from
// PostgreSQL into a scratch native DuckDB, which writes the CSV or Parquet file.
import { errorFirstLine } from '../lib/error-message';
import type { DataModel, Entity } from '../lib/segments/data-model';
import { postgresDialect } from '../lib/segments/dialect';
import { usableSplit } from '../lib/segments/split';
import { segmentLabel } from '../lib/segments/label';
import type { SegmentSql } from '../lib/segments/compile';
import type { Clock } from '../lib/segments/dates';
import { quoteIdent, quoteString } from '../lib/sql/quote';
import { BadInput } from './errors';
import {
	aggregateEntities,
	compile,
	counts,
	labelColumn,
	neededEntities,
	writeMembers,
	type LabelColumn
} from './evaluate';
import type { InputSegment } from './inputs';
import type { SegmentDefinition } from '../lib/segments/definition';
import {
	fileLookup,
	keepMembers,
	lastRunTargets,
	runLookup,
	withLiveReferences
} from './segment-lookup';
import { openNative } from './native';
import { makeOutputFolder, type Options } from './options';
import { checkTables, kindOfPgType, openPostgres, type PgDb, type PgTable } from './postgres';
import { pendingResult, progress, type SegmentResult } from './report';

/** The DuckDB type a members file gets for a PostgreSQL column. */
function duckType(pgType: string): string {
	const t = pgType.toLowerCase();
	if (/^(smallint|integer|bigint)\b/.test(t)) return 'BIGINT';
	switch (kindOfPgType(t)) {
		case 'number':
			return 'DOUBLE';
		case 'date':
			return 'DATE';
		case 'timestamp':
			return 'TIMESTAMP';
		case 'boolean':
			return 'BOOLEAN';
		default:
			return 'VARCHAR';
	}
}

const BATCH = 1000;

/** The members' profile rows from PostgreSQL, written by the DuckDB writer to `path`. */
async function writeFromPostgres(
	db: PgDb,
	model: DataModel,
	profile: PgTable,
	sql: SegmentSql,
	path: string,
	split: Parameters<typeof writeMembers>[4],
	labels?: LabelColumn
): Promise<void> {
	const entity = profile.entity;
	const key = quoteIdent(model.profile!.key);
	const names = entity.attributes.map((a) => a.name);
	const rows = await db.all(
		`SELECT ${names.map((n) => `CAST(p.${quoteIdent(n)} AS TEXT) AS ${quoteIdent(n)}`).join(', ')} FROM ${quoteIdent(entity.table)} AS p WHERE p.${key} IN (SELECT member_key FROM (\n${sql.members}\n) AS m)`
	);
	const types = names.map((n) => duckType(profile.columns.get(n) ?? 'text'));
	const scratch = await openNative({ threads: 1 });
	try {
		await scratch.run(
			`CREATE TABLE ${quoteIdent(entity.table)} (${names.map((n, i) => `${quoteIdent(n)} ${types[i]}`).join(', ')})`
		);
		for (let i = 0; i < rows.length; i += BATCH) {
			const values = rows
				.slice(i, i + BATCH)
				.map(
					(r) =>
						`(${names.map((n, c) => (r[n] === null ? 'NULL' : `CAST(${quoteString(String(r[n]))} AS ${types[c]})`)).join(', ')})`
				);
			await scratch.run(`INSERT INTO ${quoteIdent(entity.table)} VALUES ${values.join(', ')}`);
		}
		const all = { members: `SELECT ${key} AS member_key FROM ${quoteIdent(entity.table)}` };
		// each member's label, computed in PostgreSQL, joined in the scratch copy
		let kept: LabelColumn | undefined;
		if (labels) {
			const pairs = await db.all(
				`SELECT CAST(member_key AS TEXT) AS member_key, CAST(label AS TEXT) AS label FROM (\n${labels.sql}\n) AS l`
			);
			await scratch.run('CREATE TABLE __labels (member_key VARCHAR, label VARCHAR)');
			for (let i = 0; i < pairs.length; i += BATCH) {
				const values = pairs
					.slice(i, i + BATCH)
					.map(
						(r) =>
							`(${quoteString(String(r.member_key))}, ${r.label === null ? 'NULL' : quoteString(String(r.label))})`
					);
				await scratch.run(`INSERT INTO __labels VALUES ${values.join(', ')}`);
			}
			kept = { column: labels.column, sql: 'SELECT member_key, label FROM __labels' };
		}
		await writeMembers(scratch, model, all as SegmentSql, path, split, kept);
	} finally {
		scratch.close();
	}
}

/** Connect, check the tables, then evaluate each segment (a failure is that segment's, exit 1). */
export async function runOnPostgres(
	options: Options,
	segments: InputSegment[],
	model: DataModel,
	clock: Clock,
	paths: Map<string, string>,
	all: SegmentDefinition[] = []
): Promise<SegmentResult[]> {
	const definitions = withLiveReferences(
		segments.map((s) => s.definition),
		fileLookup(all)
	);
	const kept = lastRunTargets(all);
	const ran = new Set<string>();
	const db = await openPostgres(options.url);
	const results: SegmentResult[] = [];
	try {
		const tables = await checkTables(
			db,
			model,
			neededEntities(model, definitions),
			aggregateEntities(definitions)
		);
		const profile = tables.find((t) => t.entity.name === model.profile!.entity) as PgTable;
		progress(
			`Reading ${tables.map((t) => `${t.entity.name} from “${t.entity.table}”`).join(', ')} in PostgreSQL at ${db.label}`
		);
		makeOutputFolder(paths);
		for (const [i, { definition }] of segments.entries()) {
			const started = performance.now();
			progress(`[${i + 1}/${segments.length}] ${segmentLabel(definition)}…`);
			const result = pendingResult(definition.name, segmentLabel(definition));
			const compiled = compile(definition, model, clock, postgresDialect, runLookup(all, ran));
			if (!compiled.ok) result.problems = compiled.problems;
			else
				try {
					const c = await counts(db, compiled.sql, definition.groups.length);
					result.members = c.members;
					result.groups = c.groups;
					const path = paths.get(definition.name);
					if (path) {
						const lookup = runLookup(all, ran);
						await writeFromPostgres(
							db,
							model,
							profile,
							compiled.sql,
							path,
							usableSplit(definition.split),
							labelColumn(definition, model, clock, compiled.sql, postgresDialect, lookup)
						);
						result.out = path;
					}
					if (kept.has(definition.name)) {
						await keepMembers(db, definition.name, compiled.sql.members);
						ran.add(definition.name);
					}
					result.status = 'ok';
				} catch (e) {
					result.problems = [`PostgreSQL could not evaluate it: ${errorFirstLine(e)}`];
				}
			result.seconds = (performance.now() - started) / 1000;
			results.push(result);
		}
	} finally {
		await db.close();
	}
	return results;
}

/** Entities as the model names them, each table renamed by --table Entity=table. */
export function withTables(model: DataModel, pairs: string[]): DataModel {
	if (pairs.length === 0) return model;
	const renamed = new Map<string, string>();
	for (const p of pairs) {
		const m = /^([^=]+)=(.+)$/.exec(p);
		const entity = m && model.entities.find((e) => e.name.toLowerCase() === m[1]!.toLowerCase());
		if (!m || !entity)
			throw new BadInput(
				`--table ${p}: give an entity of the data model and its table, as --table ${model.entities[0]?.name ?? 'Orders'}=orders (the model has ${model.entities.map((e) => e.name).join(', ')}).`
			);
		renamed.set(entity.name, m[2]!);
	}
	return {
		...model,
		entities: model.entities.map((e): Entity =>
			renamed.has(e.name) ? { ...e, table: renamed.get(e.name)! } : e
		)
	};
}
