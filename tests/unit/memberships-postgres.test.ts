// Segment conditions in PostgreSQL's dialect: a segment used live (a WITH inside a CTE) and one
// used as of its last run (kept members as text) give the same members in PostgreSQL 15 as in
// DuckDB-WASM, with an INTEGER and a VARCHAR Customer Profile key, nested two levels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSegment } from '../../src/lib/segments/compile';
import type { DataModel } from '../../src/lib/segments/data-model';
import type { MembershipCondition, SegmentDefinition } from '../../src/lib/segments/definition';
import { lookupOf } from '../../src/lib/segments/dependencies';
import { postgresDialect } from '../../src/lib/segments/dialect';
import { openPostgres, type PgDb } from '../../src/cli/postgres';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { postgresUnavailable, startTestPostgres, type TestPostgres } from '../helpers/postgres';
import { createPgTable } from '../helpers/postgres-tables';
import { createTable, memberSet, sorted, type TableSpec } from '../helpers/segment-db';
import { cond, definition, entity, group } from '../helpers/segment-fixture';

const unavailable = postgresUnavailable();
const CLOCK = { today: '2024-03-15', now: '2024-03-15T12:00:00' };

const ref = (
	segment: string,
	operator: MembershipCondition['operator'],
	source: MembershipCondition['source']
): MembershipCondition => ({ id: `m_${segment}_${source}`, operator, segment, source });
const named = (name: string, def: SegmentDefinition) => ({ ...def, name });

const recent = named(
	'recent',
	definition([group('P', cond('P', 'signup', 'inLast', { amount: 14, unit: 'days' }))])
);
const big = named(
	'big',
	definition([
		group('P', cond('P', 'spend', 'greaterThan', 100), {
			memberships: [ref('recent', 'inSegment', 'live')]
		})
	])
);
const cases: SegmentDefinition[] = [
	named(
		'not_recent_last_run',
		definition([group('P', null, { memberships: [ref('recent', 'notInSegment', 'lastRun')] })])
	),
	named(
		'city_a_big_live',
		definition([
			group('P', cond('P', 'city', 'equals', 'A'), {
				memberships: [ref('big', 'inSegment', 'live'), ref('recent', 'inSegment', 'lastRun')]
			})
		])
	),
	named(
		'not_big',
		definition([group('P', null, { memberships: [ref('big', 'notInSegment', 'live')] })])
	)
];

describe.skipIf(unavailable !== null)('segment conditions on PostgreSQL', () => {
	let server: TestPostgres;
	let pg: PgDb;
	let duck: TestDb;
	beforeAll(async () => {
		server = await startTestPostgres();
		pg = await openPostgres(server.url);
		duck = await openTestDb();
	}, 120_000);
	afterAll(async () => {
		await pg?.close();
		duck?.close();
		server?.stop();
	});

	for (const keyType of ['INTEGER', 'VARCHAR'] as const)
		it(`gives DuckDB's members with a ${keyType} key`, async () => {
			const table = `people_${keyType.toLowerCase()}`;
			const key = (n: number) => (keyType === 'INTEGER' ? n : `k${n}`);
			const spec: TableSpec = {
				table,
				columns: [
					{ name: 'id', type: keyType },
					{ name: 'city', type: 'VARCHAR' },
					{ name: 'signup', type: 'DATE' },
					{ name: 'spend', type: 'DOUBLE' }
				],
				rows: (
					[
						[1, 'A', '2024-03-10', 500],
						[2, 'A', '2024-01-05', 300],
						[3, 'B', '2024-03-12', 50],
						[4, 'A', '2024-03-02', 900],
						[5, 'A', null, 200]
					] as const
				).map(([id, city, signup, spend]) => ({ id: key(id), city, signup, spend }))
			};
			createTable(duck, spec);
			await createPgTable(pg, spec);
			const model: DataModel = {
				entities: [
					entity('P', table, [
						['id', keyType === 'INTEGER' ? 'number' : 'string'],
						['city', 'string'],
						['signup', 'date'],
						['spend', 'number']
					])
				],
				relationships: [],
				profile: { entity: 'P', key: 'id' }
			};
			// recent's last run: customers 1 and 2, as text
			const kept = `kept_${keyType.toLowerCase()}`;
			for (const run of [(s: string) => duck.run(s), (s: string) => pg.run(s)]) {
				await run(`CREATE TABLE ${kept} (member_key VARCHAR)`);
				await run(`INSERT INTO ${kept} VALUES ('${key(1)}'), ('${key(2)}')`);
			}
			const segments = lookupOf([recent, big], (n) =>
				n === 'recent' ? `SELECT member_key FROM ${kept}` : null
			);
			for (const d of cases) {
				const inDuck = compileSegment(d, model, CLOCK, { segments });
				const inPg = compileSegment(d, model, CLOCK, { segments, dialect: postgresDialect });
				if (!inDuck.ok || !inPg.ok) throw new Error(`${d.name} does not compile`);
				const want = sorted(memberSet(duck, inDuck.sql.members));
				const got = sorted((await pg.all(inPg.sql.members)).map((r) => String(r.member_key)));
				expect(got, d.name).toEqual(want);
				expect(want.length, `${d.name} has members to compare`).toBeGreaterThan(0);
			}
		});
});
