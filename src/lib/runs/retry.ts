// When a failed run is tried again. A failure that will not change by itself (the definition does
// not compile on the current model, a table or column is missing, the engine rejects the query) is
// "permanent": the segment waits until its inputs change — its definition, the data model, or the
// data of an entity it uses — which a fingerprint of those inputs tells. Anything else (the engine
// restarted, storage full, cancelled) is "transient" and retried after 1, 2, 4 … minutes, never
// later than the segment's own interval.
import { EngineError } from '../engine/errors';
import type { DataModel } from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';
import { referencesOf } from '../segments/references';
import { stableStringify } from './hash';

export type FailureKind = 'permanent' | 'transient';

/** The definition cannot be evaluated on the current data model (its problems, in words). */
export class UnrunnableError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnrunnableError';
	}
}

const TRANSIENT_ENGINE_CODES = new Set([
	'cancelled',
	'superseded',
	'restarted',
	'unavailable',
	'quota',
	'too-large'
]);

export function classifyFailure(e: unknown): FailureKind {
	if (e instanceof UnrunnableError) return 'permanent';
	// a query the engine rejects (binder, catalog, parser, conversion) fails the same way next time
	if (e instanceof EngineError)
		return TRANSIENT_ENGINE_CODES.has(e.code) ? 'transient' : 'permanent';
	return 'transient';
}

const MINUTE = 60_000;

/** The wait before the n-th consecutive transient retry (n ≥ 1): 1, 2, 4 … min, capped. */
export function backoffMs(attempts: number, intervalMinutes: number): number {
	const n = Math.max(1, Math.min(attempts, 30));
	return Math.min(MINUTE * 2 ** (n - 1), Math.max(1, intervalMinutes) * MINUTE);
}

/** The entities a run of `definition` reads: named, on its paths, and the Customer Profile's. */
export function entitiesReached(definition: SegmentDefinition, model: DataModel): Set<string> {
	const refs = referencesOf(definition);
	const reached = new Set(refs.entities);
	for (const r of model.relationships)
		if (refs.relationships.has(r.name)) reached.add(r.from.entity).add(r.to.entity);
	if (model.profile) reached.add(model.profile.entity);
	return reached;
}

/**
 * A short fingerprint of everything a run of `definition` depends on: the definition, the Customer
 * Profile, the relationships it uses, and the entities it reaches (named, on its paths, or the
 * profile's) with their columns and when they were last imported. Equal fingerprints: a permanent
 * failure would fail again. Other entities and relationships do not count. `dependencies`: the
 * segments it uses and their latest runs (segment-lookup.ts dependencyFingerprint), if any.
 */
export function inputsFingerprint(
	definition: SegmentDefinition,
	model: DataModel,
	dependencies = ''
): string {
	const refs = referencesOf(definition);
	const relationships = model.relationships.filter((r) => refs.relationships.has(r.name));
	const reached = entitiesReached(definition, model);
	const text = stableStringify({
		...(dependencies ? { dependencies } : {}),
		definition,
		profile: model.profile,
		relationships: [...refs.relationships]
			.sort()
			.map((name) => relationships.find((r) => r.name === name) ?? null),
		entities: [...reached].sort().map((name) => {
			const e = model.entities.find((x) => x.name === name);
			return e
				? {
						name,
						table: e.table,
						attributes: e.attributes.map((a) => [a.name, a.type]),
						importedAt: e.importedAt
					}
				: null;
		})
	});
	return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193);
}

function fnv1a(text: string, seed: number): string {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}
