// Why a customer is in or out of a segment: each group's verdict with the evidence (how many of the
// rows its path reaches for them each condition held on, their values, the aggregates computed for
// them), the set-operator steps, and the reason — the first thing that, changed alone, would make
// them a member. Runs read-only SQL through whatever `run` is given (the engine client in the app,
// DuckDB directly in tests).
import type { Row, Value } from '../engine/results';
import type { DataModel } from '../segments/data-model';
import type {
	AggregateCondition,
	Condition,
	ConditionNode,
	Group,
	MembershipCondition,
	SegmentDefinition,
	SetOperator
} from '../segments/definition';
import type { SegmentLookup } from '../segments/dependencies';
import { compileGroup } from '../segments/compile';
import { effectiveClock, type Clock } from '../segments/dates';
import { quoteIdent } from '../sql/quote';
import { groupExplainSql, keyMatch } from './explain-sql';
import {
	behaviourEvidence,
	type LifecycleEvidence,
	type SequenceEvidence
} from './behaviour-detail';

export type RunSql = (sql: string) => Promise<Row[]>;

export interface ConditionCheck {
	condition: Condition;
	/** Rows (of those the path reaches for this customer) the condition held on. */
	heldOn: number;
	/** Up to VALUES_SHOWN distinct values, sorted as text, and how many distinct there are. */
	values: string[];
	distinctValues: number;
}

export interface AggregateCheck {
	aggregate: AggregateCondition;
	/** null when no row passes the conditions (the aggregate is not computed then). */
	value: Value;
	held: boolean;
}

export interface MembershipCheck {
	membership: MembershipCondition;
	/** Whether the customer is a member of the referred segment (live, or as of its last run). */
	inSegment: boolean;
	/** Whether the condition holds: in it for "is in", not in it for "is not in". */
	held: boolean;
}

export interface GroupExplanation {
	index: number;
	operator: SetOperator | null;
	/** Rows the group's path reaches for this customer (their orders, say). */
	pathRows: number;
	/** Rows on which all the conditions hold together. */
	passingRows: number;
	conditions: ConditionCheck[];
	items: ConditionNode[];
	/** The first top-level item with which the conditions so far hold on no row; null if none. */
	firstFailingItem: number | null;
	aggregates: AggregateCheck[];
	firstFailingAggregate: number | null;
	/** Per sequence condition of the group: whether it holds for the customer. */
	sequences: boolean[];
	/** Per lifecycle condition of the group: whether it holds for the customer. */
	lifecycles: boolean[];
	/** Per sequence condition: the customer's events behind its verdict. */
	sequenceEvidence: SequenceEvidence[];
	/** Per lifecycle condition: the customer's events in its windows behind its verdict. */
	lifecycleEvidence: LifecycleEvidence[];
	/** Per segment condition of the group: whether the customer is in that segment. */
	memberships: MembershipCheck[];
	/** For a group with a ranking: whether the customer is among those it keeps; else null. */
	ranked: boolean | null;
	matched: boolean;
}

export interface SetStep {
	/** The group combined at this step (1 … n-1). */
	group: number;
	operator: SetOperator;
	/** Whether the customer is in the result after this step. */
	member: boolean;
}

export type Reason =
	| { kind: 'member' }
	| { kind: 'condition'; group: number; item: number }
	| { kind: 'aggregate'; group: number; aggregate: number }
	| { kind: 'rank'; group: number }
	| { kind: 'sequence'; group: number; sequence: number }
	| { kind: 'lifecycle'; group: number; lifecycle: number }
	| { kind: 'membership'; group: number; membership: number }
	| { kind: 'noRows'; group: number }
	| { kind: 'excluded'; group: number }
	| { kind: 'several' };

export type Explanation =
	| { found: false; key: string }
	| {
			found: true;
			key: string;
			member: boolean;
			groups: GroupExplanation[];
			steps: SetStep[];
			reason: Reason;
	  };

const num = (v: Value | undefined) => (typeof v === 'number' ? v : Number(v ?? 0));

function combine(a: boolean, b: boolean, operator: SetOperator): boolean {
	if (operator === 'union') return a || b;
	if (operator === 'intersect') return a && b;
	return a && !b;
}

/** The customer's membership from the groups' verdicts, folded left to right as the compiler does. */
export function fold(verdicts: boolean[], operators: (SetOperator | null)[]): boolean[] {
	const after: boolean[] = [];
	verdicts.forEach((v, i) =>
		after.push(i === 0 ? v : combine(after[i - 1] as boolean, v, operators[i] ?? 'union'))
	);
	return after;
}

function reasonFor(groups: GroupExplanation[]): Reason {
	const verdicts = groups.map((g) => g.matched);
	const operators = groups.map((g) => g.operator);
	if (fold(verdicts, operators).at(-1)) return { kind: 'member' };
	for (const g of groups) {
		const flipped = verdicts.map((v, i) => (i === g.index ? !v : v));
		if (!fold(flipped, operators).at(-1)) continue;
		if (g.matched) return { kind: 'excluded', group: g.index };
		if (g.pathRows === 0) return { kind: 'noRows', group: g.index };
		if (g.firstFailingItem !== null)
			return { kind: 'condition', group: g.index, item: g.firstFailingItem };
		if (g.firstFailingAggregate !== null)
			return { kind: 'aggregate', group: g.index, aggregate: g.firstFailingAggregate };
		const sequence = g.sequences.indexOf(false);
		if (sequence >= 0) return { kind: 'sequence', group: g.index, sequence };
		const lifecycle = g.lifecycles.indexOf(false);
		if (lifecycle >= 0) return { kind: 'lifecycle', group: g.index, lifecycle };
		const membership = g.memberships.findIndex((m) => !m.held);
		if (membership >= 0) return { kind: 'membership', group: g.index, membership };
		if (g.ranked === false) return { kind: 'rank', group: g.index };
	}
	return { kind: 'several' };
}

/**
 * Whether each sequence of a group holds for the customer: the sequence alone, as a group of all
 * customers, compiled as the segment compiles it.
 */
async function sequenceVerdicts(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	key: string,
	run: RunSql
): Promise<boolean[]> {
	const verdicts: boolean[] = [];
	for (const sequence of group.sequences ?? []) {
		const alone = everyCustomer(group, model, { sequences: [sequence] });
		verdicts.push(await inRanking(alone, index, model, clock, key, run));
	}
	return verdicts;
}

/** A group of every customer (the profile, no conditions) with one condition of `group` alone. */
function everyCustomer(
	group: Group,
	model: DataModel,
	only: Pick<Group, 'sequences'> | Pick<Group, 'memberships'>
): Group {
	return {
		id: group.id,
		path: { start: model.profile?.entity ?? '', steps: [] },
		where: null,
		aggregates: [],
		...only
	};
}

/**
 * Whether the customer is in each segment a group's segment conditions refer to: "is in S" alone,
 * as a group of all customers, compiled as the segment compiles it (live at the same moment, or as
 * of S's last run).
 */
async function membershipChecks(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	key: string,
	run: RunSql,
	segments: SegmentLookup | undefined
): Promise<MembershipCheck[]> {
	const checks: MembershipCheck[] = [];
	for (const membership of group.memberships ?? []) {
		const alone = everyCustomer(group, model, {
			memberships: [{ ...membership, operator: 'inSegment' }]
		});
		const inSegment = await inRanking(alone, index, model, clock, key, run, segments);
		const held = membership.operator === 'inSegment' ? inSegment : !inSegment;
		checks.push({ membership, inSegment, held });
	}
	return checks;
}

/** Whether each lifecycle condition of a group holds for the customer, on the group's own rows. */
async function lifecycleVerdicts(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	key: string,
	run: RunSql
): Promise<boolean[]> {
	const verdicts: boolean[] = [];
	for (const lifecycle of group.lifecycles ?? []) {
		const alone: Group = {
			id: group.id,
			path: group.path,
			where: group.where,
			aggregates: [],
			lifecycles: [lifecycle]
		};
		verdicts.push(await inRanking(alone, index, model, clock, key, run));
	}
	return verdicts;
}

/**
 * Whether the customer is among those a group's ranking keeps: that depends on every other
 * customer's value, so it is read from the group's compiled members, as the segment decides it.
 * (Also whether they are among a group's members at all, for sequenceVerdicts.)
 */
async function inRanking(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	key: string,
	run: RunSql,
	segments?: SegmentLookup
): Promise<boolean> {
	const compiled = compileGroup(group, index, model, clock, { segments });
	if (!compiled.ok) return false;
	const rows = await run(
		`SELECT count(*) AS n FROM (${compiled.sql.members}) AS g WHERE ${keyMatch('g.member_key', key)}`
	);
	return num(rows[0]?.n) > 0;
}

export async function explainCustomer(
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	rawKey: string,
	run: RunSql,
	options: { segments?: SegmentLookup } = {}
): Promise<Explanation> {
	const key = rawKey.trim();
	const profile = model.profile;
	const entity = profile && model.entities.find((e) => e.name === profile.entity);
	if (!profile || !entity) throw new Error('There is no Customer Profile.');
	const found = await run(
		`SELECT count(*) AS n FROM ${quoteIdent(entity.table)} AS p WHERE ${keyMatch(`p.${quoteIdent(profile.key)}`, key)}`
	);
	if (num(found[0]?.n) === 0) return { found: false, key };
	const at = effectiveClock(definition, clock);
	const groups: GroupExplanation[] = [];
	for (const [index, group] of definition.groups.entries()) {
		const plan = groupExplainSql(group, model, at, key);
		const row = (await run(plan.sql))[0] ?? {};
		const pathRowCount = num(row.path_rows);
		const passingRows = num(row.passing_rows);
		const prefixFail = plan.items.findIndex((_, i) => num(row[`prefix${i}`]) === 0);
		// a count that includes customers without rows is computed (as 0) even when none pass
		const computed = (a: AggregateCondition) => passingRows > 0 || a.includeZero === true;
		const aggregates = group.aggregates.map((aggregate, i) => ({
			aggregate,
			value: computed(aggregate) ? (row[`agg${i}`] ?? null) : null,
			held: computed(aggregate) && row[`agg${i}_held`] === true
		}));
		const aggFail = aggregates.findIndex((a) => !a.held);
		const sequences = await sequenceVerdicts(group, index, model, at, key, run);
		const lifecycles = await lifecycleVerdicts(group, index, model, at, key, run);
		const memberships = await membershipChecks(group, index, model, at, key, run, options.segments);
		const evidence = await behaviourEvidence(group, index, model, at, key, run);
		const qualifies =
			(aggregates.length > 0 ? aggregates.every((a) => a.held) : passingRows > 0) &&
			sequences.every(Boolean) &&
			lifecycles.every(Boolean) &&
			memberships.every((m) => m.held);
		const ranked =
			group.rank && qualifies
				? await inRanking(group, index, model, at, key, run, options.segments)
				: null;
		groups.push({
			index,
			operator: index === 0 ? null : (group.operator ?? 'union'),
			pathRows: pathRowCount,
			passingRows,
			conditions: plan.conditions.map((condition, i) => ({
				condition,
				heldOn: num(row[`held${i}`]),
				values: JSON.parse(String(row[`values${i}`] ?? '[]')) as string[],
				distinctValues: num(row[`distinct${i}`])
			})),
			items: plan.items,
			firstFailingItem: pathRowCount > 0 && prefixFail >= 0 ? prefixFail : null,
			aggregates,
			firstFailingAggregate:
				aggFail >= 0 && (passingRows > 0 || aggregates.length > 0) ? aggFail : null,
			sequences,
			lifecycles,
			sequenceEvidence: evidence.sequences,
			lifecycleEvidence: evidence.lifecycles,
			memberships,
			ranked,
			matched: qualifies && ranked !== false
		});
	}
	const after = fold(
		groups.map((g) => g.matched),
		groups.map((g) => g.operator)
	);
	return {
		found: true,
		key,
		member: after.at(-1) ?? false,
		groups,
		steps: groups.slice(1).map((g) => ({
			group: g.index,
			operator: g.operator as SetOperator,
			member: after[g.index] as boolean
		})),
		reason: reasonFor(groups)
	};
}
