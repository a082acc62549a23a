// Evaluating segments with the app's compiler (on native DuckDB; postgres-run.ts reuses it for
// PostgreSQL): what data a set of definitions needs, each segment's member and group counts, and
// its members written to a file (the Customer Profile rows of the members, as the app exports
// them) through a temporary file and a rename, so a file is either whole or not there.
import type { Split } from '../lib/segments/definition';
import { splitPartSql } from '../lib/segments/split';
import { SPLIT_COLUMN } from '../lib/runs/members-sql';
import { renameSync, rmSync } from 'node:fs';
import type { DataModel, Entity } from '../lib/segments/data-model';
import type { SegmentDefinition } from '../lib/segments/definition';
import { compileLabels, compileSegment, type SegmentSql } from '../lib/segments/compile';
import { usableLabels } from '../lib/segments/labels';
import { effectiveClock, type Clock } from '../lib/segments/dates';
import type { Dialect } from '../lib/segments/dialect';
import { describeLocation } from '../lib/segments/problems';
import { referencesOf } from '../lib/segments/references';
import type { SegmentLookup } from '../lib/segments/dependencies';
import { quoteIdent, quoteString } from '../lib/sql/quote';
import type { NativeDb } from './native';

/** The model's entities the definitions reach (and the Customer Profile's), in model order. */
export function neededEntities(model: DataModel, definitions: SegmentDefinition[]): string[] {
	const names = new Set<string>();
	if (model.profile) names.add(model.profile.entity);
	for (const d of definitions) {
		const refs = referencesOf(d);
		for (const e of refs.entities) names.add(e);
		for (const r of model.relationships)
			if (refs.relationships.has(r.name)) names.add(r.from.entity).add(r.to.entity);
	}
	return model.entities.filter((e) => names.has(e.name)).map((e) => e.name);
}

/**
 * Entities whose rows are told apart by their row number (their views need one): those an aggregate
 * or a ranking counts, and those that date a sequence's side or a lifecycle condition.
 */
export function aggregateEntities(definitions: SegmentDefinition[]): Set<string> {
	return new Set(
		definitions.flatMap((d) =>
			d.groups.flatMap((g) => [
				...g.aggregates.map((a) => a.entity),
				...(g.rank ? [g.rank.entity] : []),
				...(g.sequences ?? []).flatMap((s) => [s.first.time.entity, s.then.time.entity]),
				...(g.lifecycles ?? []).map((c) => c.time.entity)
			])
		)
	);
}

/** Validation problems as the app words them, each with where it is ("group 1, condition 2"). */
export function problemLines(problems: { path: (string | number)[]; message: string }[]): string[] {
	return problems.map((p) => {
		const where = describeLocation(p.path);
		return where ? `${where}: ${p.message}` : p.message;
	});
}

export type Compiled =
	{ ok: true; sql: SegmentSql; clock: Clock } | { ok: false; problems: string[] };

export function compile(
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	dialect?: Dialect,
	segments?: SegmentLookup
): Compiled {
	const at = effectiveClock(definition, clock);
	const r = compileSegment(definition, model, at, {
		...(dialect ? { dialect } : {}),
		...(segments ? { segments } : {})
	});
	return r.ok
		? { ok: true, sql: r.sql, clock: at }
		: { ok: false, problems: problemLines(r.problems) };
}

/** The label column's name and each member's label (member_key as text, label), or undefined. */
export interface LabelColumn {
	column: string;
	sql: string;
}

/** The definition's labels over its compiled members, in the dialect; undefined without labels. */
export function labelColumn(
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	sql: SegmentSql,
	dialect?: Dialect,
	segments?: SegmentLookup
): LabelColumn | undefined {
	const labels = usableLabels(definition.labels);
	if (!labels) return undefined;
	const r = compileLabels(definition, model, clock, `(\n${sql.members}\n)`, {
		...(dialect ? { dialect } : {}),
		...(segments ? { segments } : {})
	});
	if (!r) return undefined;
	if (!r.ok) throw new Error(problemLines(r.problems).join(' '));
	return { column: labels.column, sql: r.sql };
}

export interface Counts {
	members: number;
	groups: number[];
}

export async function counts(
	db: Pick<NativeDb, 'all'>,
	sql: SegmentSql,
	groups: number
): Promise<Counts> {
	const [row] = await db.all(sql.live);
	return {
		members: Number(row?.members ?? 0),
		groups: Array.from({ length: groups }, (_, i) => Number(row?.[`g${i}`] ?? 0))
	};
}

/** Member keys as text (how the app keeps them), sorted. */
export async function memberKeys(db: NativeDb, sql: SegmentSql): Promise<string[]> {
	const rows = await db.all(
		`SELECT DISTINCT CAST(member_key AS VARCHAR) AS k FROM (\n${sql.members}\n) AS m WHERE member_key IS NOT NULL ORDER BY k`
	);
	return rows.map((r) => String(r.k));
}

/** Write the members' Customer Profile rows to `path` (.csv or .parquet), whole or not at all. */
export async function writeMembers(
	db: NativeDb,
	model: DataModel,
	sql: SegmentSql,
	path: string,
	split?: Split,
	labels?: LabelColumn
): Promise<void> {
	const profile = model.profile!;
	const entity = model.entities.find((e) => e.name === profile.entity) as Entity;
	const key = quoteIdent(profile.key);
	const part = split
		? [`${splitPartSql(split, `CAST(p.${key} AS VARCHAR)`)} AS ${quoteIdent(SPLIT_COLUMN)}`]
		: [];
	const label = labels ? [`l.label AS ${quoteIdent(labels.column)}`] : [];
	const join = labels
		? ` LEFT JOIN (\n${labels.sql}\n) AS l ON l.member_key = CAST(p.${key} AS VARCHAR)`
		: '';
	const columns = [
		...entity.attributes.map((a) => `p.${quoteIdent(a.name)}`),
		...part,
		...label
	].join(', ');
	const format = path.toLowerCase().endsWith('.csv') ? 'FORMAT CSV, HEADER' : 'FORMAT PARQUET';
	const tmp = `${path}.partial-${process.pid}`;
	try {
		await db.run(
			`COPY (SELECT ${columns} FROM ${quoteIdent(entity.table)} AS p${join} WHERE p.${key} IN (SELECT member_key FROM (\n${sql.members}\n) AS m) ORDER BY p.${key}) TO ${quoteString(tmp)} (${format})`
		);
		renameSync(tmp, path);
	} finally {
		rmSync(tmp, { force: true });
	}
}
