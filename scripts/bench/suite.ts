/// <reference types="node" />
// What the benchmark measures: the named scales, the data model the imported files become, and the
// segment definitions of the query suite, compiled to SQL by the app's own compiler
// (src/lib/segments). Browser and native DuckDB run exactly these SQL strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSegment, type SegmentSql } from '../../src/lib/segments/compile';
import { cachedLivePlan, type CachedLivePlan } from '../../src/lib/segments/live-plan';
import type { Clock } from '../../src/lib/segments/dates';
import type { DataModel, Entity } from '../../src/lib/segments/data-model';
import {
	DEFINITION_VERSION,
	definitionSchema,
	type ConditionNode,
	type Group,
	type SegmentDefinition
} from '../../src/lib/segments/definition';
import { DEMO_PROFILE, DEMO_RELATIONSHIPS, generateWorld } from '../../src/lib/demo/generator';
import { membersSql } from '../../src/lib/runs/members-sql';
import { backfillDates, backfillPlan } from '../../src/lib/insight/backfill';
import { overlapSql } from '../../src/lib/insight/overlap';
import { groupExplainSql, keyMatch } from '../../src/lib/insight/explain-sql';
import { effectiveClock } from '../../src/lib/segments/dates';
import { quoteIdent } from '../../src/lib/sql/quote';
import {
	defaultFeatures,
	differencesSql,
	resolveFeature
} from '../../src/lib/insight/differences-sql';

export interface Scale {
	name: string;
	customers: number;
}

/** S: 10k customers; M: 100k customers, 1M orders, 200k cases, 1M clicks; L: ten times M. */
export const SCALES: Record<string, Scale> = {
	S: { name: 'S', customers: 10_000 },
	M: { name: 'M', customers: 100_000 },
	L: { name: 'L', customers: 1_000_000 }
};

/**
 * The day the generated data is "as of". Fixed, so the cached files stay valid from one day to the
 * next; every definition is evaluated as of this day (its `asOf`), so relative windows ("last 90
 * days") select the same rows whenever the benchmark runs.
 */
export const DATA_TODAY = '2026-06-30';

export const ENTITY_NAMES = ['Customers', 'Orders', 'Cases', 'OnlineAccounts', 'ClickStream'];

/** The table an entity is imported into (the same name in the browser and in native DuckDB). */
export function tableOf(entity: string): string {
	return `bench_${entity.toLowerCase()}`;
}

/** The data model the app would hold after importing the five files (types from the generator). */
export function benchModel(rowCounts: Record<string, number> = {}): DataModel {
	const world = generateWorld({ customers: 1, today: DATA_TODAY });
	const entities: Entity[] = world.entities.map((e) => ({
		name: e.name,
		displayName: e.name,
		table: tableOf(e.name),
		attributes: e.columns.map((c) => ({ name: c.name, displayName: c.name, type: c.type })),
		rowCount: rowCounts[e.name] ?? 0,
		sourceFile: `${e.name}.parquet`,
		sourceFormat: 'parquet',
		importedAt: `${DATA_TODAY}T00:00:00.000Z`
	}));
	return {
		entities,
		relationships: DEMO_RELATIONSHIPS.map((r) => ({ ...r, from: { ...r.from }, to: { ...r.to } })),
		profile: { ...DEMO_PROFILE }
	};
}

// ---- definitions -------------------------------------------------------------------------------

const cond = (
	id: string,
	entity: string,
	attribute: string,
	operator: string,
	value?: unknown
): ConditionNode =>
	({
		kind: 'condition',
		id,
		entity,
		attribute,
		operator,
		...(value === undefined ? {} : { value })
	}) as ConditionNode;

const and = (id: string, ...children: ConditionNode[]): ConditionNode => ({
	kind: 'and',
	id,
	children
});

const step = (relationship: string) => ({ relationship, direction: 'forward' as const });
const ORDERS_PATH = { start: 'Orders', steps: [step('orders_customer')] };
const CASES_PATH = { start: 'Cases', steps: [step('cases_customer')] };
const ACCOUNTS_PATH = { start: 'OnlineAccounts', steps: [step('online_accounts_customer')] };
const CLICKS_PATH = {
	start: 'ClickStream',
	steps: [step('clickstream_online_account'), step('online_accounts_customer')]
};
const CUSTOMERS_PATH = { start: 'Customers', steps: [] };

function definition(
	name: string,
	displayName: string,
	description: string,
	groups: Group[]
): SegmentDefinition {
	return definitionSchema.parse({
		format: 'segments.definition',
		version: DEFINITION_VERSION,
		name,
		displayName,
		description,
		type: 'dynamic',
		refreshIntervalMinutes: 720,
		asOf: DATA_TODAY,
		groups
	});
}

/** The seed example exactly as published in src/lib/demo/examples, evaluated as of DATA_TODAY. */
export function seedDefinition(root: string): SegmentDefinition {
	const doc = JSON.parse(
		readFileSync(join(root, 'src/lib/demo/examples/seed-example.json'), 'utf8')
	) as SegmentDefinition;
	return definitionSchema.parse({ ...doc, asOf: DATA_TODAY });
}

export interface SuiteSegment {
	id: string;
	title: string;
	definition: SegmentDefinition;
}

export function suiteDefinitions(root: string): SuiteSegment[] {
	return [
		{
			id: 'seed',
			title: 'Seed example (orders > 500 in 90 d ∩ escalated case in 30 d)',
			definition: seedDefinition(root)
		},
		{
			id: 'path3',
			title: "3-hop path: ClickStream → OnlineAccounts → Customers, page = '/pricing' in 7 d",
			definition: definition(
				'pricing_visitors',
				'Visited pricing this week',
				'Customers whose online account viewed /pricing in the last 7 days.',
				[
					{
						id: 'pricing',
						path: CLICKS_PATH,
						where: and(
							'pricing-all',
							cond('page', 'ClickStream', 'page', 'equals', '/pricing'),
							cond('recent', 'ClickStream', 'event_time', 'inLast', { amount: 7, unit: 'days' })
						),
						aggregates: []
					}
				]
			)
		},
		{
			id: 'aggregate',
			title: 'Aggregate: sum(Orders.total_amount) > 500 over orders in 365 d',
			definition: definition(
				'big_spenders',
				'Spent over 500 this year',
				'Customers whose orders of the last 365 days add up to more than 500.',
				[
					{
						id: 'spend',
						path: ORDERS_PATH,
						where: cond('year', 'Orders', 'order_date', 'inLast', { amount: 365, unit: 'days' }),
						aggregates: [
							{
								id: 'sum',
								function: 'sum',
								entity: 'Orders',
								attribute: 'total_amount',
								operator: 'greaterThan',
								value: 500
							}
						]
					}
				]
			)
		},
		{
			id: 'chain5',
			title: 'Five groups: A ∪ B ∩ C − D ∪ E',
			definition: definition(
				'five_group_chain',
				'Five-group chain',
				'(gold/platinum ∪ app orders in 30 d) ∩ has an online account − high/urgent case in 90 d ∪ subscribed in France.',
				[
					{
						id: 'tier',
						path: CUSTOMERS_PATH,
						where: cond('tier', 'Customers', 'loyalty_tier', 'inList', ['gold', 'platinum']),
						aggregates: []
					},
					{
						id: 'app-orders',
						operator: 'union',
						path: ORDERS_PATH,
						where: and(
							'app-all',
							cond('app', 'Orders', 'channel', 'equals', 'app'),
							cond('month', 'Orders', 'order_date', 'inLast', { amount: 30, unit: 'days' })
						),
						aggregates: []
					},
					{
						id: 'online',
						operator: 'intersect',
						path: ACCOUNTS_PATH,
						where: null,
						aggregates: []
					},
					{
						id: 'urgent-cases',
						operator: 'exclude',
						path: CASES_PATH,
						where: and(
							'urgent-all',
							cond('priority', 'Cases', 'priority', 'inList', ['high', 'urgent']),
							cond('quarter', 'Cases', 'created_at', 'inLast', { amount: 90, unit: 'days' })
						),
						aggregates: []
					},
					{
						id: 'france',
						operator: 'union',
						path: CUSTOMERS_PATH,
						where: and(
							'france-all',
							cond('country', 'Customers', 'country', 'equals', 'France'),
							cond('subscribed', 'Customers', 'is_subscribed', 'isTrue')
						),
						aggregates: []
					}
				]
			)
		},
		{
			id: 'contains',
			title: "String contains on every click: ClickStream.page contains 'blog'",
			definition: definition(
				'blog_readers',
				'Blog readers',
				'Customers whose online account ever viewed a page containing “blog”.',
				[
					{
						id: 'blog',
						path: CLICKS_PATH,
						where: cond('blog', 'ClickStream', 'page', 'contains', 'blog'),
						aggregates: []
					}
				]
			)
		},
		{
			id: 'sequence',
			title: 'Sequence: an order over 500 followed by an escalated case within 7 days',
			definition: definition(
				'big_order_then_escalation',
				'Big order then escalated case',
				'Customers with an order over 500 followed within 7 days by an escalated case.',
				[
					{
						id: 'sequence',
						path: CUSTOMERS_PATH,
						where: null,
						aggregates: [],
						sequences: [
							{
								id: 'order-case',
								kind: 'followedBy',
								first: {
									path: ORDERS_PATH,
									where: cond('big', 'Orders', 'total_amount', 'greaterThan', 500),
									time: { entity: 'Orders', attribute: 'order_date' }
								},
								then: {
									path: CASES_PATH,
									where: cond('escalated', 'Cases', 'escalated', 'isTrue'),
									time: { entity: 'Cases', attribute: 'created_at' }
								},
								withinDays: 7
							}
						]
					}
				]
			)
		},
		{
			id: 'top10',
			title: 'Ranking: top 10 % by total of Orders.total_amount in 365 d',
			definition: definition(
				'top_spenders',
				'Top 10 % by spend',
				'The 10 % of customers with the highest total order amount over the last 365 days.',
				[
					{
						id: 'top',
						path: ORDERS_PATH,
						where: cond('year', 'Orders', 'order_date', 'inLast', { amount: 365, unit: 'days' }),
						aggregates: [],
						rank: {
							direction: 'top',
							amount: 10,
							unit: 'percent',
							function: 'sum',
							entity: 'Orders',
							attribute: 'total_amount'
						}
					}
				]
			)
		},
		{
			id: 'zerocount',
			title: 'Zero-count window: at most 1 order in 90 d (customers without orders count as 0)',
			definition: definition(
				'quiet_customers',
				'At most one order this quarter',
				'Customers with no order or one order in the last 90 days, those without any orders included.',
				[
					{
						id: 'quiet',
						path: ORDERS_PATH,
						where: cond('quarter', 'Orders', 'order_date', 'inLast', { amount: 90, unit: 'days' }),
						aggregates: [
							{
								id: 'count',
								function: 'count',
								entity: 'Orders',
								operator: 'atMost',
								value: 1,
								includeZero: true
							}
						]
					}
				]
			)
		}
	];
}

/** The segment exported in the export measurement: every customer (1M members at L). */
export function exportDefinition(): SegmentDefinition {
	return definition(
		'all_recent_signups',
		'Signed up in the last 10 years',
		'Every customer who signed up in the last ten years: all of them in the demo world.',
		[
			{
				id: 'signups',
				path: CUSTOMERS_PATH,
				where: cond('signup', 'Customers', 'signup_date', 'inLast', { amount: 10, unit: 'years' }),
				aggregates: []
			}
		]
	);
}

/**
 * The builder's edits for the live-count measurement: the seed example with its order threshold
 * and windows changed step by step, as a user would while watching the count.
 */
export function liveEdits(root: string, count: number): SegmentDefinition[] {
	const seed = seedDefinition(root);
	const out: SegmentDefinition[] = [];
	for (let i = 0; i < count; i++) {
		const d = structuredClone(seed);
		const orders = d.groups[0]!.where as { children: { value?: unknown }[] };
		const cases = d.groups[1]!.where as { children: { value?: unknown }[] };
		orders.children[0]!.value = 500 + 25 * (i % 8);
		orders.children[1]!.value = { amount: 60 + 10 * (i % 7), unit: 'days' };
		cases.children[1]!.value = { amount: 20 + 5 * (i % 5), unit: 'days' };
		out.push(d);
	}
	return out;
}

/**
 * Edits to one group of the seed example (its order threshold and window), the other group as it
 * is: what the engine's group-member cache is for.
 */
export function liveOneGroupEdits(root: string, count: number): SegmentDefinition[] {
	const seed = seedDefinition(root);
	return Array.from({ length: count }, (_x, i) => {
		const d = structuredClone(seed);
		const orders = d.groups[0]!.where as { children: { value?: unknown }[] };
		orders.children[0]!.value = 500 + 25 * (i % 8);
		orders.children[1]!.value = { amount: 60 + 10 * (i % 7), unit: 'days' };
		return d;
	});
}

/** The clock the app would use (a definition's asOf overrides it). */
export function benchClock(): Clock {
	return { today: DATA_TODAY, now: `${DATA_TODAY}T23:59:59` };
}

export function compile(definition: SegmentDefinition, model: DataModel): SegmentSql {
	const r = compileSegment(definition, model, benchClock());
	if (!r.ok)
		throw new Error(
			`${definition.name} does not compile: ${r.problems.map((p) => p.message).join('; ')}`
		);
	return r.sql;
}

/**
 * One entry of the suite. `keeps`: segments whose members are kept first, as a run keeps them
 * (main.segment_members), for an entry that reads them. `statements`: an entry that is several
 * statements sent one after the other (each timed, the times added); `sql.count` is then unused.
 */
export type SuiteEntry = SuiteSegment & {
	sql: SegmentSql;
	compileMs: number;
	keeps?: { id: string; membersSql: string }[];
	statements?: string[];
};

export interface CompiledSuite {
	segments: SuiteEntry[];
	live: { sql: string; compileMs: number }[];
	/** The same number of edits to group 1 only, as LiveCounts sends them to the cache. */
	liveCached: (CachedLivePlan & { compileMs: number })[];
	/**
	 * Tuning issue 15's behaviour conditions as a user does in the builder, each edit a new value
	 * (so no group is reused whole): the sequence's days, the ranking's share, the window's count.
	 */
	behaviourLive: {
		id: string;
		what: string;
		plans: (CachedLivePlan & { compileMs: number })[];
	}[];
	exportSegment: {
		id: string;
		definition: SegmentDefinition;
		membersSql: string;
		exportSql: string;
	};
}

/**
 * Issue 16's "12-point monthly back-fill": the seed example's past sizes as of the last day of
 * each of 12 months (one statement, src/lib/insight/backfill.ts), timed like a segment; its
 * "members" is the sum of the 12 sizes, so browser and native are compared on it.
 */
function backfillEntry(root: string, model: DataModel) {
	const seed: SegmentDefinition = { ...seedDefinition(root), asOf: null };
	const t = performance.now();
	const plan = backfillPlan(seed, model, backfillDates(DATA_TODAY, 'month', 12));
	if (!plan.ok) throw new Error(`The back-fill does not compile: ${plan.message}`);
	const count = `SELECT sum(members) AS members FROM (\n${plan.sql}\n)`;
	const sql: SegmentSql = { members: plan.sql, count, live: count, groups: [] };
	return {
		id: 'backfill12',
		title: 'Back-fill: the seed example as of 12 monthly dates (sum of the 12 sizes)',
		definition: seed,
		sql,
		compileMs: performance.now() - t
	};
}

/** The id a suite segment's members are kept under for "from the latest runs". */
export const runIdOf = (id: string) => `bench-run-${id}`;

/** The customer the "why in/out" entries explain: one that exists at every scale. */
export const WHY_KEY = '1';

/**
 * The statements the explainer (src/lib/insight/explain.ts) sends for one customer: whether the
 * customer exists, then one per group (the segments explained here have no sequence, lifecycle or
 * ranking, which would add their own).
 */
function whyStatements(definition: SegmentDefinition, model: DataModel, key: string): string[] {
	const profile = model.profile!;
	const table = model.entities.find((e) => e.name === profile.entity)!.table;
	const at = effectiveClock(definition, benchClock());
	return [
		`SELECT count(*) AS n FROM ${quoteIdent(table)} AS p WHERE ${keyMatch(`p.${quoteIdent(profile.key)}`, key)}`,
		...definition.groups.map((g) => groupExplainSql(g, model, at, key).sql)
	];
}

/**
 * Issue 16's overlap of 6 segments (the first six of the suite), live and from the members their
 * latest runs kept, the "what makes it different" panel for the seed example against all
 * customers, each one statement as the app sends it ("members": the rows it returns, i.e.
 * combinations, feature bins), and "why in/out" for one customer of the seed example and of the
 * aggregate segment (the explainer's statements one after the other; "members": their rows).
 */
function insightEntries(segments: SuiteEntry[], model: DataModel): SuiteEntry[] {
	const t = performance.now();
	const six = segments.slice(0, 6);
	const seed = segments.find((s) => s.id === 'seed') ?? segments[0]!;
	const aggregate = segments.find((s) => s.id === 'aggregate') ?? segments[0]!;
	const features = defaultFeatures(model)
		.map((f) => resolveFeature(model, f))
		.filter((f) => f !== null);
	const rows = (sql: string) => `SELECT count(*) AS members FROM (\n${sql}\n)`;
	const entry = (id: string, title: string, sql: string, more: Partial<SuiteEntry> = {}) => ({
		id,
		title,
		definition: exportDefinition(),
		sql: { members: sql, count: rows(sql), live: rows(sql), groups: [] },
		compileMs: performance.now() - t,
		...more
	});
	const why = (id: string, of: SuiteEntry, title: string) => {
		const statements = whyStatements(of.definition, model, WHY_KEY).map(rows);
		return entry(id, title, statements.join(';\n'), { statements });
	};
	return [
		entry(
			'overlap6',
			`Overlap of 6 segments, live: each evaluated now (${six.map((s) => s.id).join(', ')}; rows = combinations)`,
			overlapSql(six.map((s) => ({ kind: 'live', membersSql: s.sql.members })))
		),
		entry(
			'overlap6-runs',
			'Overlap of the same 6 segments from the members their latest runs kept (rows = combinations)',
			overlapSql(six.map((s) => ({ kind: 'run', segmentId: runIdOf(s.id) }))),
			{ keeps: six.map((s) => ({ id: runIdOf(s.id), membersSql: s.sql.members })) }
		),
		entry(
			'differences',
			`What makes the seed example different: ${features.length} features against all customers (rows = bins)`,
			differencesSql(
				model,
				features,
				{ kind: 'live', membersSql: seed.sql.members },
				{ kind: 'all' }
			)
		),
		why(
			'why-seed',
			seed,
			`Why in/out: customer ${WHY_KEY} and the seed example (rows = statements)`
		),
		why(
			'why-aggregate',
			aggregate,
			`Why in/out: customer ${WHY_KEY} and the aggregate segment (rows = statements)`
		)
	];
}

/** Compile everything once; compile times are what the builder spends before it calls the engine. */
export function compileSuite(root: string, model: DataModel, liveCount: number): CompiledSuite {
	const timed = (d: SegmentDefinition) => {
		const t = performance.now();
		const sql = compile(d, model);
		return { sql, compileMs: performance.now() - t };
	};
	const segments = suiteDefinitions(root).map((s) => ({ ...s, ...timed(s.definition) }));
	segments.push(backfillEntry(root, model), ...insightEntries(segments, model));
	const live = liveEdits(root, liveCount).map((d) => {
		const { sql, compileMs } = timed(d);
		return { sql: sql.live, compileMs };
	});
	const liveCached = liveOneGroupEdits(root, liveCount).map((d) => {
		const t = performance.now();
		const plan = cachedLivePlan(d, compile(d, model));
		if (!plan) throw new Error('The seed example has no cached live-count plan.');
		return { ...plan, compileMs: performance.now() - t };
	});
	const byId = (id: string) => {
		const d = segments.find((x) => x.id === id)?.definition;
		if (!d) throw new Error(`The suite has no ${id} segment.`);
		return d;
	};
	const tuned = (id: string, what: string, edit: (d: SegmentDefinition, i: number) => void) => ({
		id,
		what,
		plans: Array.from({ length: liveCount }, (_x, i) => {
			const d = structuredClone(byId(id));
			edit(d, i);
			const t = performance.now();
			const plan = cachedLivePlan(d, compile(d, model));
			if (!plan) throw new Error(`${id} has no cached live-count plan.`);
			return { ...plan, compileMs: performance.now() - t };
		})
	});
	const behaviourLive = [
		tuned('sequence', "the sequence's days (7, 8, 9, …)", (d, i) => {
			d.groups[0]!.sequences![0]!.withinDays = 7 + i;
		}),
		tuned('top10', "the ranking's share (10 %, 11 %, 12 %, …)", (d, i) => {
			d.groups[0]!.rank!.amount = 10 + i;
		}),
		tuned('zerocount', 'the most orders in the window (1, 2, 3, …)', (d, i) => {
			d.groups[0]!.aggregates[0]!.value = 1 + i;
		})
	];
	const exp = exportDefinition();
	const id = 'bench-export-all-customers';
	const exportSql = membersSql(model, id);
	if (!exportSql) throw new Error('The bench model has no Customer Profile.');
	return {
		segments,
		live,
		liveCached,
		behaviourLive,
		exportSegment: { id, definition: exp, membersSql: compile(exp, model).members, exportSql }
	};
}
