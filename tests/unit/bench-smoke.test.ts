// Keeps the benchmark harness (scripts/bench) from rotting without running a benchmark: a tiny
// seed world is generated, the query suite is compiled by the app's compiler and run on native
// DuckDB with 1 and 2 threads, and the results are rendered (JSON, Markdown, SVG) into a
// temporary directory. The browser half needs a build and a browser and is left to `npm run bench`
// (`npm run bench -- --customers 2000 --runs 1 --no-docs --out /tmp/x` checks it in ~1 minute).
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOptions, runBench, writeResults } from '../../scripts/bench/run';
import {
	LoadSampler,
	cpuSplit,
	hasMark,
	markHarness,
	isQuiet,
	firstTouchUsPerPage,
	FIRST_TOUCH_MAX_US,
	runSpread,
	publishRefusal,
	treeTicks
} from '../../scripts/bench/quiet';
import { spawn } from 'node:child_process';
import { renderMarkdown } from '../../scripts/bench/report';
import { compileSuite, benchModel } from '../../scripts/bench/suite';
import { percentile, median, scalingExponent } from '../../scripts/bench/stats';

const dir = mkdtempSync(join(tmpdir(), 'segments-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmark harness (smoke)', () => {
	it('compiles every suite segment with the real compiler', () => {
		const suite = compileSuite(process.cwd(), benchModel(), 3);
		expect(suite.segments.map((s) => s.id)).toEqual([
			'seed',
			'path3',
			'aggregate',
			'chain5',
			'contains',
			'sequence',
			'top10',
			'zerocount',
			'backfill12',
			'overlap6',
			'overlap6-runs',
			'differences',
			'why-seed',
			'why-aggregate'
		]);
		for (const s of suite.segments)
			expect(s.sql.count).toMatch(/^(WITH|SELECT (sum\(members\)|count\(\*\)) AS members FROM)/);
		expect(suite.live).toHaveLength(3);
		expect(new Set(suite.live.map((l) => l.sql)).size).toBe(3);
		expect(suite.segments.find((s) => s.id === 'path3')?.sql.count).toContain(
			'JOIN "bench_onlineaccounts"'
		);
	});

	it('has honest statistics', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(percentile([1, 2, 3, 4, 5, 6, 7], 95)).toBe(7);
		expect(scalingExponent(10, 5, 1000, 500)).toBeCloseTo(1);
	});

	it('generates data, runs the native half and writes the results', async () => {
		const options = {
			...parseOptions([
				'--customers',
				'300',
				'--runs',
				'1',
				'--live-edits',
				'2',
				'--threads',
				'1,2'
			]),
			browser: false,
			docs: false,
			loadedRetries: 0,
			dataDir: join(dir, 'data'),
			outDir: join(dir, 'out'),
			log: () => {}
		};
		const results = await runBench(options);
		const [scale] = results.scales;
		expect(scale?.totalRows).toBeGreaterThan(300 * 20);
		expect(scale?.native.map((n) => n.threads)).toEqual([1, 2]);
		for (const n of scale!.native) {
			expect(n.engineVersion).toMatch(/^v1\.4\.3/);
			expect(n.imports.filter((i) => i.error)).toEqual([]);
			expect(n.imports.map((i) => i.rows)).toEqual(
				[...Object.values(scale!.entities), ...Object.values(scale!.entities)].map((e) => e.rows)
			);
			expect(n.segments.map((s) => s.error ?? null)).toEqual(Array(14).fill(null));
			expect(n.segments.every((s) => s.members !== null && s.members >= 0)).toBe(true);
			expect(n.segments.some((s) => (s.members ?? 0) > 0)).toBe(true);
			expect(n.export.rows).toBe(300);
		}
		expect(scale?.checks.countsMatch).toBe(true);
		const files = writeResults(results, { ...options, docs: false });
		const latest = JSON.parse(readFileSync(join(dir, 'out/latest.json'), 'utf8')) as {
			schema: string;
		};
		expect(latest.schema).toBe('segments-bench/1');
		expect(files.some((f) => f.endsWith('.svg'))).toBe(true);
		expect(readFileSync(join(dir, 'out/segments-vs-scale.svg'), 'utf8')).toMatch(
			/^<svg[^>]*>[\s\S]*<\/svg>\n$/
		);
		const md = renderMarkdown(results, 'bench/segments-vs-scale.svg');
		expect(md).toContain('| n300 | seed |');
		expect(md).toContain('### Targets');

		// A run in which a scale stayed loaded never becomes the published page.
		const docPath = join(dir, 'benchmarks.md');
		writeFileSync(docPath, 'published page\n');
		const cores = cpus().length;
		const loaded = {
			...results,
			scales: results.scales.map((s) => ({
				...s,
				loadAverage: { before: [1], after: [1], max1: cores + 3, cores }
			}))
		};
		const written = writeResults(loaded, {
			...options,
			outDir: join(dir, 'loaded'),
			docs: true,
			docPath
		});
		expect(written).toEqual([join(dir, 'loaded', `loaded-${results.date}.json`)]);
		expect(readFileSync(docPath, 'utf8')).toBe('published page\n');
		expect(existsSync(join(dir, 'loaded', 'latest.json'))).toBe(false);
	}, 90_000);

	it("tells the harness's own CPU from other processes'", async () => {
		const spin = 'timeout 1 sh -c "while :; do :; done"';
		const ended = (args: string[]) =>
			new Promise<void>((done) => spawn('sh', args, { stdio: 'ignore' }).on('exit', () => done()));
		// a child of the harness (a build, the browser), busy for a second: the harness's own
		const t0 = treeTicks()!;
		await ended(['-c', spin]);
		const t1 = treeTicks()!;
		expect(t1 - t0).toBeGreaterThanOrEqual(50);
		// a process it started but left to run on its own (another program): not the harness's
		await ended(['-c', `(${spin} &) ; exit 0`]);
		await new Promise((r) => setTimeout(r, 1300));
		expect(treeTicks()! - t1).toBeLessThan(30);
		// the sampler reports what other processes took
		expect(new LoadSampler().stop().outsideMax).toBeGreaterThanOrEqual(0);
	});

	it("splits CPU between the harness's processes and others, through exits and hand-overs to init", () => {
		const p = (ppid: number, own: number, children = 0) => ({ ppid, own, children });
		const ROOT = 100;
		const members = new Set<number>();
		const t0 = new Map([
			[1, p(0, 50)], // init
			[2, p(0, 0)], // kthreadd
			[ROOT, p(1, 10)],
			[101, p(ROOT, 200)], // the browser
			[102, p(101, 300)], // its helper
			[103, p(102, 40)], // a helper's helper
			[300, p(1, 5)], // another program
			[301, p(2, 0)] // a kernel thread
		]);
		cpuSplit(new Map(), t0, members, ROOT);
		expect([...members].sort()).toEqual([100, 101, 102, 103]);
		// the browser shuts down: helper 102 ended after 20 more ticks and was waited for by the
		// browser; its helper 103, handed to init, ended after 5 more ticks and init waited for it; the other
		// program used 30 ticks; the kernel thread wrote the harness's files for 80 ticks
		const t1 = new Map([
			[1, p(0, 51, 45)],
			[2, p(0, 0)],
			[ROOT, p(1, 15)],
			[101, p(ROOT, 210, 320)],
			[300, p(1, 35)],
			[301, p(2, 80)]
		]);
		// (103's last 5 ticks are lost: init's waits are not counted, they are orphans' totals)
		expect(cpuSplit(t0, t1, members, ROOT)).toEqual({ tree: 5 + 10 + 20, outside: 1 + 30 });
		expect(members.has(102)).toBe(false);
		// a helper started and ended between two reads, handed to init on the way: not other work
		const t2 = new Map([...t1, [1, p(0, 51, 45 + 150)]]);
		expect(cpuSplit(t1, t2, members, ROOT).outside).toBe(0);
		// a helper whose parent exited before any read saw it (a double fork, as a crash handler
		// does) hangs from init: by its mark in the environment it is still the harness's
		const t3 = new Map([...t2, [400, p(1, 60)]]);
		expect(cpuSplit(t2, t3, new Set(members), ROOT).outside).toBe(60);
		expect(cpuSplit(t2, t3, members, ROOT, (pid) => pid === 400)).toEqual({ tree: 60, outside: 0 });
	});

	it('reads the mark a process of the harness inherits', async () => {
		const mark = markHarness();
		const child = spawn('sleep', ['5']);
		try {
			await new Promise((r) => child.once('spawn', r));
			expect(hasMark(child.pid!, mark)).toBe(true);
			expect(hasMark(1, mark)).toBe(false);
		} finally {
			child.kill();
		}
	});

	it('publishes only figures measured on a quiet machine', () => {
		expect(isQuiet({ before: [0.5], after: [1.9], max1: 2, cores: 2 })).toBe(true);
		expect(isQuiet({ before: [0.5], after: [0.4], max1: 2.1, cores: 2 })).toBe(false);
		expect(isQuiet({ before: [5.2], after: [0.4], cores: 2 })).toBe(false);
		// above the cores only through the harness's own processes: quiet; with other work: not
		expect(isQuiet({ before: [1], after: [1], max1: 2.1, cores: 2, outsideMax: 0.1 })).toBe(true);
		expect(isQuiet({ before: [1], after: [1], max1: 2.1, cores: 2, outsideMax: 0.9 })).toBe(false);
		const quiet = { scale: 'S', loadAverage: { before: [1], after: [1], max1: 1.5, cores: 2 } };
		const busy = { scale: 'L', loadAverage: { before: [1], after: [6], max1: 6.4, cores: 2 } };
		// a busy host the load average does not show: native DuckDB's own runs disagree
		// (native 1T run times at L, ms: the quiet run of 2026-12-03 afternoon, then that evening's)
		const quietRuns = [
			[58.13, 56.24, 51.04, 59.1, 63.85, 53.5, 56.31],
			[92.65, 95.96, 98.4, 92.44, 92.47, 100.54, 89.89],
			[1121.27, 1120.07, 1091.19, 1123.46, 1122.02, 1191.27, 1164.12],
			[4.1, 9.8, 4.0] // under 50 ms: left out
		];
		const busyRuns = [
			[173.72, 132.58, 175.54, 71.86, 144.03, 135.56, 81.7],
			[92.54, 110.49, 218.14, 89.92, 143.92, 126.51, 245.34],
			[1943.25, 1937.41, 1597.28, 1183.9, 1667.17, 1693.53, 1808.78]
		];
		expect(runSpread(quietRuns)).toBeCloseTo(1.031, 3);
		expect(runSpread(busyRuns)).toBeCloseTo(1.43, 3);
		expect(runSpread([[60, 61, 62]])).toBeUndefined();
		const steady = { before: [1], after: [1], max1: 1.5, cores: 2 };
		expect(isQuiet({ ...steady, nativeSpread: runSpread(quietRuns)! })).toBe(true);
		expect(isQuiet({ ...steady, nativeSpread: runSpread(busyRuns)! })).toBe(false);
		expect(
			publishRefusal([{ scale: 'M', loadAverage: { ...steady, nativeSpread: 1.36 } }])
		).toMatch(/M ran \(native DuckDB's runs of the same query spread 1\.36×.*the host was busy\)/);
		expect(publishRefusal([quiet])).toBeNull();
		expect(publishRefusal([quiet, busy])).toMatch(
			/loaded while L ran \(load average up to 6\.4 on 2 cores\)/
		);
		// a host whose fresh memory is slow (12.4 µs per page on the host of 2026-12-03, evening)
		expect(isQuiet({ ...steady, nativeSpread: 1.05, firstTouchUs: 1.1 })).toBe(true);
		expect(isQuiet({ ...steady, nativeSpread: 1.05, firstTouchUs: 12.4 })).toBe(false);
		expect(
			publishRefusal([{ scale: 'S', loadAverage: { ...steady, firstTouchUs: 12.4 } }])
		).toMatch(/S ran \(a first write to fresh memory costs 12\.4 µs per page here/);
	});

	it('measures what a first write to fresh memory costs on this machine', () => {
		const us = firstTouchUsPerPage(1);
		// whatever the machine: a positive cost per page, far below a millisecond
		expect(us).toBeGreaterThan(0);
		expect(us).toBeLessThan(1000);
		expect(FIRST_TOUCH_MAX_US).toBeGreaterThan(2);
	});
});
