// A segment definition: the versioned JSON document that describes a cohort of customers. It is
// data, never SQL: the compiler turns it into SQL against a data model. The zod schema here is the
// single source of truth for its shape; the published JSON Schema (static/schema/) is generated from
// it by scripts/write-json-schema.ts.
import { z } from 'zod';

export const DEFINITION_FORMAT = 'segments.definition';
/**
 * 2 added counts that reach zero (`includeZero`), counts of different days/weeks/months, relative
 * date comparisons for the earliest/latest date, and ranking (`rank` on a group). Every version 1
 * document is a version 2 document with the same meaning (see migrations in parse.ts).
 */
export const DEFINITION_VERSION = 2;

/**
 * Names of entities and attributes come from user files: any text, bounded. Empty is allowed so a
 * half-built condition can be saved as a draft; validate() reports it.
 */
const entityName = z.string().max(64);
const attributeName = z.string().max(256);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'an id uses letters, digits, _ and -');
const text = (max: number) => z.string().max(max);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** A calendar date YYYY-MM-DD, or a wall-clock date and time YYYY-MM-DDTHH:MM[:SS]. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// Hours and minutes are range-checked here: a value like T25:00 used to pass and then made DuckDB
// fail on the TIMESTAMP literal at query time.
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const DATE_OR_DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/;
const DATE_MESSAGE = 'must be a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:MM';
// The regex (unlike the refine) also reaches the published JSON Schema as a `pattern`.
const dateOrDateTime = z
	.string()
	.regex(DATE_OR_DATETIME_PATTERN, { error: DATE_MESSAGE, abort: true })
	.refine((s) => isRealDate(s.slice(0, 10)), DATE_MESSAGE);

function isRealDate(s: string): boolean {
	const [y, m, d] = s.split('-').map(Number) as [number, number, number];
	const dt = new Date(Date.UTC(y, m - 1, d));
	return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export const RELATIVE_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type RelativeUnit = (typeof RELATIVE_UNITS)[number];
export const PERIOD_UNITS = ['week', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const relative = z.strictObject({
	amount: z.number().int().min(0).max(100_000),
	unit: z.enum(RELATIVE_UNITS)
});
const period = z.strictObject({ unit: z.enum(PERIOD_UNITS) });
const numberRange = z.strictObject({ from: finite, to: finite });
const dateRange = z.strictObject({ from: dateOrDateTime, to: dateOrDateTime });
const LIST_MAX = 1000;

/**
 * Operators and the value each one takes. The attribute's type decides which operators apply
 * (see operators.ts); the value's shape is checked here, its fit with the attribute by validate().
 */
const conditionBase = {
	kind: z.literal('condition'),
	id,
	entity: entityName,
	attribute: attributeName
};

// Generic so each operator keeps its literal type: with `op: string`, OperatorId widened to string
// and Condition stopped narrowing on `operator`.
const noValue = <const Op extends string>(op: Op) =>
	z.strictObject({ ...conditionBase, operator: z.literal(op) });

export const conditionSchema = z.discriminatedUnion('operator', [
	// number, string, date, timestamp, boolean alike
	noValue('isEmpty'),
	noValue('isNotEmpty'),
	// number and string
	...(['equals', 'notEquals'] as const).map((op) =>
		z.strictObject({
			...conditionBase,
			operator: z.literal(op),
			value: z.union([finite, text(10_000)]).optional(),
			matchCase: z.boolean().optional()
		})
	),
	...(['inList', 'notInList'] as const).map((op) =>
		z.strictObject({
			...conditionBase,
			operator: z.literal(op),
			value: z
				.union([z.array(finite).max(LIST_MAX), z.array(text(10_000)).max(LIST_MAX)])
				.optional(),
			matchCase: z.boolean().optional()
		})
	),
	// number
	...(['greaterThan', 'atLeast', 'lessThan', 'atMost'] as const).map((op) =>
		z.strictObject({ ...conditionBase, operator: z.literal(op), value: finite.optional() })
	),
	...(['between', 'notBetween'] as const).map((op) =>
		z.strictObject({
			...conditionBase,
			operator: z.literal(op),
			value: z.union([numberRange, dateRange]).optional()
		})
	),
	// string
	...(['contains', 'notContains', 'startsWith', 'endsWith'] as const).map((op) =>
		z.strictObject({
			...conditionBase,
			operator: z.literal(op),
			value: text(10_000).optional(),
			matchCase: z.boolean().optional()
		})
	),
	// date and timestamp
	...(['on', 'before', 'after'] as const).map((op) =>
		z.strictObject({ ...conditionBase, operator: z.literal(op), value: dateOrDateTime.optional() })
	),
	...(['inLast', 'notInLast', 'inNext', 'moreThanAgo'] as const).map((op) =>
		z.strictObject({ ...conditionBase, operator: z.literal(op), value: relative.optional() })
	),
	noValue('today'),
	noValue('yesterday'),
	...(['thisPeriod', 'lastPeriod', 'nextPeriod'] as const).map((op) =>
		z.strictObject({ ...conditionBase, operator: z.literal(op), value: period.optional() })
	),
	z.strictObject({
		...conditionBase,
		operator: z.literal('dayOfWeek'),
		/** ISO days: 1 = Monday … 7 = Sunday. */
		value: z.array(z.number().int().min(1).max(7)).max(7).optional()
	}),
	z.strictObject({
		...conditionBase,
		operator: z.literal('anniversaryWithin'),
		value: z
			.strictObject({ amount: z.number().int().min(0).max(366), unit: z.literal('days') })
			.optional()
	}),
	// boolean
	noValue('isTrue'),
	noValue('isFalse')
]);

export type Condition = z.infer<typeof conditionSchema>;
export type OperatorId = Condition['operator'];

export interface ConditionBlock {
	kind: 'and' | 'or';
	id: string;
	children: ConditionNode[];
}
export type ConditionNode = Condition | ConditionBlock;

export const CONDITION_DEPTH_MAX = 12;

export const conditionNodeSchema: z.ZodType<ConditionNode> = z.lazy(() =>
	z.union([
		conditionSchema,
		z.strictObject({
			kind: z.enum(['and', 'or']),
			id,
			children: z.array(conditionNodeSchema).max(200)
		})
	])
);

export const AGGREGATE_FUNCTIONS = [
	'count',
	'countDistinct',
	'sum',
	'avg',
	'min',
	'max',
	'distinctDays',
	'distinctWeeks',
	'distinctMonths'
] as const;
export type AggregateFunction = (typeof AGGREGATE_FUNCTIONS)[number];
/** Functions whose value is a number of rows or values, so a customer with no rows has 0. */
export const COUNTING_FUNCTIONS: readonly AggregateFunction[] = [
	'count',
	'countDistinct',
	'distinctDays',
	'distinctWeeks',
	'distinctMonths'
];
/** Comparisons for numbers, and (as on / after / before) for the earliest or latest date. */
export const AGGREGATE_COMPARISONS = [
	'equals',
	'notEquals',
	'greaterThan',
	'atLeast',
	'lessThan',
	'atMost',
	'between'
] as const;
export type AggregateComparison = (typeof AGGREGATE_COMPARISONS)[number];
/**
 * The relative date operators of conditions, for the earliest or latest date or time
 * ("first order in the last 30 days", "last order more than 180 days ago").
 */
export const AGGREGATE_DATE_OPERATORS = [
	'inLast',
	'notInLast',
	'inNext',
	'moreThanAgo',
	'today',
	'yesterday',
	'thisPeriod',
	'lastPeriod',
	'nextPeriod',
	'dayOfWeek',
	'anniversaryWithin'
] as const;
export const AGGREGATE_OPERATORS = [...AGGREGATE_COMPARISONS, ...AGGREGATE_DATE_OPERATORS] as const;
export type AggregateOperator = (typeof AGGREGATE_OPERATORS)[number];

/**
 * "customers whose sum of Orders.total_amount is greater than 500": computed per customer over the
 * distinct rows of `entity` that lie on a path row passing the group's condition tree. `count`
 * counts those rows and takes no attribute; the others need one. min and max also apply to date
 * and timestamp attributes ("latest order date is before 2024-01-01", "is in the last 30 days"),
 * so the value may be a date, a date range or a relative amount as well as a number.
 * `includeZero` (counting functions only): customers of the Customer Profile that no passing row
 * reaches take part with 0, so "at most 2" and "exactly 0" find them.
 */
export const aggregateSchema = z.strictObject({
	id,
	function: z.enum(AGGREGATE_FUNCTIONS),
	entity: entityName,
	attribute: attributeName.optional(),
	operator: z.enum(AGGREGATE_OPERATORS),
	value: z
		.union([
			finite,
			numberRange,
			dateOrDateTime,
			dateRange,
			relative,
			period,
			z.array(z.number().int().min(1).max(7)).max(7)
		])
		.optional(),
	includeZero: z.boolean().optional()
});
export type AggregateCondition = z.infer<typeof aggregateSchema>;

export const RANK_FUNCTIONS = ['count', 'countDistinct', 'sum', 'avg', 'min', 'max'] as const;
export const RANK_MAX_CUSTOMERS = 10_000_000;

/**
 * "the top 10 % of customers by total of Orders.total_amount": of the group's members whose
 * ranking value is not empty, the first ⌈M × amount / 100⌉ (percent) or `amount` (customers),
 * ordered by the value (highest first for top, lowest first for bottom), ties broken by the
 * customer key, smallest first.
 */
export const rankSchema = z.strictObject({
	direction: z.enum(['top', 'bottom']),
	amount: z.number().int().min(1).max(RANK_MAX_CUSTOMERS),
	unit: z.enum(['percent', 'customers']),
	function: z.enum(RANK_FUNCTIONS),
	entity: entityName,
	attribute: attributeName.optional()
});
export type RankCondition = z.infer<typeof rankSchema>;

/** One hop along a relationship: forward goes from its `from` entity to its `to` entity. */
export const pathStepSchema = z.strictObject({
	relationship: z.string().max(128),
	direction: z.enum(['forward', 'reverse'])
});
export type PathStep = z.infer<typeof pathStepSchema>;

export const SET_OPERATORS = ['union', 'intersect', 'exclude'] as const;
export type SetOperator = (typeof SET_OPERATORS)[number];

export const groupSchema = z.strictObject({
	id,
	/** Absent on the first group; required on every later one. */
	operator: z.enum(SET_OPERATORS).optional(),
	/** The starting entity ('' while not chosen) and the hops from it to the Customer Profile. */
	path: z.strictObject({ start: entityName, steps: z.array(pathStepSchema).max(12) }),
	/** null: every row of the path ("all records"). */
	where: conditionNodeSchema.nullable(),
	aggregates: z.array(aggregateSchema).max(20),
	/** Keeps only the top or bottom part of the group's members by an aggregate. */
	rank: rankSchema.optional()
});
export type Group = z.infer<typeof groupSchema>;

export const REFRESH_MINUTES_MIN = 15;
export const REFRESH_MINUTES_MAX = 7 * 24 * 60;
export const REFRESH_MINUTES_DEFAULT = 12 * 60;

export const definitionSchema = z.strictObject({
	format: z.literal(DEFINITION_FORMAT),
	version: z.literal(DEFINITION_VERSION),
	/** Checked as an identifier by validate(), so a draft with a bad name can still be kept. */
	name: z.string().max(64),
	displayName: text(200),
	description: text(5000),
	type: z.enum(['static', 'dynamic']),
	refreshIntervalMinutes: z.number().int().min(REFRESH_MINUTES_MIN).max(REFRESH_MINUTES_MAX),
	/** Relative dates are evaluated at this local moment instead of now; null = now. */
	asOf: dateOrDateTime.nullable(),
	groups: z.array(groupSchema).max(50)
});

export type SegmentDefinition = z.infer<typeof definitionSchema>;
export type SegmentType = SegmentDefinition['type'];

export function isConditionBlock(node: ConditionNode): node is ConditionBlock {
	return node.kind === 'and' || node.kind === 'or';
}

/** A new, empty definition with the defaults a user expects. */
export function emptyDefinition(name: string, type: SegmentType = 'dynamic'): SegmentDefinition {
	return {
		format: DEFINITION_FORMAT,
		version: DEFINITION_VERSION,
		name,
		displayName: name,
		description: '',
		type,
		refreshIntervalMinutes: REFRESH_MINUTES_DEFAULT,
		asOf: null,
		groups: []
	};
}
