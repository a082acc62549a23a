// Support cases: ~2 per customer over two years, ids in time order, business-hours timestamps.
// Escalation follows priority, and recent cases are still open — the states a support segment
// ("escalated in the last 30 days", "open urgent cases") looks for.
import { CASE_DAYS, CustomerPicker, SUPPORT_HOURS, timeOfDay, type Context } from './context';
import { MS_PER_DAY } from './dates';
import { Rng, Weighted } from './prng';
import { columnsByName, defineEntity } from './source';
import type { DemoColumn, DemoEntity } from './types';

export const CASES_PER_CUSTOMER = 2;

export const CASE_COLUMNS: readonly DemoColumn[] = [
	{ name: 'id', type: 'number', integer: true, nullable: false },
	{ name: 'customer_id', type: 'number', integer: true, nullable: false },
	{ name: 'created_at', type: 'timestamp', nullable: false },
	{ name: 'priority', type: 'string', nullable: false },
	{ name: 'escalated', type: 'boolean', nullable: false },
	{ name: 'status', type: 'string', nullable: false }
];

/** Even customers who never buy open the odd case; heavy buyers open more. */
const CASE_WEIGHTS = [0.5, 1, 2, 4];

const PRIORITY = new Weighted([
	['low', 35],
	['medium', 40],
	['high', 18],
	['urgent', 7]
] as const);
/** P(escalated | priority): overall ≈ 12.6%. */
const ESCALATION: Record<string, number> = { low: 0.04, medium: 0.09, high: 0.25, urgent: 0.45 };
const STATUS_NEW = new Weighted([
	['open', 60],
	['pending', 30],
	['closed', 10]
] as const);
const STATUS_MONTH = new Weighted([
	['open', 25],
	['pending', 25],
	['closed', 50]
] as const);
const STATUS_OLD = new Weighted([
	['closed', 95],
	['pending', 3],
	['open', 2]
] as const);

export function casesEntity(ctx: Context): DemoEntity {
	const count = ctx.customers * CASES_PER_CUSTOMER;
	return defineEntity(
		'Cases',
		CASE_COLUMNS,
		() => count,
		() => {
			const rng = new Rng(0);
			const picker = new CustomerPicker(ctx, CASE_WEIGHTS);
			let id!: Int32Array, customer!: Int32Array, created!: Float64Array;
			let priority!: (string | null)[], escalated!: (boolean | null)[], status!: (string | null)[];
			return {
				bind(data) {
					const col = columnsByName(CASE_COLUMNS, data);
					id = col('id');
					customer = col('customer_id');
					created = col('created_at');
					priority = col('priority');
					escalated = col('escalated');
					status = col('status');
				},
				write(row, at) {
					rng.row(ctx.streams.cases, row);
					// Timestamps end before `today` starts: nothing is in the future of "today 00:00".
					const daysAgo = 1 + Math.floor(CASE_DAYS.stratified(row, count, rng.next()));
					const day = ctx.today - daysAgo;
					const p = PRIORITY.sample(rng);
					id[at] = row + 1;
					created[at] = day * MS_PER_DAY + timeOfDay(rng, SUPPORT_HOURS) * 1000;
					customer[at] = picker.pick(rng, day);
					priority[at] = p;
					escalated[at] = rng.chance(ESCALATION[p] ?? 0);
					status[at] = (
						daysAgo <= 3 ? STATUS_NEW : daysAgo <= 30 ? STATUS_MONTH : STATUS_OLD
					).sample(rng);
				}
			};
		}
	);
}
