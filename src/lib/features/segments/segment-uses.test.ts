// "Used in" and "uses" between saved segments, the delete confirmation that names the segments
// that use one, and a rename followed by every segment that refers to it (one Dexie transaction,
// fake-indexeddb).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SegmentsDatabase } from '$lib/db/schema';
import { createSegment, saveSegment } from '$lib/db/segments-store';
import { emptyDefinition, type SegmentDefinition } from '$lib/segments/definition';
import { directDependencies } from '$lib/segments/dependencies';
import { deleteDescription, usedIn, uses } from './segment-uses';

function definition(name: string, displayName: string, refersTo: string[] = []): SegmentDefinition {
	const d = emptyDefinition(name, 'dynamic');
	d.displayName = displayName;
	d.groups = [
		{
			id: 'g1',
			path: { start: 'customers', steps: [] },
			where: null,
			aggregates: [],
			...(refersTo.length
				? {
						memberships: refersTo.map((segment, i) => ({
							id: `m${i}`,
							operator: 'notInSegment' as const,
							segment,
							source: 'lastRun' as const
						}))
					}
				: {})
		}
	];
	return d;
}

async function world() {
	const db = new SegmentsDatabase(`segment-uses-${Math.random()}`);
	const base = await createSegment(db, definition('base', 'Base'), 'active');
	await createSegment(db, definition('one', 'One', ['base']), 'active');
	await createSegment(db, definition('two', 'Two', ['base', 'one']), 'active');
	return { db, base };
}

describe('segments that use others', () => {
	it('lists who uses a segment and what it uses; the delete confirmation names the users', async () => {
		const { db } = await world();
		const all = await db.segments.toArray();
		const byName = (n: string) => all.find((s) => s.name === n)!;
		expect(usedIn(byName('base'), all).map((s) => s.name)).toEqual(['one', 'two']);
		expect(uses(byName('two'), all).map((s) => s.name)).toEqual(['base', 'one']);
		expect(usedIn(byName('two'), all)).toEqual([]);
		expect(deleteDescription(byName('base'), all)).toContain(
			'Used in: One, Two. They will stop working until you change them.'
		);
		expect(deleteDescription(byName('one'), all)).toContain(
			'Used in: Two. It will stop working until you change it.'
		);
		expect(deleteDescription(byName('two'), all)).toContain('No other segment uses it.');
	});

	it('renaming a segment renames every reference to it in the same save', async () => {
		const { db, base } = await world();
		await saveSegment(db, base.id, definition('base_v2', 'Base'), 'active');
		const all = await db.segments.toArray();
		const refs = (n: string) => directDependencies(all.find((s) => s.name === n)!.definition);
		expect(refs('one')).toEqual(['base_v2']);
		expect(refs('two')).toEqual(['base_v2', 'one']);
		// the referring segments' meaning is unchanged, but their stored revision moves on
		expect(all.find((s) => s.name === 'one')?.revision).toBe(2);
	});
});
