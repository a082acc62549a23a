// A draft that uses another segment "as of its last run" cannot run before that segment has run;
// once it has, the draft must become active and refresh — not sit there looking "inactive" with
// no schedule (what happened before: health said ready-but-inactive and nothing ever ran it).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SegmentsDatabase } from '../db/schema';
import { addEntity, setProfile } from '../db/model-store';
import { createSegment, stateAfterSave } from '../db/segments-store';
import type { RunRecord, SegmentRecord } from '../db/records';
import { loadDataModel } from '../db/model-store';
import { emptyDefinition, type SegmentDefinition } from '../segments/definition';
import { validateSegment } from '../segments/validate';
import { segmentHealth, healthLabel } from './health';
import { readyDrafts } from './ready-drafts';
import { segmentLookup } from './segment-lookup';
import { Scheduler } from './scheduler';

let db: SegmentsDatabase;
let calls: string[] = [];

function customersWhere(name: string, attribute: string): SegmentDefinition {
	const def = emptyDefinition(name, 'dynamic');
	def.refreshIntervalMinutes = 60;
	def.groups = [
		{
			id: 'g',
			path: { start: 'Customers', steps: [] },
			where: {
				kind: 'condition',
				id: 'c',
				entity: 'Customers',
				attribute,
				operator: 'equals',
				value: 'FR'
			},
			aggregates: []
		}
	];
	return def;
}

function usesLastRunOf(name: string, referred: string): SegmentDefinition {
	const def = emptyDefinition(name, 'dynamic');
	def.refreshIntervalMinutes = 60;
	def.groups = [
		{
			id: 'g',
			path: { start: 'Customers', steps: [] },
			where: null,
			aggregates: [],
			memberships: [{ id: 'm', operator: 'inSegment', segment: referred, source: 'lastRun' }]
		}
	];
	return def;
}

/** Saved as the builder saves: its state follows from its problems now. */
async function save(def: SegmentDefinition): Promise<SegmentRecord> {
	const all = await db.segments.toArray();
	const problems = validateSegment(def, await loadDataModel(db), {
		takenNames: all.map((s) => s.name),
		segments: segmentLookup(all)
	});
	return createSegment(db, def, stateAfterSave(def, problems.length));
}

const byName = async (name: string) => (await db.segments.where('name').equals(name).first())!;

beforeEach(async () => {
	db = new SegmentsDatabase(`drafts-${Math.random()}`);
	calls = [];
	await addEntity(db, {
		name: 'Customers',
		displayName: 'Customers',
		table: 't_customers',
		attributes: [
			{ name: 'id', displayName: 'id', type: 'number' },
			{ name: 'country', displayName: 'country', type: 'string' }
		],
		rowCount: 5,
		sourceFile: 'c.csv',
		sourceFormat: 'csv',
		importedAt: new Date().toISOString()
	});
	await setProfile(db, { entity: 'Customers', key: 'id' });
});
afterEach(async () => {
	await db.delete();
});

describe('drafts whose problems go away without an edit', () => {
	it('a draft using another segment as of its last run becomes active and runs after that segment has run', async () => {
		await save(customersWhere('french', 'country'));
		const draft = await save(usesLastRunOf('french_again', 'french'));
		expect(draft.state).toBe('draft');
		const s = new Scheduler({
			db,
			tabId: 'tab-a',
			now: () => Date.now(),
			isLeader: () => true,
			heldLocks: () => Promise.resolve(new Set()),
			run: async (id) => {
				const seg = (await db.segments.get(id))!;
				calls.push(seg.name);
				await db.segments.update(id, {
					lastSuccess: {
						runId: `r-${id}`,
						at: new Date().toISOString(),
						members: 3,
						groupCounts: []
					},
					nextRunAt: new Date(Date.now() + 3600_000).toISOString()
				});
				return {} as RunRecord;
			}
		});
		s.start();
		s.poke();
		await vi.waitFor(() => expect(calls).toEqual(['french', 'french_again']), { timeout: 5000 });
		s.stop();
		const after = await byName('french_again');
		expect(after.state).toBe('active');
		expect(after.lastSuccess).not.toBeNull();
		const health = segmentHealth(
			after,
			await loadDataModel(db),
			['french'],
			segmentLookup(await db.segments.toArray())
		);
		expect(healthLabel(health)).toBe('active');
	});

	it('a draft missing an attribute is ready once the data model has it; one still missing it stays a draft', async () => {
		await save(customersWhere('by_region', 'region'));
		await save(customersWhere('by_tier', 'tier'));
		expect((await byName('by_region')).state).toBe('draft');
		expect(readyDrafts(await db.segments.toArray(), await loadDataModel(db))).toEqual([]);
		await db.entities
			.where('name')
			.equals('Customers')
			.modify((e) => {
				e.attributes.push({ name: 'region', displayName: 'region', type: 'string' });
			});
		const ready = readyDrafts(await db.segments.toArray(), await loadDataModel(db));
		expect(ready.map((s) => s.name)).toEqual(['by_region']);
	});

	it('a draft the user deactivated is left alone', async () => {
		await save(usesLastRunOf('later', 'nothing_yet'));
		const later = await byName('later');
		await db.segments.update(later.id, { state: 'inactive' });
		await save(customersWhere('nothing_yet', 'country'));
		const all = await db.segments.toArray();
		await db.segments.update(all.find((s) => s.name === 'nothing_yet')!.id, {
			lastSuccess: { runId: 'r', at: new Date().toISOString(), members: 1, groupCounts: [] }
		});
		expect(readyDrafts(await db.segments.toArray(), await loadDataModel(db))).toEqual([]);
	});
});
