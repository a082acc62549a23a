// A definition in plain English, for segment lists and the builder's header: "Orders where total
// amount is greater than 500 and order date is in the last 90 days; intersect: Cases where …".
// Names come from the data model's display names; anything the model no longer has is shown by its
// stored name, so a broken definition still reads.
import { describeSplit } from './split';
import { describeLabels } from './labels';
import { findAttribute, findEntity, type Attribute, type DataModel } from './data-model';
import {
	COUNTING_FUNCTIONS,
	isConditionBlock,
	type AggregateComparison,
	type AggregateCondition,
	type RankCondition,
	type Condition,
	type ConditionNode,
	type Group,
	type SegmentDefinition,
	type LifecycleCondition,
	type MembershipCondition,
	type SequenceCondition,
	type SequenceStep
} from './definition';
import {
	AGGREGATE_DATE_OPERATOR_LABELS,
	AGGREGATE_OPERATOR_LABELS,
	UNIT_WORDS,
	WEEKDAY_NAMES,
	aggregateLabel,
	aggregateOperandKind,
	isDateAggregate,
	operatorInfo,
	type OperandKind
} from './operators';
import { resolvePath } from './paths';
import type { SegmentLookup } from './dependencies';

const MISSING = '…';

export const entityLabel = (model: DataModel, name: string): string =>
	name === '' ? MISSING : (findEntity(model, name)?.displayName ?? name);

function attributeOf(model: DataModel, entity: string, attribute: string): Attribute | undefined {
	const e = findEntity(model, entity);
	return e ? findAttribute(e, attribute) : undefined;
}

/** "a, b or c" */
function listWords(items: string[], conjunction: 'and' | 'or'): string {
	if (items.length <= 1) return items[0] ?? MISSING;
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const quoted = (s: unknown) => (typeof s === 'string' ? `“${s}”` : MISSING);
const plain = (v: unknown) =>
	typeof v === 'number'
		? String(v)
		: typeof v === 'string' && v !== ''
			? v.replace('T', ' ')
			: MISSING;
const amount = (n: number, unit: keyof typeof UNIT_WORDS) =>
	`${n} ${UNIT_WORDS[unit][n === 1 ? 0 : 1]}`;

function valueWords(kind: OperandKind, value: unknown): string {
	const v = value as Record<string, unknown> | unknown[] | undefined;
	switch (kind) {
		case 'none':
			return '';
		case 'number':
		case 'date':
		case 'dateOrDateTime':
			return plain(value);
		case 'text':
			return quoted(value);
		case 'numberRange':
		case 'dateRange': {
			const r = (v ?? {}) as { from?: unknown; to?: unknown };
			return `${plain(r.from)} and ${plain(r.to)}`;
		}
		case 'numberList':
			return Array.isArray(v) ? listWords(v.map(plain), 'or') : MISSING;
		case 'textList':
			return Array.isArray(v) ? listWords(v.map(quoted), 'or') : MISSING;
		case 'relative': {
			const r = (v ?? {}) as { amount?: number; unit?: keyof typeof UNIT_WORDS };
			return r.amount === undefined || !r.unit ? MISSING : amount(r.amount, r.unit);
		}
		case 'period':
			return ((v ?? {}) as { unit?: string }).unit ?? MISSING;
		case 'weekdays':
			return Array.isArray(v)
				? listWords(
						v.map((d) => WEEKDAY_NAMES[(d as number) - 1] ?? MISSING),
						'or'
					)
				: MISSING;
		case 'days': {
			const n = ((v ?? {}) as { amount?: number }).amount;
			return n === undefined ? MISSING : amount(n, 'days');
		}
	}
}

/**
 * "total amount is greater than 500". The entity is named only when it is not the group's start
 * ("country of Customers is “France”").
 */
export function summarizeCondition(c: Condition, model: DataModel, startEntity?: string): string {
	const attribute = attributeOf(model, c.entity, c.attribute);
	let subject = attribute?.displayName ?? (c.attribute || MISSING);
	if (startEntity !== undefined && c.entity !== startEntity)
		subject += ` of ${entityLabel(model, c.entity)}`;
	const info = attribute ? operatorInfo(attribute.type, c.operator) : undefined;
	if (!info) return `${subject} ${c.operator}`;
	const value = 'value' in c ? c.value : undefined;
	const words = [subject, info.label];
	const valueText = valueWords(info.valueKind, value);
	if (valueText) words.push(valueText);
	// "days" is already part of the value text for anniversaries
	if (info.suffix && info.valueKind !== 'days') words.push(info.suffix);
	if ('matchCase' in c && c.matchCase && info.caseOption) words.push('(matching case)');
	if (info.negative) words.push('(including empty values)');
	return words.join(' ');
}

function summarizeNode(
	node: ConditionNode,
	model: DataModel,
	start: string,
	nested: boolean
): string {
	if (!isConditionBlock(node)) return summarizeCondition(node, model, start);
	if (node.children.length === 0) return MISSING;
	if (node.children.length === 1)
		return summarizeNode(node.children[0] as ConditionNode, model, start, nested);
	const text = node.children
		.map((child) => summarizeNode(child, model, start, true))
		.join(` ${node.kind} `);
	return nested ? `(${text})` : text;
}

/** "total of total amount of Orders", "number of Orders", "latest order date". */
function aggregateSubject(
	a: { function: AggregateCondition['function']; entity: string; attribute?: string },
	model: DataModel,
	start: string
): string {
	if (a.function === 'count') return `number of ${entityLabel(model, a.entity)}`;
	const attribute = a.attribute ? attributeOf(model, a.entity, a.attribute) : undefined;
	let subject = `${aggregateLabel(a.function, attribute?.type)} ${attribute?.displayName ?? a.attribute ?? MISSING}`;
	if (a.entity !== start) subject += ` of ${entityLabel(model, a.entity)}`;
	return subject;
}

export function summarizeAggregate(a: AggregateCondition, model: DataModel, start: string): string {
	const attribute = a.attribute ? attributeOf(model, a.entity, a.attribute) : undefined;
	const temporal = isDateAggregate(a.function, attribute?.type);
	const subject = aggregateSubject(a, model, start);
	const kind = aggregateOperandKind(a.operator, temporal, attribute?.type);
	const label = temporal
		? AGGREGATE_DATE_OPERATOR_LABELS[a.operator]
		: (AGGREGATE_OPERATOR_LABELS[a.operator as AggregateComparison] ?? a.operator);
	const words = [subject, label];
	const value = valueWords(kind, a.value);
	if (value) words.push(value);
	const info = temporal && attribute ? operatorInfo(attribute.type, a.operator) : undefined;
	if (info?.suffix && kind !== 'days') words.push(info.suffix);
	// which customers a count speaks of: say it, since "at most 2" reads differently for each
	if (COUNTING_FUNCTIONS.includes(a.function)) {
		const who = model.profile ? entityLabel(model, model.profile.entity) : 'customers';
		const rows = entityLabel(model, a.entity);
		words.push(
			a.includeZero ? `(${who} without ${rows} count as 0)` : `(among ${who} with ${rows})`
		);
	}
	return words.join(' ');
}

/** "the top 10 % of them by total of total amount" */
function summarizeRank(rank: RankCondition, model: DataModel, start: string): string {
	const amount = rank.unit === 'percent' ? `${rank.amount} %` : String(rank.amount);
	return `${rank.direction} ${amount} of them by ${aggregateSubject(rank, model, start)}`;
}

/** "Orders where total amount is greater than 500 (by order date)" */
function summarizeStep(step: SequenceStep, model: DataModel): string {
	const start = step.path.start;
	let text = entityLabel(model, start);
	if (step.where) text += ` where ${summarizeNode(step.where, model, start, false)}`;
	const time = attributeOf(model, step.time.entity, step.time.attribute);
	let by = time?.displayName ?? (step.time.attribute || MISSING);
	if (step.time.entity !== start) by += ` of ${entityLabel(model, step.time.entity)}`;
	return `${text} (by ${by})`;
}

/** "30 days", "1 month" */
export const span = (r: { amount: number; unit: keyof typeof UNIT_WORDS }): string =>
	amount(r.amount, r.unit);

/**
 * "who stopped (active in the 90 days before the last 30 days, not in them, by order date)",
 * "who were active in at least 3 of the last 4 months (by order date)".
 */
export function summarizeLifecycle(c: LifecycleCondition, model: DataModel, start: string): string {
	const time = attributeOf(model, c.time.entity, c.time.attribute);
	let by = time?.displayName ?? (c.time.attribute || MISSING);
	if (c.time.entity !== start) by += ` of ${entityLabel(model, c.time.entity)}`;
	switch (c.kind) {
		case 'stopped':
			return `who stopped (active in the ${span(c.previous)} before the last ${span(c.recent)}, not in the last ${span(c.recent)}, by ${by})`;
		case 'restarted':
			return `who restarted (active in the last ${span(c.recent)}, not in the ${span(c.previous)} before, active earlier, by ${by})`;
		case 'regularly':
			return `who were active in at least ${c.atLeast} of the last ${c.periods} ${c.unit}${c.periods === 1 ? '' : 's'} (by ${by})`;
	}
}

/** "Orders where … (by order date) followed by Cases where … (by opened at) within 7 days" */
export function summarizeSequence(s: SequenceCondition, model: DataModel): string {
	const days = amount(s.withinDays, 'days');
	const link = s.kind === 'followedBy' ? 'followed by' : 'not followed by';
	return `${summarizeStep(s.first, model)} ${link} ${summarizeStep(s.then, model)} within ${days}`;
}

/**
 * "is in segment “Big spenders” (live)", "is not in segment “churned” (as of its last run)". The
 * segment is named by its display name when `lookup` knows it, else by its unique name.
 */
export function summarizeMembership(m: MembershipCondition, lookup?: SegmentLookup): string {
	const name =
		m.segment === '' ? MISSING : quoted(lookup?.definition(m.segment)?.displayName || m.segment);
	const how = m.source === 'live' ? 'live' : 'as of its last run';
	return `${m.operator === 'inSegment' ? 'is in' : 'is not in'} segment ${name} (${how})`;
}

/**
 * "Orders where total amount is greater than 500, for Customers whose number of Orders is at least
 * 3". Intermediate entities of a longer path are named: "Categories (via Products, Order details,
 * Orders) where …".
 */
export function summarizeGroup(group: Group, model: DataModel, lookup?: SegmentLookup): string {
	const start = group.path.start;
	const profile = model.profile?.entity;
	let text = entityLabel(model, start);
	const resolution = resolvePath(model, group.path);
	if (resolution.ok && resolution.path.entities.length > 3)
		text += ` (via ${resolution.path.entities
			.slice(1, -1)
			.map((e) => entityLabel(model, e))
			.join(', ')})`;
	if (group.where) text += ` where ${summarizeNode(group.where, model, start, false)}`;
	else text = `${start !== '' && start === profile ? 'all' : 'any'} ${text}`;
	if (group.aggregates.length) {
		const who = profile ? entityLabel(model, profile) : 'customers';
		text += `, for ${who} whose ${group.aggregates
			.map((a) => summarizeAggregate(a, model, start))
			.join(' and whose ')}`;
	}
	if (group.sequences?.length) {
		const who = profile ? entityLabel(model, profile) : 'customers';
		text += `, for ${who} with ${group.sequences
			.map((s) => summarizeSequence(s, model))
			.join(' and with ')}`;
	}
	if (group.lifecycles?.length) {
		const who = profile ? entityLabel(model, profile) : 'customers';
		text += `, for ${who} ${group.lifecycles
			.map((c) => summarizeLifecycle(c, model, start))
			.join(' and ')}`;
	}
	if (group.memberships?.length)
		text += `, if the customer ${group.memberships
			.map((m) => summarizeMembership(m, lookup))
			.join(' and ')}`;
	if (group.rank) text += `; the ${summarizeRank(group.rank, model, start)}`;
	return text;
}

export function summarizeSegment(
	definition: SegmentDefinition,
	model: DataModel,
	lookup?: SegmentLookup
): string {
	if (definition.groups.length === 0) return 'No conditions yet';
	const groups = definition.groups
		.map((g, i) =>
			i === 0
				? summarizeGroup(g, model, lookup)
				: `${g.operator ?? MISSING}: ${summarizeGroup(g, model, lookup)}`
		)
		.join('; ');
	const after = [
		...(definition.split ? [describeSplit(definition.split)] : []),
		...(definition.labels ? [describeLabels(definition.labels, lookup)] : [])
	];
	return [groups, ...after].join('; ');
}
