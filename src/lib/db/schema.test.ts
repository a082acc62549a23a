// Every schema version ever shipped must open and migrate without loss. For each version there is
// a fixture written with that version's stores (tests/fixtures/dexie/v<N>.json); this test writes
// it with exactly those stores, then opens the database with the current schema.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { readFileSync, readdirSync } from 'node:fs';
import { SCHEMA_VERSIONS, SegmentsDatabase, CURRENT_SCHEMA_VERSION } from './schema';
import { loadDataModel } from './model-store';

interface Fixture {
	schemaVersion: number;
	tables: Record<string, Record<string, unknown>[]>;
}

const dir = 'tests/fixtures/dexie';
const fixtures = readdirSync(dir)
	.filter((f) => /^v\d+\.json$/.test(f))
	.map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Fixture);

describe('schema versions', () => {
	it('has a fixture for every shipped version', () => {
		expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(
			SCHEMA_VERSIONS.map((v) => v.version)
		);
	});

	it('versions only grow and never drop a store', () => {
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
			for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= fixture.schemaVersion))
				old.version(v.version).stores(v.stores);
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
			const model = await loadDataModel(db);
			expect(model.profile).toEqual({ entity: 'Customers', key: 'id' });
			expect(model.entities.map((e) => e.name)).toEqual(['Customers', 'Orders']);
			await db.delete();
		});
	}
});
