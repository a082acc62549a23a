// What keeps a segment condition ("is in segment S") from compiling: a name, a segment the lookup
// knows, members to compare with (a last run, for "as of its last run"), and — for the whole
// definition — no cycle through it, live references not nested too deep, and live references that
// are themselves valid (they are compiled into the same statement).
import {
	LIVE_SEGMENTS_MAX,
	MEMBERSHIP_DEPTH_MAX,
	MEMBERSHIPS_MAX,
	type MembershipCondition,
	type SegmentDefinition
} from './definition';
import { findCycle, labelReference, membershipsOf, type SegmentLookup } from './dependencies';
import { problem, q, type Problem, type ProblemPath } from './problems';

/** How a segment is named in messages: its display name, and its unique name when they differ. */
export function segmentWords(name: string, lookup?: SegmentLookup): string {
	const shown = lookup?.definition(name)?.displayName;
	return shown && shown !== name ? `${q(shown)} (${name})` : q(name);
}

/**
 * The problems of one group's segment conditions on their own; `self` is the name of the segment
 * they belong to, when known, so a reference to itself is refused.
 */
export function membershipProblems(
	memberships: readonly MembershipCondition[],
	at: ProblemPath,
	lookup: SegmentLookup | undefined,
	self: string | undefined,
	checkId: (id: string, path: ProblemPath) => void
): Problem[] {
	const problems: Problem[] = [];
	if (memberships.length > MEMBERSHIPS_MAX)
		problems.push(
			problem(
				[...at, 'memberships'],
				'tooManyMemberships',
				`A group can have at most ${MEMBERSHIPS_MAX} segment conditions; this one has ${memberships.length}.`
			)
		);
	memberships.forEach((m, j) => {
		const here: ProblemPath = [...at, 'memberships', j];
		checkId(m.id, here);
		problems.push(...segmentReferenceProblems(m, here, lookup, self));
	});
	return problems;
}

/**
 * What keeps one reference to a segment (a segment condition at `here`, or a label rule) from
 * being evaluated on its own: no segment chosen, no lookup, itself, an unknown name, or no last run
 * for "as of its last run".
 */
export function segmentReferenceProblems(
	m: Pick<MembershipCondition, 'segment' | 'source'>,
	here: ProblemPath,
	lookup: SegmentLookup | undefined,
	self: string | undefined,
	what: 'condition' | 'rule' = 'condition'
): Problem[] {
	const where: ProblemPath = [...here, 'segment'];
	if (m.segment === '')
		return [problem(where, 'missingSegment', `Choose the segment this ${what} refers to.`)];
	if (!lookup)
		return [
			problem(
				where,
				'segmentsUnavailable',
				`Segment conditions need the saved segments, which are not available here, so “in segment ${m.segment}” cannot be checked.`
			)
		];
	if (m.segment === self)
		return [
			problem(where, 'selfReference', 'A segment cannot refer to itself; choose another segment.')
		];
	if (!lookup.definition(m.segment))
		return [
			problem(
				where,
				'unknownSegment',
				`There is no segment called ${q(m.segment)}; it may have been deleted or renamed.`
			)
		];
	if (m.source === 'lastRun' && lookup.lastRunMembers(m.segment) === null)
		return [
			problem(
				[...here, 'source'],
				'segmentNotRun',
				`${segmentWords(m.segment, lookup)} has not run yet, so “as of its last run” has no members; run it or choose live.`
			)
		];
	return [];
}

/**
 * The whole definition's reference problems: a cycle (named in order), live references nested
 * deeper than MEMBERSHIP_DEPTH_MAX, and live references to segments that are not valid themselves
 * (`validate` checks one of them). Reported at the first condition concerned.
 */
export function referenceProblems(
	definition: SegmentDefinition,
	lookup: SegmentLookup,
	validate: (referred: SegmentDefinition) => Problem[]
): Problem[] {
	const located = definition.groups
		.flatMap((g, i) =>
			(g.memberships ?? []).map((m, j) => ({
				m,
				path: ['groups', i, 'memberships', j, 'segment'] as ProblemPath
			}))
		)
		.concat(
			(definition.labels?.rules ?? []).map((r, k) => ({
				m: labelReference(r),
				path: ['labels', 'rules', k, 'segment'] as ProblemPath
			}))
		);
	if (!located.length) return [];
	const usable = located.filter(
		({ m }) => m.segment !== '' && m.segment !== definition.name && lookup.definition(m.segment)
	);
	const cycle = findCycle(definition, lookup);
	if (cycle && cycle.length > 2) {
		const first = usable.find(({ m }) => m.segment === cycle[1]);
		return [
			problem(
				first?.path ?? ['groups'],
				'segmentCycle',
				`This segment refers to itself through ${cycle.join(' → ')}; a segment cannot depend on itself.`
			)
		];
	}
	if (cycle) return []; // a direct self-reference, already reported on its condition
	const problems: Problem[] = [];
	const depth = liveDepth(definition, lookup, MEMBERSHIP_DEPTH_MAX + 1);
	if (depth > MEMBERSHIP_DEPTH_MAX) {
		const deep = usable.find(({ m }) => m.source === 'live');
		problems.push(
			problem(
				deep?.path ?? ['groups'],
				'segmentsTooDeep',
				`Segments used live are nested more than ${MEMBERSHIP_DEPTH_MAX} levels deep; at most ${MEMBERSHIP_DEPTH_MAX} are allowed. Use “as of its last run” for some of them.`
			)
		);
		return problems;
	}
	const embedded = liveStatements(definition, lookup, LIVE_SEGMENTS_MAX + 1);
	if (embedded > LIVE_SEGMENTS_MAX) {
		const wide = usable.find(({ m }) => m.source === 'live');
		problems.push(
			problem(
				wide?.path ?? ['groups'],
				'segmentsTooMany',
				`Used live, the segments this one refers to (and those they refer to) make more than ${LIVE_SEGMENTS_MAX} segments to evaluate in one statement, counting each place a segment is used; at most ${LIVE_SEGMENTS_MAX} are allowed. Use “as of its last run” for some of them.`
			)
		);
		return problems;
	}
	const checked = new Set<string>();
	for (const { m, path } of usable) {
		if (m.source !== 'live' || checked.has(m.segment)) continue;
		checked.add(m.segment);
		const referred = lookup.definition(m.segment) as SegmentDefinition;
		const first = validate(referred)[0];
		if (first)
			problems.push(
				problem(
					path,
					'referredSegmentInvalid',
					`${segmentWords(m.segment, lookup)}, used live here, cannot be evaluated: ${first.message}`
				)
			);
	}
	return problems;
}

/**
 * How many levels of live references sit below `definition` (0: none), counting at most to
 * `limit`. A reference back to a segment already on the way down is a cycle, reported on that
 * segment, and is not followed.
 */
export function liveDepth(
	definition: SegmentDefinition,
	lookup: SegmentLookup,
	limit: number,
	path: ReadonlySet<string> = new Set([definition.name])
): number {
	if (limit <= 0) return 0;
	let deepest = 0;
	for (const m of membershipsOf(definition)) {
		if (m.source !== 'live' || path.has(m.segment)) continue;
		const referred = lookup.definition(m.segment);
		if (!referred) continue;
		const below = liveDepth(referred, lookup, limit - 1, new Set([...path, m.segment]));
		deepest = Math.max(deepest, 1 + below);
	}
	return deepest;
}

/**
 * How many segment statements compiling `definition` embeds through live references: each live
 * reference embeds the referred segment's whole statement, with its own live references, so a
 * segment used in two places counts twice. Counts at most to `limit`; cycles are not followed.
 */
export function liveStatements(
	definition: SegmentDefinition,
	lookup: SegmentLookup,
	limit: number,
	path: ReadonlySet<string> = new Set([definition.name])
): number {
	let total = 0;
	for (const m of membershipsOf(definition)) {
		if (total >= limit) return total;
		if (m.source !== 'live' || path.has(m.segment)) continue;
		const referred = lookup.definition(m.segment);
		if (!referred) continue;
		total += 1 + liveStatements(referred, lookup, limit - total - 1, new Set([...path, m.segment]));
	}
	return total;
}
