// Every schema version ever shipped must open and migrate without loss. For each version there is
// a fixture (tests/fixtures/dexie/v<N>.json) holding the stores that version shipped with, frozen,
// and records as it wrote them; the test writes the records with exactly those frozen stores, then
// opens the database with the current code. So far one version has shipped (v1): there is no
// migration step yet, but an in-place edit of v1 (instead of adding v2) fails here.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { readFileSync, readdirSync } from 'node:fs';
import { SCHEMA_VERSIONS, SegmentsDatabase, CURRENT_SCHEMA_VERSION } from './schema';
import { loadDataModel } from './model-store';
import { segmentNames } from './segments-store';

interface Fixture {
	schemaVersion: number;
	/** The stores as that version shipped them. */
	stores: Record<string, string>;
	tables: Record<string, Record<string, unknown>[]>;
}

const dir = 'tests/fixtures/dexie';
const fixtures = readdirSync(dir)
	.filter((f) => /^v\d+\.json$/.test(f))
	.map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Fixture)
	.sort((a, b) => a.schemaVersion - b.schemaVersion);

describe('schema versions', () => {
	it('has a fixture for every shipped version', () => {
		expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(
			SCHEMA_VERSIONS.map((v) => v.version)
		);
	});

	it('no shipped version was edited in place; later versions only grow and never drop a store', () => {
		for (const shipped of fixtures)
			expect(SCHEMA_VERSIONS.find((v) => v.version === shipped.schemaVersion)?.stores).toEqual(
				shipped.stores
			);
		for (let i = 1; i < SCHEMA_VERSIONS.length; i++) {
			const before = SCHEMA_VERSIONS[i - 1]!;
			const after = SCHEMA_VERSIONS[i]!;
			expect(after.version).toBeGreaterThan(before.version);
			for (const store of Object.keys(before.stores))
				expect(Object.keys(after.stores)).toContain(store);
		}
	});

	for (const fixture of fixtures) {
		it(`a database written by version ${fixture.schemaVersion} opens with version ${CURRENT_SCHEMA_VERSION} without loss`, async () => {
			const name = `migrate-${fixture.schemaVersion}-${Math.random()}`;
			const old = new Dexie(name);
			// the frozen stores of every version up to this one, not the code's declaration of them
			for (const v of fixtures.filter((x) => x.schemaVersion <= fixture.schemaVersion))
				old.version(v.schemaVersion).stores(v.stores);
			await old.open();
			for (const [table, rows] of Object.entries(fixture.tables))
				await old.table(table).bulkAdd(rows);
			old.close();

			const db = new SegmentsDatabase(name);
			await db.open();
			expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
			for (const [table, rows] of Object.entries(fixture.tables)) {
				const stored = await db.table(table).toArray();
				expect(stored, table).toHaveLength(rows.length);
				// every field written then is still there (later versions may add fields)
				for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
			}
			// and the stores read it as the app does
			const model = await loadDataModel(db);
			expect(model.profile).toEqual({ entity: 'Customers', key: 'id' });
			expect(model.entities.map((e) => e.name)).toEqual(['Customers', 'Orders']);
			const segments = fixture.tables.segments ?? [];
			for (const s of segments) {
				const id = (s as { id: string }).id;
				expect(await segmentNames(db)).toContain((s as { name: string }).name);
				expect(await db.runs.where('segmentId').equals(id).count()).toBe(
					(fixture.tables.runs ?? []).filter((r) => r.segmentId === id).length
				);
			}
			await db.delete();
		});
	}
});
