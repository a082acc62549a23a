// Paths from a group's starting entity to the Customer Profile, along relationships. A step goes
// 'forward' from a relationship's `from` entity to its `to` entity, or 'reverse' the other way.
// resolvePath checks a stored path against the current data model (it may have changed since);
// findPaths proposes paths for the builder.
import { findAttribute, findEntity, type AttributeRef, type DataModel } from './data-model';
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
					`The entity ${q(path.start)} no longer exists in the data model.`
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
