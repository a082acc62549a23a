// What every entity generator shares: the parameters, one PRNG stream per entity, the time
// curves, and random access to a customer's "traits" (signup day and activity level). Traits are
// a pure function of (seed, customer id), so Orders and Cases can pick plausible customers —
// signed up before the order, busier customers more often — without holding customers in memory.
import { Rng, Weighted, streamSeed } from './prng';

/** Stream ids: changing one entity's generation never shifts another entity's values. */
const STREAM = { customers: 1, orders: 2, cases: 3, accounts: 4, clicks: 5 } as const;

export interface Context {
	customers: number;
	seed: number;
	/** Epoch day of `today`. Dates run up to and including it; timestamps end before it starts. */
	today: number;
	streams: Record<keyof typeof STREAM, number>;
}

export function createContext(customers: number, seed: number, today: number): Context {
	const streams = { customers: 0, orders: 0, cases: 0, accounts: 0, clicks: 0 };
	for (const key of Object.keys(STREAM) as (keyof typeof STREAM)[])
		streams[key] = streamSeed(seed, STREAM[key]);
	return { customers, seed, today, streams };
}

/**
 * A time curve: ages (days before the reference day) in [0, span), denser towards 0 with an
 * exponential profile — a business that grows, so recent windows are never empty.
 */
export class Recency {
	private readonly norm: number;

	constructor(
		readonly span: number,
		/** Steepness: the oldest day is e^rate times rarer than the newest. */
		readonly rate: number
	) {
		this.norm = 1 - Math.exp(-rate);
	}

	/** Age for quantile q in [0, 1): q = 0 is now, q → 1 the oldest. */
	age(q: number): number {
		return (-this.span / this.rate) * Math.log(1 - q * this.norm);
	}

	/** Fraction of the mass younger than `age`. */
	cdf(age: number): number {
		if (age <= 0) return 0;
		if (age >= this.span) return 1;
		return (1 - Math.exp((-this.rate * age) / this.span)) / this.norm;
	}

	/**
	 * Stratified sample for row `index` of `count`: rows are spread evenly over the curve, oldest
	 * first, with jitter u. So ids increase with time (like real tables) and every day gets its
	 * expected share exactly, not a Poisson draw that could leave a recent day empty.
	 */
	stratified(index: number, count: number, u: number): number {
		return this.age(1 - (index + u) / count);
	}
}

export const SIGNUPS = new Recency(1826, 1.2); // five years of signups
export const ORDER_DAYS = new Recency(1096, 1.5); // three years of orders
export const CASE_DAYS = new Recency(730, 2); // two years of support cases
export const CLICK_DAYS = new Recency(90, 1.5); // ninety days of click stream

/** Activity class 0..3: never buys, light, regular, heavy. Drives orders, cases and clicks. */
export const ACTIVITY = new Weighted<number>([
	[0, 0.15],
	[1, 0.45],
	[2, 0.28],
	[3, 0.12]
]);

export interface Traits {
	signupDay: number;
	activity: number;
}

/**
 * A customer's traits, drawn as the first two values of the customer's row stream (the Customers
 * generator makes the same two draws first, so the row and the traits always agree).
 * Signups are stratified by id: id 1 is the oldest customer; nobody signs up on `today` itself.
 */
export function drawTraits(ctx: Context, rng: Rng, id: number, out: Traits): Traits {
	rng.row(ctx.streams.customers, id);
	const age = SIGNUPS.stratified(id - 1, ctx.customers, rng.next());
	out.signupDay = ctx.today - 1 - Math.floor(age);
	out.activity = ACTIVITY.sample(rng);
	return out;
}

/**
 * Picks customers for events on a given day: only customers who had signed up by then, with
 * probability proportional to a per-activity weight (rejection sampling: no tables in memory).
 */
export class CustomerPicker {
	private readonly scratch = new Rng(0);
	private readonly traits: Traits = { signupDay: 0, activity: 0 };
	private readonly maxWeight: number;

	constructor(
		private readonly ctx: Context,
		private readonly weights: readonly number[]
	) {
		this.maxWeight = Math.max(...weights);
	}

	pick(rng: Rng, day: number): number {
		const { ctx } = this;
		// Ids are stratified by signup, so customers signed up by `day` are (nearly) the ids up to
		// this bound; the exact check below rejects the few stragglers past the boundary.
		const minAge = ctx.today - 1 - day;
		const bound = Math.min(ctx.customers, Math.ceil(ctx.customers * (1 - SIGNUPS.cdf(minAge)) + 1));
		let fallback = 1; // id 1 signed up first: eligible whenever anyone is
		for (let attempt = 0; attempt < 64; attempt++) {
			const id = 1 + rng.int(bound);
			const t = drawTraits(ctx, this.scratch, id, this.traits);
			if (t.signupDay > day) continue;
			fallback = id;
			if (rng.next() * this.maxWeight < (this.weights[t.activity] ?? 0)) return id;
		}
		return fallback;
	}
}

/** Hour-of-day profiles (weights for 00..23). */
export const SUPPORT_HOURS = hours([
	1, 1, 1, 1, 1, 2, 4, 8, 14, 16, 16, 15, 13, 14, 15, 14, 12, 10, 7, 5, 4, 3, 2, 1
]);
export const WEB_HOURS = hours([
	3, 2, 1, 1, 1, 2, 4, 6, 8, 9, 9, 10, 11, 10, 9, 9, 10, 11, 13, 15, 16, 14, 10, 6
]);

function hours(weights: readonly number[]): Weighted<number> {
	return new Weighted(weights.map((w, h) => [h, w] as const));
}

/** A random time of day in whole seconds, hour from the profile, at most `maxSecond`. */
export function timeOfDay(rng: Rng, profile: Weighted<number>, maxSecond = 86_399): number {
	const s = profile.sample(rng) * 3600 + rng.int(3600);
	return Math.min(s, maxSecond);
}
