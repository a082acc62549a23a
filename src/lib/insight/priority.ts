// A priority list: segments in an order, each customer assigned to the first of them that holds
// them (as a campaign sends each customer one message, the most important first). The counts come
// from the overlap's combination counts (overlap.ts): a combination's customers go to its member
// that comes first in the order, so the parts add up to the union exactly. The export tags each
// customer of any of them with `assigned_segment`.
import { quoteIdent, quoteString } from '../sql/quote';
import type { DataModel } from '../segments/data-model';
import {
	DEFINITION_FORMAT,
	DEFINITION_VERSION,
	REFRESH_MINUTES_DEFAULT,
	type SegmentDefinition
} from '../segments/definition';
import { profileTable } from '../runs/members-sql';
import { membersOf, type MemberSource, type Overlap } from './overlap';

/** The export column naming the segment a customer is assigned to. */
export const ASSIGNED_COLUMN = 'assigned_segment';

export interface PriorityRow {
	/** The segment's index in the overlap (the order it was picked in). */
	index: number;
	/** Its own members. */
	members: number;
	/** Those assigned to it: in it and in no segment before it in the order. */
	assigned: number;
	/** Those that went to a segment before it. */
	earlier: number;
}

/** `order`: the overlap's segment indexes, most important first (a permutation of 0 … n − 1). */
export function priorityRows(o: Overlap, order: number[]): PriorityRow[] {
	const assigned = new Map(order.map((i) => [i, 0]));
	for (const c of o.combinations) {
		const first = order.find((i) => c.members.includes(i));
		if (first !== undefined) assigned.set(first, (assigned.get(first) ?? 0) + c.customers);
	}
	return order.map((index) => {
		const members = o.sizes[index] ?? 0;
		const got = assigned.get(index) ?? 0;
		return { index, members, assigned: got, earlier: members - got };
	});
}

/** `order` with the segment at `position` moved one place up (-1) or down (+1). */
export function moved(order: number[], position: number, by: -1 | 1): number[] {
	const to = position + by;
	if (to < 0 || to >= order.length) return order;
	const next = [...order];
	[next[position], next[to]] = [next[to] as number, next[position] as number];
	return next;
}

/**
 * The Customer Profile rows of everyone in any of the segments, with the name of the segment each
 * is assigned to as a last column. `sources[i]` and `names[i]` are segment i; `order` as above.
 */
export function priorityExportSql(
	sources: MemberSource[],
	names: string[],
	order: number[],
	model: DataModel
): string | null {
	const p = profileTable(model);
	if (!p) return null;
	const tagged = order
		.map((i, position) => {
			const source = sources[i];
			if (!source) throw new Error('A priority list names a segment it has no members of.');
			return `SELECT k, ${position} AS position FROM (\n${membersOf(source)}\n) AS s${position}`;
		})
		.join('\nUNION ALL\n');
	const name = order
		.map((i, position) => `WHEN ${position} THEN ${quoteString(names[i] ?? '')}`)
		.join(' ');
	const key = `p.${quoteIdent(p.key)}`;
	return [
		`WITH first AS (\nSELECT k, min(position) AS position FROM (\n${tagged}\n) GROUP BY k\n)`,
		`SELECT ${[...p.columns.map((c) => `p.${quoteIdent(c)}`), `CASE f.position ${name} END AS ${quoteIdent(ASSIGNED_COLUMN)}`].join(', ')}`,
		`FROM ${quoteIdent(p.table)} AS p`,
		`JOIN first AS f ON CAST(${key} AS VARCHAR) = f.k`,
		`ORDER BY f.position, ${key}`
	].join('\n');
}

/** A segment the priority list orders: its unique name and the name shown. */
export interface PrioritySegment {
	name: string;
	displayName: string;
}

/**
 * The priority list as a segment definition, so it runs, refreshes and is shared like any other:
 * the union of the segments (each "is in segment S" as of its last run, as the overlap page compares
 * them), labelled in the column `assigned_segment` by the first of them, in order, that holds the
 * customer.
 */
export function priorityDefinition(
	ordered: readonly PrioritySegment[],
	profileEntity: string,
	name: string,
	displayName: string
): SegmentDefinition {
	return {
		format: DEFINITION_FORMAT,
		version: DEFINITION_VERSION,
		name,
		displayName,
		description: `Priority list: each customer in any of ${ordered.map((s) => s.displayName).join(', ')}, assigned in ${ASSIGNED_COLUMN} to the first of them, in this order, that holds them (as of each one's last run).`,
		type: 'dynamic',
		refreshIntervalMinutes: REFRESH_MINUTES_DEFAULT,
		asOf: null,
		groups: ordered.map((s, i) => ({
			id: `p${i + 1}`,
			...(i > 0 ? { operator: 'union' as const } : {}),
			path: { start: profileEntity, steps: [] },
			where: null,
			aggregates: [],
			memberships: [
				{
					id: `p${i + 1}m`,
					operator: 'inSegment' as const,
					segment: s.name,
					source: 'lastRun' as const
				}
			]
		})),
		labels: {
			column: ASSIGNED_COLUMN,
			rules: ordered.map((s, i) => ({
				id: `p${i + 1}r`,
				// the unique name, as the overlap page's export writes it
				label: s.name,
				segment: s.name,
				source: 'lastRun' as const
			})),
			otherwise: ''
		}
	};
}
