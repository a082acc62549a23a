// A segment definition: the versioned JSON document that describes a cohort of customers. It is
// data, never SQL: the compiler turns it into SQL against a data model. The zod schema here is the
// single source of truth for its shape; the published JSON Schema (static/schema/) is generated from
// it by scripts/write-json-schema.ts.
import { z } from 'zod';

export const DEFINITION_FORMAT = 'segments.definition';
/**
 * 2 added counts that reach zero (`includeZero`), counts of different days/weeks/months, relative
 * date comparisons for the earliest/latest date, and ranking (`rank` on a group). 3 added splits
 * (`split`: named parts by percentage, with a holdout). 4 added sequences (`sequences` on a group:
 * "A then B within N days", "A not followed by B within N days") and `lifecycles` (stopped,
 * restarted, regularly). 5 added segments in segments (`memberships` on a group: "is in segment
 * S" / "is not in segment S", live or as of S's latest run). 6 added `labels`: an export column
 * naming, for each member, the first of an ordered list of segments that holds them (priority
 * lists, one RFM segment with its cell as a column). Every older document is a current one with the
 * same meaning (see migrations in parse.ts).
 */
export const DEFINITION_VERSION = 6;

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

const relative = z
	.strictObject({
		amount: z.number().int().min(0).max(100_000).describe('How many units.'),
		unit: z.enum(RELATIVE_UNITS).describe('Calendar units, counted back (or ahead) from today.')
	})
	.describe('A span relative to today (or to asOf), e.g. 90 days.');
const period = z
	.strictObject({ unit: z.enum(PERIOD_UNITS).describe('The calendar period.') })
	.describe('A calendar period around today: this, last or next week, month, quarter or year.');
const numberRange = z
	.strictObject({
		from: finite.describe('The lower bound, included.'),
		to: finite.describe('The upper bound, included.')
	})
	.describe('A range of numbers, both ends included.');
const dateRange = z
	.strictObject({
		from: dateOrDateTime.describe('The first date (or date and time), included.'),
		to: dateOrDateTime.describe('The last date (or date and time), included.')
	})
	.describe('A range of dates or dates and times, both ends included.');
const LIST_MAX = 1000;

/**
 * Operators and the value each one takes. The attribute's type decides which operators apply
 * (see operators.ts); the value's shape is checked here, its fit with the attribute by validate().
 */
const conditionBase = {
	kind: z.literal('condition').describe('Marks a condition (a block has "and" or "or").'),
	id: id.describe('Unique within the group.'),
	entity: entityName.describe(
		"The entity the attribute belongs to; it must be on the group's path."
	),
	attribute: attributeName.describe('The attribute tested, by its column name.')
};
const matchCase = z
	.boolean()
	.describe('true: text compares case-sensitively; absent or false: case is ignored.');

// Generic so each operator keeps its literal type: with `op: string`, OperatorId widened to string
// and Condition stopped narrowing on `operator`.
const operator = <const Op extends string>(op: Op) =>
	z.literal(op).describe('The test; docs/segment-definitions.md lists every operator.');
const noValue = <const Op extends string>(op: Op) =>
	z.strictObject({ ...conditionBase, operator: operator(op) });

export const conditionSchema = z
	.discriminatedUnion('operator', [
		// number, string, date, timestamp, boolean alike
		noValue('isEmpty'),
		noValue('isNotEmpty'),
		// number and string
		...(['equals', 'notEquals'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: z
					.union([finite, text(10_000)])
					.optional()
					.describe('The number or text compared with.'),
				matchCase: matchCase.optional()
			})
		),
		...(['inList', 'notInList'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: z
					.union([z.array(finite).max(LIST_MAX), z.array(text(10_000)).max(LIST_MAX)])
					.optional()
					.describe('The list of numbers or texts (up to 1000).'),
				matchCase: matchCase.optional()
			})
		),
		// number
		...(['greaterThan', 'atLeast', 'lessThan', 'atMost'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: finite.optional().describe('The number compared with.')
			})
		),
		...(['between', 'notBetween'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: z
					.union([numberRange, dateRange])
					.optional()
					.describe('The range, both ends included.')
			})
		),
		// string
		...(['contains', 'notContains', 'startsWith', 'endsWith'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: text(10_000).optional().describe('The text looked for.'),
				matchCase: matchCase.optional()
			})
		),
		// date and timestamp
		...(['on', 'before', 'after'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: dateOrDateTime.optional().describe('The date, or date and time.')
			})
		),
		...(['inLast', 'notInLast', 'inNext', 'moreThanAgo'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: relative.optional().describe('The span from today.')
			})
		),
		noValue('today'),
		noValue('yesterday'),
		...(['thisPeriod', 'lastPeriod', 'nextPeriod'] as const).map((op) =>
			z.strictObject({
				...conditionBase,
				operator: operator(op),
				value: period.optional().describe('The calendar period.')
			})
		),
		z.strictObject({
			...conditionBase,
			operator: operator('dayOfWeek'),
			/** ISO days: 1 = Monday … 7 = Sunday. */
			value: z
				.array(z.number().int().min(1).max(7))
				.max(7)
				.optional()
				.describe('ISO days of the week: 1 = Monday … 7 = Sunday.')
		}),
		z.strictObject({
			...conditionBase,
			operator: operator('anniversaryWithin'),
			value: z
				.strictObject({
					amount: z.number().int().min(0).max(366).describe('How many days ahead.'),
					unit: z.literal('days').describe('Always days.')
				})
				.optional()
				.describe('How many days ahead the anniversary may fall.')
		}),
		// boolean
		noValue('isTrue'),
		noValue('isFalse')
	])
	.describe(
		"A condition: one test on one attribute. The operator decides the value's shape; docs/segment-definitions.md lists them."
	);

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
		z
			.strictObject({
				kind: z.enum(['and', 'or']).describe('"and": all children hold; "or": any of them.'),
				id: id.describe('Unique within the group.'),
				children: z
					.array(conditionNodeSchema)
					.max(200)
					.describe('Conditions and nested blocks (up to 12 levels deep).')
			})
			.describe('A block: an AND or OR of conditions and blocks.')
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
export const aggregateSchema = z
	.strictObject({
		id: id.describe('Unique within the group.'),
		function: z.enum(AGGREGATE_FUNCTIONS).describe('What is computed per customer.'),
		entity: entityName.describe("The entity whose rows are aggregated; on the group's path."),
		attribute: attributeName
			.optional()
			.describe('The attribute aggregated; absent for count, required for the others.'),
		operator: z.enum(AGGREGATE_OPERATORS).describe('How the result is compared with the value.'),
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
			.optional()
			.describe(
				'A number; for the earliest/latest of a date, a date, a date range, a relative amount, a period or days of the week; a range for between.'
			),
		includeZero: z
			.boolean()
			.optional()
			.describe(
				'Counting functions only: customers no passing row reaches take part with 0 (so "at most 2" and "exactly 0" find them).'
			)
	})
	.describe('An aggregate condition, e.g. sum of Orders.total_amount greater than 500.');
export type AggregateCondition = z.infer<typeof aggregateSchema>;

export const RANK_FUNCTIONS = ['count', 'countDistinct', 'sum', 'avg', 'min', 'max'] as const;
export const RANK_MAX_CUSTOMERS = 10_000_000;

/**
 * "the top 10 % of customers by total of Orders.total_amount": of the group's members whose
 * ranking value is not empty, the first ⌈M × amount / 100⌉ (percent) or `amount` (customers),
 * ordered by the value (highest first for top, lowest first for bottom), ties broken by the
 * customer key, smallest first.
 */
export const rankSchema = z
	.strictObject({
		direction: z
			.enum(['top', 'bottom'])
			.describe('top: highest values first; bottom: lowest first.'),
		amount: z
			.number()
			.int()
			.min(1)
			.max(RANK_MAX_CUSTOMERS)
			.describe('How many customers, or what percentage of the ranked ones, are kept.'),
		unit: z.enum(['percent', 'customers']).describe('Whether amount is a percentage or a number.'),
		function: z.enum(RANK_FUNCTIONS).describe('The aggregate customers are ranked by.'),
		entity: entityName.describe("The entity whose rows are aggregated; on the group's path."),
		attribute: attributeName
			.optional()
			.describe('The attribute aggregated; absent for count, required for the others.')
	})
	.describe('Keep only the top or bottom customers by an aggregate; ties go to the smaller key.');
export type RankCondition = z.infer<typeof rankSchema>;

/** One hop along a relationship: forward goes from its `from` entity to its `to` entity. */
export const pathStepSchema = z
	.strictObject({
		relationship: z.string().max(128).describe('The relationship followed, by name.'),
		direction: z
			.enum(['forward', 'reverse'])
			.describe('forward: from its "from" entity to its "to" entity; reverse: back.')
	})
	.describe('One hop along a relationship.');
export type PathStep = z.infer<typeof pathStepSchema>;

/** The starting entity ('' while not chosen) and the hops from it to the Customer Profile. */
const pathSchema = z
	.strictObject({
		start: entityName.describe('The entity the path starts from.'),
		steps: z
			.array(pathStepSchema)
			.max(12)
			.describe('The hops from the start entity to the Customer Profile; empty if it is one.')
	})
	.describe('A path to the Customer Profile.');

export const SEQUENCE_KINDS = ['followedBy', 'notFollowedBy'] as const;
export type SequenceKind = (typeof SEQUENCE_KINDS)[number];
export const SEQUENCE_DAYS_MAX = 3660;
export const SEQUENCES_MAX = 10;

/** One side of a sequence: rows of an entity on its own path to the customer, and their time. */
const sequenceStepSchema = z
	.strictObject({
		path: pathSchema.describe("This side's path to the Customer Profile."),
		where: conditionNodeSchema
			.nullable()
			.describe("The condition tree a row of this side's path must pass; null: every row."),
		time: z
			.strictObject({
				entity: entityName.describe("The entity holding the time; on this side's path."),
				attribute: attributeName.describe('A date or timestamp attribute.')
			})
			.describe('The date or timestamp that places a row of this side in time.')
	})
	.describe('One side of a sequence (A or B).');
export type SequenceStep = z.infer<typeof sequenceStepSchema>;

/**
 * "an order over 500 followed by an escalated case within 7 days" (followedBy) or "visited
 * /pricing and no order within 14 days" (notFollowedBy), for the same customer. Only rows dated at
 * or before the as-of moment take part. B follows A when A ≤ B ≤ A + N days (both ends included,
 * so B at the same instant as A follows it), compared as dates when either side is a date, and B
 * is not the same row as A. docs/segment-definitions.md gives the exact meaning.
 */
export const sequenceSchema = z
	.strictObject({
		id: id.describe('Unique within the group.'),
		kind: z
			.enum(SEQUENCE_KINDS)
			.describe(
				'followedBy: some A row has a B row within the window; notFollowedBy: some A row has none.'
			),
		first: sequenceStepSchema.describe('A: the rows that start the sequence.'),
		then: sequenceStepSchema.describe('B: the rows that follow (or do not follow) A.'),
		withinDays: z
			.number()
			.int()
			.min(0)
			.max(SEQUENCE_DAYS_MAX)
			.describe('N: B must come at most this many days after A (0: the same day or instant).')
	})
	.describe('A sequence condition on the same customer: A then B (or A and no B) within N days.');
export type SequenceCondition = z.infer<typeof sequenceSchema>;

export const LIFECYCLE_KINDS = ['stopped', 'restarted', 'regularly'] as const;
export type LifecycleKind = (typeof LIFECYCLE_KINDS)[number];
export const LIFECYCLE_PERIODS_MAX = 520;
export const LIFECYCLES_MAX = 10;

const activityTime = z
	.strictObject({
		entity: entityName.describe("The entity holding the date; on the group's path."),
		attribute: attributeName.describe('A date or timestamp attribute.')
	})
	.describe("The date or timestamp of the group's rows that dates a customer's activity.");
const windowSpan = (what: string) =>
	relative.describe(`${what}, in calendar units (e.g. 30 days, 3 months).`);

/**
 * Lifecycle conditions on the customer's activity: the group's passing rows, dated by `time`,
 * at or before the as-of moment. The recent window is [as-of − recent, as-of] (as "in the last");
 * the previous window the `previous` span just before it; "earlier" anything before that.
 * stopped: active in the previous window, not in the recent one. restarted: active in the recent
 * window, not in the previous one, and active earlier. regularly: active in at least `atLeast`
 * of the last `periods` calendar weeks or months (the current one included).
 */
const windowed = <const Kind extends string>(kind: Kind) =>
	z.strictObject({
		id: id.describe('Unique within the group.'),
		kind: z
			.literal(kind)
			.describe(
				'stopped: active before, not recently; restarted: active recently, not before, and earlier.'
			),
		time: activityTime,
		recent: windowSpan('The recent window, ending at the as-of moment'),
		previous: windowSpan('The window just before the recent one')
	});
export const lifecycleSchema = z
	.discriminatedUnion('kind', [
		windowed('stopped'),
		windowed('restarted'),
		z.strictObject({
			id: id.describe('Unique within the group.'),
			kind: z.literal('regularly').describe('Active in at least k of the last n periods.'),
			time: activityTime,
			atLeast: z
				.number()
				.int()
				.min(1)
				.max(LIFECYCLE_PERIODS_MAX)
				.describe('k: in how many of the periods the customer must be active.'),
			periods: z
				.number()
				.int()
				.min(1)
				.max(LIFECYCLE_PERIODS_MAX)
				.describe('n: how many periods, the current one included.'),
			unit: z.enum(['week', 'month']).describe('Calendar weeks (Monday to Sunday) or months.')
		})
	])
	.describe('A lifecycle condition: stopped, restarted or regularly active.');
export type LifecycleCondition = z.infer<typeof lifecycleSchema>;

export const MEMBERSHIP_OPERATORS = ['inSegment', 'notInSegment'] as const;
export type MembershipOperator = (typeof MEMBERSHIP_OPERATORS)[number];
export const MEMBERSHIP_SOURCES = ['live', 'lastRun'] as const;
export type MembershipSource = (typeof MEMBERSHIP_SOURCES)[number];
export const MEMBERSHIPS_MAX = 10;
/** How many segments deep references may nest (S uses T uses U …) before they are refused. */
export const MEMBERSHIP_DEPTH_MAX = 8;
/**
 * How many segment statements one definition may embed through live references, counting each
 * place a segment is used (a segment used live by two segments that are both used live here is
 * compiled in twice): without it, a few levels of wide references make one statement too large to
 * compile.
 */
export const LIVE_SEGMENTS_MAX = 32;

/**
 * "is in segment S" / "is not in segment S": the group keeps only its members that are (or are
 * not) members of another saved segment, referred to by its unique `name` (so a shared file keeps
 * its meaning in another workspace). `live`: S is evaluated in the same statement, on the same data
 * and as-of moment; `lastRun`: S's members as of its latest successful run (a segment never run
 * has no members then, and the builder says so). A segment may not refer to itself, directly or
 * through others: validate() refuses a cycle, naming it.
 */
export const membershipSchema = z
	.strictObject({
		id: id.describe('Unique within the group.'),
		operator: z
			.enum(MEMBERSHIP_OPERATORS)
			.describe('inSegment: a member of S; notInSegment: not a member of S.'),
		segment: z
			.string()
			.max(64)
			.describe("The referred segment's unique name (its `name`, not its display name)."),
		source: z
			.enum(MEMBERSHIP_SOURCES)
			.describe("live: S evaluated in the same statement; lastRun: S's latest run's members.")
	})
	.describe('A segment condition: the customer is (or is not) a member of another segment.');
export type MembershipCondition = z.infer<typeof membershipSchema>;

export const SET_OPERATORS = ['union', 'intersect', 'exclude'] as const;
export type SetOperator = (typeof SET_OPERATORS)[number];

export const groupSchema = z
	.strictObject({
		id: id.describe('Unique among the groups.'),
		/** Absent on the first group; required on every later one. */
		operator: z
			.enum(SET_OPERATORS)
			.optional()
			.describe('How this group combines with everything before it; absent on the first.'),
		/** The starting entity ('' while not chosen) and the hops from it to the Customer Profile. */
		path: z
			.strictObject({
				start: entityName.describe('The entity the group starts from.'),
				steps: z
					.array(pathStepSchema)
					.max(12)
					.describe('The hops from the start entity to the Customer Profile; empty if it is one.')
			})
			.describe("The group's path to the Customer Profile."),
		/** null: every row of the path ("all records"). */
		where: conditionNodeSchema
			.nullable()
			.describe('The condition tree a path row must pass; null: every row.'),
		aggregates: z
			.array(aggregateSchema)
			.max(20)
			.describe('Aggregate conditions a customer must also meet, all of them.'),
		/** Absent: none. Sequence conditions a customer must also meet, all of them. */
		sequences: z
			.array(sequenceSchema)
			.max(SEQUENCES_MAX)
			.optional()
			.describe('Sequence conditions a customer must also meet, all of them; absent: none.'),
		/** Absent: none. Lifecycle conditions a customer must also meet, all of them. */
		lifecycles: z
			.array(lifecycleSchema)
			.max(LIFECYCLES_MAX)
			.optional()
			.describe('Lifecycle conditions (stopped, restarted, regularly) a customer must also meet.'),
		/** Absent: none. Segment conditions ("is in segment S") a customer must also meet, all. */
		memberships: z
			.array(membershipSchema)
			.max(MEMBERSHIPS_MAX)
			.optional()
			.describe(
				'Segment conditions ("is in segment S", "is not in segment S") a customer must also meet, all of them; absent: none.'
			),
		/** Keeps only the top or bottom part of the group's members by an aggregate. */
		rank: rankSchema
			.optional()
			.describe("Keeps only the top or bottom part of the group's members by an aggregate.")
	})
	.describe('A group: customers reached from a start entity along a path, passing conditions.');
export type Group = z.infer<typeof groupSchema>;

/** At most this many parts; each part's share is a whole number of hundredths of a percent. */
export const SPLIT_PARTS_MAX = 10;
const splitPartSchema = z
	.strictObject({
		name: z.string().max(64).describe('The name written in exports, e.g. "A" or "holdout".'),
		percent: z
			.number()
			.min(0)
			.max(100)
			.describe(
				'The share of members, in percent with at most two decimals; all parts add up to 100.'
			)
	})
	.describe('One part of a split.');
export const splitSchema = z
	.strictObject({
		seed: z
			.string()
			.max(64)
			.describe('Mixed into the hash; another seed gives another, independent assignment.'),
		parts: z
			.array(splitPartSchema)
			.max(SPLIT_PARTS_MAX)
			.describe('The parts in order; docs/segment-definitions.md gives the exact assignment.')
	})
	.describe(
		"Splits the members into named parts by percentage, from a hash of the seed and each customer's key."
	);
export type Split = z.infer<typeof splitSchema>;
export type SplitPart = Split['parts'][number];

/** At most this many rules in a definition's labels. */
export const LABEL_RULES_MAX = 50;
const labelRuleSchema = z
	.strictObject({
		id: id.describe('Unique among the rules.'),
		label: z.string().max(64).describe('The text written in the column, e.g. "Champions".'),
		segment: z
			.string()
			.max(64)
			.describe('The segment that gives this label: its unique name (its `name`).'),
		source: z
			.enum(MEMBERSHIP_SOURCES)
			.describe("live: S evaluated in the same statement; lastRun: S's latest run's members.")
	})
	.describe('One rule of the labels: members of this segment get this label.');
/**
 * Labels: an export column (and counts per label) naming, for each member, the label of the first
 * rule, in order, whose segment holds them; members no rule holds get `otherwise`. The rules refer
 * to segments as "is in segment S" conditions do (live or as of S's last run), so they are
 * dependencies: cycles are refused, bundles carry them, renames follow them.
 */
export const labelsSchema = z
	.strictObject({
		column: z
			.string()
			.max(64)
			.describe('The export column: letters, digits and _, starting with a letter or _.'),
		rules: z
			.array(labelRuleSchema)
			.max(LABEL_RULES_MAX)
			.describe('The rules in order: a member gets the label of the first that holds them.'),
		otherwise: z
			.string()
			.max(64)
			.describe('The label of members no rule holds; empty: the column is left empty.')
	})
	.describe(
		'An export column naming, for each member, the first of an ordered list of segments that holds them.'
	);
export type Labels = z.infer<typeof labelsSchema>;
export type LabelRule = Labels['rules'][number];

export const REFRESH_MINUTES_MIN = 15;
export const REFRESH_MINUTES_MAX = 7 * 24 * 60;
export const REFRESH_MINUTES_DEFAULT = 12 * 60;

export const definitionSchema = z.strictObject({
	format: z.literal(DEFINITION_FORMAT).describe('Says this is a segment definition.'),
	version: z.literal(DEFINITION_VERSION).describe('The version of this format.'),
	/** Checked as an identifier by validate(), so a draft with a bad name can still be kept. */
	name: z
		.string()
		.max(64)
		.describe('The unique name: letters, digits and _, starting with a letter.'),
	displayName: text(200).describe('The name shown in the app.'),
	description: text(5000).describe('What the segment is for, in words.'),
	type: z
		.enum(['static', 'dynamic'])
		.describe('dynamic: refreshed on its interval; static: runs when saved or run by hand.'),
	refreshIntervalMinutes: z
		.number()
		.int()
		.min(REFRESH_MINUTES_MIN)
		.max(REFRESH_MINUTES_MAX)
		.describe('How often a dynamic segment is refreshed, in minutes (15 to 10080).'),
	/** Relative dates are evaluated at this local moment instead of now; null = now. */
	asOf: dateOrDateTime
		.nullable()
		.describe('Relative dates are evaluated at this local date (and time); null: now.'),
	groups: z
		.array(groupSchema)
		.max(50)
		.describe('The groups, combined in order by their set operators.'),
	/** Absent: no split. */
	split: splitSchema
		.optional()
		.describe('Splits the members into named parts (e.g. A / B / holdout); absent: no split.'),
	/** Absent: no labels. */
	labels: labelsSchema
		.optional()
		.describe(
			'An export column naming the first of an ordered list of segments that holds each member; absent: none.'
		)
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
