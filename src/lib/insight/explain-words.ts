// An explanation in the product's words: the verdict's reason as one sentence, a condition or
// aggregate as the builder summarises it. Pure, so the words are testable and the same everywhere.
import type { DataModel } from '../segments/data-model';
import type {
	ConditionNode,
	LifecycleCondition,
	SegmentDefinition,
	SequenceCondition
} from '../segments/definition';
import type { SegmentLookup } from '../segments/dependencies';
import { isConditionBlock } from '../segments/definition';
import {
	entityLabel,
	span,
	summarizeAggregate,
	summarizeCondition,
	summarizeLifecycle,
	summarizeMembership,
	summarizeSequence
} from '../segments/summary';
import type { Explanation } from './explain';
import type { LifecycleEvidence, SequenceEvidence } from './behaviour-detail';

const rows = (n: number, what: string) =>
	`${n.toLocaleString('en-US')} ${what} row${n === 1 ? '' : 's'}`;
const latest = (at: string | null) => (at ? ` (latest on ${at})` : '');

/**
 * "3 Orders rows pass A; 1 of them is followed by Cases within 7 days (latest on 2026-10-01), 2 are
 * not (latest on 2026-11-02). 4 Cases rows pass B."
 */
export function sequenceEvidenceWords(
	s: SequenceCondition,
	e: SequenceEvidence,
	model: DataModel
): string {
	const [a, b] = [entityLabel(model, s.first.path.start), entityLabel(model, s.then.path.start)];
	const within = `within ${s.withinDays} day${s.withinDays === 1 ? '' : 's'}`;
	const alone = e.aEvents - e.followed;
	const parts =
		e.aEvents === 0
			? `No ${a} row passes A.`
			: `${rows(e.aEvents, a)} pass${e.aEvents === 1 ? 'es' : ''} A; ${e.followed.toLocaleString('en-US')} of them ${e.followed === 1 ? 'is' : 'are'} followed by ${b} ${within}${latest(e.lastFollowed)}${alone > 0 ? `, ${alone.toLocaleString('en-US')} ${alone === 1 ? 'is' : 'are'} not${latest(e.lastAlone)}` : ''}.`;
	return `${parts} ${e.bEvents === 0 ? `No ${b} row passes B.` : `${rows(e.bEvents, b)} pass${e.bEvents === 1 ? 'es' : ''} B.`}`;
}

/**
 * "2 in the 90 days before the last 30 days, 0 in the last 30 days, 5 earlier (latest on …)";
 * "active in 2 of the last 4 months, 3 needed (latest on …)".
 */
export function lifecycleEvidenceWords(c: LifecycleCondition, e: LifecycleEvidence): string {
	if (!e.lastAt) return 'No row of theirs is dated at or before the as-of moment.';
	if (c.kind === 'regularly')
		return `Active in ${e.periods ?? 0} of the last ${c.periods} ${c.unit}${c.periods === 1 ? '' : 's'}, ${c.atLeast} needed${latest(e.lastAt)}.`;
	const n = (v: number | null) => (v ?? 0).toLocaleString('en-US');
	return `${n(e.previous)} in the ${span(c.previous)} before the last ${span(c.recent)}, ${n(e.recent)} in the last ${span(c.recent)}, ${n(e.earlier)} earlier${latest(e.lastAt)}.`;
}

export function nodeWords(node: ConditionNode, model: DataModel, start: string): string {
	if (!isConditionBlock(node)) return summarizeCondition(node, model, start);
	const inner = node.children.map((c) => nodeWords(c, model, start));
	return inner.length === 1 ? (inner[0] as string) : `(${inner.join(` ${node.kind} `)})`;
}

export function reasonWords(
	e: Extract<Explanation, { found: true }>,
	definition: SegmentDefinition,
	model: DataModel,
	/** The saved segments, so a segment condition names the segment as the user sees it. */
	segments?: SegmentLookup
): string {
	const r = e.reason;
	const n = (group: number) => `group ${group + 1}`;
	const start = (group: number) => definition.groups[group]?.path.start ?? '';
	switch (r.kind) {
		case 'member':
			return 'They meet the segment’s conditions.';
		case 'condition': {
			const node = e.groups[r.group]?.items[r.item];
			const what = node ? nodeWords(node, model, start(r.group)) : 'a condition';
			return `The first condition that does not hold (${n(r.group)}): ${what}.`;
		}
		case 'aggregate': {
			const a = definition.groups[r.group]?.aggregates[r.aggregate];
			const what = a ? summarizeAggregate(a, model, start(r.group)) : 'an aggregate';
			return `Their rows pass the conditions, but this does not hold (${n(r.group)}): ${what}.`;
		}
		case 'sequence': {
			const q = definition.groups[r.group]?.sequences?.[r.sequence];
			const what = q ? summarizeSequence(q, model) : 'a sequence';
			return `Their rows pass the conditions, but they do not have this sequence (${n(r.group)}): ${what}.`;
		}
		case 'lifecycle': {
			const c = definition.groups[r.group]?.lifecycles?.[r.lifecycle];
			const what = c ? summarizeLifecycle(c, model, start(r.group)) : 'a lifecycle condition';
			return `Their rows pass the conditions, but they are not the customers ${what} (${n(r.group)}).`;
		}
		case 'membership': {
			const m = e.groups[r.group]?.memberships[r.membership];
			if (!m)
				return `Their rows pass the conditions, but a segment condition does not hold (${n(r.group)}).`;
			const what = summarizeMembership(m.membership, segments);
			return `Their rows pass the conditions, but this does not hold (${n(r.group)}): the customer ${what}; they are ${m.inSegment ? '' : 'not '}in it.`;
		}
		case 'rank':
			return `They meet the conditions of ${n(r.group)}, but its ranking does not keep them.`;
		case 'noRows':
			return `No ${start(r.group)} rows reach this customer, so ${n(r.group)} cannot match whatever its conditions.`;
		case 'excluded':
			return `They match ${n(r.group)}, which is excluded.`;
		case 'several':
			return 'More than one group would have to change for them to be a member.';
	}
}
