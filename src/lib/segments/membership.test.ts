// Segments in segments against real DuckDB: "is in" / "is not in" another segment, live (compiled
// into the same statement, at the outer definition's as-of moment) and as of its last run (members
// kept in a table, as text), nested two levels, narrowing a ranking, with an INTEGER and a VARCHAR
// Customer Profile key. Each answer is the same question asked in hand-written SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { createTable, memberSet, sorted } from '../../../tests/helpers/segment-db';
import { cond, definition, entity, group } from '../../../tests/helpers/segment-fixture';
import type { DataModel } from './data-model';
import type { MembershipCondition, SegmentDefinition } from './definition';
import { compileGroup, compileSegment } from './compile';
import { lookupOf } from './dependencies';
import type { Clock } from './dates';

const CLOCK: Clock = { today: '2024-03-15', now: '2024-03-15T12:00:00' };

// id, city, signup, spend
const PEOPLE: [number, string, string | null, number][] = [
	[1, 'A', '2024-03-10', 500],
	[2, 'A', '2024-01-05', 300],
	[3, 'B', '2024-03-12', 50],
	[4, 'B', '2024-02-08', 900],
	[5, 'A', '2024-03-05', 200],
	[6, 'C', null, 700],
	[7, 'C', '2024-02-10', 20]
];

function world(db: TestDb, keyType: 'INTEGER' | 'VARCHAR') {
	const table = `people_${keyType.toLowerCase()}`;
	const key = (n: number) => (keyType === 'INTEGER' ? n : `c${n}`);
	createTable(db, {
		table,
		columns: [
			{ name: 'id', type: keyType },
			{ name: 'city', type: 'VARCHAR' },
			{ name: 'signup', type: 'DATE' },
			{ name: 'spend', type: 'DOUBLE' }
		],
		rows: PEOPLE.map(([id, city, signup, spend]) => ({ id: key(id), city, signup, spend }))
	});
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
	return { table, model };
}

const ref = (
	segment: string,
	operator: MembershipCondition['operator'] = 'inSegment',
	source: MembershipCondition['source'] = 'live'
): MembershipCondition => ({ id: `m_${segment}`, operator, segment, source });

const named = (name: string, def: SegmentDefinition): SegmentDefinition => ({ ...def, name });

/** "signed up in the last 14 days" */
const recent = named(
	'recent',
	definition([group('P', cond('P', 'signup', 'inLast', { amount: 14, unit: 'days' }))])
);
/** "spent over 100" and the given segment conditions */
const bigSpenders = (...memberships: MembershipCondition[]) =>
	named('big', definition([group('P', cond('P', 'spend', 'greaterThan', 100), { memberships })]));

describe.each(['INTEGER', 'VARCHAR'] as const)('segments in segments, %s key', (keyType) => {
	let db: TestDb;
	let table: string;
	let model: DataModel;
	const lastRuns = `last_runs_${keyType.toLowerCase()}`;
	const lastRunMembers = (name: string) =>
		name === 'recent' || name === 'nobody'
			? `SELECT member_key FROM ${lastRuns} WHERE segment = '${name}'`
			: null;

	beforeAll(async () => {
		db = await openTestDb();
		({ table, model } = world(db, keyType));
		// recent's last run was a month earlier (2024-02-15): its members then, kept as text
		const earlier = compileSegment(recent, model, {
			today: '2024-02-15',
			now: '2024-02-15T12:00:00'
		});
		if (!earlier.ok) throw new Error(JSON.stringify(earlier.problems));
		db.run(`CREATE TABLE ${lastRuns} (segment VARCHAR, member_key VARCHAR)`);
		db.run(
			`INSERT INTO ${lastRuns} SELECT 'recent', CAST(member_key AS VARCHAR) FROM (${earlier.sql.members})`
		);
	});
	afterAll(() => db.close());

	const members = (def: SegmentDefinition, others: SegmentDefinition[], clock = CLOCK) => {
		const compiled = compileSegment(def, model, clock, {
			segments: lookupOf(others, lastRunMembers)
		});
		if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems, null, 2));
		return sorted(memberSet(db, compiled.sql.members));
	};
	const hand = (where: string) =>
		sorted(memberSet(db, `SELECT id AS member_key FROM ${table} WHERE ${where}`));
	const recentAt = (from: string, to: string) => `signup BETWEEN DATE '${from}' AND DATE '${to}'`;

	it('keeps the members of a segment evaluated live, at the same moment', () => {
		const got = members(bigSpenders(ref('recent')), [recent]);
		expect(got).toEqual(hand(`spend > 100 AND ${recentAt('2024-03-01', '2024-03-15')}`));
		expect(got.length).toBeGreaterThan(0);
	});

	it('drops the members of a segment evaluated live ("is not in")', () => {
		const got = members(bigSpenders(ref('recent', 'notInSegment')), [recent]);
		expect(got).toEqual(
			hand(
				`spend > 100 AND id NOT IN (SELECT id FROM ${table} WHERE ${recentAt('2024-03-01', '2024-03-15')})`
			)
		);
		// a customer without a signup date is not in "recent", so is kept
		expect(got).toContain(keyType === 'INTEGER' ? '6' : 'c6');
	});

	it("moves a live segment with the outer definition's as-of date", () => {
		const def = { ...bigSpenders(ref('recent')), asOf: '2024-02-20' };
		expect(members(def, [recent])).toEqual(
			hand(`spend > 100 AND ${recentAt('2024-02-06', '2024-02-20')}`)
		);
	});

	it("uses a segment's last-run members as of its last run, not its live ones", () => {
		const kept = `(SELECT member_key FROM ${lastRuns} WHERE segment = 'recent')`;
		const inLast = members(bigSpenders(ref('recent', 'inSegment', 'lastRun')), [recent]);
		expect(inLast).toEqual(hand(`spend > 100 AND CAST(id AS VARCHAR) IN ${kept}`));
		expect(inLast).not.toEqual(members(bigSpenders(ref('recent')), [recent]));
		expect(members(bigSpenders(ref('recent', 'notInSegment', 'lastRun')), [recent])).toEqual(
			hand(`spend > 100 AND CAST(id AS VARCHAR) NOT IN ${kept}`)
		);
	});

	it('keeps the whole group for "is not in" a segment without members', () => {
		const nobody = named('nobody', definition([group('P', cond('P', 'city', 'equals', 'Z'))]));
		const everyone = hand('spend > 100');
		expect(members(bigSpenders(ref('nobody', 'notInSegment')), [nobody])).toEqual(everyone);
		expect(members(bigSpenders(ref('nobody', 'notInSegment', 'lastRun')), [nobody])).toEqual(
			everyone
		);
		expect(members(bigSpenders(ref('nobody')), [nobody])).toEqual([]);
	});

	it('nests two levels of live segments, all at the outer moment', () => {
		const big = bigSpenders(ref('recent'));
		const cityA = named(
			'city_a_big',
			definition([group('P', cond('P', 'city', 'equals', 'A'), { memberships: [ref('big')] })], {
				asOf: '2024-03-12'
			})
		);
		expect(members(cityA, [recent, big])).toEqual(
			hand(`city = 'A' AND spend > 100 AND ${recentAt('2024-02-27', '2024-03-12')}`)
		);
	});

	it('ranks among the members of the referred segment', () => {
		const top = named(
			'top_recent',
			definition([
				group('P', null, {
					memberships: [ref('recent')],
					rank: {
						direction: 'top',
						amount: 2,
						unit: 'customers',
						function: 'sum',
						entity: 'P',
						attribute: 'spend'
					}
				})
			])
		);
		const expected = db
			.all(
				`SELECT CAST(id AS VARCHAR) AS k FROM ${table} WHERE ${recentAt('2024-03-01', '2024-03-15')} ORDER BY spend DESC LIMIT 2`
			)
			.map((r) => String(r.k))
			.sort();
		expect(members(top, [recent])).toEqual(expected);
	});

	it('counts a group with a segment condition on its own', () => {
		const big = bigSpenders(ref('recent', 'notInSegment'));
		const g = compileGroup(big.groups[0]!, 0, model, CLOCK, { segments: lookupOf([recent]) });
		if (!g.ok) throw new Error(JSON.stringify(g.problems));
		expect(sorted(memberSet(db, g.sql.members))).toEqual(members(big, [recent]));
	});
});
