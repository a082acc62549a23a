// The demo "seed world": five related entities generated deterministically from
// (customers, seed, today), streamed in column batches so even the 10M-row bench scales never sit
// in memory at once. Pure TypeScript (no Node, no DOM): the app's DuckDB worker and the
// bench-data script run the very same code and get the very same rows.
//
// Sizes per customer: 10 orders, 2 cases, ~0.63 online accounts, 10 click-stream rows.
// Batch encodings are documented on ColumnData (../engine/arrow-batch).
import type { CustomerProfile, Relationship } from '../segments/data-model';
import { casesEntity } from './cases';
import { createContext } from './context';
import { customersEntity } from './customers';
import { localToday, parseDay } from './dates';
import {
	buildAccountIndex,
	clickStreamEntity,
	onlineAccountsEntity,
	type AccountIndex
} from './online';
import { ordersEntity } from './orders';
import type { DemoWorld } from './types';

export type {
	ColumnBatch,
	ColumnData,
	DemoColumn,
	DemoEntity,
	DemoWorld,
	WorldParams
} from './types';
export { DEFAULT_BATCH_SIZE } from './source';
export { formatDay, formatTimestamp, localToday, parseDay, MS_PER_DAY } from './dates';
export { batchToArrow } from '../engine/arrow-batch';

/** Bump when a change alters generated values, so cached outputs (bench-data) are regenerated. */
export const GENERATOR_VERSION = 1;

export const DEMO_CUSTOMERS = 10_000;

export interface GenerateOptions {
	/** Number of customers (1 ≤ n ≤ 200,000,000); every other entity scales with it. */
	customers: number;
	/** Any integer; default 42. */
	seed?: number;
	/** 'YYYY-MM-DD' the data is "as of"; default the local date now. */
	today?: string;
}

export const DEMO_RELATIONSHIPS: readonly Relationship[] = [
	rel('orders_customer', 'Orders', 'customer_id', 'Customers', 'id'),
	rel('cases_customer', 'Cases', 'customer_id', 'Customers', 'id'),
	rel('online_accounts_customer', 'OnlineAccounts', 'customer_id', 'Customers', 'id'),
	rel('clickstream_online_account', 'ClickStream', 'online_account_id', 'OnlineAccounts', 'id')
];

export const DEMO_PROFILE: CustomerProfile = { entity: 'Customers', key: 'id' };

function rel(
	name: string,
	from: string,
	fromAttr: string,
	to: string,
	toAttr: string
): Relationship {
	return {
		name,
		from: { entity: from, attribute: fromAttr },
		to: { entity: to, attribute: toAttr },
		cardinality: 'many-to-one'
	};
}

export function generateWorld(options: GenerateOptions): DemoWorld {
	const { customers, seed = 42 } = options;
	const today = options.today ?? localToday();
	// Int32 ids: orders and clicks are 10 per customer.
	if (!Number.isInteger(customers) || customers < 1 || customers > 200_000_000)
		throw new Error(`customers must be an integer in 1..200000000, got ${customers}`);
	if (!Number.isFinite(seed) || !Number.isInteger(seed))
		throw new Error(`seed must be an integer, got ${seed}`);
	const ctx = createContext(customers, seed, parseDay(today));

	// Built on first use (the accounts and click entities need it; Customers alone does not).
	let accounts: AccountIndex | undefined;
	const index = () => (accounts ??= buildAccountIndex(ctx));

	const entities = [
		customersEntity(ctx),
		ordersEntity(ctx),
		casesEntity(ctx),
		onlineAccountsEntity(index),
		clickStreamEntity(ctx, index)
	];
	return {
		params: { customers, seed, today },
		entities,
		relationships: DEMO_RELATIONSHIPS.map((r) => ({ ...r, from: { ...r.from }, to: { ...r.to } })),
		profile: { ...DEMO_PROFILE },
		entity(name) {
			const e = entities.find((x) => x.name === name);
			if (!e) throw new Error(`No demo entity named ${name}`);
			return e;
		}
	};
}
