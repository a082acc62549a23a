// The aggregates a user added to "What makes it different", remembered in this browser for every
// segment of the workspace (a user who compares "average order value" once wants it the next
// time). Read defensively: anything that is not an aggregate of the expected shape is dropped, and
// the panel later drops what the current data model cannot resolve. "Delete all my data" clears it.
import type { AggregateFn, FeatureSpec } from '$lib/insight/differences-sql';

const KEY = 'segments.differences.added';
const FNS: readonly AggregateFn[] = ['count', 'sum', 'avg', 'last', 'first'];
const MAX = 40;

type AggregateSpec = Extract<FeatureSpec, { kind: 'aggregate' }>;

function isAggregate(v: unknown): v is AggregateSpec {
	if (typeof v !== 'object' || v === null) return false;
	const o = v as Record<string, unknown>;
	return (
		o['kind'] === 'aggregate' &&
		FNS.includes(o['fn'] as AggregateFn) &&
		typeof o['entity'] === 'string' &&
		(o['attribute'] === undefined || typeof o['attribute'] === 'string')
	);
}

export function loadAddedFeatures(storage = globalThis.localStorage): FeatureSpec[] {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(isAggregate)
			.slice(0, MAX)
			.map((s) => ({
				kind: 'aggregate' as const,
				fn: s.fn,
				entity: s.entity,
				...(s.attribute === undefined ? {} : { attribute: s.attribute })
			}));
	} catch {
		return [];
	}
}

export function saveAddedFeatures(specs: FeatureSpec[], storage = globalThis.localStorage): void {
	try {
		storage?.setItem(KEY, JSON.stringify(specs.slice(0, MAX)));
	} catch {
		// storage full or refused: remembered for this visit only
	}
}
