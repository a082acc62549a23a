// Back-filled history on the demo world, on the real DuckDB-WASM engine: each point equals a
// hand-written query as of that day, entered/left equal set differences between consecutive
// days, and what cannot be known about the past is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from '../../../tests/helpers/demo-db';
import { EXAMPLE_SEGMENTS } from '$lib/features/data/example-segments';
import { parseDefinition } from '$lib/segments/parse';
import { compileSegment } from '$lib/segments/compile';
import type { SegmentDefinition } from '$lib/segments/definition';
import { lookupOf } from '$lib/segments/dependencies';
import { backfillDates, backfillPlan, readBackfill } from './backfill';

let demo: DemoDb;
beforeAll(async () => {
	demo = await openDemoDb(3000);
}, 120_000);
afterAll(() => demo?.db.close());

const examples = EXAMPLE_SEGMENTS.map((raw) => {
	const parsed = parseDefinition(raw);
	if (!parsed.ok) throw new Error('an example does not parse');
	return parsed.definition;
});
const example = (name: string): SegmentDefinition =>
	structuredClone(examples.find((d) => d.name === name) as SegmentDefinition);
const count = (sql: string) => Number(demo.db.all(`SELECT count(*) AS n FROM (${sql})`)[0]?.n);
const run = (definition: SegmentDefinition, dates: string[]) => {
	const plan = backfillPlan(definition, demo.model, dates);
	if (!plan.ok) throw new Error(plan.message);
	return { plan, points: readBackfill(dates, demo.db.all(plan.sql)) };
};

describe('back-filled history', () => {
	it('steps back from today by day, week or month (month ends clamp), oldest first', () => {
		expect(backfillDates('2026-03-31', 'month', 4)).toEqual([
			'2025-12-31',
			'2026-01-31',
			'2026-02-28',
			'2026-03-31'
		]);
		expect(backfillDates('2026-03-31', 'week', 3)).toEqual([
			'2026-03-17',
			'2026-03-24',
			'2026-03-31'
		]);
		expect(backfillDates('2026-03-01', 'day', 2)).toEqual(['2026-02-28', '2026-03-01']);
		expect(backfillDates('2026-03-01', 'day', 500)).toHaveLength(60);
	});

	it('gold and platinum at risk, monthly for a year: every point equals hand-written SQL as of its day', () => {
		const dates = backfillDates(demo.clock.today, 'month', 12);
		const { plan, points } = run(example('gold_at_risk'), dates);
		const asOf = (d: string) =>
			`SELECT id FROM demo_customers WHERE loyalty_tier IN ('gold', 'platinum')
			 EXCEPT
			 SELECT customer_id FROM demo_orders
			 WHERE order_date BETWEEN DATE '${d}' - INTERVAL 90 DAY AND DATE '${d}'`;
		expect(points.map((p) => p.asOf)).toEqual(dates);
		points.forEach((p, i) => {
			expect(p.members, p.asOf).toBe(count(asOf(p.asOf)));
			if (i === 0) return;
			const before = asOf(dates[i - 1]!);
			const now = asOf(p.asOf);
			expect(p.entered, p.asOf).toBe(count(`FROM (${now}) EXCEPT FROM (${before})`));
			expect(p.left, p.asOf).toBe(count(`FROM (${before}) EXCEPT FROM (${now})`));
		});
		// the segment really moves over the year: otherwise this would prove little
		expect(new Set(points.map((p) => p.members)).size).toBeGreaterThan(3);
		expect(points.some((p) => (p.entered ?? 0) > 0 && (p.left ?? 0) > 0)).toBe(true);
		// the tier has no history: said, the dated order window is not
		expect(plan.currentValueUsed).toHaveLength(1);
		expect(plan.currentValueUsed[0]).toMatch(/loyalty tier|loyalty_tier/i);
	});

	it('every example segment, weekly: each point equals the compiled segment run as of that day', () => {
		const dates = backfillDates(demo.clock.today, 'week', 5);
		for (const definition of examples) {
			const { points } = run(definition, dates);
			const members = dates.map((d) => {
				const c = compileSegment({ ...definition, asOf: d }, demo.model, demo.clock);
				if (!c.ok) throw new Error('does not compile');
				return c.sql.members;
			});
			points.forEach((p, i) => {
				expect(p.members, `${definition.name} ${p.asOf}`).toBe(count(members[i]!));
				if (i > 0)
					expect(p.entered, `${definition.name} ${p.asOf}`).toBe(
						count(`SELECT * FROM (${members[i]}) EXCEPT SELECT * FROM (${members[i - 1]})`)
					);
			});
		}
	});

	it('a segment fixed to one date is refused with a sentence; so is an unfinished one', () => {
		const fixed = { ...example('gold_at_risk'), asOf: '2026-01-31' };
		const refused = backfillPlan(fixed, demo.model, backfillDates('2026-11-28', 'month', 3));
		expect(refused).toEqual({
			ok: false,
			message:
				'This segment is always evaluated as of 2026-01-31, so its size does not change over time.'
		});
		const unfinished = example('gold_at_risk');
		unfinished.groups[0]!.path.start = '';
		const draft = backfillPlan(unfinished, demo.model, backfillDates('2026-11-28', 'month', 3));
		expect(draft.ok).toBe(false);
	});

	it('aggregates over undated rows and conditions without dates are named as current values', () => {
		const d = example('loyal_big_spenders');
		const plan = backfillPlan(d, demo.model, backfillDates('2026-11-28', 'month', 2));
		if (!plan.ok) throw new Error(plan.message);
		// status (no date) is named; the order window is dated, so the totals are not
		expect(plan.currentValueUsed.some((s) => /status/i.test(s))).toBe(true);
		expect(plan.currentValueUsed.some((s) => /totals and counts/.test(s))).toBe(false);
		d.groups[0]!.where = null;
		const undated = backfillPlan(d, demo.model, backfillDates('2026-11-28', 'month', 2));
		if (!undated.ok) throw new Error(undated.message);
		expect(undated.currentValueUsed).toEqual([
			'the totals and counts of group 1 (no date limits its rows)'
		]);
	});

	it('moves a segment used live with each date; names one used as of its last run', () => {
		const gold = example('gold_at_risk');
		const all = (memberships: NonNullable<SegmentDefinition['groups'][number]['memberships']>) => ({
			...example('gold_at_risk'),
			name: 'in_gold',
			groups: [
				{
					id: 'g',
					path: { start: 'Customers', steps: [] },
					where: null,
					aggregates: [],
					memberships
				}
			]
		});
		const segments = lookupOf(
			[gold],
			() => 'SELECT CAST(id AS VARCHAR) AS member_key FROM demo_customers WHERE id % 2 = 0'
		);
		const dates = backfillDates(demo.clock.today, 'month', 6);
		const live = backfillPlan(
			all([{ id: 'm', operator: 'inSegment', segment: 'gold_at_risk', source: 'live' }]),
			demo.model,
			dates,
			segments
		);
		if (!live.ok) throw new Error(live.message);
		// the same sizes as gold at risk itself at each date
		expect(readBackfill(dates, demo.db.all(live.sql)).map((p) => p.members)).toEqual(
			run(gold, dates).points.map((p) => p.members)
		);
		expect(live.currentValueUsed).toHaveLength(1);
		expect(live.currentValueUsed[0]).toMatch(/^in segment “.+”: .*loyalty tier/i);
		const last = backfillPlan(
			all([{ id: 'm', operator: 'inSegment', segment: 'gold_at_risk', source: 'lastRun' }]),
			demo.model,
			dates,
			segments
		);
		if (!last.ok) throw new Error(last.message);
		expect(new Set(readBackfill(dates, demo.db.all(last.sql)).map((p) => p.members)).size).toBe(1);
		expect(last.currentValueUsed).toEqual([
			`the customer is in segment “${gold.displayName}” (as of its last run)`
		]);
	});
});
