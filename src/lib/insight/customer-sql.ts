// SQL about single customers: a few keys to click (members of a segment's latest run, and others),
// and the search for a customer by key or by a text attribute. Read-only; names quoted, values as
// escaped literals.
import type { DataModel } from '../segments/data-model';
import { profileTable } from '../runs/members-sql';
import { quoteIdent, quoteString } from '../sql/quote';

const RUN_MEMBERS = 'main.segment_members';

/** Up to `n` members of the latest run (member = true) and `n` customers outside it. */
export function suggestedKeysSql(model: DataModel, segmentId: string, n: number): string | null {
	const p = profileTable(model);
	if (!p) return null;
	const key = `p.${quoteIdent(p.key)}`;
	const members = `SELECT member_key FROM ${RUN_MEMBERS} WHERE segment_id = ${quoteString(segmentId)}`;
	const limit = Math.max(1, Math.floor(n));
	return [
		`(SELECT member_key AS k, TRUE AS member FROM ${RUN_MEMBERS} WHERE segment_id = ${quoteString(segmentId)} ORDER BY hash(member_key) LIMIT ${limit})`,
		'UNION ALL',
		`(SELECT CAST(${key} AS VARCHAR) AS k, FALSE AS member FROM ${quoteIdent(p.table)} AS p WHERE ${key} IS NOT NULL AND CAST(${key} AS VARCHAR) NOT IN (${members}) ORDER BY hash(CAST(${key} AS VARCHAR)) LIMIT ${limit})`
	].join('\n');
}

/**
 * Customers whose key equals the text, or whose chosen text attributes contain it (case ignored),
 * keys first: the key column `k` and every profile attribute.
 */
export function findCustomersSql(
	model: DataModel,
	text: string,
	attributes: string[],
	limit = 20
): string | null {
	const p = profileTable(model);
	const entity = model.entities.find((e) => e.name === model.profile?.entity);
	const needle = text.trim();
	if (!p || !entity || !needle) return null;
	const key = `CAST(p.${quoteIdent(p.key)} AS VARCHAR)`;
	const textual = attributes.filter((a) =>
		entity.attributes.some((x) => x.name === a && x.type === 'string')
	);
	const lower = quoteString(needle.toLowerCase());
	const matches = [
		`${key} = ${quoteString(needle)}`,
		...textual.map((a) => `contains(lower(p.${quoteIdent(a)}), ${lower})`)
	];
	return [
		`SELECT ${key} AS k, p.*`,
		`FROM ${quoteIdent(p.table)} AS p`,
		`WHERE p.${quoteIdent(p.key)} IS NOT NULL AND (${matches.join(' OR ')})`,
		`ORDER BY (${key} = ${quoteString(needle)}) DESC, p.${quoteIdent(p.key)}`,
		`LIMIT ${Math.max(1, Math.floor(limit))}`
	].join('\n');
}
