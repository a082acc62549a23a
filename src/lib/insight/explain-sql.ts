// "Why is this customer (not) in the segment?" as SQL: one read-only statement per group that looks
// only at the rows the group's path reaches for one customer key, and returns, in one row, how many
// of them each condition held on, the values they had, whether the conditions held together up to
// each top-level item (so the first failing one is known), and each aggregate's value for them.
// The group's conditions are compiled by the compiler's own conditionSql over the compiler's
// aliases (path-rows.ts), so the verdict is the segment's; explain.test.ts checks it against the
// compiled segment on the demo data.
import {
	isConditionBlock,
	type Condition,
	type ConditionNode,
	type Group
} from '../segments/definition';
import type { DataModel } from '../segments/data-model';
import type { Clock } from '../segments/dates';
import { quoteString } from '../sql/quote';
import { aggregateForOne, aggregateValueSql } from '../segments/aggregate-sql';
import { duckdbDialect } from '../segments/dialect';
import { inTimeZone } from '../segments/time-zone';
import { pathRows } from './path-rows';

/** How many distinct values of a condition's attribute are listed for the customer. */
export const VALUES_SHOWN = 5;

export interface GroupExplainSql {
	sql: string;
	/** Every condition of the tree, in reading order; column suffix = index. */
	conditions: Condition[];
	/** The top-level AND-ed items (a condition or an any-of block), in order. */
	items: ConditionNode[];
}

/** The leaves of a condition tree in reading order. */
export function conditionsOf(node: ConditionNode | null): Condition[] {
	if (!node) return [];
	return isConditionBlock(node) ? node.children.flatMap(conditionsOf) : [node];
}

/** The where tree as AND-ed items, as the compiler splits it (an all-of block at the top spreads). */
export function topLevelItems(node: ConditionNode | null): ConditionNode[] {
	if (!node) return [];
	if (isConditionBlock(node) && (node.kind === 'and' || node.children.length === 1))
		return node.children.flatMap(topLevelItems);
	return [node];
}

/** The customer key as the text the app compares (run members are stored as text too). */
export function keyMatch(keyColumn: string, key: string): string {
	return `CAST(${keyColumn} AS VARCHAR) = ${quoteString(key)}`;
}

export function groupExplainSql(
	group: Group,
	model: DataModel,
	clock: Clock,
	key: string
): GroupExplainSql {
	const path = pathRows(group, model, clock);
	const conditions = conditionsOf(group.where);
	const items = topLevelItems(group.where);
	const index = new Map(conditions.map((c, i) => [c, i]));
	// leaves are already coalesced to FALSE: with only AND and OR, NULL and FALSE decide alike
	const truth = (node: ConditionNode): string => {
		if (!isConditionBlock(node)) return `c${index.get(node) as number}`;
		if (node.children.length === 0) return 'TRUE';
		const op = node.kind === 'and' ? ' AND ' : ' OR ';
		return `(${node.children.map(truth).join(op)})`;
	};
	const columns: string[] = [];
	conditions.forEach((c, i) => {
		columns.push(`coalesce(${path.condition(c)}, FALSE) AS c${i}`);
		columns.push(`CAST(${path.column(c.entity, c.attribute)} AS VARCHAR) AS v${i}`);
	});
	group.aggregates.forEach((a, i) => {
		columns.push(`${path.alias(a.entity)}.rowid AS a${i}_row`);
		if (a.function !== 'count')
			columns.push(
				`${aggregateValueSql(a, path.column(a.entity, a.attribute ?? ''), model, inTimeZone(duckdbDialect, clock.zone))} AS a${i}_value`
			);
	});
	if (columns.length === 0) columns.push('TRUE AS any_row');
	const prefixes = items.map((_, i) =>
		items
			.slice(0, i + 1)
			.map(truth)
			.join(' AND ')
	);
	const judged = [...prefixes.map((p, i) => `${p} AS p${i}`), `${prefixes.at(-1) ?? 'TRUE'} AS w`];
	const out: string[] = ['count(*) AS path_rows', 'count(*) FILTER (WHERE w) AS passing_rows'];
	conditions.forEach((_, i) => {
		out.push(`count(*) FILTER (WHERE c${i}) AS held${i}`);
		out.push(`count(DISTINCT v${i}) AS distinct${i}`);
		out.push(
			`list_sort(list(DISTINCT v${i}) FILTER (WHERE v${i} IS NOT NULL))[1:${VALUES_SHOWN}] AS values${i}`
		);
	});
	items.forEach((_, i) => out.push(`count(*) FILTER (WHERE p${i}) AS prefix${i}`));
	group.aggregates.forEach((a, i) => {
		const picked = a.function === 'count' ? `a${i}_row` : `a${i}_row, a${i}_value`;
		const rows = `(SELECT DISTINCT ${picked} FROM judged WHERE w)`;
		const { expr, held } = aggregateForOne(a, `a${i}_value`, model, clock);
		out.push(`(SELECT ${expr} FROM ${rows}) AS agg${i}`);
		out.push(`coalesce((SELECT ${held} FROM ${rows}), FALSE) AS agg${i}_held`);
	});
	const sql = [
		'WITH path_rows AS (',
		`    SELECT ${columns.join(', ')}`,
		...path.from.map((l) => '    ' + l),
		`    WHERE ${keyMatch(path.key, key)}`,
		'),',
		`judged AS (SELECT *, ${judged.join(', ')} FROM path_rows)`,
		`SELECT ${out.join(', ')}`,
		'FROM judged'
	].join('\n');
	return { sql, conditions, items };
}
