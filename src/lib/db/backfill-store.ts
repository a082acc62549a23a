// A segment's past sizes (the back-filled trend) kept across reloads, in the settings table under
// `backfill:<segment id>`, so a new segment keeps the trend it was given on day one. Stored with
// the fingerprint of what they were computed from (definition, profile, relationships, the
// entities' columns and import times); a caller shows them only while that still matches.
import { database } from './schema';

export interface StoredBackfillPoint {
	asOf: string;
	members: number;
	entered: number | null;
	left: number | null;
}

export interface StoredBackfill {
	grain: 'day' | 'week' | 'month';
	points: number;
	result: StoredBackfillPoint[];
	currentValueUsed: string[];
	/** What the sizes were computed from (runs/retry.ts inputsFingerprint). */
	inputs: string;
	computedAt: string;
}

const key = (segmentId: string) => `backfill:${segmentId}`;

function isPoint(p: unknown): p is StoredBackfillPoint {
	if (!p || typeof p !== 'object') return false;
	const o = p as Record<string, unknown>;
	const count = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
	return (
		typeof o['asOf'] === 'string' &&
		typeof o['members'] === 'number' &&
		count(o['entered']) &&
		count(o['left'])
	);
}

/** The stored past sizes of a segment, or null (none, or not of this shape: e.g. a hand-edited backup). */
export async function loadBackfill(segmentId: string): Promise<StoredBackfill | null> {
	const v = (await database().settings.get(key(segmentId)))?.value as
		Partial<StoredBackfill> | undefined;
	if (
		!v ||
		!['day', 'week', 'month'].includes(v.grain as string) ||
		typeof v.points !== 'number' ||
		!Array.isArray(v.result) ||
		!v.result.every(isPoint) ||
		!Array.isArray(v.currentValueUsed) ||
		typeof v.inputs !== 'string' ||
		typeof v.computedAt !== 'string'
	)
		return null;
	return v as StoredBackfill;
}

export async function saveBackfill(segmentId: string, value: StoredBackfill): Promise<void> {
	await database().settings.put({ key: key(segmentId), value });
}

export async function dropBackfill(segmentId: string): Promise<void> {
	await database().settings.delete(key(segmentId));
}
