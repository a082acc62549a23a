import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import type { DataModel } from './data-model';
import {
	profileCheckSql,
	readProfileCheck,
	readRelationshipCheck,
	relationshipCheckSql
} from './model-checks';

let db: TestDb;
const model: DataModel = {
	entities: [
		{
			name: 'C',
			displayName: 'C',
			table: 't c"1',
			attributes: [{ name: 'id', displayName: 'id', type: 'number' }],
			rowCount: 0,
			sourceFile: '',
			sourceFormat: 'csv',
			importedAt: ''
		},
		{
			name: 'O',
			displayName: 'O',
			table: 't_o',
			attributes: [{ name: 'cust id', displayName: 'x', type: 'number' }],
			rowCount: 0,
			sourceFile: '',
			sourceFormat: 'csv',
			importedAt: ''
		}
	],
	relationships: [],
	profile: { entity: 'C', key: 'id' }
};

beforeAll(async () => {
	db = await openTestDb();
	db.run(`CREATE TABLE "t c""1" AS SELECT * FROM (VALUES (1), (2), (2), (NULL), (3)) v(id)`);
	db.run(`CREATE TABLE t_o AS SELECT * FROM (VALUES (1), (1), (9), (NULL)) v("cust id")`);
});
afterAll(() => db.close());

describe('model checks', () => {
	it('match rate counts from-rows that find a partner', () => {
		const rel = {
			name: 'o_c',
			from: { entity: 'O', attribute: 'cust id' },
			to: { entity: 'C', attribute: 'id' },
			cardinality: 'many-to-one' as const
		};
		const check = readRelationshipCheck(db.all(relationshipCheckSql(model, rel))[0]);
		expect(check).toMatchObject({ total: 4, withKey: 3, matched: 2, toDuplicates: 1 });
		expect(check.matchRate).toBe(0.5);
	});
	it('profile key duplicates and empties', () => {
		expect(readProfileCheck(db.all(profileCheckSql(model, { entity: 'C', key: 'id' }))[0])).toEqual(
			{
				total: 5,
				empty: 1,
				duplicateKeys: 1,
				duplicateRows: 2
			}
		);
	});
	it('counts the keys that repeat, not the extra rows', () => {
		// key 1 three times, key 2 twice: two keys repeat, on five rows (the old figure said 3)
		const o = model.entities[1]!;
		const check = readProfileCheck(
			db.all(profileCheckSql(model, { entity: o.name, key: 'cust id' }))[0]
		);
		expect(check).toMatchObject({ duplicateKeys: 1, duplicateRows: 2 });
		db.run(`CREATE TABLE t_many AS SELECT * FROM (VALUES (1), (1), (1), (2), (2), (3)) v(id)`);
		const many: DataModel = {
			...model,
			entities: [{ ...model.entities[0]!, name: 'M', table: 't_many' }]
		};
		expect(readProfileCheck(db.all(profileCheckSql(many, { entity: 'M', key: 'id' }))[0])).toEqual({
			total: 6,
			empty: 0,
			duplicateKeys: 2,
			duplicateRows: 5
		});
	});
});
