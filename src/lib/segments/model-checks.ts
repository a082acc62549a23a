// SQL that checks the data model against the data: how many rows of a relationship's `from` side
// find a partner (a wrong key shows at once as a low match rate), whether the `to` side is unique,
// and whether the Customer Profile key is unique and filled.
import { quoteIdent } from '../sql/quote';
import type { CustomerProfile, DataModel, Entity, Relationship } from './data-model';

function entityOf(model: DataModel, name: string): Entity {
	const e = model.entities.find((x) => x.name === name);
	if (!e) throw new Error(`Unknown entity ${name}`);
	return e;
}

/** One row: total, with_key (from rows whose key is filled), matched, to_duplicates. */
export function relationshipCheckSql(model: DataModel, rel: Relationship): string {
	const from = entityOf(model, rel.from.entity);
	const to = entityOf(model, rel.to.entity);
	const fk = quoteIdent(rel.from.attribute);
	const pk = quoteIdent(rel.to.attribute);
	const ft = quoteIdent(from.table);
	const tt = quoteIdent(to.table);
	return `SELECT
  (SELECT count(*) FROM ${ft}) AS total,
  (SELECT count(${fk}) FROM ${ft}) AS with_key,
  (SELECT count(*) FROM ${ft} AS f WHERE EXISTS (SELECT 1 FROM ${tt} AS t WHERE t.${pk} = f.${fk})) AS matched,
  (SELECT count(${pk}) - count(DISTINCT ${pk}) FROM ${tt}) AS to_duplicates`;
}

export interface RelationshipCheck {
	total: number;
	withKey: number;
	matched: number;
	toDuplicates: number;
	/** matched / total, 0..1 (NaN when there are no rows). */
	matchRate: number;
}

export function readRelationshipCheck(row: Record<string, unknown> | undefined): RelationshipCheck {
	const total = Number(row?.['total'] ?? 0);
	const matched = Number(row?.['matched'] ?? 0);
	return {
		total,
		withKey: Number(row?.['with_key'] ?? 0),
		matched,
		toDuplicates: Number(row?.['to_duplicates'] ?? 0),
		matchRate: total === 0 ? Number.NaN : matched / total
	};
}

/**
 * One row: total, filled, duplicate_keys (key values that appear more than once) and
 * duplicate_rows (the rows that carry them).
 */
export function profileCheckSql(model: DataModel, profile: CustomerProfile): string {
	const e = entityOf(model, profile.entity);
	const k = quoteIdent(profile.key);
	const t = quoteIdent(e.table);
	return `WITH repeated AS (SELECT count(*) AS n FROM ${t} WHERE ${k} IS NOT NULL GROUP BY ${k} HAVING count(*) > 1)
SELECT count(*) AS total, count(${k}) AS filled,
  (SELECT count(*) FROM repeated) AS duplicate_keys,
  (SELECT coalesce(sum(n), 0) FROM repeated) AS duplicate_rows
FROM ${t}`;
}

export interface ProfileCheck {
	total: number;
	empty: number;
	/** How many key values appear on more than one row. */
	duplicateKeys: number;
	duplicateRows: number;
}

export function readProfileCheck(row: Record<string, unknown> | undefined): ProfileCheck {
	const total = Number(row?.['total'] ?? 0);
	const filled = Number(row?.['filled'] ?? 0);
	return {
		total,
		empty: total - filled,
		duplicateKeys: Number(row?.['duplicate_keys'] ?? 0),
		duplicateRows: Number(row?.['duplicate_rows'] ?? 0)
	};
}
