// OnlineAccounts and ClickStream. ~60% of customers have an account (a few have two), created on
// or after signup; clicks come in sessions over the last 90 days, denser recently, from accounts
// that existed at the time. Accounts need a pass over all customers first (to number them and let
// clicks pick them by id), so they are indexed once in compact typed arrays (~13 bytes/account).
import { CLICK_DAYS, WEB_HOURS, drawTraits, timeOfDay, type Context, type Traits } from './context';
import { MS_PER_DAY } from './dates';
import { PageWalker, SESSION_LENGTH } from './pages';
import { Rng } from './prng';
import { columnsByName, defineEntity } from './source';
import type { DemoColumn, DemoEntity } from './types';

export const ACCOUNT_SHARE = 0.6;
export const SECOND_ACCOUNT_SHARE = 0.05;
export const CLICKS_PER_CUSTOMER = 10;

/** Click weight per activity class of the account's customer. */
const CLICK_WEIGHTS = [1, 2, 4, 8];
const MAX_CLICK_WEIGHT = 8;

export const ACCOUNT_COLUMNS: readonly DemoColumn[] = [
	{ name: 'id', type: 'number', integer: true, nullable: false },
	{ name: 'customer_id', type: 'number', integer: true, nullable: false },
	{ name: 'created_at', type: 'timestamp', nullable: false }
];

export const CLICK_COLUMNS: readonly DemoColumn[] = [
	{ name: 'session_id', type: 'string', nullable: false },
	{ name: 'online_account_id', type: 'number', integer: true, nullable: false },
	{ name: 'page', type: 'string', nullable: false },
	{ name: 'event_time', type: 'timestamp', nullable: false }
];

export interface AccountIndex {
	count: number;
	/** By account id - 1. */
	customer: Int32Array;
	created: Float64Array;
	activity: Uint8Array;
}

export function buildAccountIndex(ctx: Context): AccountIndex {
	const cap = Math.ceil(ctx.customers * 2);
	const customer = new Int32Array(cap);
	const created = new Float64Array(cap);
	const activity = new Uint8Array(cap);
	const rng = new Rng(0);
	const traitRng = new Rng(0);
	const traits: Traits = { signupDay: 0, activity: 0 };
	const lastMs = ctx.today * MS_PER_DAY - 1000; // timestamps end before `today` starts
	let n = 0;
	const add = (id: number, ms: number) => {
		customer[n] = id;
		created[n] = ms;
		activity[n] = traits.activity;
		n++;
	};
	for (let id = 1; id <= ctx.customers; id++) {
		rng.row(ctx.streams.accounts, id);
		if (!rng.chance(ACCOUNT_SHARE)) continue;
		const second = rng.chance(SECOND_ACCOUNT_SHARE);
		drawTraits(ctx, traitRng, id, traits);
		// Often the same day as signup, otherwise weeks to months later.
		const delay = rng.chance(0.4) ? 0 : Math.floor(-45 * Math.log(1 - rng.next()));
		const day = Math.min(traits.signupDay + delay, ctx.today - 1);
		const first = day * MS_PER_DAY + timeOfDay(rng, WEB_HOURS) * 1000;
		add(id, first);
		if (second) {
			const later = Math.floor(30 - 200 * Math.log(1 - rng.next()));
			const day2 = Math.min(day + later, ctx.today - 1);
			const ms = day2 * MS_PER_DAY + timeOfDay(rng, WEB_HOURS) * 1000;
			add(id, Math.min(lastMs, Math.max(ms, first + 3_600_000)));
		}
	}
	return {
		count: n,
		customer: customer.slice(0, n),
		created: created.slice(0, n),
		activity: activity.slice(0, n)
	};
}

export function onlineAccountsEntity(index: () => AccountIndex): DemoEntity {
	return defineEntity(
		'OnlineAccounts',
		ACCOUNT_COLUMNS,
		() => index().count,
		() => {
			const ix = index();
			let id!: Int32Array, customer!: Int32Array, created!: Float64Array;
			return {
				bind(data) {
					const col = columnsByName(ACCOUNT_COLUMNS, data);
					id = col('id');
					customer = col('customer_id');
					created = col('created_at');
				},
				write(row, at) {
					id[at] = row + 1;
					customer[at] = ix.customer[row] ?? 0;
					created[at] = ix.created[row] ?? 0;
				}
			};
		}
	);
}

export function clickStreamEntity(ctx: Context, index: () => AccountIndex): DemoEntity {
	const count = () => (index().count === 0 ? 0 : ctx.customers * CLICKS_PER_CUSTOMER);
	return defineEntity('ClickStream', CLICK_COLUMNS, count, () => {
		// Sessions span rows, so this stream is sequential (one PRNG for the whole entity); batch
		// boundaries still cannot matter because the writer's state carries across batches.
		const ix = index();
		const total = count();
		const rng = new Rng(ctx.streams.clicks);
		const sessionsPerAccount = new Int32Array(ix.count);
		const walker = new PageWalker();
		const earliest = ix.created.reduce(
			(best, ms, i) => (ms < (ix.created[best] ?? Infinity) ? i : best),
			0
		);
		let remaining = 0;
		let sessionId = '';
		let account = 0;
		let time = 0;
		let sid!: (string | null)[],
			acct!: Int32Array,
			page!: (string | null)[],
			eventTime!: Float64Array;

		const pickAccount = (ms: number): number => {
			let fallback = earliest;
			for (let attempt = 0; attempt < 64; attempt++) {
				const a = rng.int(ix.count);
				if ((ix.created[a] ?? Infinity) > ms) continue;
				fallback = a;
				const weight = CLICK_WEIGHTS[ix.activity[a] ?? 0] ?? 1;
				if (rng.next() * MAX_CLICK_WEIGHT < weight) return a;
			}
			return fallback;
		};

		return {
			bind(data) {
				const col = columnsByName(CLICK_COLUMNS, data);
				sid = col('session_id');
				acct = col('online_account_id');
				page = col('page');
				eventTime = col('event_time');
			},
			write(row, at) {
				if (remaining === 0) {
					// Session starts are stratified by row like the other entities' dates, so the
					// stream is in time order, and start no later than 23:30 so a session
					// (≤ 8 events, ≤ 3 min apart) still ends before midnight.
					const daysAgo = 1 + Math.floor(CLICK_DAYS.stratified(row, total, rng.next()));
					const day = ctx.today - daysAgo;
					time = day * MS_PER_DAY + timeOfDay(rng, WEB_HOURS, 84_600) * 1000;
					const a = pickAccount(time);
					account = a + 1;
					const n = (sessionsPerAccount[a] ?? 0) + 1;
					sessionsPerAccount[a] = n;
					sessionId = `s-${String(account).padStart(6, '0')}-${n}`;
					remaining = SESSION_LENGTH.sample(rng);
					walker.land(rng);
				} else {
					time += (5 + rng.int(176)) * 1000;
					walker.step(rng);
				}
				remaining--;
				sid[at] = sessionId;
				acct[at] = account;
				page[at] = walker.page;
				eventTime[at] = time;
			}
		};
	});
}
