// Paths from a group's starting entity to the Customer Profile, along relationships. A step goes
// 'forward' from a relationship's `from` entity to its `to` entity, or 'reverse' the other way.
// resolvePath checks a stored path against the current data model (it may have changed since);
// findPaths proposes paths for the builder, rankPaths orders them by how well their joins match,
// and repairPath finds the path a group meant when relationships it names were deleted or renamed.
import {
	findAttribute,
	findEntity,
	type AttributeRef,
	type DataModel,
	type Relationship
} from './data-model';
import type { Group, PathStep } from './definition';
import { problem, q, type Problem } from './problems';

/** One join of a resolved path: `current` is the entity being left, `next` the one reached. */
export interface Hop {
	relationship: string;
	direction: PathStep['direction'];
	current: AttributeRef;
	next: AttributeRef;
}

export interface ResolvedPath {
	/** Entity names from the start to the Customer Profile. */
	entities: string[];
	hops: Hop[];
}

export type PathResolution =
	| { ok: true; path: ResolvedPath }
	| {
			ok: false;
			/** Relative to the group's `path` object: ['start'], ['steps', 2, 'relationship'], … */
			problems: Problem[];
			/** The entities reached before the first broken step (to check conditions against). */
			entities: string[];
			/** False when a step could not be followed, so `entities` is only a prefix. */
			complete: boolean;
	  };

/** A proposed path, with the entities it visits (start first, the profile last). */
export interface FoundPath {
	steps: PathStep[];
	entities: string[];
}

const label = (model: DataModel, name: string) => findEntity(model, name)?.displayName ?? name;

/** Follows `path` through `model`, reporting every way it no longer fits. */
export function resolvePath(model: DataModel, path: Group['path']): PathResolution {
	const problems: Problem[] = [];
	if (path.start === '') {
		return {
			ok: false,
			problems: [problem(['start'], 'noStart', 'Choose the entity this group starts from.')],
			entities: [],
			complete: false
		};
	}
	if (!findEntity(model, path.start)) {
		return {
			ok: false,
			problems: [
				problem(
					['start'],
					'unknownEntity',
					`The data model has no entity ${q(path.start)}: it was deleted or renamed, or its data is not imported here.`
				)
			],
			entities: [],
			complete: false
		};
	}
	const entities = [path.start];
	const hops: Hop[] = [];
	let complete = true;
	for (const [j, step] of path.steps.entries()) {
		const at = ['steps', j];
		const current = entities[entities.length - 1] as string;
		const rel = model.relationships.find((r) => r.name === step.relationship);
		if (!rel) {
			problems.push(
				problem(
					[...at, 'relationship'],
					'unknownRelationship',
					`The relationship ${q(step.relationship)} no longer exists in the data model.`
				)
			);
			complete = false;
			break;
		}
		const [here, there] = step.direction === 'forward' ? [rel.from, rel.to] : [rel.to, rel.from];
		if (here.entity !== current) {
			problems.push(
				problem(
					at,
					'stepDoesNotConnect',
					`The relationship ${q(rel.name)} does not continue from ${label(model, current)} in this direction; it links ${label(model, rel.from.entity)} to ${label(model, rel.to.entity)}.`
				)
			);
			complete = false;
			break;
		}
		const nextEntity = findEntity(model, there.entity);
		if (!nextEntity) {
			problems.push(
				problem(
					at,
					'unknownEntity',
					`The relationship ${q(rel.name)} leads to ${q(there.entity)}, which no longer exists in the data model.`
				)
			);
			complete = false;
			break;
		}
		for (const side of [here, there]) {
			const entity = findEntity(model, side.entity);
			if (entity && !findAttribute(entity, side.attribute))
				problems.push(
					problem(
						at,
						'unknownAttribute',
						`The relationship ${q(rel.name)} joins on ${entity.displayName}.${side.attribute}, which no longer exists.`
					)
				);
		}
		if (entities.includes(there.entity)) {
			problems.push(
				problem(
					at,
					'pathRevisits',
					`This path visits ${nextEntity.displayName} twice; a path may pass through each entity only once.`
				)
			);
		}
		entities.push(there.entity);
		hops.push({ relationship: rel.name, direction: step.direction, current: here, next: there });
	}
	const profile = model.profile;
	const end = entities[entities.length - 1] as string;
	if (complete && profile && end !== profile.entity) {
		const profileLabel = label(model, profile.entity);
		if (path.steps.length === 0) {
			const reachable = findPaths(model, path.start, 6).length > 0;
			problems.push(
				reachable
					? problem(
							['steps'],
							'pathNotAtProfile',
							`${label(model, path.start)} is not the Customer Profile; choose the path that leads from it to ${profileLabel}.`
						)
					: problem(
							['start'],
							'noPath',
							`${label(model, path.start)} is not connected to ${profileLabel} (the Customer Profile) by any relationship.`
						)
			);
		} else {
			problems.push(
				problem(
					['steps'],
					'pathNotAtProfile',
					`The path from ${label(model, path.start)} ends at ${label(model, end)}, not at ${profileLabel} (the Customer Profile).`
				)
			);
		}
	}
	if (problems.length) return { ok: false, problems, entities, complete };
	return { ok: true, path: { entities, hops } };
}

interface Edge {
	step: PathStep;
	to: string;
}

function adjacency(model: DataModel): Map<string, Edge[]> {
	const known = new Set(model.entities.map((e) => e.name));
	const adj = new Map<string, Edge[]>();
	const add = (from: string, edge: Edge) => {
		const list = adj.get(from) ?? [];
		list.push(edge);
		adj.set(from, list);
	};
	for (const r of model.relationships) {
		// a self-relationship (employee → manager) can never be part of a simple path
		if (!known.has(r.from.entity) || !known.has(r.to.entity) || r.from.entity === r.to.entity)
			continue;
		add(r.from.entity, { step: { relationship: r.name, direction: 'forward' }, to: r.to.entity });
		add(r.to.entity, { step: { relationship: r.name, direction: 'reverse' }, to: r.from.entity });
	}
	return adj;
}

function compareSteps(a: PathStep[], b: PathStep[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const x = a[i] as PathStep;
		const y = b[i] as PathStep;
		if (x.relationship !== y.relationship) return x.relationship < y.relationship ? -1 : 1;
		if (x.direction !== y.direction) return x.direction === 'forward' ? -1 : 1;
	}
	return a.length - b.length;
}

/** Enough for any real model; stops a dense graph from enumerating millions of paths. */
const MAX_PATHS = 200;
const MAX_FRONTIER = 20_000;

/**
 * Every simple path (no entity twice) from `start` to the Customer Profile with at most `maxSteps`
 * steps, shortest first, ties ordered by relationship names. The profile itself gets one empty path.
 */
export function findPaths(model: DataModel, start: string, maxSteps = 6): FoundPath[] {
	return searchPaths(model, start, maxSteps, false);
}

/** For each entity, its shortest path to the Customer Profile, or null when it has none. */
export function reachability(model: DataModel): Record<string, FoundPath | null> {
	const out: Record<string, FoundPath | null> = {};
	for (const e of model.entities) out[e.name] = searchPaths(model, e.name, 6, true)[0] ?? null;
	return out;
}

/** Breadth-first over path lengths, so the shortest paths come first and `shortestOnly` can stop. */
function searchPaths(
	model: DataModel,
	start: string,
	maxSteps: number,
	shortestOnly: boolean
): FoundPath[] {
	const profile = model.profile?.entity;
	if (!profile || !findEntity(model, start)) return [];
	if (start === profile) return [{ steps: [], entities: [start] }];
	const adj = adjacency(model);
	const found: FoundPath[] = [];
	let frontier: FoundPath[] = [{ steps: [], entities: [start] }];
	for (let length = 1; length <= maxSteps && frontier.length > 0; length++) {
		const next: FoundPath[] = [];
		const arrived: FoundPath[] = [];
		for (const partial of frontier) {
			const here = partial.entities[partial.entities.length - 1] as string;
			for (const edge of adj.get(here) ?? []) {
				if (partial.entities.includes(edge.to)) continue;
				const extended = {
					steps: [...partial.steps, edge.step],
					entities: [...partial.entities, edge.to]
				};
				// the profile ends a path: it may not be passed through
				if (edge.to === profile) arrived.push(extended);
				else if (next.length < MAX_FRONTIER) next.push(extended);
			}
		}
		arrived.sort((a, b) => compareSteps(a.steps, b.steps));
		found.push(...arrived);
		if (found.length >= MAX_PATHS || (shortestOnly && found.length > 0)) break;
		frontier = next;
	}
	return found.slice(0, MAX_PATHS);
}

// ---- ranking ---------------------------------------------------------------------------------

/** Match rates (0..1) by relationship name, as the Relationships page measures them. */
export type MatchRateMap = Readonly<Record<string, number>>;

export interface RankedPath extends FoundPath {
	/** The product of its steps' match rates; null while one of them is not known. */
	matchRate: number | null;
}

/**
 * How well a path's joins hold: the product of its steps' match rates (the share of rows that find
 * a partner), so one weak join makes the whole path weak. A relationship's rate is used in either
 * direction. Null when a step's rate is not known (yet).
 */
export function pathMatchRate(steps: readonly PathStep[], rates: MatchRateMap): number | null {
	let product = 1;
	for (const step of steps) {
		const rate = rates[step.relationship];
		if (rate === undefined || !Number.isFinite(rate)) return null;
		product *= rate;
	}
	return product;
}

/**
 * Best first: a higher match rate, then fewer steps, then the order given (findPaths orders ties
 * by relationship name). Paths whose rate is not known come after those whose rate is.
 */
export function rankPaths(paths: readonly FoundPath[], rates: MatchRateMap): RankedPath[] {
	return paths
		.map((p, i) => ({ path: { ...p, matchRate: pathMatchRate(p.steps, rates) }, i }))
		.sort((a, b) => {
			const x = a.path.matchRate;
			const y = b.path.matchRate;
			if (x !== y) {
				if (x === null) return 1;
				if (y === null) return -1;
				if (Math.abs(x - y) > 1e-9) return y - x;
			}
			return a.path.steps.length - b.path.steps.length || a.i - b.i;
		})
		.map((x) => x.path);
}

/** What a step joins, in the direction it is walked: "Orders.customer_id → Customers.id". */
export function describeJoin(model: DataModel, step: PathStep): string | null {
	const rel = model.relationships.find((r) => r.name === step.relationship);
	if (!rel) return null;
	const [here, there] = step.direction === 'forward' ? [rel.from, rel.to] : [rel.to, rel.from];
	return `${label(model, here.entity)}.${here.attribute} → ${label(model, there.entity)}.${there.attribute}`;
}

// ---- repair ----------------------------------------------------------------------------------

export type PathRepair =
	/** Every relationship the path names exists (it may still have other problems). */
	| { kind: 'intact' }
	/** An equivalent path exists under other relationship names: use it. */
	| { kind: 'replaced'; path: RankedPath; renamed: { from: string; to: string }[] }
	/** No equivalent is known: the user chooses among these (best first; may be empty). */
	| { kind: 'choose'; candidates: RankedPath[] };

/** A join as entity.attribute pairs in walking order, independent of the relationship's name. */
function joinKey(rel: Relationship, direction: PathStep['direction']): string {
	const [here, there] = direction === 'forward' ? [rel.from, rel.to] : [rel.to, rel.from];
	return JSON.stringify([here.entity, here.attribute, there.entity, there.attribute]);
}

/**
 * When a group's path names relationships that no longer exist, find the path it meant: one from
 * the same start through the same entities joined on the same attributes, whatever the
 * relationships are called now. `former` holds relationships as they were before being deleted or
 * renamed (latest first); without the old definition of a missing name, the user must choose.
 */
export function repairPath(
	model: DataModel,
	path: Group['path'],
	former: readonly Relationship[],
	rates: MatchRateMap = {}
): PathRepair {
	if (!path.start || !findEntity(model, path.start)) return { kind: 'intact' };
	const current = new Map(model.relationships.map((r) => [r.name, r]));
	if (path.steps.every((s) => current.has(s.relationship))) return { kind: 'intact' };
	const candidates = rankPaths(findPaths(model, path.start), rates);
	const old = path.steps.map(
		(s) => current.get(s.relationship) ?? former.find((r) => r.name === s.relationship)
	);
	if (old.some((r) => r === undefined)) return { kind: 'choose', candidates };
	const wanted = path.steps.map((s, i) => joinKey(old[i] as Relationship, s.direction));
	const same = candidates.find(
		(c) =>
			c.steps.length === wanted.length &&
			c.steps.every((s, i) => joinKey(current.get(s.relationship)!, s.direction) === wanted[i])
	);
	if (!same) return { kind: 'choose', candidates };
	const renamed = path.steps
		.map((s, i) => ({ from: s.relationship, to: same.steps[i]?.relationship ?? '' }))
		.filter((r) => r.from !== r.to);
	return { kind: 'replaced', path: same, renamed };
}
