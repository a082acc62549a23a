// Orders: ~10 per customer over three years, ids in date order, denser towards `today`, every
// day of the last 90 covered (stratified dates). A handful point at customers that do not exist
// (deleted accounts, bad joins) so "orphan" handling has something to find.
import { CustomerPicker, ORDER_DAYS, type Context } from './context';
import { Rng, Weighted } from './prng';
import { columnsByName, defineEntity } from './source';
import type { DemoColumn, DemoEntity } from './types';

export const ORDERS_PER_CUSTOMER = 10;
/** Share of orders whose customer_id matches no customer. */
export const ORPHAN_RATE = 0.0004;
/** Orphan ids are drawn from N+1 .. N+ORPHAN_IDS. */
export const ORPHAN_IDS = 20;

export const ORDER_COLUMNS: readonly DemoColumn[] = [
	{ name: 'id', type: 'number', integer: true, nullable: false },
	{ name: 'customer_id', type: 'number', integer: true, nullable: false },
	{ name: 'order_date', type: 'date', nullable: false },
	{ name: 'total_amount', type: 'number', nullable: false },
	{ name: 'status', type: 'string', nullable: false },
	{ name: 'channel', type: 'string', nullable: false }
];

/** Order weight per activity class: class 0 never orders, heavy buyers 9× a light one. */
const ORDER_WEIGHTS = [0, 1, 3, 9];

const STATUS_FRESH = new Weighted([
	['shipped', 55],
	['completed', 35],
	['cancelled', 8],
	['returned', 2]
] as const);
const STATUS_RECENT = new Weighted([
	['completed', 70],
	['shipped', 20],
	['cancelled', 7],
	['returned', 3]
] as const);
const STATUS_OLD = new Weighted([
	['completed', 84],
	['cancelled', 8],
	['returned', 7.5],
	['shipped', 0.5]
] as const);
// The app channel grows over time.
const CHANNEL_RECENT = new Weighted([
	['web', 42],
	['app', 30],
	['store', 21],
	['phone', 7]
] as const);
const CHANNEL_OLD = new Weighted([
	['web', 50],
	['app', 15],
	['store', 25],
	['phone', 10]
] as const);

export function ordersEntity(ctx: Context): DemoEntity {
	const count = ctx.customers * ORDERS_PER_CUSTOMER;
	return defineEntity(
		'Orders',
		ORDER_COLUMNS,
		() => count,
		() => {
			const rng = new Rng(0);
			const picker = new CustomerPicker(ctx, ORDER_WEIGHTS);
			let id!: Int32Array, customer!: Int32Array, date!: Int32Array, amount!: Float64Array;
			let status!: (string | null)[], channel!: (string | null)[];
			return {
				bind(data) {
					const col = columnsByName(ORDER_COLUMNS, data);
					id = col('id');
					customer = col('customer_id');
					date = col('order_date');
					amount = col('total_amount');
					status = col('status');
					channel = col('channel');
				},
				write(row, at) {
					rng.row(ctx.streams.orders, row);
					const daysAgo = Math.floor(ORDER_DAYS.stratified(row, count, rng.next()));
					const day = ctx.today - daysAgo;
					id[at] = row + 1;
					customer[at] = rng.chance(ORPHAN_RATE)
						? ctx.customers + 1 + rng.int(ORPHAN_IDS)
						: picker.pick(rng, day);
					date[at] = day;
					// Log-normal around 110 with σ = 1: ~6–7% of orders above 500; capped for sanity.
					const raw = 110 * Math.exp(rng.normal());
					amount[at] = Math.round(Math.min(25_000, Math.max(1, raw)) * 100) / 100;
					status[at] = (
						daysAgo < 3 ? STATUS_FRESH : daysAgo < 14 ? STATUS_RECENT : STATUS_OLD
					).sample(rng);
					channel[at] = (daysAgo < 365 ? CHANNEL_RECENT : CHANNEL_OLD).sample(rng);
				}
			};
		}
	);
}
