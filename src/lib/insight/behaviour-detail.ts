// The rows behind a group's sequence and lifecycle verdicts for one customer ("why in or out"):
// for a sequence, how many A and B events they have, how many A events a B follows within the days
// and the latest A with and without one; for a lifecycle condition, their events in each window (or
// the periods they were active in) and their latest event. Read in one statement over the group's
// own sequence and lifecycle CTEs (compile.ts behaviourStatement), so the numbers are the ones the
// segment decides on.
import type { Value } from '../engine/results';
import type { DataModel } from '../segments/data-model';
import type { Group } from '../segments/definition';
import type { Clock } from '../segments/dates';
import type { Dialect } from '../segments/dialect';
import { behaviourStatement } from '../segments/compile';
import { keyMatch } from './explain-sql';
import type { RunSql } from './explain';

export interface SequenceEvidence {
	/** The customer's A events and B events (distinct rows, at or before the as-of moment). */
	aEvents: number;
	bEvents: number;
	/** A events followed by a B event within the sequence's days. */
	followed: number;
	/** The latest A event that a B follows, and the latest that none follows (as text). */
	lastFollowed: string | null;
	lastAlone: string | null;
}

export interface LifecycleEvidence {
	/** Stopped / restarted: events in the recent window, the one before it, and before both. */
	recent: number | null;
	previous: number | null;
	earlier: number | null;
	/** Regularly: the weeks or months (of the last n) with an event. */
	periods: number | null;
	/** The latest event (as text), null when none. */
	lastAt: string | null;
}

const num = (v: Value | undefined): number | null =>
	v === null || v === undefined ? null : typeof v === 'number' ? v : Number(v);
const text = (v: Value | undefined): string | null =>
	v === null || v === undefined ? null : String(v);

/** A time as the user reads it: a date as it is, a timestamp on the workspace's wall clock. */
function shown(expr: string, type: 'date' | 'timestamp', sql: Dialect): string {
	return type === 'date'
		? `CAST(${expr} AS VARCHAR)`
		: `strftime(${sql.local(expr)}, '%Y-%m-%d %H:%M')`;
}

export async function behaviourEvidence(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	key: string,
	run: RunSql
): Promise<{ sequences: SequenceEvidence[]; lifecycles: LifecycleEvidence[] }> {
	const statement = behaviourStatement(group, index, model, clock, (parts, sql) => {
		const columns: string[] = [];
		parts.sequences.forEach((q, i) => {
			const mine = (alias: string) => keyMatch(`${alias}.member_key`, key);
			const followed = `EXISTS (SELECT 1 FROM ${q.b} AS b WHERE ${q.follows.join(' ')})`;
			const fromA = `FROM ${q.a} AS a WHERE ${mine('a')}`;
			columns.push(
				`(SELECT count(*) ${fromA}) AS s${i}_a`,
				`(SELECT count(*) FROM ${q.b} AS b WHERE ${mine('b')}) AS s${i}_b`,
				`(SELECT count(*) ${fromA} AND ${followed}) AS s${i}_followed`,
				`(SELECT ${shown('max(a.event_at)', q.type, sql)} ${fromA} AND ${followed}) AS s${i}_last_followed`,
				`(SELECT ${shown('max(a.event_at)', q.type, sql)} ${fromA} AND NOT ${followed}) AS s${i}_last_alone`
			);
		});
		parts.lifecycles.forEach((l, i) => {
			for (const [name, expr] of l.columns)
				columns.push(
					`(SELECT ${name === 'last_at' ? shown(expr, l.type, sql) : expr} FROM ${l.events} WHERE ${keyMatch('member_key', key)}) AS l${i}_${name}`
				);
		});
		return ['SELECT', ...columns.map((c, k) => `    ${c}${k < columns.length - 1 ? ',' : ''}`)];
	});
	if (!statement) return { sequences: [], lifecycles: [] };
	const row = (await run(statement))[0] ?? {};
	return {
		sequences: (group.sequences ?? []).map((_s, i) => ({
			aEvents: num(row[`s${i}_a`]) ?? 0,
			bEvents: num(row[`s${i}_b`]) ?? 0,
			followed: num(row[`s${i}_followed`]) ?? 0,
			lastFollowed: text(row[`s${i}_last_followed`]),
			lastAlone: text(row[`s${i}_last_alone`])
		})),
		lifecycles: (group.lifecycles ?? []).map((c, i) => {
			// no events at all: the aggregates have no row, so the windows hold nothing
			const count = (name: string) => num(row[`l${i}_${name}`]) ?? 0;
			return c.kind === 'regularly'
				? {
						recent: null,
						previous: null,
						earlier: null,
						periods: count('periods'),
						lastAt: text(row[`l${i}_last_at`])
					}
				: {
						recent: count('recent'),
						previous: count('previous'),
						earlier: count('earlier'),
						periods: null,
						lastAt: text(row[`l${i}_last_at`])
					};
		})
	};
}
