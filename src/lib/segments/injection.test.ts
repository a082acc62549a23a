// Names and values from user files are data, never SQL. Entity, table and attribute names and
// condition values full of quotes, semicolons, comments, newlines and SQL fragments must compile to
// ONE statement (DuckDB refuses to prepare more than one) that selects the intended rows and
// touches nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { createTable } from '../../../tests/helpers/segment-db';
import { cond, definition, entity, run } from '../../../tests/helpers/segment-fixture';
import { compileGroup, compileLabels, compileSegment, type SegmentSql } from './compile';
import { lookupOf } from './dependencies';
import type { DataModel } from './data-model';
import type { ConditionNode, SegmentDefinition } from './definition';
import { validateSegment } from './validate';

const CLOCK = { today: '2024-03-15', now: '2024-03-15T13:45:30' };
const EVIL = [
	`"; DROP TABLE sentinel; --`,
	`'); COPY sentinel TO '/import/y.csv'; --`,
	`*/ DROP TABLE sentinel; /*`,
	`read_csv('/import/x.csv')`,
	'line one\nline two -- not a comment',
	'名前 ünïcödé 🙂',
	`";`,
	`'`,
	`\\' OR 1=1 --`
];

const CUSTOMERS = `Cust"omers'; DROP TABLE sentinel; --`;
const ORDERS = `Or"ders */ /* --`;
const KEY = `id"); COPY sentinel TO '/import/y.csv'; --`;
const FK = `customer ' id\n--`;
const NOTE = `note /* ${EVIL[3]} */`;
const AMOUNT = `amount'); DELETE FROM sentinel; --`;
const WHEN = `when" + INTERVAL 1 DAY; DROP TABLE sentinel; --`;

let db: TestDb;
let model: DataModel;

beforeAll(async () => {
	db = await openTestDb();
	db.file('x.csv', 'secret\n42\n');
	db.run('CREATE TABLE sentinel (x INTEGER)');
	db.run('INSERT INTO sentinel VALUES (1)');
	const customersTable = `t"c'; DROP TABLE sentinel; --`;
	const ordersTable = `t"o */ ${EVIL[1]}`;
	createTable(db, {
		table: customersTable,
		columns: [{ name: KEY, type: 'INTEGER' }],
		rows: [1, 2, 3].map((id) => ({ [KEY]: id }))
	});
	createTable(db, {
		table: ordersTable,
		columns: [
			{ name: FK, type: 'BIGINT' },
			{ name: NOTE, type: 'VARCHAR' },
			{ name: AMOUNT, type: 'DOUBLE' },
			{ name: WHEN, type: 'DATE' }
		],
		// customer 1 has every hostile value as a note, one a day from 1 March; customer 2 a
		// harmless one; 3 none
		rows: [
			...EVIL.map((note, i) => ({
				[FK]: 1,
				[NOTE]: note,
				[AMOUNT]: i,
				[WHEN]: `2024-03-0${i + 1}`
			})),
			{ [FK]: 2, [NOTE]: 'plain', [AMOUNT]: 100, [WHEN]: '2024-03-01' }
		]
	});
	model = {
		entities: [
			entity(CUSTOMERS, customersTable, [[KEY, 'number']]),
			entity(ORDERS, ordersTable, [
				[FK, 'number'],
				[NOTE, 'string'],
				[AMOUNT, 'number'],
				[WHEN, 'date']
			])
		],
		relationships: [
			{
				name: `rel'; --`,
				from: { entity: ORDERS, attribute: FK },
				to: { entity: CUSTOMERS, attribute: KEY },
				cardinality: 'many-to-one'
			}
		],
		profile: { entity: CUSTOMERS, key: KEY }
	};
});
afterAll(() => db?.close());

function orders(
	where: ConditionNode | null,
	extra: Partial<SegmentDefinition['groups'][number]> = {}
) {
	return {
		id: 'g',
		path: { start: ORDERS, steps: [{ relationship: `rel'; --`, direction: 'forward' as const }] },
		where,
		aggregates: [],
		...extra
	};
}

function expectUntouched() {
	expect(db.all('SELECT x FROM sentinel')).toEqual([{ x: 1 }]);
	expect(() => db.all(`SELECT * FROM read_csv('/import/y.csv')`)).toThrow();
}

function expectOneStatement(sql: Pick<SegmentSql, 'members' | 'count'> & { live?: string }) {
	for (const text of [sql.members, sql.count, sql.live]) {
		if (text === undefined) continue;
		// prepare() refuses several statements: "Cannot prepare multiple statements at once"
		const prepared = db.conn.prepare(text);
		prepared.close();
		expect(db.all(`EXPLAIN ${text}`).length).toBeGreaterThan(0);
	}
}

describe('hostile names and values', () => {
	it.each(EVIL.map((v, i) => [i, v] as const))(
		'value %i matches itself exactly, and only itself',
		(_i, value) => {
			const def = definition([orders(cond(ORDERS, NOTE, 'equals', value, { matchCase: true }))]);
			const compiled = compileSegment(def, model, CLOCK);
			if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
			expectOneStatement(compiled.sql);
			for (const g of compiled.sql.groups) expectOneStatement(g);
			expect(run(db, def, model, CLOCK)).toEqual([1]);
			expect(db.all(compiled.sql.live)).toEqual([{ members: 1, g0: 1 }]);
			expectUntouched();
		}
	);

	it('every string operator keeps values literal', () => {
		for (const value of EVIL) {
			for (const op of ['contains', 'startsWith', 'endsWith', 'notContains', 'notEquals']) {
				const def = definition([orders(cond(ORDERS, NOTE, op, value))]);
				const compiled = compileSegment(def, model, CLOCK);
				if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
				expectOneStatement(compiled.sql);
				db.all(compiled.sql.members);
			}
			const list = definition([orders(cond(ORDERS, NOTE, 'inList', [value, `${value}'`]))]);
			expect(run(db, list, model, CLOCK)).toEqual([1]);
		}
		expectUntouched();
	});

	it('hostile names work in aggregates', () => {
		const def = definition([
			orders(null, {
				aggregates: [
					{
						id: 'a',
						function: 'sum',
						entity: ORDERS,
						attribute: AMOUNT,
						operator: 'greaterThan',
						value: 30
					},
					{
						id: 'b',
						function: 'countDistinct',
						entity: ORDERS,
						attribute: NOTE,
						operator: 'atLeast',
						value: 1
					}
				]
			})
		]);
		expect(run(db, def, model, CLOCK)).toEqual([1, 2]);
		const compiled = compileSegment(def, model, CLOCK);
		if (!compiled.ok) throw new Error('did not compile');
		expectOneStatement(compiled.sql);
		expectUntouched();
	});

	it('hostile names work in counts that reach zero and in rankings', () => {
		// customer 3 has no orders: counted as 0 through the hostile profile table and key
		const zero = definition([
			orders(null, {
				aggregates: [
					{
						id: 'z',
						function: 'count',
						entity: ORDERS,
						operator: 'equals',
						value: 0,
						includeZero: true
					}
				]
			})
		]);
		expect(run(db, zero, model, CLOCK)).toEqual([3]);
		const top = definition([
			orders(null, {
				rank: {
					direction: 'top',
					amount: 50,
					unit: 'percent',
					function: 'sum',
					entity: ORDERS,
					attribute: AMOUNT
				}
			})
		]);
		expect(run(db, top, model, CLOCK)).toEqual([2]);
		for (const def of [zero, top]) {
			const compiled = compileSegment(def, model, CLOCK);
			if (!compiled.ok) throw new Error('did not compile');
			expectOneStatement(compiled.sql);
		}
		// a ranking amount that is not a number (a hand-edited stored definition) never reaches SQL
		const evil = structuredClone(top);
		(evil.groups[0]!.rank as { amount: unknown }).amount = '1) ; DROP TABLE sentinel; --';
		expect(validateSegment(evil, model).map((p) => p.code)).toEqual(['wrongValueType']);
		expect(compileSegment(evil, model, CLOCK).ok).toBe(false);
		expectUntouched();
	});

	it('hostile names and values work in sequences; a hand-edited gap or kind never reaches SQL', () => {
		const side = (where: ConditionNode | null) => ({
			path: orders(null).path,
			where,
			time: { entity: ORDERS, attribute: WHEN }
		});
		const sequence = (kind: 'followedBy' | 'notFollowedBy', then: ConditionNode | null) =>
			definition([
				orders(null, {
					sequences: [
						{
							id: 's',
							kind,
							first: side(cond(ORDERS, NOTE, 'equals', EVIL[0], { matchCase: true })),
							then: side(then),
							withinDays: 1
						}
					]
				})
			]);
		// customer 1's first hostile note (1 March) is followed by the next one (2 March)
		const followed = sequence('followedBy', cond(ORDERS, NOTE, 'contains', EVIL[1]));
		expect(run(db, followed, model, CLOCK)).toEqual([1]);
		const notFollowed = sequence('notFollowedBy', cond(ORDERS, NOTE, 'equals', 'plain'));
		expect(run(db, notFollowed, model, CLOCK)).toEqual([1]);
		for (const def of [followed, notFollowed]) {
			const compiled = compileSegment(def, model, CLOCK);
			if (!compiled.ok) throw new Error('did not compile');
			expectOneStatement(compiled.sql);
		}
		const evil = structuredClone(followed);
		const s = evil.groups[0]!.sequences![0]! as { withinDays: unknown; kind: unknown };
		s.withinDays = '1 DAY); DROP TABLE sentinel; --';
		expect(validateSegment(evil, model).map((p) => p.code)).toEqual(['wrongValueType']);
		expect(compileSegment(evil, model, CLOCK).ok).toBe(false);
		const kind = structuredClone(followed);
		(kind.groups[0]!.sequences![0]! as { kind: unknown }).kind = 'EXISTS (SELECT 1); --';
		expect(validateSegment(kind, model).map((p) => p.code)).toEqual(['unknownSequenceKind']);
		expect(compileSegment(kind, model, CLOCK).ok).toBe(false);
		expectUntouched();
	});

	it('hostile names work in lifecycle conditions; a hand-edited count never reaches SQL', () => {
		const time = { entity: ORDERS, attribute: WHEN };
		const stopped = definition([
			orders(null, {
				lifecycles: [
					{
						id: 'l',
						kind: 'stopped',
						time,
						recent: { amount: 5, unit: 'days' },
						previous: { amount: 30, unit: 'days' }
					}
				]
			})
		]);
		// orders on 1–9 March; today is 15 March: both customers with orders stopped
		expect(run(db, stopped, model, CLOCK)).toEqual([1, 2]);
		const regular = definition([
			orders(null, {
				lifecycles: [{ id: 'l', kind: 'regularly', time, atLeast: 1, periods: 1, unit: 'month' }]
			})
		]);
		expect(run(db, regular, model, CLOCK)).toEqual([1, 2]);
		for (const def of [stopped, regular]) {
			const compiled = compileSegment(def, model, CLOCK);
			if (!compiled.ok) throw new Error('did not compile');
			expectOneStatement(compiled.sql);
		}
		const evil = structuredClone(regular);
		(evil.groups[0]!.lifecycles![0]! as { atLeast: unknown }).atLeast = '1 OR TRUE; --';
		expect(validateSegment(evil, model).map((p) => p.code)).toEqual(['wrongValueType']);
		expect(compileSegment(evil, model, CLOCK).ok).toBe(false);
		expectUntouched();
	});

	it('hostile label texts and segment names in labels stay literal', () => {
		const referred = {
			...definition([orders(cond(ORDERS, NOTE, 'equals', 'plain'))]),
			name: 'plain_notes'
		};
		const segments = lookupOf([referred]);
		for (const label of EVIL) {
			const def: SegmentDefinition = {
				...definition([orders(null)]),
				name: 'labelled',
				labels: {
					column: 'label',
					rules: [{ id: 'r', label, segment: 'plain_notes', source: 'live' }],
					otherwise: `${label}'`
				}
			};
			const members = compileSegment(def, model, CLOCK, { segments });
			if (!members.ok) throw new Error(JSON.stringify(members.problems));
			const labels = compileLabels(def, model, CLOCK, `(\n${members.sql.members}\n)`, { segments });
			if (!labels?.ok) throw new Error(JSON.stringify(labels));
			db.conn.prepare(labels.sql).close();
			const rows = db.all(`${labels.sql} ORDER BY member_key`);
			expect(rows).toEqual([
				{ member_key: '1', label: `${label}'` },
				{ member_key: '2', label }
			]);
		}
		// a segment name that is not one is refused by name, never pasted
		const bad = {
			...definition([orders(null)]),
			name: 'labelled',
			labels: {
				column: 'label',
				rules: [{ id: 'r', label: 'x', segment: EVIL[0]!, source: 'lastRun' as const }],
				otherwise: ''
			}
		};
		expect(compileLabels(bad, model, CLOCK, 'k', { segments })).toMatchObject({ ok: false });
		expectUntouched();
	});

	it('a NUL character is reported, never thrown', () => {
		const def = definition([orders(cond(ORDERS, NOTE, 'equals', 'a\u0000b'))]);
		const problems = validateSegment(def, model);
		expect(problems.map((p) => p.code)).toEqual(['wrongValueType']);
		expect(compileSegment(def, model, CLOCK).ok).toBe(false);
		const nul: DataModel = {
			...model,
			entities: model.entities.map((e) =>
				e.name === ORDERS ? { ...e, table: 'bad\u0000table' } : e
			)
		};
		const result = compileGroup(orders(null), 0, nul, CLOCK);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]?.code).toBe('cannotCompile');
	});
});

describe('awkward but honest names', () => {
	it('entities differing only in case, and tables called like the CTEs', () => {
		createTable(db, {
			table: 'g0',
			columns: [{ name: 'id', type: 'INTEGER' }],
			rows: [{ id: 1 }, { id: 2 }]
		});
		createTable(db, {
			table: 'step1',
			columns: [
				{ name: 'id', type: 'INTEGER' },
				{ name: 'ref', type: 'INTEGER' }
			],
			rows: [{ id: 10, ref: 2 }]
		});
		const m: DataModel = {
			entities: [
				entity('people', 'g0', [['id', 'number']]),
				entity('People', 'step1', [
					['id', 'number'],
					['ref', 'number']
				])
			],
			relationships: [
				{
					name: 'r',
					from: { entity: 'People', attribute: 'ref' },
					to: { entity: 'people', attribute: 'id' },
					cardinality: 'many-to-one'
				}
			],
			profile: { entity: 'people', key: 'id' }
		};
		const def = definition([
			{
				id: 'a',
				path: { start: 'People', steps: [{ relationship: 'r', direction: 'forward' }] },
				where: cond('People', 'id', 'equals', 10),
				aggregates: []
			},
			{
				id: 'b',
				operator: 'union',
				path: { start: 'people', steps: [] },
				where: cond('people', 'id', 'equals', 1),
				aggregates: []
			}
		]);
		expect(run(db, def, m, CLOCK)).toEqual([1, 2]);
	});
});
