// The operator catalogue: which condition operators apply to which attribute type, the words the
// builder shows for them, and the kind of value each one takes. The builder renders from this, the
// validator checks against it and the summary speaks with its labels, so they cannot drift apart.
import type { AttributeType } from './data-model';
import {
	AGGREGATE_COMPARISONS,
	AGGREGATE_OPERATORS,
	type AggregateFunction,
	type AggregateOperator,
	type OperatorId
} from './definition';

/** The value editor an operator needs. */
export type OperandKind =
	| 'none'
	| 'number'
	| 'text'
	| 'date'
	| 'dateOrDateTime'
	| 'numberRange'
	| 'dateRange'
	| 'numberList'
	| 'textList'
	| 'relative'
	| 'period'
	| 'weekdays'
	| 'days';

export interface OperatorInfo {
	id: OperatorId;
	/** Reads after the attribute name: "total amount" + "is greater than" + value. */
	label: string;
	/** Reads after the value, when the sentence needs it: "is more than 90 days" + "ago". */
	suffix?: string;
	valueKind: OperandKind;
	/** Negative operators also match empty values (NULL, or '' for text). */
	negative: boolean;
	/** Offers "match case" (text comparisons are case-insensitive unless it is ticked). */
	caseOption: boolean;
}

function op(
	id: OperatorId,
	label: string,
	valueKind: OperandKind,
	extra: { negative?: boolean; caseOption?: boolean; suffix?: string } = {}
): OperatorInfo {
	return {
		id,
		label,
		valueKind,
		negative: extra.negative ?? false,
		caseOption: extra.caseOption ?? false,
		...(extra.suffix ? { suffix: extra.suffix } : {})
	};
}

const isEmpty = op('isEmpty', 'is empty', 'none');
const isNotEmpty = op('isNotEmpty', 'is not empty', 'none');

/** Shared by date and timestamp; `on`, `before`… differ only in what values they accept. */
function temporal(type: 'date' | 'timestamp'): readonly OperatorInfo[] {
	const point: OperandKind = type === 'date' ? 'date' : 'dateOrDateTime';
	return [
		op('on', 'is on', 'date'),
		op('before', 'is before', point),
		op('after', 'is after', point),
		op('between', 'is between', 'dateRange'),
		op('inLast', 'is in the last', 'relative'),
		op('notInLast', 'is not in the last', 'relative', { negative: true }),
		op('inNext', 'is in the next', 'relative'),
		op('moreThanAgo', 'is more than', 'relative', { suffix: 'ago' }),
		op('today', 'is today', 'none'),
		op('yesterday', 'is yesterday', 'none'),
		op('thisPeriod', 'is in this', 'period'),
		op('lastPeriod', 'is in last', 'period'),
		op('nextPeriod', 'is in next', 'period'),
		op('dayOfWeek', 'falls on', 'weekdays'),
		op('anniversaryWithin', 'has its anniversary in the next', 'days', { suffix: 'days' }),
		isEmpty,
		isNotEmpty
	];
}

export const OPERATORS: Readonly<Record<AttributeType, readonly OperatorInfo[]>> = {
	number: [
		op('equals', 'is', 'number'),
		op('notEquals', 'is not', 'number', { negative: true }),
		op('greaterThan', 'is greater than', 'number'),
		op('atLeast', 'is at least', 'number'),
		op('lessThan', 'is less than', 'number'),
		op('atMost', 'is at most', 'number'),
		op('between', 'is between', 'numberRange'),
		op('notBetween', 'is not between', 'numberRange', { negative: true }),
		op('inList', 'is one of', 'numberList'),
		op('notInList', 'is not one of', 'numberList', { negative: true }),
		isEmpty,
		isNotEmpty
	],
	string: [
		op('equals', 'is', 'text', { caseOption: true }),
		op('notEquals', 'is not', 'text', { negative: true, caseOption: true }),
		op('contains', 'contains', 'text', { caseOption: true }),
		op('notContains', 'does not contain', 'text', { negative: true, caseOption: true }),
		op('startsWith', 'starts with', 'text', { caseOption: true }),
		op('endsWith', 'ends with', 'text', { caseOption: true }),
		op('inList', 'is one of', 'textList', { caseOption: true }),
		op('notInList', 'is not one of', 'textList', { negative: true, caseOption: true }),
		isEmpty,
		isNotEmpty
	],
	date: temporal('date'),
	timestamp: temporal('timestamp'),
	boolean: [op('isTrue', 'is true', 'none'), op('isFalse', 'is false', 'none'), isEmpty, isNotEmpty]
};

export function operatorsFor(type: AttributeType): readonly OperatorInfo[] {
	return OPERATORS[type];
}

/** The operator's entry for this attribute type, or undefined when it does not apply to it. */
export function operatorInfo(type: AttributeType, id: string): OperatorInfo | undefined {
	return OPERATORS[type].find((o) => o.id === id);
}

export const NEGATIVE_OPERATORS: ReadonlySet<OperatorId> = new Set([
	'notEquals',
	'notContains',
	'notInList',
	'notBetween',
	'notInLast'
]);

/** Words for relative and period units, singular and plural. */
export const UNIT_WORDS = {
	days: ['day', 'days'],
	weeks: ['week', 'weeks'],
	months: ['month', 'months'],
	years: ['year', 'years']
} as const;

export const WEEKDAY_NAMES = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;

// ---- aggregates ----------------------------------------------------------------------------

export interface AggregateFunctionInfo {
	id: AggregateFunction;
	/** Reads before the entity or attribute: "number of" Orders, "total of" total amount. */
	label: string;
	/** The label when the attribute is a date or timestamp ("earliest" rather than "lowest"). */
	dateLabel?: string;
	needsAttribute: boolean;
	/** Attribute types it accepts (empty when it takes no attribute). */
	attributeTypes: readonly AttributeType[];
}

const ANY_TYPE: readonly AttributeType[] = ['number', 'string', 'date', 'timestamp', 'boolean'];

export const AGGREGATE_FUNCTION_INFO: readonly AggregateFunctionInfo[] = [
	{ id: 'count', label: 'number of', needsAttribute: false, attributeTypes: [] },
	{
		id: 'countDistinct',
		label: 'number of different values of',
		needsAttribute: true,
		attributeTypes: ANY_TYPE
	},
	{ id: 'sum', label: 'total of', needsAttribute: true, attributeTypes: ['number'] },
	{ id: 'avg', label: 'average of', needsAttribute: true, attributeTypes: ['number'] },
	{
		id: 'min',
		label: 'lowest',
		dateLabel: 'earliest',
		needsAttribute: true,
		attributeTypes: ['number', 'date', 'timestamp']
	},
	{
		id: 'max',
		label: 'highest',
		dateLabel: 'latest',
		needsAttribute: true,
		attributeTypes: ['number', 'date', 'timestamp']
	},
	{
		id: 'distinctDays',
		label: 'number of different days of',
		needsAttribute: true,
		attributeTypes: ['date', 'timestamp']
	},
	{
		id: 'distinctWeeks',
		label: 'number of different weeks of',
		needsAttribute: true,
		attributeTypes: ['date', 'timestamp']
	},
	{
		id: 'distinctMonths',
		label: 'number of different months of',
		needsAttribute: true,
		attributeTypes: ['date', 'timestamp']
	}
];

/**
 * Whether an aggregate compares a date or time (the earliest or latest of a date or timestamp
 * attribute) rather than a number: then the date operators apply and "greater than" means later.
 */
export function isDateAggregate(id: AggregateFunction, attributeType?: AttributeType): boolean {
	return (
		(id === 'min' || id === 'max') && (attributeType === 'date' || attributeType === 'timestamp')
	);
}

/**
 * The operators an aggregate can use: the number comparisons, or for a date aggregate the same
 * comparisons read as dates followed by the relative date operators of conditions.
 */
export function aggregateOperatorsFor(
	id: AggregateFunction,
	attributeType?: AttributeType
): readonly AggregateOperator[] {
	return isDateAggregate(id, attributeType) ? AGGREGATE_OPERATORS : AGGREGATE_COMPARISONS;
}

/** The value an aggregate's operator takes, in the terms of the condition value editors. */
export function aggregateOperandKind(
	operator: AggregateOperator,
	dateAggregate: boolean,
	attributeType?: AttributeType
): OperandKind {
	if (!dateAggregate) return operator === 'between' ? 'numberRange' : 'number';
	if (operator === 'between') return 'dateRange';
	if ((AGGREGATE_COMPARISONS as readonly string[]).includes(operator))
		return attributeType === 'date' ? 'date' : 'dateOrDateTime';
	return (operatorInfo(attributeType ?? 'date', operator) as OperatorInfo).valueKind;
}

export function aggregateFunctionInfo(id: AggregateFunction): AggregateFunctionInfo {
	const info = AGGREGATE_FUNCTION_INFO.find((f) => f.id === id);
	if (!info) throw new Error(`Unknown aggregate function: ${id}`);
	return info;
}

/** "number of", "total", "earliest"…: the function's words for an attribute of this type. */
export function aggregateLabel(id: AggregateFunction, attributeType?: AttributeType): string {
	const info = aggregateFunctionInfo(id);
	const temporal = attributeType === 'date' || attributeType === 'timestamp';
	return temporal && info.dateLabel ? info.dateLabel : info.label;
}

/** Words for the comparison of an aggregate with its value. */
export const AGGREGATE_OPERATOR_LABELS: Readonly<
	Record<(typeof AGGREGATE_COMPARISONS)[number], string>
> = {
	equals: 'is',
	notEquals: 'is not',
	greaterThan: 'is greater than',
	atLeast: 'is at least',
	lessThan: 'is less than',
	atMost: 'is at most',
	between: 'is between'
};

/**
 * The same comparisons read for min/max of a date or timestamp, where "greater than" means later.
 */
export const AGGREGATE_DATE_OPERATOR_LABELS: Readonly<Record<AggregateOperator, string>> = {
	equals: 'is on',
	notEquals: 'is not on',
	greaterThan: 'is after',
	atLeast: 'is on or after',
	lessThan: 'is before',
	atMost: 'is on or before',
	between: 'is between',
	...Object.fromEntries(
		(AGGREGATE_OPERATORS.slice(AGGREGATE_COMPARISONS.length) as OperatorId[]).map((id) => [
			id,
			(operatorInfo('date', id) as OperatorInfo).label
		])
	)
} as Record<AggregateOperator, string>;
