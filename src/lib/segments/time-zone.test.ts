// The workspace's time zone, on a timeline worked out by hand: support cases whose timestamps (UTC
// in the data) fall on another day, week or month on the wall clock of Tokyo (UTC+9, no daylight
// saving) or New York (UTC−5, −4 in summer), checked at three as-of moments on real DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { demoModel } from '../../../tests/helpers/demo-model';
import { createTable } from '../../../tests/helpers/segment-db';
import { agg, cond, definition, run } from '../../../tests/helpers/segment-fixture';
import { compileSegment } from './compile';
import { clockFromDate, type Clock } from './dates';
import type { ConditionNode, Group, LifecycleCondition } from './definition';
import {
	inTimeZone,
	isTimeZone,
	offsetAt,
	offsetChanges,
	utcFromWall,
	wallSeconds
} from './time-zone';
import { duckdbDialect } from './dialect';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('the zone arithmetic', () => {
	it('offsets, with and without daylight saving', () => {
		expect(offsetAt(at('2026-03-01T23:30:00Z'), 'Asia/Tokyo')).toBe(9 * 3600);
		expect(offsetAt(at('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(3600);
		expect(offsetAt(at('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe(7200);
		expect(offsetAt(at('2026-01-05T04:30:00Z'), 'America/New_York')).toBe(-5 * 3600);
		expect(offsetAt(at('2026-07-06T04:30:00Z'), 'America/New_York')).toBe(-4 * 3600);
		expect(wallSeconds(at('2026-03-01T23:30:00Z'), 'Asia/Tokyo')).toBe(at('2026-03-02T08:30:00Z'));
	});

	it('a wall time read back: twice on the night clocks go back (the first), never when they go forward (just after)', () => {
		// Paris, 25 October 2026: 02:30 happens at 00:30 UTC (summer time) and again at 01:30 UTC
		expect(utcFromWall(at('2026-10-25T02:30:00Z'), 'Europe/Paris')).toBe(
			at('2026-10-25T00:30:00Z')
		);
		// New York, 8 March 2026: 02:30 does not exist; it is read as 03:30 EDT (07:30 UTC)
		expect(utcFromWall(at('2026-03-08T02:30:00Z'), 'America/New_York')).toBe(
			at('2026-03-08T07:30:00Z')
		);
		expect(utcFromWall(at('2026-03-02T00:00:00Z'), 'Asia/Tokyo')).toBe(at('2026-03-01T15:00:00Z'));
		expect(utcFromWall(at('2026-03-02T00:00:00Z'), 'UTC')).toBe(at('2026-03-02T00:00:00Z'));
	});

	it('the changes of offset written into SQL', () => {
		expect(offsetChanges('Asia/Tokyo')).toEqual({ offset: 9 * 3600, changes: [] });
		const ny = offsetChanges('America/New_York');
		expect(ny.offset).toBe(-5 * 3600);
		expect(ny.changes).toContainEqual({ from: at('2026-03-08T07:00:00Z'), offset: -4 * 3600 });
		expect(ny.changes).toContainEqual({ from: at('2026-11-01T06:00:00Z'), offset: -5 * 3600 });
	});

	it('today, on the zone’s wall clock', () => {
		const d = new Date('2026-03-01T23:30:00Z');
		expect(clockFromDate(d, 'UTC')).toEqual({
			today: '2026-03-01',
			now: '2026-03-01T23:30:00',
			zone: 'UTC'
		});
		expect(clockFromDate(d, 'Asia/Tokyo')).toEqual({
			today: '2026-03-02',
			now: '2026-03-02T08:30:00',
			zone: 'Asia/Tokyo'
		});
		expect(clockFromDate(d, 'America/New_York').today).toBe('2026-03-01');
	});

	it('knows a zone by its name, and nothing else', () => {
		expect(isTimeZone('Europe/Paris')).toBe(true);
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
		expect(isTimeZone("UTC'; DROP TABLE x; --")).toBe(false);
		expect(isTimeZone('')).toBe(false);
	});

	it('a zoned dialect is made once: wrapping it again changes nothing', () => {
		const paris = inTimeZone(duckdbDialect, 'Europe/Paris');
		expect(inTimeZone(paris, 'Europe/Paris')).toBe(paris);
		expect(inTimeZone(paris, 'UTC')).toBe(duckdbDialect);
		expect(paris.timestamp('2026-07-01 00:00:00')).toBe("TIMESTAMP '2026-06-30 22:00:00'");
		expect(inTimeZone(paris, 'Asia/Tokyo').timestamp('2026-07-01 00:00:00')).toBe(
			"TIMESTAMP '2026-06-30 15:00:00'"
		);
	});
});

// Cases, in UTC. On the wall clock:            UTC               Tokyo             New York
// 1: 2026-03-01 23:30                          Sun 1 Mar         Mon 2 Mar 08:30   Sun 1 Mar 18:30
// 2: 2026-03-02 15:30                          Mon 2 Mar         Tue 3 Mar 00:30   Mon 2 Mar 10:30
// 3: 2026-02-28 20:00                          Sat 28 Feb        Sun 1 Mar 05:00   Sat 28 Feb 15:00
// 4: 2026-03-01 10:00 and 2026-03-01 16:00     Sun 1 Mar (once)  Sun 1 Mar 19:00,  Sun 1 Mar (once)
//                                                                Mon 2 Mar 01:00
// 5: 2026-01-05 04:30                          Mon 5 Jan         Mon 5 Jan 13:30   Sun 4 Jan 23:30 (EST)
// 6: 2026-07-06 04:30                          Mon 6 Jul         Mon 6 Jul 13:30   Mon 6 Jul 00:30 (EDT)
const CASES: [number, number, string][] = [
	[1, 1, '2026-03-01 23:30:00'],
	[2, 2, '2026-03-02 15:30:00'],
	[3, 3, '2026-02-28 20:00:00'],
	[4, 4, '2026-03-01 10:00:00'],
	[5, 4, '2026-03-01 16:00:00'],
	[6, 5, '2026-01-05 04:30:00'],
	[7, 6, '2026-07-06 04:30:00']
];
const A = '2026-03-02'; // the end of that day on the zone's wall clock
const B = '2026-03-02T01:30';
const C = '2026-03-03';
const ZONES = ['UTC', 'Asia/Tokyo', 'America/New_York'] as const;

const model = demoModel();
let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	createTable(db, {
		table: 'demo_customers',
		columns: [{ name: 'id', type: 'INTEGER' }],
		rows: [1, 2, 3, 4, 5, 6].map((id) => ({ id })) as never
	});
	createTable(db, {
		table: 'demo_cases',
		columns: [
			{ name: 'id', type: 'INTEGER' },
			{ name: 'customer_id', type: 'INTEGER' },
			{ name: 'created_at', type: 'TIMESTAMP' }
		],
		rows: CASES.map(([id, customer_id, created_at]) => ({ id, customer_id, created_at })) as never
	});
});
afterAll(() => db?.close());

const CASES_PATH = {
	start: 'Cases',
	steps: [{ relationship: 'cases_customer', direction: 'forward' as const }]
};

function casesGroup(where: ConditionNode | null, extra: Partial<Group> = {}): Group {
	return { id: 'g', path: CASES_PATH, where, aggregates: [], ...extra };
}

/** Members in each zone, as of `asOf` (a date is the end of that day on the zone's clock). */
function byZone(g: Group, asOf: string): Record<(typeof ZONES)[number], number[]> {
	const out = {} as Record<(typeof ZONES)[number], number[]>;
	for (const zone of ZONES) {
		const clock: Clock = { today: '2030-01-01', now: '2030-01-01T00:00:00', zone };
		out[zone] = run(db, definition([g], { asOf }), model, clock) as number[];
	}
	return out;
}

const created = (operator: string, value?: unknown) => cond('Cases', 'created_at', operator, value);

describe('a timeline in three zones', () => {
	it('today and a calendar date are days on the zone’s wall clock', () => {
		expect(byZone(casesGroup(created('today')), A)).toEqual({
			UTC: [2],
			'Asia/Tokyo': [1, 4],
			'America/New_York': [2]
		});
		expect(byZone(casesGroup(created('on', '2026-03-01')), C)).toEqual({
			UTC: [1, 4],
			'Asia/Tokyo': [3, 4],
			'America/New_York': [1, 4]
		});
	});

	it('this month starts at midnight on the zone’s wall clock', () => {
		expect(byZone(casesGroup(created('thisPeriod', { unit: 'month' })), A)).toEqual({
			UTC: [1, 2, 4],
			'Asia/Tokyo': [1, 2, 3, 4],
			'America/New_York': [1, 2, 4]
		});
	});

	it('in the last day counts back from the as-of moment on the zone’s wall clock', () => {
		// B is 01:30 on 2 March: 01:30 UTC; 16:30 UTC on 1 March (Tokyo); 06:30 UTC (New York)
		expect(byZone(casesGroup(created('inLast', { amount: 1, unit: 'days' })), B)).toEqual({
			UTC: [1, 4],
			'Asia/Tokyo': [3, 4],
			'America/New_York': [1, 4]
		});
	});

	it('the day of the week, in winter and in summer time', () => {
		expect(byZone(casesGroup(created('dayOfWeek', [1])), C)).toEqual({
			UTC: [2, 5, 6],
			'Asia/Tokyo': [1, 4, 5, 6],
			'America/New_York': [2, 6]
		});
		expect(byZone(casesGroup(created('dayOfWeek', [7])), C)).toEqual({
			UTC: [1, 4],
			'Asia/Tokyo': [3, 4],
			'America/New_York': [1, 4, 5]
		});
	});

	it('anniversaries fall on the zone’s month-day', () => {
		expect(
			byZone(casesGroup(created('anniversaryWithin', { amount: 0, unit: 'days' })), C)
		).toEqual({
			UTC: [],
			'Asia/Tokyo': [2],
			'America/New_York': []
		});
	});

	it('different days and weeks are counted on the zone’s wall clock', () => {
		const days = casesGroup(null, {
			aggregates: [
				agg({
					function: 'distinctDays',
					entity: 'Cases',
					attribute: 'created_at',
					operator: 'atLeast',
					value: 2
				})
			]
		});
		expect(byZone(days, C)).toEqual({ UTC: [], 'Asia/Tokyo': [4], 'America/New_York': [] });
		const regularly: LifecycleCondition = {
			id: 'l',
			kind: 'regularly',
			time: { entity: 'Cases', attribute: 'created_at' },
			unit: 'week',
			periods: 2,
			atLeast: 2
		} as LifecycleCondition;
		expect(byZone(casesGroup(null, { lifecycles: [regularly] } as Partial<Group>), C)).toEqual({
			UTC: [],
			'Asia/Tokyo': [4],
			'America/New_York': []
		});
	});

	it('the SQL of a zone without daylight saving shifts by a constant; with it, by a CASE of its changes', () => {
		const g = casesGroup(created('dayOfWeek', [1]));
		const sql = (zone: string) => {
			const c = compileSegment(definition([g]), model, {
				today: '2026-03-03',
				now: '2026-03-03T12:00:00',
				zone
			});
			if (!c.ok) throw new Error('does not compile');
			return c.sql.members;
		};
		expect(sql('UTC')).not.toContain('to_seconds');
		expect(sql('Asia/Tokyo')).toContain('to_seconds(32400)');
		expect(sql('America/New_York')).toContain(
			`isodow("Cases"."created_at" + to_seconds(CASE WHEN "Cases"."created_at" < TIMESTAMP`
		);
	});
});
