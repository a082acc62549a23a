// SQL over a segment's members as of its latest successful run (kept in the engine by
// snapshotDiff): the Customer Profile rows of the members, for the table and the export.
import { quoteIdent, quoteString } from '../sql/quote';
import type { DataModel } from '../segments/data-model';
import type { Labels, Split } from '../segments/definition';
import { labelCountsSql } from '../segments/labels';
import { partCountsSql, splitPartSql, SPLIT_COLUMN } from '../segments/split';

export { SPLIT_COLUMN };

export interface MemberQuery {
	/** Columns of the Customer Profile to return (all when empty). */
	columns?: string[];
	search?: string;
	orderBy?: { column: string; descending: boolean } | null;
	limit?: number;
	/** Adds the part of each member as a last column, `split_part`. */
	split?: Split;
	/** Adds each member's label of the latest run as a last column of this name. */
	labels?: Pick<Labels, 'column'>;
}

export function profileTable(
	model: DataModel
): { table: string; key: string; columns: string[] } | null {
	const profile = model.profile;
	const entity = profile ? model.entities.find((e) => e.name === profile.entity) : undefined;
	if (!profile || !entity) return null;
	return { table: entity.table, key: profile.key, columns: entity.attributes.map((a) => a.name) };
}

export function membersSql(
	model: DataModel,
	segmentId: string,
	q: MemberQuery = {}
): string | null {
	const p = profileTable(model);
	if (!p) return null;
	const cols = q.columns?.length ? q.columns.filter((c) => p.columns.includes(c)) : p.columns;
	const part = q.split
		? [
				`${splitPartSql(q.split, `CAST(p.${quoteIdent(p.key)} AS VARCHAR)`)} AS ${quoteIdent(SPLIT_COLUMN)}`
			]
		: [];
	const label = q.labels ? [`l.label AS ${quoteIdent(q.labels.column)}`] : [];
	const select = [...cols.map((c) => `p.${quoteIdent(c)}`), ...part, ...label].join(', ');
	const join = q.labels
		? `\nLEFT JOIN main.segment_labels AS l ON l.segment_id = ${quoteString(segmentId)} AND l.member_key = CAST(p.${quoteIdent(p.key)} AS VARCHAR)`
		: '';
	const where = [
		`CAST(p.${quoteIdent(p.key)} AS VARCHAR) IN (SELECT member_key FROM main.segment_members WHERE segment_id = ${quoteString(segmentId)})`
	];
	if (q.search && q.search.trim()) {
		const needle = quoteString(q.search.trim().toLowerCase());
		where.push(
			`(${p.columns.map((c) => `contains(lower(CAST(p.${quoteIdent(c)} AS VARCHAR)), ${needle})`).join(' OR ')})`
		);
	}
	const order =
		q.orderBy && p.columns.includes(q.orderBy.column)
			? `p.${quoteIdent(q.orderBy.column)} ${q.orderBy.descending ? 'DESC' : 'ASC'} NULLS LAST, p.${quoteIdent(p.key)}`
			: `p.${quoteIdent(p.key)}`;
	return `SELECT ${select}\nFROM ${quoteIdent(p.table)} AS p${join}\nWHERE ${where.join('\n  AND ')}\nORDER BY ${order}${q.limit ? `\nLIMIT ${Math.floor(q.limit)}` : ''}`;
}

/** The Customer Profile rows for a list of keys (entered / left lists). */
export function rowsForKeysSql(model: DataModel, keys: string[], limit = 100): string | null {
	const p = profileTable(model);
	if (!p || keys.length === 0) return null;
	const list = keys.slice(0, limit).map(quoteString).join(', ');
	return `SELECT p.* FROM ${quoteIdent(p.table)} AS p WHERE CAST(p.${quoteIdent(p.key)} AS VARCHAR) IN (${list}) ORDER BY p.${quoteIdent(p.key)}`;
}

/** How many of the latest run's members fall in each part of a split, in the split's order. */
export function splitCountsSql(segmentId: string, split: Split): string {
	return partCountsSql(
		`SELECT member_key FROM main.segment_members WHERE segment_id = ${quoteString(segmentId)}`,
		split
	);
}

/** How many of the latest run's members got each label, in the labels' order. */
export function labelCountsOfRunSql(segmentId: string, labels: Labels): string {
	return labelCountsSql(
		`SELECT member_key, label FROM main.segment_labels WHERE segment_id = ${quoteString(segmentId)}`,
		labels
	);
}
