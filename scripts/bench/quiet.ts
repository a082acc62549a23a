/// <reference types="node" />
// Is the machine quiet enough to publish figures? A loaded machine overstated our gaps 3-10×, so
// the harness samples the load average while each scale runs, re-runs a scale that ran loaded,
// and refuses to write docs/benchmarks.md from a run in which any scale stayed loaded.
import { cpus, loadavg } from 'node:os';

export interface LoadRecord {
	/** 1, 5 and 15 min load averages when the scale started and ended. */
	before: number[];
	after: number[];
	/** Highest 1-min load average sampled while the scale ran (the start and end included). */
	max1?: number;
	/** Cores the machine has: the load a run may reach and still count as quiet. */
	cores?: number;
	/** Scale runs that were discarded because the machine was loaded. */
	discarded?: number[];
}

/** Quiet: the 1-min load average stayed at or below the number of cores. */
export function isQuiet(load: Pick<LoadRecord, 'max1' | 'before' | 'after' | 'cores'>): boolean {
	const cores = load.cores ?? cpus().length;
	const max = Math.max(load.max1 ?? 0, load.before[0] ?? 0, load.after[0] ?? 0);
	return max <= cores;
}

/** Why a results set may not become the published page, or null when it may. */
export function publishRefusal(
	scales: { scale: string; loadAverage: Pick<LoadRecord, 'max1' | 'before' | 'after' | 'cores'> }[]
): string | null {
	const loaded = scales.filter((s) => !isQuiet(s.loadAverage));
	if (loaded.length === 0) return null;
	return `not writing docs/benchmarks.md: the machine was loaded while ${loaded
		.map((s) => {
			const l = s.loadAverage;
			const max = Math.max(l.max1 ?? 0, l.before[0] ?? 0, l.after[0] ?? 0);
			return `${s.scale} ran (load average up to ${max.toFixed(1)} on ${l.cores ?? cpus().length} cores)`;
		})
		.join(', ')}. Stop other work and run again; the raw results were kept.`;
}

/** Samples the 1-min load average every few seconds until stopped. */
export class LoadSampler {
	private max: number;
	private readonly timer: ReturnType<typeof setInterval>;
	readonly before = loadavg();

	constructor(everyMs = 5000) {
		this.max = this.before[0] ?? 0;
		this.timer = setInterval(() => {
			this.max = Math.max(this.max, loadavg()[0] ?? 0);
		}, everyMs);
		this.timer.unref();
	}

	stop(): LoadRecord {
		clearInterval(this.timer);
		const after = loadavg();
		return {
			before: this.before,
			after,
			max1: Math.max(this.max, after[0] ?? 0),
			cores: cpus().length
		};
	}
}

/**
 * Waits until the 1-min load average has fallen to `target` (half the cores by default) or
 * `maxMs` passed, so a scale does not start while the load average still carries the harness's own
 * build, data generation or previous scale (it decays over minutes). Returns the load it started
 * at and the milliseconds waited.
 */
export async function settle(
	log: (line: string) => void,
	target = cpus().length / 2,
	maxMs = 240_000
): Promise<{ load: number; waitedMs: number }> {
	const t0 = Date.now();
	let load = loadavg()[0] ?? 0;
	if (load <= target) return { load, waitedMs: 0 };
	log(`waiting for the load average (${load.toFixed(1)}) to fall to ${target.toFixed(1)}…`);
	while (load > target && Date.now() - t0 < maxMs) {
		await new Promise((r) => setTimeout(r, 5000));
		load = loadavg()[0] ?? 0;
	}
	log(`load average ${load.toFixed(1)} after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	return { load, waitedMs: Date.now() - t0 };
}
