/// <reference types="node" />
// Is the machine quiet enough to publish figures? A loaded machine overstated our gaps 3-10×, so
// the harness samples the load average while each scale runs, re-runs a scale that ran loaded,
// and refuses to write docs/benchmarks.md from a run in which any scale stayed loaded.
import { readdirSync, readFileSync } from 'node:fs';
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
	/**
	 * Highest CPU (in cores, over any 5-s window) used by processes outside the harness's own
	 * process tree (its browser, server and in-process native DuckDB), read from /proc: what
	 * other work took. Absent where /proc cannot be read.
	 */
	outsideMax?: number;
}

/**
 * Other processes may use at most this many cores (in every 5-s window) for a scale whose load
 * average went above the core count to count as quiet: the load then came from the harness itself
 * (its two-thread native runs on a two-core machine reach a load of about 2).
 */
export const OUTSIDE_MAX = 0.25;

/**
 * Quiet: the 1-min load average stayed at or below the number of cores — or went above it only
 * through the harness's own processes, other processes never taking more than OUTSIDE_MAX cores.
 */
export function isQuiet(
	load: Pick<LoadRecord, 'max1' | 'before' | 'after' | 'cores' | 'outsideMax'>
): boolean {
	const cores = load.cores ?? cpus().length;
	const max = Math.max(load.max1 ?? 0, load.before[0] ?? 0, load.after[0] ?? 0);
	return max <= cores || (load.outsideMax !== undefined && load.outsideMax <= OUTSIDE_MAX);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** CPU ticks the whole machine spent busy (not idle, not waiting for I/O), or null without /proc. */
function busyTicks(): number | null {
	try {
		const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
		const [user, nice, system, , , irq, softirq, steal] = f.map(Number);
		return user! + nice! + system! + irq! + softirq! + steal!;
	} catch {
		return null;
	}
}

/** One process as /proc/<pid>/stat shows it: parent, own CPU ticks, and its waited-for children's. */
interface ProcTicks {
	ppid: number;
	own: number;
	children: number;
}

/** Every process's parent and CPU ticks, or null without /proc. */
export function readProcs(): Map<number, ProcTicks> | null {
	let names: string[];
	try {
		names = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
	} catch {
		return null;
	}
	const procs = new Map<number, ProcTicks>();
	for (const n of names) {
		try {
			const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
			// after "pid (comm) ": state ppid … utime(14) stime cutime cstime, 1-based
			const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			procs.set(Number(n), {
				ppid: Number(f[1]),
				own: Number(f[11]) + Number(f[12]),
				children: Number(f[13]) + Number(f[14])
			});
		} catch {
			// the process ended while the list was read
		}
	}
	return procs;
}

/**
 * The CPU ticks the harness's processes used between two reads of /proc: `root` and every process
 * that was ever below it (a process stays the harness's when its parent exits and it is handed to
 * init, as a browser's helpers are at shutdown). A process that ended and was waited for by one of
 * them shows up in that parent's children's ticks; what was already counted of it is taken off,
 * so only its last moments are added. Updates `members` (the harness's pids) in place.
 */
export function treeUsage(
	before: Map<number, ProcTicks>,
	after: Map<number, ProcTicks>,
	members: Set<number>,
	root = process.pid
): number {
	members.add(root);
	// new processes whose parent is one of the harness's (parents first: repeat until stable)
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, p] of after)
			if (!members.has(pid) && members.has(p.ppid)) {
				members.add(pid);
				grew = true;
			}
	}
	let used = 0;
	for (const pid of members) {
		const now = after.get(pid);
		const then = before.get(pid);
		if (now) {
			used += now.own - (then?.own ?? 0) + now.children - (then?.children ?? 0);
		} else if (then) {
			// ended: if a harness process waited for it, its total is in that parent's children's
			// ticks counted above; take off what was counted of it before
			const parent = after.get(then.ppid);
			if (parent && members.has(then.ppid)) used -= then.own + then.children;
			members.delete(pid);
		}
	}
	return Math.max(0, used);
}

/** CPU ticks of `root` and every process below it now, or null without /proc. */
export function treeTicks(root = process.pid): number | null {
	const procs = readProcs();
	if (!procs) return null;
	const members = new Set<number>([root]);
	return treeUsage(new Map(), procs, members, root);
}

/** Why a results set may not become the published page, or null when it may. */
export function publishRefusal(
	scales: {
		scale: string;
		loadAverage: Pick<LoadRecord, 'max1' | 'before' | 'after' | 'cores' | 'outsideMax'>;
	}[]
): string | null {
	const loaded = scales.filter((s) => !isQuiet(s.loadAverage));
	if (loaded.length === 0) return null;
	return `not writing docs/benchmarks.md: the machine was loaded while ${loaded
		.map((s) => {
			const l = s.loadAverage;
			const max = Math.max(l.max1 ?? 0, l.before[0] ?? 0, l.after[0] ?? 0);
			const others =
				l.outsideMax === undefined ? '' : `, other processes up to ${l.outsideMax} cores`;
			return `${s.scale} ran (load average up to ${max.toFixed(1)} on ${l.cores ?? cpus().length} cores${others})`;
		})
		.join(', ')}. Stop other work and run again; the raw results were kept.`;
}

/**
 * Samples the 1-min load average every few seconds until stopped, and the CPU other processes
 * took in each interval (the machine's busy time minus the harness's process tree).
 */
export class LoadSampler {
	private max: number;
	private outsideMax: number | undefined;
	private last: { at: number; busy: number; procs: Map<number, ProcTicks> } | null;
	private readonly members = new Set<number>();
	private readonly timer: ReturnType<typeof setInterval>;
	readonly before = loadavg();

	constructor(everyMs = 5000) {
		this.max = this.before[0] ?? 0;
		this.last = this.cpuSample();
		if (this.last) {
			this.outsideMax = 0;
			treeUsage(new Map(), this.last.procs, this.members);
		}
		this.timer = setInterval(() => {
			this.max = Math.max(this.max, loadavg()[0] ?? 0);
			this.sampleOutside();
		}, everyMs);
		this.timer.unref();
	}

	private cpuSample(): { at: number; busy: number; procs: Map<number, ProcTicks> } | null {
		const busy = busyTicks();
		const procs = readProcs();
		return busy === null || procs === null ? null : { at: performance.now(), busy, procs };
	}

	private sampleOutside(): void {
		const now = this.cpuSample();
		if (!now || !this.last) return;
		const seconds = (now.at - this.last.at) / 1000;
		const tree = treeUsage(this.last.procs, now.procs, this.members);
		const outside = Math.max(0, now.busy - this.last.busy - tree);
		if (seconds > 0.5) this.outsideMax = Math.max(this.outsideMax ?? 0, outside / TICKS / seconds);
		this.last = now;
	}

	stop(): LoadRecord {
		clearInterval(this.timer);
		this.sampleOutside();
		const after = loadavg();
		return {
			before: this.before,
			after,
			max1: Math.max(this.max, after[0] ?? 0),
			cores: cpus().length,
			...(this.outsideMax === undefined
				? {}
				: { outsideMax: Math.round(this.outsideMax * 100) / 100 })
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
