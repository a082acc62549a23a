import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../../tests/helpers/duckdb';
import { toErrorInfo } from '$lib/engine/worker/core';
import { fromInfo } from '$lib/engine/errors';
import type { DataModel, Entity, Relationship } from '$lib/segments/data-model';
import { relationshipCheckSql } from '$lib/segments/model-checks';
import { matchRateProblem } from './match-rate-problem';

const entity = (name: string, table: string, attr: string, type: 'number' | 'string'): Entity => ({
	name,
	displayName: name,
	table,
	attributes: [{ name: attr, displayName: attr, type }],
	rowCount: 0,
	sourceFile: '',
	sourceFormat: 'csv',
	importedAt: ''
});
const rel: Relationship = {
	name: 'o_c',
	from: { entity: 'Orders', attribute: 'cust' },
	to: { entity: 'Customers', attribute: 'id' },
	cardinality: 'many-to-one'
};

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	db.run(`CREATE TABLE t_c AS SELECT * FROM (VALUES (1), (2)) v(id)`);
	db.run(`CREATE TABLE t_o AS SELECT * FROM (VALUES ('a'), ('b')) v(cust)`);
	db.run(`CREATE TABLE t_o2 AS SELECT * FROM (VALUES (1)) v(other)`);
});
afterAll(() => db.close());

/** The error the app's engine client would raise for the check of `rel` on `model`. */
function engineError(model: DataModel): unknown {
	try {
		db.all(relationshipCheckSql(model, rel));
	} catch (e) {
		return fromInfo(toErrorInfo(e, 'Checking relationship o_c'));
	}
	throw new Error('the check did not fail');
}

function expectSentence(text: string) {
	expect(text).toMatch(/^[A-Z“].*\.$/);
	expect(text).not.toMatch(/Error:|exception|\{|LINE \d|Catalog|Binder|SELECT/);
}

describe('match rate problems', () => {
	it('a table missing from the browser names the entity and says what to do', () => {
		const model: DataModel = {
			entities: [
				entity('Customers', 't_c', 'id', 'number'),
				entity('Orders', 't_gone', 'cust', 'number')
			],
			relationships: [rel],
			profile: null
		};
		const text = matchRateProblem(model, rel, engineError(model));
		expectSentence(text);
		expect(text).toContain('The rows of Orders are missing from this browser');
	});
	it('keys of different types are named', () => {
		const model: DataModel = {
			entities: [
				entity('Customers', 't_c', 'id', 'number'),
				entity('Orders', 't_o', 'cust', 'number')
			],
			relationships: [rel],
			profile: null
		};
		const text = matchRateProblem(model, rel, engineError(model));
		expectSentence(text);
		expect(text).toContain('Orders.cust and Customers.id hold different kinds of values');
	});
	it('a column missing from the stored rows', () => {
		const model: DataModel = {
			entities: [
				entity('Customers', 't_c', 'id', 'number'),
				entity('Orders', 't_o2', 'cust', 'number')
			],
			relationships: [rel],
			profile: null
		};
		const text = matchRateProblem(model, rel, engineError(model));
		expectSentence(text);
		expect(text).toContain('A key column of this relationship is missing');
	});
	it('an entity or attribute gone from the model', () => {
		const noOrders: DataModel = {
			entities: [entity('Customers', 't_c', 'id', 'number')],
			relationships: [rel],
			profile: null
		};
		const text = matchRateProblem(noOrders, rel, new Error('Unknown entity Orders'));
		expectSentence(text);
		expect(text).toContain('“Orders” no longer exists');
		const renamed: DataModel = {
			entities: [
				entity('Customers', 't_c', 'key', 'number'),
				entity('Orders', 't_o', 'cust', 'number')
			],
			relationships: [rel],
			profile: null
		};
		expect(matchRateProblem(renamed, rel, new Error('x'))).toContain(
			'Customers has no attribute “id”'
		);
	});
	it('anything else becomes a sentence without the engine’s wrapping', () => {
		const model: DataModel = {
			entities: [
				entity('Customers', 't_c', 'id', 'number'),
				entity('Orders', 't_o', 'cust', 'number')
			],
			relationships: [rel],
			profile: null
		};
		const raw = new Error(
			'{"exception_type":"Out of Memory","exception_message":"could not allocate block of size 256KiB"}'
		);
		const text = matchRateProblem(model, rel, raw);
		expectSentence(text);
		expect(text).toContain('could not allocate block');
	});
});
