// Segments in IndexedDB: create, save (revision by revision; a rename is followed by the segments
// that refer to it), change state, duplicate, delete.
// A segment's state follows from its definition's problems: a dynamic segment with problems is a
// draft, a static one is inactive; neither can run until the problems are fixed.
import { segmentLabel } from '../segments/label';
import type { SegmentDefinition } from '../segments/definition';
import { identifierProblem } from '../segments/data-model';
import { renameReferences } from '../segments/dependencies';
import { newId, type SegmentsDatabase } from './schema';
import type { SegmentRecord, SegmentState } from './records';

export class SegmentStoreError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SegmentStoreError';
	}
}

/** The state a segment gets when saved with this many problems. */
export function stateAfterSave(
	definition: SegmentDefinition,
	problemCount: number,
	wasState?: SegmentState
): SegmentState {
	if (problemCount > 0) return definition.type === 'dynamic' ? 'draft' : 'inactive';
	if (definition.type === 'dynamic') return wasState === 'inactive' ? 'inactive' : 'active';
	return 'active';
}

function nowIso(): string {
	return new Date(Date.now()).toISOString();
}

async function checkName(db: SegmentsDatabase, name: string, exceptId?: string): Promise<void> {
	const taken = (await db.segments.toArray()).filter((s) => s.id !== exceptId).map((s) => s.name);
	const problem = identifierProblem(name, taken);
	if (problem) throw new SegmentStoreError(problem);
}

export async function createSegment(
	db: SegmentsDatabase,
	definition: SegmentDefinition,
	state: SegmentState
): Promise<SegmentRecord> {
	return db.transaction('rw', db.segments, async () => {
		await checkName(db, definition.name);
		const now = nowIso();
		const record: SegmentRecord = {
			id: newId(),
			name: definition.name,
			definition,
			state,
			createdAt: now,
			updatedAt: now,
			revision: 1,
			lastSuccess: null,
			lastFailure: null,
			nextRunAt: null,
			dataChangedAt: null
		};
		await db.segments.add(record);
		return record;
	});
}

export async function saveSegment(
	db: SegmentsDatabase,
	id: string,
	definition: SegmentDefinition,
	state: SegmentState
): Promise<SegmentRecord> {
	return db.transaction('rw', db.segments, async () => {
		const existing = await db.segments.get(id);
		if (!existing)
			throw new SegmentStoreError(
				'This segment no longer exists (was it deleted in another tab?).'
			);
		await checkName(db, definition.name, id);
		const next: SegmentRecord = {
			...existing,
			name: definition.name,
			definition,
			state,
			updatedAt: nowIso(),
			revision: existing.revision + 1,
			// a changed definition is due now; the scheduler picks it up
			nextRunAt: state === 'active' && definition.type === 'dynamic' ? nowIso() : null
		};
		await db.segments.put(next);
		if (existing.name !== definition.name)
			await followRename(db, id, existing.name, definition.name, next.updatedAt);
		return next;
	});
}

/**
 * A segment renamed from `from` to `to`: every other segment that refers to it ("is in segment …")
 * refers to the new name, in the caller's transaction, so no reference is ever left dangling.
 */
async function followRename(
	db: SegmentsDatabase,
	renamedId: string,
	from: string,
	to: string,
	at: string
): Promise<void> {
	const others = await db.segments.filter((s) => s.id !== renamedId).toArray();
	for (const s of others) {
		const definition = renameReferences(s.definition, from, to);
		if (definition === s.definition) continue;
		await db.segments.update(s.id, { definition, updatedAt: at, revision: s.revision + 1 });
	}
}

export async function setSegmentState(
	db: SegmentsDatabase,
	id: string,
	state: SegmentState
): Promise<void> {
	await db.segments.update(id, {
		state,
		nextRunAt: state === 'active' ? nowIso() : null,
		updatedAt: nowIso()
	});
}

/**
 * A copy named `<name>_copy` (or _copy2, …). A dynamic copy is inactive until the user activates
 * it (so it does not double the refresh work at once); a static one keeps the original's state.
 */
export async function duplicateSegment(db: SegmentsDatabase, id: string): Promise<SegmentRecord> {
	const source = await db.segments.get(id);
	if (!source) throw new SegmentStoreError('This segment no longer exists.');
	const names = new Set((await db.segments.toArray()).map((s) => s.name.toLowerCase()));
	const base = source.name.slice(0, 58);
	let name = `${base}_copy`;
	for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base}_copy${n}`;
	const definition: SegmentDefinition = {
		...structuredClone(source.definition),
		name,
		displayName: `${segmentLabel(source)} (copy)`
	};
	const state =
		source.state === 'draft' ? 'draft' : definition.type === 'static' ? source.state : 'inactive';
	return createSegment(db, definition, state);
}

/** Remove the segment with its run history. */
export async function deleteSegment(db: SegmentsDatabase, id: string): Promise<void> {
	await db.transaction('rw', db.segments, db.runs, db.runChanges, async () => {
		await db.segments.delete(id);
		await db.runs.where('segmentId').equals(id).delete();
		await db.runChanges.where('segmentId').equals(id).delete();
	});
}

export async function segmentNames(db: SegmentsDatabase): Promise<string[]> {
	return (await db.segments.toArray()).map((s) => s.name);
}
