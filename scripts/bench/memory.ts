/// <reference types="node" />
// Memory of a browser, read from /proc: the process whose command line names our profile
// directory, and all its descendants (renderer, GPU, utility processes). RSS double-counts pages
// shared between processes, so PSS (proportional set size) is summed as well. Linux only; on other
// systems the sampler reports nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MemorySample {
	at: number;
	rssBytes: number;
	pssBytes: number;
	/** The largest single process (the tab's renderer, which hosts the engine worker). */
	maxProcessRssBytes: number;
	processes: number;
}

export interface MemoryPeak {
	rssBytes: number;
	pssBytes: number;
	maxProcessRssBytes: number;
	samples: number;
}

function read(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

function kbField(text: string | null, field: string): number {
	if (!text) return 0;
	const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
	return m ? Number(m[1]) * 1024 : 0;
}

function processTree(marker: string): number[] {
	let pids: number[];
	try {
		pids = readdirSync('/proc')
			.filter((d) => /^\d+$/.test(d))
			.map(Number);
	} catch {
		return [];
	}
	const parent = new Map<number, number>();
	const roots: number[] = [];
	for (const pid of pids) {
		const stat = read(`/proc/${pid}/stat`);
		if (!stat) continue;
		// the command name may contain spaces and parentheses: parse after the last ')'
		const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		parent.set(pid, Number(rest[1]));
		const cmd = read(`/proc/${pid}/cmdline`);
		if (cmd && cmd.includes(marker) && !cmd.includes('--type=')) roots.push(pid);
	}
	if (roots.length === 0) return [];
	const tree = new Set(roots);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, ppid] of parent)
			if (!tree.has(pid) && tree.has(ppid)) {
				tree.add(pid);
				grew = true;
			}
	}
	return [...tree];
}

let ticksPerSecond: number | null = null;
function clockTicks(): number {
	if (ticksPerSecond === null) {
		try {
			ticksPerSecond =
				Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
		} catch {
			ticksPerSecond = 100;
		}
	}
	return ticksPerSecond;
}

/**
 * CPU time (user + system, ms) used so far by the browser's processes, including processes that
 * already exited (their time is added to their parent's cutime/cstime). Under a loaded machine
 * this is the steadier figure: wall time also counts the time spent waiting for a core.
 */
export function browserCpuMs(marker: string): number {
	let ticks = 0;
	for (const pid of processTree(marker)) {
		const stat = read(`/proc/${pid}/stat`);
		if (!stat) continue;
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// stat fields 14-17 (utime, stime, cutime, cstime) are f[11..14] after the command name
		ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
	}
	return (ticks / clockTicks()) * 1000;
}

export function sampleBrowser(marker: string): MemorySample {
	const pids = processTree(marker);
	let rss = 0;
	let pss = 0;
	let maxRss = 0;
	for (const pid of pids) {
		const r = kbField(read(`/proc/${pid}/status`), 'VmRSS');
		rss += r;
		maxRss = Math.max(maxRss, r);
		pss += kbField(read(`/proc/${pid}/smaps_rollup`), 'Pss');
	}
	return {
		at: Date.now(),
		rssBytes: rss,
		pssBytes: pss,
		maxProcessRssBytes: maxRss,
		processes: pids.length
	};
}

/** Samples every `intervalMs` until stopped; `peak(since)` gives the maxima over a time window. */
export class MemorySampler {
	private timer: ReturnType<typeof setInterval> | null = null;
	readonly samples: MemorySample[] = [];

	constructor(
		private readonly marker: string,
		private readonly intervalMs = 250
	) {}

	/** Take a sample now (at the edges of a measured phase, so short phases have one). */
	mark(): void {
		const s = sampleBrowser(this.marker);
		if (s.processes > 0) this.samples.push(s);
	}

	start(): void {
		if (this.timer) return;
		this.mark();
		this.timer = setInterval(() => this.mark(), this.intervalMs);
	}

	stop(): void {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}

	peak(since = 0, until = Number.POSITIVE_INFINITY): MemoryPeak {
		const window = this.samples.filter((s) => s.at >= since && s.at <= until);
		return {
			rssBytes: Math.max(0, ...window.map((s) => s.rssBytes)),
			pssBytes: Math.max(0, ...window.map((s) => s.pssBytes)),
			maxProcessRssBytes: Math.max(0, ...window.map((s) => s.maxProcessRssBytes)),
			samples: window.length
		};
	}
}
