// Committing a staged file without copying it. A file is staged as a table of the database itself
// (under STAGE_PREFIX), so when the chosen columns keep the staged order, committing can turn the
// staged table into the entity's table with ALTER statements — convert the columns whose kind
// changes, drop the excluded ones, rename — and a rename of the table: only the converted columns
// are rewritten, where copying the whole table cost as much again as reading the file. Anything
// the ALTERs cannot express (a new column order, names that collide on the way) is copied as
// before.
import { quoteIdent } from '../../sql/quote';

/** Staged tables live in the database's main schema under this prefix (see importer.ts). */
export const STAGE_PREFIX = '__segments_stage_';

export interface InPlaceColumn {
	source: string;
	/** The name in the committed table. */
	name: string;
	/** The conversion to the chosen kind (castExpression); the quoted source when none is needed. */
	expr: string;
}

export interface InPlacePlan {
	/** Columns whose values change: `ALTER COLUMN … SET DATA TYPE … USING expr` (on source names). */
	convert: { source: string; expr: string }[];
	drop: string[];
	rename: { from: string; to: string }[];
}

/**
 * The ALTERs that turn the staged columns `staged` (in table order) into `included` (in the
 * committed table's order), or null when only a copy can do it.
 */
export function inPlacePlan(staged: string[], included: InPlaceColumn[]): InPlacePlan | null {
	const position = new Map(staged.map((name, i) => [name, i]));
	let last = -1;
	for (const c of included) {
		const at = position.get(c.source);
		if (at === undefined || at <= last) return null; // unknown, repeated or reordered
		last = at;
	}
	const kept = new Set(included.map((c) => c.source));
	const plan: InPlacePlan = {
		convert: included
			.filter((c) => c.expr !== quoteIdent(c.source))
			.map((c) => ({ source: c.source, expr: c.expr })),
		drop: staged.filter((name) => !kept.has(name)),
		rename: []
	};
	const lower = (s: string) => s.toLowerCase();
	for (const c of included) {
		if (c.name === c.source) continue;
		// a case-only rename, or a name another staged column holds until it is renamed or dropped
		if (lower(c.name) === lower(c.source)) return null;
		if (staged.some((s) => s !== c.source && lower(s) === lower(c.name))) return null;
		plan.rename.push({ from: c.source, to: c.name });
	}
	return plan;
}

/** Types an ALTER COLUMN can name as DESCRIBE prints them (no ENUM or nested literals). */
const PLAIN_TYPE = /^[A-Z][A-Z ]*(\(\d+, ?\d+\))?$/;

/**
 * The statements of `plan` for the staged table `table` (qualified) becoming `target`, given the
 * converted columns' result types (as DESCRIBE names them); null when a type is not plain.
 */
export function inPlaceStatements(
	table: string,
	target: string,
	plan: InPlacePlan,
	types: string[]
): string[] | null {
	if (types.length !== plan.convert.length || types.some((t) => !PLAIN_TYPE.test(t))) return null;
	return [
		...plan.convert.map(
			(c, i) =>
				`ALTER TABLE ${table} ALTER COLUMN ${quoteIdent(c.source)} SET DATA TYPE ${types[i]} USING (${c.expr})`
		),
		...plan.drop.map((name) => `ALTER TABLE ${table} DROP COLUMN ${quoteIdent(name)}`),
		...plan.rename.map(
			(r) => `ALTER TABLE ${table} RENAME COLUMN ${quoteIdent(r.from)} TO ${quoteIdent(r.to)}`
		),
		`DROP TABLE IF EXISTS main.${quoteIdent(target)}`,
		`ALTER TABLE ${table} RENAME TO ${quoteIdent(target)}`
	];
}
