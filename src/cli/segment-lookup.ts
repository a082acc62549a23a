// Segments in segments on the command line: the file's definitions (a definitions file or a backup
// holds all of them) are the saved segments a "is in segment S" condition refers to. "As of its last
// run" means as of the run earlier in the same command (or, for `segments refresh`, the list an
// earlier refresh kept of S's last successful run): segments run in dependency order, and each
// segment others use that way has its members kept, as text, in a temporary table
// "last_run_<name>" that the later ones read. `segments sql` names the same table.
import type { SegmentDefinition } from '../lib/segments/definition';
import {
	dependencyOrder,
	lookupOf,
	membershipsOf,
	type SegmentLookup
} from '../lib/segments/dependencies';
import { quoteIdent } from '../lib/sql/quote';

/** The temporary table holding `name`'s members of this run. */
export function lastRunTable(name: string): string {
	return quoteIdent(`last_run_${name}`);
}

/** The names referred to "as of its last run" by any of `definitions`. */
export function lastRunTargets(definitions: readonly SegmentDefinition[]): Set<string> {
	return new Set(
		definitions.flatMap((d) =>
			membershipsOf(d)
				.filter((m) => m.source === 'lastRun')
				.map((m) => m.segment)
		)
	);
}

/**
 * A lookup over the file's definitions whose last runs are the segments of `ran` (kept by
 * keepMembers earlier in this command), else what `earlier` finds (`segments refresh`: the member
 * list an earlier refresh kept of the segment's last successful run).
 */
export function runLookup(
	all: readonly SegmentDefinition[],
	ran: ReadonlySet<string>,
	earlier: (name: string) => string | null = () => null
): SegmentLookup {
	return lookupOf(all, (name) =>
		ran.has(name) ? `SELECT member_key FROM ${lastRunTable(name)}` : earlier(name)
	);
}

/**
 * A lookup for checking and printing SQL: every segment of the file counts as run (it will have
 * run before the segments that use it, when the file is run).
 */
export function fileLookup(all: readonly SegmentDefinition[]): SegmentLookup {
	return runLookup(all, new Set(all.map((d) => d.name)));
}

/** `selected` in the order they must run: each after the segments of the file it refers to. */
export function runOrder<T extends { definition: SegmentDefinition }>(
	selected: readonly T[],
	all: readonly SegmentDefinition[]
): T[] {
	const byName = new Map(selected.map((s) => [s.definition.name, s]));
	return dependencyOrder(
		selected.map((s) => s.definition.name),
		lookupOf(all)
	).map((n) => byName.get(n) as T);
}

/**
 * `selected` and every segment they use live, directly or through others: what the data views must
 * cover, since a live segment is evaluated inside the statement of the one using it.
 */
export function withLiveReferences(
	selected: readonly SegmentDefinition[],
	lookup: SegmentLookup
): SegmentDefinition[] {
	const out = new Map(selected.map((d) => [d.name, d]));
	const queue = [...selected];
	for (let d = queue.shift(); d; d = queue.shift())
		for (const m of membershipsOf(d)) {
			const referred = m.source === 'live' ? lookup.definition(m.segment) : undefined;
			if (referred && !out.has(referred.name)) {
				out.set(referred.name, referred);
				queue.push(referred);
			}
		}
	return [...out.values()];
}

/** Keep a segment's members as text for the segments that use its last run. */
export async function keepMembers(
	db: { run(sql: string): Promise<unknown> },
	name: string,
	membersSql: string
): Promise<void> {
	const table = lastRunTable(name);
	await db.run(`DROP TABLE IF EXISTS ${table}`);
	await db.run(
		`CREATE TEMPORARY TABLE ${table} AS SELECT DISTINCT CAST(member_key AS VARCHAR) AS member_key FROM (\n${membersSql}\n) AS m WHERE member_key IS NOT NULL`
	);
}
