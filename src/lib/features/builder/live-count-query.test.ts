// The builder's live counts (countLive) from the engine's group-member cache
// (engine/worker/live-cache.ts), on the real engine as the worker serves it: for the demo world and
// for the differential test's random worlds, a long run of random edits to one group of multi-group
// definitions gives the same total, group and part counts as the full statement every time,
// including after a table changed between edits (the data version). Also: a definition the cache
// does not take, and an engine without the operation, are counted by the full statement; a tab
// that forwards to another tab's engine gets the same; the cache stays within its bounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openNodeEngine, stageFile } from '../../../../tests/helpers/node-engine';
import { demoModel } from '../../../../tests/helpers/demo-model';
import { DEMO_TODAY } from '../../../../tests/helpers/demo-db';
import {
	buildScenario,
	randomGroup,
	type GroupWorld
} from '../../../../tests/helpers/segment-scenarios';
import { tableSql } from '../../../../tests/helpers/segment-db';
import type { Cell, Tables } from '../../../../tests/helpers/reference-evaluator';
import { countLive, type LiveEngine } from './live-count-query';
import { effectiveClock, type Clock } from '../../segments/dates';
import type { DataModel } from '../../segments/data-model';
import { definitionSchema, type SegmentDefinition } from '../../segments/definition';
import { defaultSplit } from '../../segments/split';
import { compileSegment } from '../../segments/compile';
import { statement } from '../../segments/statement';
import { quoteIdent } from '../../sql/quote';
import { EngineError, fromInfo } from '../../engine/errors';
import type { Result } from '../../engine/protocol';
import { tableToRows } from '../../engine/results';
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import type { EngineCore } from '../../engine/worker/core';
import { loadDemoWorld } from '../../engine/worker/demo';
import { LiveCache } from '../../engine/worker/live-cache';
import { serveOperations } from '../../engine/worker/serve';
import { EngineHost, RemoteEngine, type HostTarget } from '../../engine/tabs';
import type { QueryResult } from '../../engine/results';
import type { LiveCountValue } from '../../engine/worker/live-cache';
import seedExample from '../../demo/examples/seed-example.json';
import { EXAMPLE_SEGMENTS } from '../data/example-segments';

const SEED = 20261202;
/** The demo's seed example (two groups: big recent orders, intersected with recent escalations). */
const seed = (): SegmentDefinition => definitionSchema.parse(structuredClone(seedExample));
const value = <T>(r: Result<T>): T => {
	if (!r.ok) throw fromInfo(r.error);
	return r.value;
};

/** The engine as the client sees it: the served operations, errors thrown as EngineErrors. */
function engineOf(core: EngineCore): LiveEngine {
	const api = serveOperations(() => core);
	return {
		rows: async (sql) => value(await api.query(sql)).rows,
		liveCount: async (groups, combine) => value(await api.liveCount(groups, combine))
	};
}

/** The same engine without the cache (an older engine in another tab): the full statement. */
const withoutCache = (engine: LiveEngine): LiveEngine => ({
	rows: engine.rows,
	liveCount: () =>
		Promise.reject(new EngineError('unavailable', 'This engine cannot count from kept groups.'))
});

const liveTables = async (core: EngineCore) =>
	tableToRows(
		await core.runner.table(
			"SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE '__segments_live_%'"
		)
	).length;

/** Cached and full counts of `definition` agree; the cached path reused `reused` groups at least. */
async function expectSameCounts(
	engine: LiveEngine,
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	context: () => string
): Promise<number> {
	const cached = await countLive(engine, definition, model, clock, 'test');
	const full = await countLive(withoutCache(engine), definition, model, clock, 'test');
	expect(cached?.path, context()).toBe('cached');
	expect(full?.path).toBe('full');
	expect({ total: cached?.total, groups: cached?.groups, parts: cached?.parts }, context()).toEqual(
		{ total: full?.total, groups: full?.groups, parts: full?.parts }
	);
	return cached?.reused ?? 0;
}

describe('live counts from kept group members, on the demo world', () => {
	let core: EngineCore;
	let engine: LiveEngine;
	const model = demoModel();
	const clock: Clock = { today: DEMO_TODAY, now: `${DEMO_TODAY}T12:00:00` };

	beforeAll(async () => {
		core = await openNodeEngine();
		await loadDemoWorld(core, { customers: 2000, today: DEMO_TODAY }, () => {});
		engine = engineOf(core);
	}, 120_000);
	afterAll(() => core?.bindings.reset());

	/** Rows to take condition values from: a sample of every table, values as the generator writes them. */
	async function sampleTables(): Promise<Tables> {
		const tables: Tables = {};
		for (const e of model.entities) {
			const columns = e.attributes.map((a) => {
				const c = quoteIdent(a.name);
				if (a.type === 'date') return `strftime(${c}, '%Y-%m-%d') AS ${c}`;
				if (a.type === 'timestamp') return `strftime(${c}, '%Y-%m-%d %H:%M:%S') AS ${c}`;
				if (a.type === 'number') return `${c}::DOUBLE AS ${c}`;
				return c;
			});
			const rows = tableToRows(
				await core.runner.table(
					`SELECT ${columns.join(', ')} FROM main.${quoteIdent(e.table)} ORDER BY 1 LIMIT 40`
				)
			);
			tables[e.name] = rows.map((r) => r as Record<string, Cell>);
		}
		return tables;
	}

	// first: the next test deletes rows
	it('editing a ranking, a sequence, an aggregate or a lifecycle condition reuses its kept parts and counts like the full statement', async () => {
		const example = (name: string) =>
			definitionSchema.parse(
				structuredClone(EXAMPLE_SEGMENTS.find((e) => (e as { name: string }).name === name))
			);
		/** The cached count, checked against the full statement; how many parts it reused. */
		const partsReused = async (definition: SegmentDefinition, what: string) => {
			const cached = await countLive(engine, definition, model, clock, 'parts');
			const full = await countLive(withoutCache(engine), definition, model, clock, 'parts');
			expect(cached?.path, what).toBe('cached');
			expect({ total: cached?.total, groups: cached?.groups }, what).toEqual({
				total: full?.total,
				groups: full?.groups
			});
			expect(full?.total, what).toBeGreaterThan(0);
			return cached?.partsReused ?? 0;
		};
		// top 10 %, 20 %, 5 %: the ranked customers are kept once
		const top = example('top_spenders');
		await partsReused(top, 'top 10 %');
		for (const amount of [20, 5]) {
			top.groups[0]!.rank!.amount = amount;
			expect(await partsReused(top, `top ${amount} %`)).toBe(1);
		}
		// within 30, 60 days: both sides' events are kept; a new condition on A keeps B's
		const sequence = example('big_order_then_escalation');
		sequence.groups[0]!.sequences![0]!.withinDays = 30;
		await partsReused(sequence, 'within 30 days');
		sequence.groups[0]!.sequences![0]!.withinDays = 60;
		expect(await partsReused(sequence, 'within 60 days')).toBe(2);
		sequence.groups[0]!.sequences![0]!.first.where = {
			kind: 'condition',
			id: 'more',
			entity: 'Orders',
			attribute: 'total_amount',
			operator: 'greaterThan',
			value: 300
		};
		expect(await partsReused(sequence, 'A over 300')).toBe(1);
		// at most 1, 2, 3 orders in the window: every customer's count is kept once
		const quiet = example('quiet_customers');
		await partsReused(quiet, 'at most 1');
		for (const most of [2, 3]) {
			quiet.groups[0]!.aggregates[0]!.value = most;
			expect(await partsReused(quiet, `at most ${most}`)).toBe(1);
		}
		// stopped: 30 then 60 recent days over the same kept events
		const stopped = example('stopped_buying');
		await partsReused(stopped, 'recent 30 days');
		const lifecycle = stopped.groups[0]!.lifecycles![0]!;
		if (lifecycle.kind === 'regularly') throw new Error('expected stopped');
		lifecycle.recent = { amount: 60, unit: 'days' };
		expect(await partsReused(stopped, 'recent 60 days')).toBe(1);
	});

	it('agrees with the full statement over 60 random edits to one group, with the data changing between them', async () => {
		const world: GroupWorld = {
			model,
			columns: Object.fromEntries(
				model.entities.map((e) => [
					e.name,
					e.attributes.map((a) => ({ name: a.name, type: a.type }))
				])
			),
			tables: await sampleTables(),
			at: clock
		};
		let edits = 0;
		let reusedAfterEdit = 0;
		await fc.assert(
			fc.asyncProperty(fc.gen(), async (g) => {
				let ids = 0;
				const id = (prefix: string) => `${prefix}${ids++}`;
				// the seed example and a random third group; group 0 is edited
				const definition = seed();
				definition.groups.push(randomGroup(g, world, 2, id));
				if (g(() => fc.boolean())) definition.split = defaultSplit();
				for (let i = 0; i < 30; i++) {
					const edited = randomGroup(g, world, 0, id);
					definition.groups[0] = edited;
					const context = () => `edit ${i}: ${JSON.stringify(definition)}`;
					const reused = await expectSameCounts(engine, definition, model, clock, context);
					if (i > 0) reusedAfterEdit += reused >= 2 ? 1 : 0;
					edits++;
					if (i % 10 === 9) {
						// a table changes: every kept group is stale
						await core.exec(`DELETE FROM main.demo_orders WHERE id % 11 = ${i % 11}`);
						await core.exec(`DELETE FROM main.demo_cases WHERE id % 13 = ${i % 13}`);
						await expectSameCounts(engine, definition, model, clock, context);
					}
				}
			}),
			{ seed: SEED, numRuns: 2, endOnFailure: true }
		);
		expect(edits).toBeGreaterThanOrEqual(50);
		// the groups not edited came from the cache (all but the few right after a data change)
		expect(reusedAfterEdit).toBeGreaterThan(edits / 2);
	}, 300_000);

	it('counts afresh after a table changed, though no group did', async () => {
		const definition = seed();
		definition.groups[1]!.operator = 'union';
		const before = await countLive(engine, definition, model, clock, 'test');
		await core.exec('DELETE FROM main.demo_orders WHERE total_amount > 500');
		await expectSameCounts(engine, definition, model, clock, () => 'after the delete');
		const after = await countLive(engine, definition, model, clock, 'test');
		// a cache that ignored the data version would still give `before`
		expect(after?.groups[0]).toBe(0);
		expect(after?.groups[0]).not.toBe(before?.groups[0]);
		expect(after?.total).toBeLessThan(before?.total ?? 0);
	});

	it("counts a group whose conditions are all on its path's first entity in two steps, with the same members", async () => {
		type Where = SegmentDefinition['groups'][number]['where'];
		const c = (entity: string, attribute: string, operator: string, value?: unknown) => ({
			kind: 'condition',
			id: `${entity}-${attribute}-${operator}`,
			entity,
			attribute,
			operator,
			...(value === undefined ? {} : { value })
		});
		const all = (...children: unknown[]) => ({ kind: 'and', id: 'a', children });
		const pathOf = (start: string, ...relationships: string[]) => ({
			start,
			steps: relationships.map((relationship) => ({ relationship, direction: 'forward' }))
		});
		const shapes: {
			what: string;
			path: unknown;
			where: unknown;
			twoSteps: boolean;
			model?: DataModel;
		}[] = [
			{
				what: 'orders, two conditions',
				path: pathOf('Orders', 'orders_customer'),
				where: all(
					c('Orders', 'total_amount', 'greaterThan', 100),
					c('Orders', 'order_date', 'inLast', { amount: 400, unit: 'days' })
				),
				twoSteps: true
			},
			{
				what: 'orders, any of two',
				path: pathOf('Orders', 'orders_customer'),
				where: {
					kind: 'or',
					id: 'o',
					children: [
						c('Orders', 'total_amount', 'greaterThan', 300),
						c('Orders', 'status', 'isEmpty')
					]
				},
				twoSteps: true
			},
			{
				what: 'clicks through accounts (two hops)',
				path: pathOf('ClickStream', 'clickstream_online_account', 'online_accounts_customer'),
				where: all(c('ClickStream', 'page', 'isNotEmpty')),
				twoSteps: true
			},
			{
				what: 'orders, the profile keyed by e-mail (a key not joined on)',
				path: pathOf('Orders', 'orders_customer'),
				where: all(c('Orders', 'total_amount', 'greaterThan', 100)),
				twoSteps: true,
				model: { ...model, profile: { entity: 'Customers', key: 'email' } }
			},
			{
				what: 'orders and a customer condition',
				path: pathOf('Orders', 'orders_customer'),
				where: all(
					c('Orders', 'total_amount', 'greaterThan', 100),
					c('Customers', 'is_subscribed', 'isTrue')
				),
				twoSteps: false
			}
		];
		for (const shape of shapes) {
			const definition = definitionSchema.parse({
				...seed(),
				groups: [{ id: 'g', path: shape.path, where: shape.where as Where, aggregates: [] }]
			});
			const compiled = compileSegment(definition, shape.model ?? model, clock);
			if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
			const group = compiled.sql.groups[0]!;
			expect(group.stages.keep.length > 0, shape.what).toBe(shape.twoSteps);
			const keys = async (sql: string) =>
				tableToRows(
					await core.runner.table(`SELECT member_key::VARCHAR AS k FROM (${sql}) ORDER BY 1`)
				).map((r) => r['k']);
			const oneStep = await keys(group.members);
			expect(await keys(statement(group.stages.ctes, group.stages.final)), shape.what).toEqual(
				oneStep
			);
			expect(oneStep.length, shape.what).toBeGreaterThan(0);
		}
	});

	it('counts a one-group definition with nothing to keep, and any when the engine lacks the cache, with the full statement', async () => {
		const definition = seed();
		const only = structuredClone(definition.groups[1]!);
		delete only.operator;
		// a condition on the customer too: the group has no part worth keeping
		const where = only.where as { children: unknown[] };
		where.children.push({
			kind: 'condition',
			id: 'subscribed',
			entity: 'Customers',
			attribute: 'is_subscribed',
			operator: 'isNotEmpty'
		});
		const one = definitionSchema.parse({ ...definition, groups: [only] });
		const single = await countLive(engine, one, model, clock, 'test');
		expect(single?.path).toBe('full');
		// its conditions all on the cases: the matching cases' customer keys are kept first
		const casesOnly = structuredClone(definition.groups[1]!);
		delete casesOnly.operator;
		const keyed = { ...definition, groups: [casesOnly] };
		const first = await countLive(engine, keyed, model, clock, 'test');
		const again = await countLive(engine, keyed, model, clock, 'test');
		const full = await countLive(withoutCache(engine), keyed, model, clock, 'test');
		expect(first?.path).toBe('cached');
		expect(again?.path).toBe('cached');
		expect(full?.path).toBe('full');
		expect(first?.total).toBe(full?.total);
		expect(again?.total).toBe(full?.total);
		expect(full?.total).toBeGreaterThan(0);
		const fallback = await countLive(withoutCache(engine), definition, model, clock, 'test');
		const cached = await countLive(engine, definition, model, clock, 'test');
		expect(fallback?.path).toBe('full');
		expect(cached?.path).toBe('cached');
		expect(fallback?.groups).toEqual(cached?.groups);
		expect(fallback?.total).toBe(cached?.total);
	});

	it("counts for another tab on the leader tab's engine, and falls back where that engine lacks the cache", async () => {
		const api = serveOperations(() => core) as unknown as Record<
			string,
			(...a: unknown[]) => Promise<Result<unknown>>
		>;
		const served: HostTarget['forward'] = (method, args) => api[method]!(...args);
		const older: HostTarget['forward'] = (method, args) =>
			method === 'liveCount'
				? Promise.reject(new TypeError('api[method] is not a function'))
				: served(method, args, { signal: new AbortController().signal, label: '' });
		const definition = seed();
		for (const forward of [served, older]) {
			const host = new EngineHost({ forward, info: () => Promise.resolve({}) });
			const remote = new RemoteEngine(`live-tab-${forward === served ? 'a' : 'b'}`);
			try {
				const follower: LiveEngine = {
					rows: async (sql) =>
						value((await remote.call('query', [sql])) as Result<QueryResult>).rows,
					liveCount: async (groups, combine) =>
						value((await remote.call('liveCount', [groups, combine])) as Result<LiveCountValue>)
				};
				const first = await countLive(follower, definition, model, clock, 'tab');
				const again = await countLive(follower, definition, model, clock, 'tab');
				const full = await countLive(withoutCache(engine), definition, model, clock, 'test');
				expect(again?.path).toBe(forward === served ? 'cached' : 'full');
				if (forward === served) expect(again?.reused).toBe(2);
				for (const counted of [first, again]) {
					expect(counted?.total).toBe(full?.total);
					expect(counted?.groups).toEqual(full?.groups);
				}
			} finally {
				host.close();
				remote.close();
			}
		}
	});

	it('keeps at most its limit of tables, and drops them all when the data changes', async () => {
		const cache = new LiveCache(core.runner, { tables: 3, rows: 1_000_000 });
		await cache.clear();
		const sqls = [1, 2, 3, 4, 5].map(
			(n) => `SELECT DISTINCT id AS member_key FROM main.demo_customers WHERE id % ${n + 1} = 0`
		);
		for (let i = 0; i + 1 < sqls.length; i++)
			await cache.count([sqls[i]!, sqls[i + 1]!], { operators: ['union'] }, 1000);
		expect(cache.tables).toHaveLength(3);
		const before = await liveTables(core);
		await cache.count([sqls[0]!, sqls[1]!], { operators: ['exclude'] }, 1001);
		expect(cache.tables).toHaveLength(2);
		expect(await liveTables(core)).toBe(before - 1);
		await cache.clear();
	});

	it('refuses group SQL that writes, with a sentence', async () => {
		const api = serveOperations(() => core);
		const r = await api.liveCount(['SELECT 1 AS member_key', 'DELETE FROM main.demo_orders'], {
			operators: ['union']
		});
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.message).toMatch(/not allowed.*\.$/);
	});
});

describe('live counts from kept group members, on random worlds', () => {
	let core: EngineCore;
	beforeAll(async () => {
		core = await openNodeEngine();
	}, 60_000);
	afterAll(() => core?.bindings.reset());

	it('agrees with the full statement over 50 random edits to one group in each world', async () => {
		const engine = engineOf(core);
		let caseId = 0;
		await fc.assert(
			fc.asyncProperty(fc.gen(), async (g) => {
				const s = buildScenario(g, caseId++);
				for (const spec of s.specs) for (const sql of tableSql(spec)) await core.exec(sql);
				const at = effectiveClock(s.definition, s.clock);
				const world: GroupWorld = {
					model: s.model,
					columns: Object.fromEntries(
						s.model.entities.map((e) => [
							e.name,
							e.attributes.map((a) => ({ name: a.name, type: a.type }))
						])
					),
					tables: s.tables,
					at
				};
				let ids = 0;
				const id = (prefix: string) => `edit${ids++}${prefix}`;
				const definition = structuredClone(s.definition);
				while (definition.groups.length < 3)
					definition.groups.push(randomGroup(g, world, definition.groups.length, id));
				const edited = g(() => fc.integer({ min: 0, max: definition.groups.length - 1 }));
				for (let i = 0; i < 50; i++) {
					definition.groups[edited] = randomGroup(g, world, edited, id);
					const context = () => `world ${caseId} edit ${i}: ${JSON.stringify(definition)}`;
					await expectSameCounts(engine, definition, s.model, s.clock, context);
					if (i % 10 === 9) {
						// a table changes between edits: one entity loses its rows
						const spec = s.specs[i % s.specs.length]!;
						await core.exec(
							`DELETE FROM main.${quoteIdent(spec.table)} WHERE rowid % 2 = ${Math.floor(i / 10) % 2}`
						);
						await expectSameCounts(engine, definition, s.model, s.clock, context);
					}
				}
				for (const spec of s.specs) await core.dropTable(spec.table);
			}),
			{ seed: SEED, numRuns: 3, endOnFailure: true }
		);
	}, 300_000);
});

describe('the data version', () => {
	let core: EngineCore;
	beforeAll(async () => {
		core = await openNodeEngine();
		await core.exec('CREATE TABLE people AS SELECT range AS id FROM range(5)');
	}, 60_000);
	afterAll(() => core?.bindings.reset());

	/** Whether `op` moved the data version on. */
	const moves = async (op: () => Promise<unknown>) => {
		const before = core.dataVersion;
		await op();
		return core.dataVersion !== before;
	};

	it('stays for reads and moves on for every way a table changes', async () => {
		expect(await moves(() => core.query('SELECT count(*) FROM people'))).toBe(false);
		expect(await moves(() => core.readQuery('SELECT 1'))).toBe(false);
		expect(await moves(() => core.exec('CHECKPOINT'))).toBe(false);
		expect(await moves(() => core.query('UPDATE people SET id = id + 1'))).toBe(true);
		expect(await moves(() => core.exec('DELETE FROM people WHERE id = 1'))).toBe(true);
		expect(await moves(() => core.exec('CREATE TABLE other AS SELECT 1 AS x'))).toBe(true);
		expect(await moves(() => core.dropTable('other'))).toBe(true);
		const ipc = tableToIPC(tableFromArrays({ x: Int32Array.from([1, 2]) }), 'stream');
		expect(await moves(() => core.importArrow('restored', ipc))).toBe(true);
		const staged = await stageFile(core, new File(['id\n1\n2\n'], 'more.csv'));
		const choices = staged.columns.map((c) => ({
			source: c.source,
			name: c.name,
			kind: c.detected ?? ('string' as const),
			include: true
		}));
		expect(await moves(() => core.commit(staged.stageId, 'more', choices, () => undefined))).toBe(
			true
		);
		expect(
			await moves(() => loadDemoWorld(core, { customers: 50, today: DEMO_TODAY }, () => {}))
		).toBe(true);
		// a failed write may have changed something too
		expect(await moves(() => core.exec("INSERT INTO people VALUES ('x')").catch(() => 0))).toBe(
			true
		);
	});
});
