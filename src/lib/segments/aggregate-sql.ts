// The CTEs that finish a group with aggregates or a ranking: one per aggregate (the customers for
// whom it holds), then the ranking of what is left. Each works on `SELECT DISTINCT member_key, row,
// value` from the group's rows CTE, so a row of the aggregated entity counts once per customer
// however many path rows reach it. A count with `includeZero` starts from the Customer Profile
// table instead, LEFT JOINed to the counts, so customers without rows take part with 0.
import { findAttribute, findEntity, type AttributeType, type DataModel } from './data-model';
import type {
	AggregateComparison,
	AggregateCondition,
	AggregateFunction,
	Condition,
	RankCondition
} from './definition';
import { AGGREGATE_COMPARISONS } from './definition';
import { aggregateComparisonSql, conditionSql } from './condition-sql';
import type { Clock } from './dates';
import { isDateAggregate } from './operators';
import { duckdbDialect, type Dialect } from './dialect';
import { inTimeZone } from './time-zone';

export interface Cte {
	name: string;
	body: string[];
}

const INDENT = '    ';
const indent = (lines: string[]) => lines.map((l) => INDENT + l);

/**
 * Sums and averages add exact decimals (each value rounded to 9 decimal places), not floating-point
 * numbers: a DOUBLE sum depends on the order rows are added in, so a customer right at a threshold
 * could be in with one thread count and out with another. An exact sum is the same on every engine.
 */
const AGGREGATE_SQL: Record<AggregateFunction, (v: string, sql: Dialect) => string> = {
	count: () => 'count(*)',
	countDistinct: (v) => `count(DISTINCT ${v})`,
	sum: (v, sql) => `sum(${sql.exact(v)})`,
	avg: (v, sql) => `avg(${sql.exact(v)})`,
	min: (v) => `min(${v})`,
	max: (v) => `max(${v})`,
	// a timestamp's day is its date; weeks start on Monday (ISO), as in conditions
	distinctDays: (v) => `count(DISTINCT CAST(${v} AS DATE))`,
	distinctWeeks: (v, sql) => `count(DISTINCT ${sql.truncate('week', v)})`,
	distinctMonths: (v, sql) => `count(DISTINCT ${sql.truncate('month', v)})`
};

const PERIOD_FUNCTIONS = new Set<AggregateFunction>([
	'distinctDays',
	'distinctWeeks',
	'distinctMonths'
]);

/**
 * The value an aggregate is taken over: the column, or for the different days, weeks or months of
 * a timestamp, the column on the workspace's wall clock (the day a row falls in is the zone's).
 */
export function aggregateValueSql(
	a: { function: AggregateFunction; entity: string; attribute?: string },
	col: string,
	model: DataModel | undefined,
	sql: Dialect
): string {
	const onWallClock =
		PERIOD_FUNCTIONS.has(a.function) &&
		model !== undefined &&
		attributeType(model, a.entity, a.attribute) === 'timestamp';
	return onWallClock ? sql.local(col) : col;
}

/** The columns a group's rows CTE needs for its aggregates and ranking, besides member_key. */
export function aggregateColumns(
	aggregates: AggregateCondition[],
	rank: RankCondition | undefined,
	alias: (entity: string) => string,
	column: (entity: string, attribute: string) => string,
	sql: Dialect = duckdbDialect,
	model?: DataModel
): string[] {
	const columns: string[] = [];
	const add = (
		prefix: string,
		a: { function: AggregateFunction; entity: string; attribute?: string }
	) => {
		columns.push(`${sql.rowId(alias(a.entity))} AS ${prefix}_row`);
		if (a.function === 'count') return;
		const col = column(a.entity, a.attribute as string);
		columns.push(`${aggregateValueSql(a, col, model, sql)} AS ${prefix}_value`);
	};
	aggregates.forEach((a, i) => add(`a${i}`, a));
	if (rank) add('r', rank);
	return columns;
}

function attributeType(model: DataModel, entity: string, attribute?: string) {
	const e = findEntity(model, entity);
	return e && attribute ? findAttribute(e, attribute)?.type : undefined;
}

/** Per customer, `fn` over the distinct rows the prefix's columns pick: (member_key, value). */
function perCustomer(
	prefix: string,
	fn: AggregateFunction,
	rowsName: string,
	sql: Dialect,
	where: string[] = []
): string[] {
	const picked =
		fn === 'count' ? `member_key, ${prefix}_row` : `member_key, ${prefix}_row, ${prefix}_value`;
	return [
		`SELECT member_key, ${AGGREGATE_SQL[fn](`${prefix}_value`, sql)} AS value`,
		'FROM (',
		...indent([`SELECT DISTINCT ${picked}`, `FROM ${rowsName}`, ...where]),
		`)${sql.subqueryAlias('picked')}`,
		'GROUP BY member_key'
	];
}

/** `value` compared as the aggregate says: a number, a date, or a relative date. */
function comparison(
	a: AggregateCondition,
	expr: string,
	type: AttributeType | undefined,
	clock: Clock,
	dialect: Dialect
) {
	const sql = inTimeZone(dialect, clock.zone);
	const isComparison = (AGGREGATE_COMPARISONS as readonly string[]).includes(a.operator);
	const operator = a.operator as AggregateComparison;
	if (!isDateAggregate(a.function, type))
		return aggregateComparisonSql(expr, 'number', operator, a.value, sql);
	const temporal = type as 'date' | 'timestamp';
	if (isComparison) return aggregateComparisonSql(expr, temporal, operator, a.value, sql);
	const condition = { operator: a.operator, value: a.value } as Condition;
	const held = conditionSql(expr, temporal, condition, clock, sql);
	// negative operators also match an empty value in conditions; an aggregate without a value
	// never holds
	return a.operator === 'notInLast' ? `${expr} IS NOT NULL AND ${held}` : held;
}

/**
 * One aggregate for one customer, for explaining a verdict: its value over `value` (a column of
 * that customer's distinct rows) and whether it holds, exactly as the compiled segment decides.
 */
export function aggregateForOne(
	a: AggregateCondition,
	value: string,
	model: DataModel,
	clock: Clock,
	sql: Dialect = duckdbDialect
): { expr: string; held: string } {
	const expr = AGGREGATE_SQL[a.function](value, sql);
	const type = attributeType(model, a.entity, a.attribute);
	return {
		expr,
		held: comparison(a, a.includeZero ? `coalesce(${expr}, 0)` : expr, type, clock, sql)
	};
}

/** One CTE per aggregate, each listing the customers for whom it holds. */
/** The CTE of an aggregate's values per customer, beside its own CTE: g0_a1 → g0_v1. */
export function valuesName(aggregateName: string): string {
	return aggregateName.replace(/_a(\d+)$/, '_v$1');
}

export function aggregateCtes(
	aggregates: AggregateCondition[],
	rowsName: string,
	name: (i: number) => string,
	profile: { table: string; alias: string; key: string },
	model: DataModel,
	clock: Clock,
	sql: Dialect = duckdbDialect
): Cte[] {
	// each aggregate is two steps: every customer's value (kept by the live-count cache, so a new
	// threshold does not recompute it), then the comparison
	return aggregates.flatMap((a, i) => {
		const type = attributeType(model, a.entity, a.attribute);
		const counts = perCustomer(`a${i}`, a.function, rowsName, sql);
		const values = valuesName(name(i));
		const key = `${profile.alias}.${sql.ident(profile.key)}`;
		return [
			{
				name: values,
				body: a.includeZero
					? [
							`SELECT DISTINCT ${key} AS member_key, coalesce(counted.value, 0) AS value`,
							`FROM ${sql.ident(profile.table)} AS ${profile.alias}`,
							// customers no passing row reaches have no count: they take part with 0
							'LEFT JOIN (',
							...indent(counts),
							`) AS counted ON counted.member_key = ${key}`,
							`WHERE ${key} IS NOT NULL`
						]
					: counts
			},
			{
				name: name(i),
				body: [
					'SELECT member_key',
					`FROM ${values}`,
					`WHERE ${comparison(a, 'value', type, clock, sql)}`
				]
			}
		];
	});
}

/**
 * The ranking: the members of `from` with a non-empty ranking value, ordered by it (highest first
 * for top), ties broken by the customer key (smallest first); then the first ⌈M × amount / 100⌉
 * of the M ranked (percent) or the first `amount`.
 */
export function rankCtes(
	rank: RankCondition,
	rowsName: string,
	from: string | null,
	rankedName: string,
	name: string,
	sql: Dialect = duckdbDialect,
	keyType: 'string' | 'other' = 'other'
): Cte[] {
	const order = rank.direction === 'top' ? 'DESC' : 'ASC';
	const only = from ? [`WHERE member_key IN (SELECT member_key FROM ${from})`] : [];
	const limit =
		rank.unit === 'percent'
			? sql.integerDivide(`ranked * ${sql.number(rank.amount)} + 99`, '100')
			: sql.number(rank.amount);
	return [
		{
			name: rankedName,
			body: [
				'SELECT',
				...indent([
					'member_key,',
					`row_number() OVER (ORDER BY ${sql.orderBy('value', order)}, ${sql.orderBy('member_key', 'ASC', keyType)}) AS position,`,
					'count(*) OVER () AS ranked'
				]),
				'FROM (',
				...indent(perCustomer('r', rank.function, rowsName, sql, only)),
				`)${sql.subqueryAlias('per_customer')}`,
				'WHERE value IS NOT NULL'
			]
		},
		{
			name,
			body: ['SELECT member_key', `FROM ${rankedName}`, `WHERE position <= ${limit}`]
		}
	];
}
