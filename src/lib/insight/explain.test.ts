// The explainer on the demo world, on the real DuckDB-WASM engine: its verdict (and each group's)
// equals membership in the compiled segment for 50 customers of every example segment, and taking
// out the condition it names as the reason, again and again, ends with the customer counted in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from '../../../tests/helpers/demo-db';
import { EXAMPLE_SEGMENTS } from '$lib/features/data/example-segments';
import { parseDefinition } from '$lib/segments/parse';
import { compileSegment } from '$lib/segments/compile';
import type { SegmentDefinition } from '$lib/segments/definition';
import { lookupOf } from '$lib/segments/dependencies';
import { quoteString } from '$lib/sql/quote';
import { explainCustomer, type Explanation } from './explain';
import { reasonWords } from './explain-words';
import { withoutAggregate, withoutCondition, withoutRank } from './remove';

let demo: DemoDb;
beforeAll(async () => {
	demo = await openDemoDb(5000);
}, 120_000);
afterAll(() => demo?.db.close());

const definitions: SegmentDefinition[] = EXAMPLE_SEGMENTS.map((raw) => {
	const parsed = parseDefinition(raw);
	if (!parsed.ok) throw new Error('example does not parse');
	return parsed.definition;
});

function compiled(def: SegmentDefinition) {
	const c = compileSegment(def, demo.model, demo.clock);
	if (!c.ok) throw new Error(JSON.stringify(c.problems));
	return c.sql;
}

const keysOf = (sql: string) =>
	new Set(
		demo.db.all(`SELECT CAST(member_key AS VARCHAR) AS k FROM (${sql})`).map((r) => String(r.k))
	);

/** 25 members and the rest non-members, picked by a hash of the key (stable, spread out). */
function sample(members: Set<string>, n = 50): string[] {
	const inList = [...members].map(quoteString).join(', ') || "''";
	const pick = (where: string, limit: number) =>
		demo.db
			.all(
				`SELECT CAST(id AS VARCHAR) AS k FROM demo_customers WHERE ${where} ORDER BY hash(id * 7919) LIMIT ${limit}`
			)
			.map((r) => String(r.k));
	const inside = pick(`CAST(id AS VARCHAR) IN (${inList})`, n / 2);
	return [...inside, ...pick(`CAST(id AS VARCHAR) NOT IN (${inList})`, n - inside.length)];
}

const explain = (def: SegmentDefinition, key: string) =>
	explainCustomer(def, demo.model, demo.clock, key, (sql) => Promise.resolve(demo.db.all(sql)));

describe('why in, why out', () => {
	for (const def of definitions) {
		it(`agrees with membership for 50 customers of ${def.name}`, { timeout: 120_000 }, async () => {
			const sql = compiled(def);
			const members = keysOf(sql.members);
			const groupMembers = sql.groups.map((g) => keysOf(g.members));
			const keys = sample(members);
			expect(keys).toHaveLength(50);
			let mismatches = 0;
			for (const key of keys) {
				const e = await explain(def, key);
				if (!e.found) throw new Error(`customer ${key} not found`);
				if (e.member !== members.has(key)) mismatches++;
				e.groups.forEach((g, i) =>
					expect(g.matched, `${def.name} ${key} group ${i}`).toBe(groupMembers[i]!.has(key))
				);
				expect(e.reason.kind === 'member').toBe(e.member);
			}
			expect(mismatches).toBe(0);
		});
	}

	it(
		'counts a customer in once the conditions it names as the reason are taken out',
		{ timeout: 300_000 },
		async () => {
			let included = 0;
			for (const def of definitions) {
				const members = keysOf(compiled(def).members);
				for (const key of sample(members, 30).filter((k) => !members.has(k))) {
					let current = def;
					let e: Explanation = await explain(current, key);
					for (
						let step = 0;
						e.found &&
						(e.reason.kind === 'condition' ||
							e.reason.kind === 'aggregate' ||
							e.reason.kind === 'rank');
						step++
					) {
						expect(step).toBeLessThan(30);
						const r = e.reason;
						const group = e.groups[r.group]!;
						current =
							r.kind === 'condition'
								? withoutCondition(current, r.group, group.items[r.item]!.id)
								: r.kind === 'aggregate'
									? withoutAggregate(current, r.group, r.aggregate)
									: withoutRank(current, r.group);
						e = await explain(current, key);
						// the explainer's verdict still equals the recount after each removal
						expect(e.found && e.member, `${def.name} ${key}`).toBe(
							keysOf(compiled(current).members).has(key)
						);
					}
					if (current !== def && e.found && e.member) included++;
					if (current !== def)
						expect(e.found && e.reason.kind, `${def.name} ${key}`).toBe('member');
				}
			}
			expect(included).toBeGreaterThan(20);
		}
	);

	it(
		'shows the numbers a hand-written query gives for loyal big spenders',
		{ timeout: 60_000 },
		async () => {
			const def = definitions.find((d) => d.name === 'loyal_big_spenders')!;
			const keys = demo.db
				.all(
					'SELECT customer_id AS k FROM demo_orders GROUP BY 1 ORDER BY hash(customer_id) LIMIT 12'
				)
				.map((r) => String(r.k));
			for (const key of keys) {
				const [want] = demo.db.all(`
				SELECT count(*) AS orders,
					count(*) FILTER (WHERE status IN ('completed', 'shipped')) AS status_held,
					count(*) FILTER (WHERE order_date BETWEEN DATE '2025-11-28' AND DATE '2026-11-28') AS year_held,
					count(*) FILTER (WHERE status IN ('completed', 'shipped') AND order_date BETWEEN DATE '2025-11-28' AND DATE '2026-11-28') AS passing,
					sum(total_amount) FILTER (WHERE status IN ('completed', 'shipped') AND order_date BETWEEN DATE '2025-11-28' AND DATE '2026-11-28') AS total,
					count(DISTINCT status) AS statuses
				FROM demo_orders WHERE customer_id = ${Number(key)}`);
				const e = await explain(def, key);
				if (!e.found) throw new Error('not found');
				const g = e.groups[0]!;
				expect(g.pathRows).toBe(want!.orders);
				expect(g.conditions.map((c) => c.heldOn)).toEqual([want!.status_held, want!.year_held]);
				expect(g.conditions[0]!.distinctValues).toBe(want!.statuses);
				expect(g.passingRows).toBe(want!.passing);
				if (g.passingRows > 0) {
					expect(g.aggregates[0]!.value as number).toBeCloseTo(want!.total as number, 6);
					expect(g.aggregates[1]!.value).toBe(want!.passing);
				}
			}
		}
	);

	it(
		'shows the events behind a sequence and a stopped-buying verdict, as hand-written queries count them',
		{ timeout: 120_000 },
		async () => {
			const today = demo.clock.today;
			const now = demo.clock.now.replace('T', ' ');
			const followedSql = `EXISTS (SELECT 1 FROM demo_cases k WHERE k.customer_id = o.customer_id AND k.escalated AND k.created_at <= TIMESTAMP '${now}' AND CAST(k.created_at AS DATE) BETWEEN o.order_date AND o.order_date + 7)`;
			const big = `o.total_amount > 500 AND o.order_date <= DATE '${today}'`;
			const hand = (where: string) =>
				demo.db.all(`
				SELECT c.id AS k,
					(SELECT count(*) FROM demo_orders o WHERE o.customer_id = c.id AND ${big}) AS a,
					(SELECT count(*) FROM demo_cases k WHERE k.customer_id = c.id AND k.escalated AND k.created_at <= TIMESTAMP '${now}') AS b,
					(SELECT count(*) FROM demo_orders o WHERE o.customer_id = c.id AND ${big} AND ${followedSql}) AS followed,
					(SELECT CAST(max(o.order_date) AS VARCHAR) FROM demo_orders o WHERE o.customer_id = c.id AND ${big} AND ${followedSql}) AS last_followed,
					(SELECT CAST(max(o.order_date) AS VARCHAR) FROM demo_orders o WHERE o.customer_id = c.id AND ${big} AND NOT ${followedSql}) AS last_alone,
					(SELECT count(*) FROM demo_orders o WHERE o.customer_id = c.id AND o.order_date <= DATE '${today}' AND o.order_date >= DATE '${today}' - 30) AS recent,
					(SELECT count(*) FROM demo_orders o WHERE o.customer_id = c.id AND o.order_date >= DATE '${today}' - 120 AND o.order_date < DATE '${today}' - 30) AS previous,
					(SELECT count(*) FROM demo_orders o WHERE o.customer_id = c.id AND o.order_date < DATE '${today}' - 120) AS earlier,
					(SELECT CAST(max(o.order_date) AS VARCHAR) FROM demo_orders o WHERE o.customer_id = c.id AND o.order_date <= DATE '${today}') AS last_at
				FROM demo_customers c WHERE ${where}`);
			// customers with a followed big order, and others spread out by a hash
			const withPair = hand(
				`EXISTS (SELECT 1 FROM demo_orders o WHERE o.customer_id = c.id AND ${big} AND ${followedSql}) ORDER BY hash(c.id) LIMIT 6`
			);
			const others = hand('TRUE ORDER BY hash(c.id * 31) LIMIT 10');
			expect(withPair.length).toBe(6);
			const sequence = definitions.find((d) => d.name === 'big_order_then_escalation')!;
			const stopped = definitions.find((d) => d.name === 'stopped_buying')!;
			let stoppedSeen = 0;
			for (const want of [...withPair, ...others]) {
				const key = String(want.k);
				const e = await explain(sequence, key);
				if (!e.found) throw new Error('not found');
				const g = e.groups[0]!;
				expect(g.sequenceEvidence, key).toEqual([
					{
						aEvents: Number(want.a),
						bEvents: Number(want.b),
						followed: Number(want.followed),
						lastFollowed: want.last_followed ?? null,
						lastAlone: want.last_alone ?? null
					}
				]);
				expect(g.sequences[0]).toBe(Number(want.followed) > 0);
				const l = await explain(stopped, key);
				if (!l.found) throw new Error('not found');
				const lg = l.groups[0]!;
				expect(lg.lifecycleEvidence, key).toEqual([
					{
						recent: Number(want.recent),
						previous: Number(want.previous),
						earlier: Number(want.earlier),
						periods: null,
						lastAt: want.last_at ?? null
					}
				]);
				const held = Number(want.previous) > 0 && Number(want.recent) === 0;
				expect(lg.lifecycles[0]).toBe(held);
				if (held) stoppedSeen++;
			}
			expect(stoppedSeen).toBeGreaterThan(0);

			// regularly: the months (of the last 4, this one included) with an order
			const regularly = structuredClone(stopped);
			regularly.groups[0]!.lifecycles = [
				{
					id: 'monthly',
					kind: 'regularly',
					time: { entity: 'Orders', attribute: 'order_date' },
					atLeast: 2,
					periods: 4,
					unit: 'month'
				}
			];
			let regularSeen = 0;
			for (const want of demo.db.all(`
				SELECT c.id AS k,
					(SELECT count(DISTINCT date_trunc('month', o.order_date)) FROM demo_orders o
						WHERE o.customer_id = c.id AND o.order_date <= DATE '${today}'
						AND o.order_date >= date_trunc('month', DATE '${today}') - INTERVAL 3 MONTH) AS periods
				FROM demo_customers c ORDER BY hash(c.id * 17) LIMIT 16`)) {
				const e = await explain(regularly, String(want.k));
				if (!e.found) throw new Error('not found');
				const g = e.groups[0]!;
				expect(g.lifecycleEvidence[0]?.periods, String(want.k)).toBe(Number(want.periods));
				expect(g.lifecycles[0]).toBe(Number(want.periods) >= 2);
				if (g.lifecycles[0]) regularSeen++;
			}
			expect(regularSeen).toBeGreaterThan(0);
		}
	);

	it(
		'agrees with membership when groups use other segments, live and as of their last run',
		{ timeout: 120_000 },
		async () => {
			const byName = (n: string) => definitions.find((d) => d.name === n)!;
			const [loyal, gold, top, quiet] = [
				'loyal_big_spenders',
				'gold_at_risk',
				'top_spenders',
				'quiet_customers'
			].map(byName) as SegmentDefinition[];
			// top spenders' last run was 60 days before the demo's today
			demo.db.run('CREATE OR REPLACE TABLE last_run_top (member_key VARCHAR)');
			const earlier = compileSegment({ ...top!, asOf: '2026-09-29' }, demo.model, demo.clock);
			if (!earlier.ok) throw new Error('top spenders do not compile');
			demo.db.run(
				`INSERT INTO last_run_top SELECT CAST(member_key AS VARCHAR) FROM (${earlier.sql.members})`
			);
			const segments = lookupOf([loyal!, gold!, top!, quiet!], (n) =>
				n === 'top_spenders' ? 'SELECT member_key FROM last_run_top' : null
			);
			const outer: SegmentDefinition = {
				...loyal!,
				name: 'composed',
				groups: [
					{
						...loyal!.groups[0]!,
						memberships: [
							{ id: 'm0', operator: 'notInSegment', segment: 'top_spenders', source: 'lastRun' }
						]
					},
					{
						id: 'g_in',
						operator: 'union',
						path: { start: 'Customers', steps: [] },
						where: null,
						aggregates: [],
						memberships: [
							{ id: 'm1', operator: 'inSegment', segment: 'gold_at_risk', source: 'live' },
							{ id: 'm2', operator: 'notInSegment', segment: 'quiet_customers', source: 'live' }
						]
					}
				]
			};
			const c = compileSegment(outer, demo.model, demo.clock, { segments });
			if (!c.ok) throw new Error(JSON.stringify(c.problems));
			const members = keysOf(c.sql.members);
			const groupMembers = c.sql.groups.map((g) => keysOf(g.members));
			const gold1 = keysOf(compiled(gold!).members);
			const keys = sample(members);
			let failedOnMembership = 0;
			for (const key of keys) {
				const e = await explainCustomer(
					outer,
					demo.model,
					demo.clock,
					key,
					(sql) => Promise.resolve(demo.db.all(sql)),
					{ segments }
				);
				if (!e.found) throw new Error(`customer ${key} not found`);
				expect(e.member, key).toBe(members.has(key));
				e.groups.forEach((g, i) =>
					expect(g.matched, `${key} group ${i}`).toBe(groupMembers[i]!.has(key))
				);
				expect(e.groups[1]!.memberships[0]!.inSegment).toBe(gold1.has(key));
				if (e.reason.kind === 'membership') {
					failedOnMembership++;
					// the sentence names the segment as the user sees it, not by its unique name
					const referred = [top!, gold!, quiet!].find(
						(d) =>
							d.name ===
							e.groups[(e.reason as { group: number }).group]!.memberships[
								(e.reason as { membership: number }).membership
							]!.membership.segment
					)!;
					const words = reasonWords(e, outer, demo.model, segments);
					expect(words).toContain(`“${referred.displayName}”`);
					expect(words).not.toContain(referred.name);
				}
			}
			expect(failedOnMembership).toBeGreaterThan(0);
		}
	);

	it('says when the key is not a customer', async () => {
		const e = await explain(definitions[0]!, 'no-such-customer');
		expect(e.found).toBe(false);
	});
});
