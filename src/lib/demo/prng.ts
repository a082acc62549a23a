// Small, fast, seedable randomness for the demo generator. Math.random cannot be seeded, and the
// demo must be byte-identical for the same (customers, seed, today) in Node and in a browser
// worker, so everything random flows from here. Quality needs are modest (plausible fake data),
// speed matters (tens of millions of rows), hence mulberry32 + a murmur3-style mixer.

/** Mix a 32-bit value into a 32-bit hash (murmur3 fmix over a golden-ratio multiply). */
export function mix(h: number, v: number): number {
	h = Math.imul(h ^ v, 0x9e3779b1);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** A stable 32-bit seed for a (seed, stream) pair; the seed may be any finite number. */
export function streamSeed(seed: number, stream: number): number {
	// Fold the high part too so seeds beyond 2^32 (or negative ones) still differ.
	const lo = seed >>> 0;
	const hi = Math.floor(seed / 4294967296) >>> 0;
	return mix(mix(mix(0x2545f491, lo), hi), stream);
}

/**
 * mulberry32. `reseed` lets hot loops reuse one instance per row (counter-based streams: a row's
 * values depend only on (stream seed, row index), which is what makes output independent of the
 * batch size and lets other entities look a customer's traits up by id).
 */
export class Rng {
	private s: number;

	constructor(seed: number) {
		this.s = seed >>> 0;
	}

	reseed(seed: number): this {
		this.s = seed >>> 0;
		return this;
	}

	/** Seed from (stream seed, row index): independent values per row. */
	row(streamSeedValue: number, index: number): this {
		return this.reseed(mix(streamSeedValue, index));
	}

	/** Uniform in [0, 1). */
	next(): number {
		let t = (this.s = (this.s + 0x6d2b79f5) | 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	/** Standard normal (Box–Muller; the second value is dropped to keep draws per call fixed). */
	normal(): number {
		const u = 1 - this.next(); // (0, 1] so log is finite
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
	}

	pick<T>(items: readonly T[]): T {
		const item = items[this.int(items.length)];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	}
}

/** A fixed discrete distribution: values with relative weights, sampled by one uniform draw. */
export class Weighted<T> {
	readonly values: readonly T[];
	private readonly cumulative: Float64Array;

	constructor(entries: readonly (readonly [T, number])[]) {
		if (entries.length === 0) throw new Error('Weighted needs at least one entry');
		this.values = entries.map((e) => e[0]);
		const total = entries.reduce((sum, e) => sum + e[1], 0);
		this.cumulative = new Float64Array(entries.length);
		let running = 0;
		entries.forEach(([, w], i) => {
			running += w;
			this.cumulative[i] = running / total;
		});
	}

	/** The value for a uniform draw u in [0, 1). Linear scan: the lists here are short. */
	at(u: number): T {
		const c = this.cumulative;
		let i = 0;
		while (i < c.length - 1 && u >= c[i]!) i++;
		return this.values[i]!;
	}

	sample(rng: Rng): T {
		return this.at(rng.next());
	}
}
