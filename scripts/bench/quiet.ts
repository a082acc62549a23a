/// <reference types="node" />
// Is the machine quiet enough to publish figures? A loaded machine overstated our gaps 3-10×, so
// the harness samples the load average while each scale runs, re-runs a scale that ran loaded,
// and refuses to write docs/benchmarks.md from a run in which any scale stayed loaded.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { median } from './stats';

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
	 * Highest CPU (in cores, over any 5-s window) used by user-space processes outside the
	 * harness's own process tree (its browser, server and in-process native DuckDB), read from
	 * /proc: what other work took. Absent where /proc cannot be read.
	 */
	outsideMax?: number;
	/**
	 * How much native DuckDB's own timed runs of the same query disagreed (single-threaded, the
	 * queries of SPREAD_MIN_MS or more): the median over queries of median ÷ fastest run. See
	 * SPREAD_MAX.
	 */
	nativeSpread?: number;
	/**
	 * What a first write to fresh memory cost on this machine, µs per 4 KiB page (the larger of
	 * the probes before and after the scale). See FIRST_TOUCH_MAX_US.
	 */
	firstTouchUs?: number;
}

/**
 * Other processes may use at most this many cores (in every 5-s window) for a scale whose load
 * average went above the core count to count as quiet: the load then came from the harness itself
 * (its two-thread native runs on a two-core machine reach a load of about 2).
 */
export const OUTSIDE_MAX = 0.25;

/**
 * The most native DuckDB's repeated runs may disagree for a scale to count as quiet. A virtual
 * machine's host can be busy where the guest's load average does not show it: on 2026-12-03
 * (evening) two runs had a load average within the cores and no other process busy, yet native
 * DuckDB's seven runs of one query spread from 72 to 176 ms (1.24–1.43 at M and L, median ÷
 * fastest) and it came out slower than the browser; on the quiet runs before, 1.04–1.10.
 */
export const SPREAD_MAX = 1.15;
/** Queries faster than this natively are left out of the spread (a few ms jitter more). */
export const SPREAD_MIN_MS = 50;

/**
 * The most a first write to fresh memory may cost (µs per 4 KiB page) for a run to count as
 * quiet. On the host of 2026-12-03 (evening; a virtual machine whose host takes freed memory back,
 * `virtio_balloon`), every first touch of a page cost 12.4 µs, steadily: 256 MiB took 0.8 s, and
 * the same pages written a second time 10 ms. A browser touches about 0.6 GB of fresh memory to
 * start (about 2 s there; it took 4 s to start). Independent of the spread check: there the spread
 * stayed as high with native DuckDB's allocator keeping its freed memory.
 * A page fault and the zeroing of 4 KiB normally take around a microsecond; the hosts of the
 * published runs were not probed (the probe came after them).
 */
export const FIRST_TOUCH_MAX_US = 4;

/** The probe's size: 256 MiB, 65,536 pages. */
const PROBE_BYTES = 256 * 1024 * 1024;

/**
 * The cost of a first write to fresh memory, µs per 4 KiB page: a child Node process allocates
 * PROBE_BYTES and writes one byte per page (the median of `tries`; each try a fresh process, so
 * the memory is new to it and returned at its exit).
 */
export function firstTouchUsPerPage(tries = 3): number {
	const code = `const n=${PROBE_BYTES};const t=performance.now();const a=new Uint8Array(n);for(let i=0;i<n;i+=4096)a[i]=1;process.stdout.write(String((performance.now()-t)*1000/(n/4096)))`;
	const runs = Array.from({ length: tries }, () =>
		Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }))
	);
	return Math.round(median(runs) * 100) / 100;
}

/** Why fresh memory is too slow on this machine to publish from, or null when it is not. */
export function slowMemory(firstTouchUs: number | undefined): string | null {
	if (firstTouchUs === undefined || firstTouchUs <= FIRST_TOUCH_MAX_US) return null;
	return `a first write to fresh memory costs ${firstTouchUs} µs per page here (at most ${FIRST_TOUCH_MAX_US}): the host backs this machine's memory lazily, so the figures would measure the host`;
}

/**
 * The spread of native DuckDB's timed runs, query by query (`runs`: each query's run times, ms):
 * the median over the queries of SPREAD_MIN_MS or more of (median ÷ fastest run), or undefined
 * when fewer than two queries take that long (small scales).
 */
export function runSpread(runs: number[][]): number | undefined {
	const spreads = runs
		.filter((r) => r.length >= 3 && median(r) >= SPREAD_MIN_MS)
		.map((r) => median(r) / Math.min(...r));
	return spreads.length >= 2 ? Math.round(median(spreads) * 1000) / 1000 : undefined;
}

/**
 * Quiet: the 1-min load average stayed at or below the number of cores — or went above it only
 * through the harness's own processes, other processes never taking more than OUTSIDE_MAX cores.
 */
export function isQuiet(
	load: Pick<
		LoadRecord,
		'max1' | 'before' | 'after' | 'cores' | 'outsideMax' | 'nativeSpread' | 'firstTouchUs'
	>
): boolean {
	if (unsteady(load)) return false;
	const cores = load.cores ?? cpus().length;
	const max = Math.max(load.max1 ?? 0, load.before[0] ?? 0, load.after[0] ?? 0);
	return max <= cores || (load.outsideMax !== undefined && load.outsideMax <= OUTSIDE_MAX);
}

/**
 * Whether the host made the run unrepresentative: native DuckDB's runs disagreed more than
 * SPREAD_MAX (a busy host), or fresh memory cost more than FIRST_TOUCH_MAX_US per page.
 */
export function unsteady(load: Pick<LoadRecord, 'nativeSpread' | 'firstTouchUs'>): boolean {
	return (
		(load.nativeSpread !== undefined && load.nativeSpread > SPREAD_MAX) ||
		slowMemory(load.firstTouchUs) !== null
	);
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;

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
 * The CPU ticks used between two reads of /proc by the harness's processes (`tree`: `root` and
 * every process that was ever below it — a process stays the harness's when its parent exits and
 * it is handed to init, as a browser's helpers are at shutdown) and by every other user-space
 * process (`outside`; kernel threads, which do the harness's own disk writes, are neither).
 * Each process counts its own ticks and those of the children it waited for; a process that ended
 * was counted up to the last read, so that much is taken off the parent that waited for it,
 * leaving only its last moments. Init (pid 1) counts only its own ticks: the children it waits for
 * are orphans, the harness's among them (a browser's helpers), whose CPU was seen while they ran.
 * Updates `members` in place.
 */
export function cpuSplit(
	before: Map<number, ProcTicks>,
	after: Map<number, ProcTicks>,
	members: Set<number>,
	root = process.pid,
	marked: (pid: number) => boolean = () => false
): { tree: number; outside: number } {
	members.add(root);
	// a process that carries the harness's mark in its environment is the harness's, wherever it
	// hangs: one whose parent exited before a sample saw it (a double fork, as a browser's crash
	// handler does) is handed to init unseen, and the tree alone would charge it to others
	for (const pid of after.keys()) if (!members.has(pid) && marked(pid)) members.add(pid);
	// new processes whose parent is one of the harness's (parents first: repeat until stable)
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, p] of after)
			if (!members.has(pid) && members.has(p.ppid)) {
				members.add(pid);
				grew = true;
			}
	}
	const kernel = (pid: number, p: ProcTicks) => pid === 2 || p.ppid === 2;
	const total = (pid: number, p: ProcTicks) => p.own + (pid === 1 ? 0 : p.children);
	let tree = 0;
	let outside = 0;
	for (const [pid, now] of after) {
		if (kernel(pid, now)) continue;
		const then = before.get(pid);
		const used = total(pid, now) - (then ? total(pid, then) : 0);
		if (members.has(pid)) tree += used;
		else outside += used;
	}
	for (const [pid, then] of before) {
		if (after.has(pid) || kernel(pid, then)) continue;
		const counted = then.own + then.children;
		const parent = after.get(then.ppid);
		// waited for by its parent (init's waits are not counted)
		if (parent && then.ppid !== 1) {
			if (members.has(then.ppid)) tree -= counted;
			else outside -= counted;
		}
		members.delete(pid);
	}
	return { tree: Math.max(0, tree), outside: Math.max(0, outside) };
}

/** The environment variable every process the harness starts inherits (its pid). */
export const HARNESS_MARK = 'SEGMENTS_BENCH_HARNESS';

/** Marks this process, so everything it starts from now on carries the mark. */
export function markHarness(): string {
	process.env[HARNESS_MARK] ??= String(process.pid);
	return process.env[HARNESS_MARK];
}

/** Whether /proc/<pid>/environ carries `mark` (a process of another user cannot be read: no). */
export function hasMark(pid: number, mark: string): boolean {
	try {
		const env = readFileSync(`/proc/${pid}/environ`, 'latin1');
		return env.split('\0').includes(`${HARNESS_MARK}=${mark}`);
	} catch {
		return false;
	}
}

/** CPU ticks of `root` and every process below it now, or null without /proc. */
export function treeTicks(root = process.pid): number | null {
	const procs = readProcs();
	if (!procs) return null;
	const members = new Set<number>([root]);
	return cpuSplit(new Map(), procs, members, root).tree;
}

/** Why a results set may not become the published page, or null when it may. */
export function publishRefusal(
	scales: {
		scale: string;
		loadAverage: Pick<
			LoadRecord,
			'max1' | 'before' | 'after' | 'cores' | 'outsideMax' | 'nativeSpread' | 'firstTouchUs'
		>;
	}[]
): string | null {
	const loaded = scales.filter((s) => !isQuiet(s.loadAverage));
	if (loaded.length === 0) return null;
	return `not writing docs/benchmarks.md: the machine was loaded while ${loaded
		.map((s) => {
			const l = s.loadAverage;
			const memory = slowMemory(l.firstTouchUs);
			if (memory) return `${s.scale} ran (${memory})`;
			if (unsteady(l))
				return `${s.scale} ran (native DuckDB's runs of the same query spread ${l.nativeSpread}× median ÷ fastest, more than ${SPREAD_MAX}: the host was busy)`;
			const max = Math.max(l.max1 ?? 0, l.before[0] ?? 0, l.after[0] ?? 0);
			const others =
				l.outsideMax === undefined ? '' : `, other processes up to ${l.outsideMax} cores`;
			return `${s.scale} ran (load average up to ${max.toFixed(1)} on ${l.cores ?? cpus().length} cores${others})`;
		})
		.join(', ')}. Stop other work and run again; the raw results were kept.`;
}

/**
 * Samples the 1-min load average every few seconds until stopped, and the CPU that user-space
 * processes outside the harness's tree took in each interval (kernel threads excluded).
 */
export class LoadSampler {
	private max: number;
	private outsideMax: number | undefined;
	private last: { at: number; procs: Map<number, ProcTicks> } | null;
	private readonly members = new Set<number>();
	private readonly timer: ReturnType<typeof setInterval>;
	private readonly mark = markHarness();
	/** pid → whether it carries the mark, read once per process (pids are not reused that fast). */
	private readonly marks = new Map<number, boolean>();
	private readonly marked = (pid: number): boolean => {
		let m = this.marks.get(pid);
		if (m === undefined) this.marks.set(pid, (m = hasMark(pid, this.mark)));
		return m;
	};
	readonly before = loadavg();

	constructor(everyMs = 5000) {
		this.max = this.before[0] ?? 0;
		this.last = this.cpuSample();
		if (this.last) {
			this.outsideMax = 0;
			cpuSplit(new Map(), this.last.procs, this.members, process.pid, this.marked);
		}
		this.timer = setInterval(() => {
			this.max = Math.max(this.max, loadavg()[0] ?? 0);
			this.sampleOutside();
		}, everyMs);
		this.timer.unref();
	}

	private cpuSample(): { at: number; procs: Map<number, ProcTicks> } | null {
		const procs = readProcs();
		return procs === null ? null : { at: performance.now(), procs };
	}

	private sampleOutside(): void {
		const now = this.cpuSample();
		if (!now || !this.last) return;
		const seconds = (now.at - this.last.at) / 1000;
		const { outside } = cpuSplit(
			this.last.procs,
			now.procs,
			this.members,
			process.pid,
			this.marked
		);
		// a stretch under a second (the last one, at stop) is too short for a rate
		if (seconds >= 1) this.outsideMax = Math.max(this.outsideMax ?? 0, outside / TICKS / seconds);
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
