// A small demo-like world for the sharing tests: the demo data model, seeded rows for each entity,
// demo-like segment definitions using conditions, aggregates, multi-step paths and set operators,
// and the same world under other names (Orders → Purchases, total_amount → amount) for mapping.
import 'fake-indexeddb/auto';
import { SegmentsDatabase } from '../../src/lib/db/schema';
import type { DataModel } from '../../src/lib/segments/data-model';
import { DEFINITION_VERSION, type SegmentDefinition } from '../../src/lib/segments/definition';
import { compileSegment } from '../../src/lib/segments/compile';
import type { Clock } from '../../src/lib/segments/dates';
import { demoModel } from '../helpers/demo-model';
import type { Row } from '../helpers/reference-evaluator';
import { literal, type SqlType, type TableSpec } from '../helpers/segment-db';
import { quoteIdent } from '../../src/lib/sql/quote';
import type { EngineCore } from '../../src/lib/engine/worker/core';
import type { DataEngine } from '../../src/lib/sharing/backup-data';
import { addEntity, saveRelationship, setProfile } from '../../src/lib/db/model-store';
import { createSegment } from '../../src/lib/db/segments-store';

export const CLOCK: Clock = { today: '2025-06-15', now: '2025-06-15T12:00:00' };

let dbCounter = 0;
export function freshDb(): SegmentsDatabase {
	return new SegmentsDatabase(`sharing-test-${process.pid}-${dbCounter++}`);
}

/** Deterministic numbers (a small LCG): the same world on every run. */
function prng(seed: number) {
	let s = seed >>> 0;
	const next = () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
	return {
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
		chance: (p: number) => next() < p
	};
}

const day = (offset: number) => {
	const d = new Date(Date.UTC(2025, 5, 15 + offset));
	return d.toISOString().slice(0, 10);
};
const ts = (offset: number, hour: number) =>
	`${day(offset)} ${String(hour).padStart(2, '0')}:15:00`;

const COLUMN_TYPES: Record<string, Record<string, SqlType>> = {
	Customers: {
		id: 'BIGINT',
		name: 'VARCHAR',
		email: 'VARCHAR',
		country: 'VARCHAR',
		city: 'VARCHAR',
		birth_date: 'DATE',
		signup_date: 'DATE',
		loyalty_tier: 'VARCHAR',
		is_subscribed: 'BOOLEAN'
	},
	Orders: {
		id: 'BIGINT',
		customer_id: 'BIGINT',
		order_date: 'DATE',
		total_amount: 'DOUBLE',
		status: 'VARCHAR',
		channel: 'VARCHAR'
	},
	Cases: {
		id: 'BIGINT',
		customer_id: 'BIGINT',
		created_at: 'TIMESTAMP',
		priority: 'VARCHAR',
		escalated: 'BOOLEAN',
		status: 'VARCHAR'
	},
	OnlineAccounts: { id: 'BIGINT', customer_id: 'BIGINT', created_at: 'TIMESTAMP' },
	ClickStream: {
		session_id: 'VARCHAR',
		online_account_id: 'BIGINT',
		page: 'VARCHAR',
		event_time: 'TIMESTAMP'
	}
};

/** Rows per entity of the demo model (keys by entity name). */
export function demoRows(seed = 7): Record<string, Row[]> {
	const r = prng(seed);
	const customers: Row[] = Array.from({ length: 40 }, (_x, i) => ({
		id: i + 1,
		name: `Customer ${i + 1}`,
		email: r.chance(0.1) ? null : `c${i + 1}@example.com`,
		country: r.pick(['DE', 'FR', 'US', 'GB']),
		city: r.pick(['Berlin', 'Paris', 'Austin', "O'Fallon"]),
		birth_date: day(-r.int(7000, 25000)),
		signup_date: day(-r.int(0, 900)),
		loyalty_tier: r.pick(['bronze', 'silver', 'gold', 'platinum']),
		is_subscribed: r.chance(0.5)
	}));
	const orders: Row[] = Array.from({ length: 140 }, (_x, i) => ({
		id: i + 1,
		customer_id: r.chance(0.05) ? 99 : r.int(1, 40),
		order_date: day(-r.int(0, 200)),
		total_amount: r.chance(0.05) ? null : r.int(5, 1500) + 0.5,
		status: r.pick(['paid', 'refunded', 'open']),
		channel: r.pick(['web', 'store'])
	}));
	const cases: Row[] = Array.from({ length: 70 }, (_x, i) => ({
		id: i + 1,
		customer_id: r.int(1, 40),
		created_at: ts(-r.int(0, 60), r.int(0, 23)),
		priority: r.pick(['low', 'high']),
		escalated: r.chance(0.3),
		status: r.pick(['open', 'closed'])
	}));
	const accounts: Row[] = Array.from({ length: 30 }, (_x, i) => ({
		id: i + 1,
		customer_id: r.int(1, 40),
		created_at: ts(-r.int(10, 400), 9)
	}));
	const clicks: Row[] = Array.from({ length: 120 }, (_x, i) => ({
		session_id: `s${i % 50}`,
		online_account_id: r.int(1, 32),
		page: r.pick(['/pricing', '/home', '/docs', '/Pricing']),
		event_time: ts(-r.int(0, 20), r.int(0, 23))
	}));
	return {
		Customers: customers,
		Orders: orders,
		Cases: cases,
		OnlineAccounts: accounts,
		ClickStream: clicks
	};
}

/** CREATE TABLE + INSERT statements for a model's entities from rows keyed by entity name. */
export function tableStatements(
	model: DataModel,
	rows: Record<string, Row[]>,
	rename: { entity?: Record<string, string>; column?: Record<string, string> } = {}
): string[] {
	const out: string[] = [];
	for (const e of model.entities) {
		const source =
			Object.entries(rename.entity ?? {}).find(([, ours]) => ours === e.name)?.[0] ?? e.name;
		const types = COLUMN_TYPES[source] as Record<string, SqlType>;
		const renamed = (c: string) => rename.column?.[`${source}.${c}`] ?? c;
		const spec: TableSpec = {
			table: e.table,
			columns: Object.entries(types).map(([name, type]) => ({ name: renamed(name), type })),
			rows: (rows[source] ?? []).map((row) =>
				Object.fromEntries(Object.entries(row).map(([k, v]) => [renamed(k), v]))
			)
		};
		const cols = spec.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
		out.push(`CREATE OR REPLACE TABLE ${quoteIdent(spec.table)} (${cols})`);
		if (spec.rows.length)
			out.push(
				`INSERT INTO ${quoteIdent(spec.table)} VALUES ${spec.rows
					.map(
						(row) => `(${spec.columns.map((c) => literal(row[c.name] ?? null, c.type)).join(', ')})`
					)
					.join(', ')}`
			);
	}
	return out;
}

/** The demo model under other names: Orders is Purchases, total_amount is amount. */
export function renamedModel(): DataModel {
	const m = demoModel();
	const orders = m.entities.find((e) => e.name === 'Orders')!;
	orders.name = 'Purchases';
	orders.displayName = 'Purchases';
	orders.table = 'demo_purchases';
	for (const a of orders.attributes) if (a.name === 'total_amount') a.name = 'amount';
	const rel = m.relationships.find((r) => r.name === 'orders_customer')!;
	rel.name = 'purchases_customer';
	rel.from.entity = 'Purchases';
	return m;
}
export const RENAME = {
	entity: { Orders: 'Purchases' },
	column: { 'Orders.total_amount': 'amount' }
};

const base = {
	format: 'segments.definition' as const,
	version: DEFINITION_VERSION as typeof DEFINITION_VERSION,
	description: '',
	refreshIntervalMinutes: 720,
	asOf: null
};
const toCustomers = (rel: string) => [{ relationship: rel, direction: 'forward' as const }];

/** Demo-like segments: every kind of part the builder makes. */
export function demoDefinitions(): SegmentDefinition[] {
	return [
		{
			...base,
			name: 'high_value_escalations',
			displayName: 'High-value churn risk',
			description: 'Big recent orders and an escalated case.',
			type: 'dynamic',
			groups: [
				{
					id: 'g1',
					path: { start: 'Orders', steps: toCustomers('orders_customer') },
					where: {
						kind: 'and',
						id: 'a1',
						children: [
							{
								kind: 'condition',
								id: 'c1',
								entity: 'Orders',
								attribute: 'total_amount',
								operator: 'greaterThan',
								value: 500
							},
							{
								kind: 'condition',
								id: 'c2',
								entity: 'Orders',
								attribute: 'order_date',
								operator: 'inLast',
								value: { amount: 90, unit: 'days' }
							}
						]
					},
					aggregates: []
				},
				{
					id: 'g2',
					operator: 'intersect',
					path: { start: 'Cases', steps: toCustomers('cases_customer') },
					where: {
						kind: 'and',
						id: 'a2',
						children: [
							{
								kind: 'condition',
								id: 'c3',
								entity: 'Cases',
								attribute: 'escalated',
								operator: 'isTrue'
							},
							{
								kind: 'condition',
								id: 'c4',
								entity: 'Cases',
								attribute: 'created_at',
								operator: 'inLast',
								value: { amount: 30, unit: 'days' }
							}
						]
					},
					aggregates: []
				}
			]
		},
		{
			...base,
			name: 'big_spenders',
			displayName: 'Big spenders',
			type: 'dynamic',
			groups: [
				{
					id: 'g1',
					path: { start: 'Orders', steps: toCustomers('orders_customer') },
					where: {
						kind: 'condition',
						id: 'c1',
						entity: 'Orders',
						attribute: 'status',
						operator: 'notEquals',
						value: 'refunded'
					},
					aggregates: [
						{
							id: 'x1',
							function: 'sum',
							entity: 'Orders',
							attribute: 'total_amount',
							operator: 'greaterThan',
							value: 1500
						},
						{ id: 'x2', function: 'count', entity: 'Orders', operator: 'atLeast', value: 2 }
					]
				}
			]
		},
		{
			...base,
			name: 'pricing_visitors',
			displayName: 'Pricing page visitors <script>alert(1)</script>',
			type: 'dynamic',
			groups: [
				{
					id: 'g1',
					path: {
						start: 'ClickStream',
						steps: [
							{ relationship: 'clickstream_online_account', direction: 'forward' },
							{ relationship: 'online_accounts_customer', direction: 'forward' }
						]
					},
					where: {
						kind: 'condition',
						id: 'c1',
						entity: 'ClickStream',
						attribute: 'page',
						operator: 'equals',
						value: '/pricing'
					},
					aggregates: []
				}
			]
		},
		{
			...base,
			name: 'gold_subscribers',
			displayName: 'Gold subscribers',
			type: 'static',
			groups: [
				{
					id: 'g1',
					path: { start: 'Customers', steps: [] },
					where: {
						kind: 'or',
						id: 'o1',
						children: [
							{
								kind: 'condition',
								id: 'c1',
								entity: 'Customers',
								attribute: 'loyalty_tier',
								operator: 'inList',
								value: ['gold', 'platinum']
							},
							{
								kind: 'and',
								id: 'a1',
								children: [
									{
										kind: 'condition',
										id: 'c2',
										entity: 'Customers',
										attribute: 'is_subscribed',
										operator: 'isTrue'
									},
									{
										kind: 'condition',
										id: 'c3',
										entity: 'Customers',
										attribute: 'city',
										operator: 'equals',
										value: "O'Fallon"
									}
								]
							}
						]
					},
					aggregates: []
				}
			]
		},
		{
			...base,
			name: 'lapsed_customers',
			displayName: 'Lapsed: no order in 30 days',
			type: 'dynamic',
			groups: [
				{ id: 'g1', path: { start: 'Customers', steps: [] }, where: null, aggregates: [] },
				{
					id: 'g2',
					operator: 'exclude',
					path: { start: 'Orders', steps: toCustomers('orders_customer') },
					where: {
						kind: 'condition',
						id: 'c1',
						entity: 'Orders',
						attribute: 'order_date',
						operator: 'inLast',
						value: { amount: 30, unit: 'days' }
					},
					aggregates: []
				},
				{
					id: 'g3',
					operator: 'union',
					path: { start: 'Orders', steps: toCustomers('orders_customer') },
					where: null,
					aggregates: [
						{
							id: 'x1',
							function: 'max',
							entity: 'Orders',
							attribute: 'order_date',
							operator: 'lessThan',
							value: '2025-03-01'
						}
					]
				}
			]
		}
	];
}

/** Member count of a definition on a model, through the app's compiler. */
export function countSql(definition: SegmentDefinition, model: DataModel): string {
	const r = compileSegment(definition, model, CLOCK);
	if (!r.ok) throw new Error(`${definition.name}: ${r.problems.map((p) => p.message).join(' ')}`);
	return r.sql.count;
}

export function collect() {
	const chunks: Uint8Array[] = [];
	return {
		write: (c: Uint8Array) => {
			chunks.push(c.slice());
			return Promise.resolve();
		},
		bytes: () => {
			const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
			let at = 0;
			for (const c of chunks) {
				out.set(c, at);
				at += c.length;
			}
			return out;
		}
	};
}

/** A workspace with everything in it: model, profile, segments, runs, member changes, mappings. */
export async function populate(db: SegmentsDatabase): Promise<void> {
	const model = demoModel();
	for (const e of model.entities) await addEntity(db, e);
	for (const r of model.relationships) await saveRelationship(db, r);
	await setProfile(db, model.profile);
	await db.settings.put({ key: 'ui.theme', value: { dark: true, sizes: [1, 2, 3] } });
	for (const d of demoDefinitions()) {
		const s = await createSegment(db, d, d.type === 'dynamic' ? 'active' : 'inactive');
		const runId = `run-${s.name}`;
		await db.runs.add({
			id: runId,
			segmentId: s.id,
			revision: 1,
			definitionHash: 'h' + s.name.length,
			asOf: '2025-06-15T12:00:00',
			startedAt: '2025-06-15T12:00:00.000Z',
			finishedAt: '2025-06-15T12:00:01.000Z',
			durationMs: 1000,
			status: 'succeeded',
			trigger: 'manual',
			members: 3,
			groupCounts: [3],
			entered: 3,
			left: 0,
			error: null,
			tabId: 'tab1'
		});
		await db.runChanges.add({
			runId,
			segmentId: s.id,
			entered: ['1', '2', '3'],
			left: [],
			truncated: false
		});
		await db.segments.update(s.id, {
			lastSuccess: { runId, at: '2025-06-15T12:00:01.000Z', members: 3, groupCounts: [3] }
		});
	}
	await db.importMappings.put({
		from: 'entity:Purchases',
		to: 'Orders',
		updatedAt: '2025-06-01T00:00:00.000Z'
	});
}

/** The Node engine core as the DataEngine a backup writes and restores through. */
export function nodeDataEngine(core: EngineCore): DataEngine {
	return {
		tables: () => core.tables(),
		exec: (sql) => core.exec(sql),
		exportArrow: (sql, onChunk) => core.exportArrow(sql, (c) => onChunk(c)),
		importArrow: (table, ipc) => core.importArrow(table, ipc),
		stage: (file, options, onProgress) => core.stage(file, file.name, options, onProgress),
		commit: (id, table, choices, onProgress) => core.commit(id, table, choices, onProgress),
		discard: (id) => core.discard(id)
	};
}
