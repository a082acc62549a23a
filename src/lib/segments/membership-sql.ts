// Segment conditions ("is in segment S") as CTEs of a group: one per condition (g0_m0, g0_m1, …),
// each the members of S as Customer Profile keys, of the key's own type. The group keeps what it
// shares with the "is in" ones (INTERSECT) and drops what it shares with the "is not in" ones
// (EXCEPT). Live, S is compiled into the CTE (a WITH inside it, at the outer definition's moment);
// as of its last run, the lookup's SQL gives S's members as text, so the CTE picks the profile keys
// whose text is among them: the key keeps its type and the set operators compare equal values.
import { findAttribute, findEntity, type DataModel } from './data-model';
import {
	MEMBERSHIP_DEPTH_MAX,
	type MembershipCondition,
	type SegmentDefinition
} from './definition';
import type { SegmentLookup } from './dependencies';
import type { Cte } from './aggregate-sql';
import type { Dialect } from './dialect';

/** How referred segments are found, and how many live levels deep this group is. */
export interface References {
	lookup: SegmentLookup | undefined;
	depth: number;
}

export interface MembershipSql {
	ctes: Cte[];
	/** The CTEs a member must be in ("is in segment"). */
	ins: string[];
	/** The CTEs a member must not be in ("is not in segment"). */
	outs: string[];
}

const INDENT = '    ';

/**
 * `membersOf(referred, depth)` compiles a segment used live to its members statement; it is the
 * compiler's, passed in so this module does not import it back.
 */
export function membershipCtes(
	memberships: readonly MembershipCondition[],
	name: (j: number) => string,
	model: DataModel,
	sql: Dialect,
	refs: References,
	membersOf: (referred: SegmentDefinition, depth: number) => string
): MembershipSql {
	const out: MembershipSql = { ctes: [], ins: [], outs: [] };
	memberships.forEach((m, j) => {
		const cte = name(j);
		out.ctes.push({ name: cte, body: membersBody(m, model, sql, refs, membersOf) });
		(m.operator === 'inSegment' ? out.ins : out.outs).push(cte);
	});
	return out;
}

function membersBody(
	m: MembershipCondition,
	model: DataModel,
	sql: Dialect,
	refs: References,
	membersOf: (referred: SegmentDefinition, depth: number) => string
): string[] {
	const lookup = refs.lookup;
	if (!lookup) throw new Error(`segment conditions need the saved segments (${m.segment})`);
	if (m.source === 'live') {
		const referred = lookup.definition(m.segment);
		if (!referred) throw new Error(`there is no segment called ${m.segment}`);
		if (refs.depth >= MEMBERSHIP_DEPTH_MAX)
			throw new Error(`segments used live are nested more than ${MEMBERSHIP_DEPTH_MAX} deep`);
		// one body line: a name or value with a line break inside must not be indented
		return [membersOf(referred, refs.depth + 1)];
	}
	const members = lookup.lastRunMembers(m.segment);
	if (members === null) throw new Error(`${m.segment} has not run yet`);
	const profile = model.profile as NonNullable<DataModel['profile']>;
	const entity = findEntity(model, profile.entity);
	if (!entity || !findAttribute(entity, profile.key)) throw new Error('no Customer Profile');
	const alias = sql.ident(entity.name);
	const key = `${alias}.${sql.ident(profile.key)}`;
	return [
		`SELECT DISTINCT ${key} AS member_key`,
		`FROM ${sql.ident(entity.table)} AS ${alias}`,
		`WHERE ${sql.asText(key)} IN (`,
		INDENT + members,
		')'
	];
}
