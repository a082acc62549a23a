// How the builder asks the engine for a definition's live numbers: a complete definition of several
// groups through the engine's group-member cache (only edited groups are recomputed), one group
// through its full `live` statement, an incomplete one group by group. If the cached path fails for
// any reason but a newer request (an engine from another tab that lacks it, a restart), the full
// statement answers instead. Kept apart from the rune class so tests and the benchmark run the same
// code on the real engine.
import {
	compileGroup,
	compileLabels,
	compileSegment,
	type CompileOptions
} from '../../segments/compile';
import { labelCountsSql, usableLabels } from '../../segments/labels';
import type { Clock } from '../../segments/dates';
import type { DataModel } from '../../segments/data-model';
import type { SegmentDefinition } from '../../segments/definition';
import type { SegmentLookup } from '../../segments/dependencies';
import { cachedLivePlan, type LiveCombine, type LiveGroup } from '../../segments/live-plan';
import { partCountsSql, usableSplit } from '../../segments/split';
import { EngineError } from '../../engine/errors';
import type { RequestOptions } from '../../engine/queue';
import type { Row } from '../../engine/results';
import type { LiveCountValue } from '../../engine/worker/live-cache';

/** The engine calls a live count needs (the app's client; an EngineCore in tests). */
export interface LiveEngine {
	rows(sql: string, options: RequestOptions): Promise<Row[]>;
	liveCount(
		groups: LiveGroup[],
		combine: LiveCombine,
		options: RequestOptions
	): Promise<LiveCountValue>;
}

export interface LiveNumbers {
	total: number | null;
	groups: (number | null)[];
	parts: { part: string; members: number }[] | null;
	/**
	 * With labels (and a complete definition): members per label in the labels' order (label null:
	 * no rule holds them and `otherwise` is empty), and per rule how many members its segment holds
	 * whatever an earlier rule took ("before" the priority order).
	 */
	labels?: { counts: { label: string | null; members: number }[]; held: number[] } | null;
	/** cached: from the engine's kept group members; full: one statement; groups: group by group. */
	path: 'cached' | 'full' | 'groups';
	/** On the cached path: how many groups were kept from an earlier count. */
	reused?: number;
	/** On the cached path: how many parts of recomputed groups were kept from an earlier count. */
	partsReused?: number;
}

const superseded = (e: unknown) =>
	e instanceof EngineError && (e.code === 'superseded' || e.code === 'cancelled');

/**
 * The numbers for `definition` at `clock` (already the definition's effective clock), or null when
 * `stale()` says a newer request took over half way. `key` is the supersede key of the requests.
 */
export async function countLive(
	engine: LiveEngine,
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	key: string,
	stale: () => boolean = () => false,
	/** How "is in segment …" conditions find the segments they refer to. */
	segments?: SegmentLookup
): Promise<LiveNumbers | null> {
	const options = segments ? { segments } : {};
	const request = (suffix: string, label = 'Counting members'): RequestOptions => ({
		key: `${key}${suffix}`,
		priority: 'interactive',
		label
	});
	const groups: (number | null)[] = definition.groups.map(() => null);
	const compiled = compileSegment(definition, model, clock, options);
	if (!compiled.ok) {
		// the segment is not complete: count the groups that are
		for (let i = 0; i < definition.groups.length; i++) {
			const one = compileGroup(definition.groups[i]!, i, model, clock, options);
			if (!one.ok) continue;
			const [row] = await engine.rows(one.sql.count, request(`-g${i}`));
			if (stale()) return null;
			groups[i] = Number(row?.['members'] ?? 0);
		}
		return { total: null, groups, parts: null, path: 'groups' };
	}
	const labelsNow = () =>
		labelNumbers(engine, definition, model, clock, compiled.sql.members, options, request);
	const plan = cachedLivePlan(definition, compiled.sql);
	if (plan) {
		try {
			const counted = await engine.liveCount(plan.groups, plan.combine, request(''));
			const labels = await labelsNow();
			return {
				total: counted.members,
				groups: counted.groups,
				parts: counted.parts,
				labels,
				path: 'cached',
				reused: counted.reused,
				partsReused: counted.partsReused ?? 0
			};
		} catch (e) {
			if (superseded(e) || stale()) throw e;
			// the full statement below gives the same numbers
		}
	}
	const [row] = await engine.rows(compiled.sql.live, request(''));
	definition.groups.forEach((_g, i) => (groups[i] = Number(row?.[`g${i}`] ?? 0)));
	let parts: LiveNumbers['parts'] = null;
	const split = usableSplit(definition.split);
	if (split) {
		const rows = await engine.rows(
			partCountsSql(compiled.sql.members, split),
			request('-parts', 'Counting the parts of the split')
		);
		parts = rows.map((r) => ({ part: String(r['part']), members: Number(r['members']) }));
	}
	const labels = await labelsNow();
	return { total: Number(row?.['members'] ?? 0), groups, parts, labels, path: 'full' };
}

/** The live numbers of the labels over the segment's members statement; null without labels. */
async function labelNumbers(
	engine: LiveEngine,
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	members: string,
	options: CompileOptions,
	request: (suffix: string, label?: string) => RequestOptions
): Promise<LiveNumbers['labels']> {
	const labels = usableLabels(definition.labels);
	if (!labels) return null;
	const compiled = compileLabels(definition, model, clock, `(\n${members}\n)`, {
		...options,
		withRules: true
	});
	if (!compiled?.ok) return null;
	const rows = await engine.rows(
		labelCountsSql(compiled.sql, labels, true),
		request('-labels', 'Counting the labels')
	);
	const held = labels.rules.map((_r, k) =>
		rows.reduce((s, r) => s + Number(r[`rule_${k}`] ?? 0), 0)
	);
	return {
		counts: rows.map((r) => ({
			label: r['label'] === null ? null : String(r['label']),
			members: Number(r['members'])
		})),
		held
	};
}
