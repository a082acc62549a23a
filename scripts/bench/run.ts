/// <reference types="node" />
// `npm run bench`: the benchmark harness. For each scale it generates (or reuses) the seed-world
// files, runs the measurements on native DuckDB (1 thread, then all threads) and in headless
// Chromium on the built app, then writes docs/bench/results-<date>.json, docs/bench/latest.json,
// docs/bench/segments-vs-scale.svg and the results block of docs/benchmarks.md.
//
//   npm run bench                                  # S, M and L (about 20 min on 2 cores)
//   npm run bench -- --scales S,M --runs 7
//   npm run bench -- --customers 2000 --runs 1 --no-docs   # a quick check
//
// Options: --scales S,M,L | --customers N · --runs 7 · --warmup 1 · --live-edits 20 ·
//   --threads 1,all · --no-browser · --no-native · --no-build · --no-docs · --port N ·
//   --data-dir DIR · --out DIR · --report FILE (re-render the docs from a results file only) ·
//   --loaded-retries 1 (a scale that ran with the load average above the core count is run
//   again this many times; if it stays loaded, the page is not written, only the raw results)
// Environment: BENCH_PORT (default: a free port), BENCH_BUILD_DIR (serve this build instead of
//   building), BENCH_DATA_DIR, BENCH_OUT_DIR, BENCH_PROFILE_DIR (browser profiles; default the
//   system temp dir), CHROMIUM_PATH, BENCH_KEEP_PROFILE=1, BENCH_SESSION=own (do not re-run
//   the harness in a session of its own; see ownSession).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDemo } from '../generate-demo';
import type { BrowserResult } from './browser';
import type { DataFiles, NativeResult } from './native';
import {
	LoadSampler,
	isQuiet,
	markHarness,
	publishRefusal,
	firstTouchUsPerPage,
	runSpread,
	slowMemory,
	settle,
	unsteady,
	type LoadRecord
} from './quiet';
import { runScale } from './scale';
import {
	evaluateTargets,
	renderMarkdown,
	renderSvg,
	spliceDoc,
	type BenchResults,
	type ScaleResult
} from './report';
import { DATA_TODAY, ENTITY_NAMES, SCALES, benchModel, compileSuite, type Scale } from './suite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchOptions {
	scales: Scale[];
	runs: number;
	warmup: number;
	liveEdits: number;
	threads: number[];
	browser: boolean;
	native: boolean;
	build: boolean;
	docs: boolean;
	port: number | null;
	dataDir: string;
	outDir: string;
	docPath: string;
	/** How many times a scale that ran on a loaded machine is run again before giving up. */
	loadedRetries: number;
	/** Only re-render the docs from this results file (no measurements). */
	report: string | null;
	log: (s: string) => void;
}

export function parseOptions(argv: string[]): BenchOptions {
	const { values } = parseArgs({
		args: argv,
		options: {
			scales: { type: 'string', default: 'S,M,L' },
			customers: { type: 'string' },
			runs: { type: 'string', default: '7' },
			warmup: { type: 'string', default: '1' },
			'live-edits': { type: 'string', default: '20' },
			threads: { type: 'string', default: '1,all' },
			'no-browser': { type: 'boolean', default: false },
			'no-native': { type: 'boolean', default: false },
			'no-build': { type: 'boolean', default: false },
			'no-docs': { type: 'boolean', default: false },
			port: { type: 'string' },
			'data-dir': { type: 'string' },
			out: { type: 'string' },
			report: { type: 'string' },
			'loaded-retries': { type: 'string', default: '1' },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help) {
		console.log(
			readFileSync(fileURLToPath(import.meta.url), 'utf8')
				.split('\n')
				.slice(1, 18)
				.join('\n')
		);
		process.exit(0);
	}
	const int = (s: string, name: string, min = 0) => {
		const n = Number(s.replaceAll('_', ''));
		if (!Number.isInteger(n) || n < min)
			throw new Error(`--${name} must be an integer ≥ ${min}, got ${s}`);
		return n;
	};
	let scales: Scale[];
	if (values.customers) {
		const n = int(values.customers, 'customers', 1);
		scales = [{ name: `n${n}`, customers: n }];
	} else {
		scales = values.scales.split(',').map((s) => {
			const scale = SCALES[s.trim().toUpperCase()];
			if (!scale) throw new Error(`Unknown scale ${s}; use ${Object.keys(SCALES).join(', ')}`);
			return scale;
		});
	}
	const threads = [
		...new Set(
			values.threads
				.split(',')
				.map((t) => (t.trim() === 'all' ? cpus().length : int(t.trim(), 'threads', 1)))
		)
	];
	const portText = values.port ?? process.env.BENCH_PORT;
	return {
		scales,
		runs: int(values.runs, 'runs', 1),
		warmup: int(values.warmup, 'warmup'),
		liveEdits: int(values['live-edits'], 'live-edits', 1),
		threads,
		browser: !values['no-browser'],
		native: !values['no-native'],
		build: !values['no-build'] && !process.env.BENCH_BUILD_DIR,
		docs: !values['no-docs'],
		port: portText ? int(portText, 'port', 1) : null,
		dataDir: resolve(values['data-dir'] ?? process.env.BENCH_DATA_DIR ?? join(ROOT, 'bench-data')),
		outDir: resolve(values.out ?? process.env.BENCH_OUT_DIR ?? join(ROOT, 'docs/bench')),
		docPath: join(ROOT, 'docs/benchmarks.md'),
		loadedRetries: int(values['loaded-retries'], 'loaded-retries'),
		report: values.report ? resolve(values.report) : null,
		log: (s) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`)
	};
}

// ---- data ------------------------------------------------------------------------------------

interface Manifest {
	entities: Record<
		string,
		{ rows: number; files: { csv?: { bytes: number }; parquet?: { bytes: number } } }
	>;
}

export async function ensureData(
	scale: Scale,
	dataDir: string,
	log: (s: string) => void
): Promise<DataFiles> {
	const dir = join(dataDir, scale.name);
	log(`${scale.name}: data in ${dir}`);
	const report = await generateDemo({
		customers: scale.customers,
		seed: 42,
		today: DATA_TODAY,
		out: dir,
		formats: ['csv', 'parquet'],
		force: false
	});
	const made = report.filter((r) => !r.skipped);
	if (made.length)
		log(`${scale.name}: generated ${made.map((r) => `${r.entity}.${r.format}`).join(', ')}`);
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
	const entities: DataFiles['entities'] = {};
	for (const e of ENTITY_NAMES) {
		const m = manifest.entities[e];
		if (!m?.files.csv || !m.files.parquet)
			throw new Error(`${dir}: ${e} is missing from the manifest`);
		entities[e] = {
			rows: m.rows,
			csv: join(dir, `${e}.csv`),
			parquet: join(dir, `${e}.parquet`),
			csvBytes: m.files.csv.bytes,
			parquetBytes: m.files.parquet.bytes
		};
	}
	return { dir, entities };
}

// ---- app build and server --------------------------------------------------------------------

function run(
	command: string,
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv = process.env
): Promise<void> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolvePromise()
				: reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))
		);
	});
}

function freePort(): Promise<number> {
	return new Promise((resolvePromise, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePromise(port));
		});
	});
}

/** Refuse a port another server holds: its answers would look like the app's (a stale build). */
function assertPortFree(port: number): Promise<void> {
	return new Promise((resolvePromise, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', () =>
			reject(
				new Error(
					`port ${port} is taken by another server (an earlier run's?): stop it, or give another BENCH_PORT`
				)
			)
		);
		server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise()));
	});
}

async function serve(
	buildDir: string,
	port: number
): Promise<{ url: string; child: ChildProcess }> {
	await assertPortFree(port);
	const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.js')], {
		cwd: ROOT,
		env: { ...process.env, SEGMENTS_BUILD_DIR: buildDir, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 200; i++) {
		if (child.exitCode !== null)
			throw new Error(`the app server exited (${child.exitCode}); is port ${port} taken?`);
		try {
			const res = await fetch(url + '/');
			if (res.ok) return { url, child };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`the app server did not answer on ${url}`);
}

/** URL path of DuckDB's eh wasm in a build (the engine worker's), if it can be found. */
function findWasm(buildDir: string): string | undefined {
	const dir = join(buildDir, '_app/immutable/workers/assets');
	try {
		const f = readdirSync(dir).find((n) => n.startsWith('duckdb-eh') && n.endsWith('.wasm'));
		return f ? `/_app/immutable/workers/assets/${f}` : undefined;
	} catch {
		return undefined;
	}
}

// ---- versions and machine ----------------------------------------------------------------------

function packageVersion(name: string): string {
	try {
		return (
			JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
				version: string;
			}
		).version;
	} catch {
		return 'unknown';
	}
}

function cpuModel(): string {
	return (cpus()[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
}

// ---- one scale ---------------------------------------------------------------------------------

function checks(native: NativeResult[], browser: BrowserResult | null): ScaleResult['checks'] {
	const mismatches: string[] = [];
	const typeDifferences: string[] = [];
	const ref = native[0];
	const results = [
		...native.slice(1).map((n) => ({ who: `native ${n.threads}T`, segs: n.segments })),
		...(browser ? [{ who: 'browser', segs: browser.segments }] : [])
	];
	if (ref)
		for (const r of results)
			for (const s of r.segs) {
				const want = ref.segments.find((x) => x.id === s.id)?.members;
				if (s.members !== null && want !== undefined && want !== null && s.members !== want)
					mismatches.push(`${s.id}: ${r.who} ${s.members} vs native ${ref.threads}T ${want}`);
			}
	if (ref && browser)
		for (const e of ENTITY_NAMES) {
			const a = JSON.stringify(browser.columns[e] ?? []);
			const b = JSON.stringify(ref.columns[e] ?? []);
			if (browser.columns[e] && a !== b) typeDifferences.push(`${e}: browser ${a} vs native ${b}`);
		}
	return {
		countsMatch: mismatches.length === 0,
		mismatches,
		typesMatch: typeDifferences.length === 0,
		typeDifferences
	};
}

/** A publishing run refused before it measured anything, because of the machine it is on. */
export class HostRefusal extends Error {}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
	const { log } = options;
	if (options.docs && !options.report) {
		// a host whose fresh memory is slow makes every figure its own: say so before an hour's run
		const memory = slowMemory(firstTouchUsPerPage());
		if (memory)
			throw new HostRefusal(
				`not measuring: ${memory}. Run it on another machine, or with --no-docs to measure anyway (nothing is published).`
			);
	}
	const started = new Date();
	const scales: ScaleResult[] = [];
	let server: { url: string; child: ChildProcess } | null = null;
	let wasmPath: string | undefined;
	const stop = () => server?.child.kill();
	process.once('SIGINT', () => {
		stop();
		process.exit(130);
	});
	const segmentsMeta: { id: string; title: string }[] = [];
	let nativeEngine = '';
	let browserName = '';
	let wasmEngine = '';
	try {
		const datasets = new Map<string, DataFiles>();
		for (const scale of options.scales)
			datasets.set(scale.name, await ensureData(scale, options.dataDir, log));

		if (options.browser) {
			const buildDir = resolve(process.env.BENCH_BUILD_DIR ?? join(ROOT, 'build'));
			if (options.build) {
				// a test build: the benchmark drives the engine through window.__segments
				log('building the app (SEGMENTS_TEST_HOOKS=1 npm run build)…');
				await run('npm', ['run', 'build'], ROOT, { ...process.env, SEGMENTS_TEST_HOOKS: '1' });
			}
			if (!existsSync(join(buildDir, 'index.html')))
				throw new Error(`No app build in ${buildDir}; run without --no-build.`);
			wasmPath = findWasm(buildDir);
			server = await serve(buildDir, options.port ?? (await freePort()));
			log(`serving ${relative(ROOT, buildDir) || buildDir} at ${server.url}`);
		}

		const profileRoot = resolve(process.env.BENCH_PROFILE_DIR ?? tmpdir());
		const workDir = join(options.dataDir, '.native');
		mkdirSync(workDir, { recursive: true });
		for (const scale of options.scales) {
			const data = datasets.get(scale.name)!;
			const rowCounts = Object.fromEntries(
				Object.entries(data.entities).map(([k, v]) => [k, v.rows])
			);
			const model = benchModel(rowCounts);
			const suite = compileSuite(ROOT, model, options.liveEdits + 1);
			if (segmentsMeta.length === 0)
				segmentsMeta.push(...suite.segments.map((s) => ({ id: s.id, title: s.title })));
			const discarded: number[] = [];
			// only a run that may publish waits for quiet (a --no-docs check runs at once)
			if (options.docs) await settle(log);
			let sampler = new LoadSampler();
			let startedAt = new Date().toISOString();
			log(
				`${scale.name}: ${[
					...(options.native ? options.threads.map((t) => `native ${t}T`) : []),
					...(server ? ['browser'] : [])
				].join(', ')}, taking turns`
			);
			const measureScale = () =>
				runScale({
					data,
					suite,
					model,
					threads: options.threads,
					native: options.native,
					browser: server
						? {
								baseUrl: server.url,
								profileDir: join(profileRoot, `segments-bench-${process.pid}-${scale.name}`),
								...(wasmPath ? { wasmPath } : {})
							}
						: null,
					runs: options.runs,
					warmup: options.warmup,
					workDir,
					log
				});
			// the load record, with how much native DuckDB's own runs disagreed and what fresh memory
			// cost before and after the scale
			const withSpread = (
				l: LoadRecord,
				m: Awaited<ReturnType<typeof measureScale>>,
				touchBefore: number
			): LoadRecord => {
				const spread = runSpread(
					m.native.find((n) => n.threads === 1)?.segments.map((q) => q.runsMs) ?? []
				);
				const firstTouchUs = Math.max(touchBefore, firstTouchUsPerPage());
				return { ...l, firstTouchUs, ...(spread === undefined ? {} : { nativeSpread: spread }) };
			};
			let touchBefore = firstTouchUsPerPage();
			let measured = await measureScale();
			let load = withSpread(sampler.stop(), measured, touchBefore);
			while (!isQuiet(load) && discarded.length < options.loadedRetries) {
				discarded.push(load.max1 ?? 0);
				const memory = slowMemory(load.firstTouchUs);
				log(
					memory
						? `${scale.name}: ${memory}; discarding and running the scale again`
						: unsteady(load)
							? `${scale.name}: native DuckDB's runs of the same query spread ${load.nativeSpread}× (median ÷ fastest; quiet runs 1.04–1.10): the host is busy; discarding and running the scale again`
							: `${scale.name}: load average reached ${load.max1?.toFixed(1)} on ${load.cores} cores; discarding and running the scale again`
				);
				if (options.docs) await settle(log);
				sampler = new LoadSampler();
				startedAt = new Date().toISOString();
				touchBefore = firstTouchUsPerPage();
				measured = await measureScale();
				load = withSpread(sampler.stop(), measured, touchBefore);
			}
			if (discarded.length) load.discarded = discarded;
			const { native, browser } = measured;
			nativeEngine = native[0]?.engineVersion ?? nativeEngine;
			if (browser) {
				browserName = browser.userAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? browserName;
				wasmEngine = browser.engine.duckdbVersion || wasmEngine;
			}
			const result: ScaleResult = {
				scale: scale.name,
				customers: scale.customers,
				entities: Object.fromEntries(
					Object.entries(data.entities).map(([k, v]) => [
						k,
						{ rows: v.rows, csvBytes: v.csvBytes, parquetBytes: v.parquetBytes }
					])
				),
				totalRows: Object.values(data.entities).reduce((a, e) => a + e.rows, 0),
				native,
				browser,
				checks: checks(native, browser),
				startedAt,
				finishedAt: new Date().toISOString(),
				loadAverage: load
			};
			if (!result.checks.countsMatch)
				log(`${scale.name}: COUNTS DIFFER: ${result.checks.mismatches.join('; ')}`);
			scales.push(result);
		}
	} finally {
		stop();
	}
	const finished = new Date();
	const partial: Omit<BenchResults, 'targets'> = {
		schema: 'segments-bench/1',
		date: started.toISOString().slice(0, 10),
		startedAt: started.toISOString(),
		finishedAt: finished.toISOString(),
		durationS: (finished.getTime() - started.getTime()) / 1000,
		machine: {
			cpus: cpus().length,
			cpuModel: cpuModel(),
			memoryBytes: totalmem(),
			os: `${platform()} ${release()}`,
			node: process.version
		},
		versions: {
			chromium: browserName || 'not run',
			playwright: packageVersion('@playwright/test'),
			duckdbWasmPackage: packageVersion('@duckdb/duckdb-wasm'),
			duckdbWasmEngine: wasmEngine || 'not run',
			duckdbNodeApiPackage: packageVersion('@duckdb/node-api'),
			duckdbNativeEngine: nativeEngine || 'not run'
		},
		config: {
			runs: options.runs,
			warmup: options.warmup,
			liveEdits: options.liveEdits,
			dataToday: DATA_TODAY,
			threads: options.threads
		},
		segments: segmentsMeta,
		scales
	};
	return { ...partial, targets: evaluateTargets(partial) };
}

export function writeResults(
	results: BenchResults,
	options: Pick<BenchOptions, 'outDir' | 'docs' | 'docPath' | 'log'>
): string[] {
	mkdirSync(options.outDir, { recursive: true });
	const json = JSON.stringify(results, null, '\t') + '\n';
	const refusal = options.docs ? publishRefusal(results.scales) : null;
	if (refusal) {
		const kept = join(options.outDir, `loaded-${results.date}.json`);
		writeFileSync(kept, json);
		options.log(`wrote ${relative(ROOT, kept) || kept}; ${refusal}`);
		return [kept];
	}
	const files = [
		join(options.outDir, `results-${results.date}.json`),
		join(options.outDir, 'latest.json')
	];
	for (const f of files) writeFileSync(f, json);
	const svgPath = join(options.outDir, 'segments-vs-scale.svg');
	writeFileSync(svgPath, renderSvg(results));
	files.push(svgPath);
	if (options.docs) {
		const doc = existsSync(options.docPath) ? readFileSync(options.docPath, 'utf8') : null;
		const plot = relative(dirname(options.docPath), svgPath).replaceAll('\\', '/');
		writeFileSync(options.docPath, spliceDoc(doc, renderMarkdown(results, plot)));
		files.push(options.docPath);
	}
	for (const f of files) options.log(`wrote ${relative(ROOT, f) || f}`);
	return files;
}

/** Format the page with the project's Prettier settings, so `prettier --check` passes after a run. */
async function formatDoc(path: string): Promise<void> {
	const prettier = await import('prettier');
	const config = (await prettier.resolveConfig(path)) ?? {};
	const text = readFileSync(path, 'utf8');
	writeFileSync(path, await prettier.format(text, { ...config, filepath: path }));
}

async function main(): Promise<void> {
	// everything started from here on (server, browsers and their helpers) carries the mark
	markHarness();
	const options = parseOptions(process.argv.slice(2));
	let results: BenchResults;
	if (options.report) {
		const { targets: _old, ...rest } = JSON.parse(
			readFileSync(options.report, 'utf8')
		) as BenchResults;
		results = { ...rest, targets: evaluateTargets(rest) };
	} else results = await runBench(options);
	const written = writeResults(results, options);
	if (written.includes(options.docPath)) await formatDoc(options.docPath);
	else if (options.docs && !options.report) process.exitCode = 3;
	for (const t of results.targets)
		options.log(
			`${t.met === null ? '?' : t.met ? 'met ' : 'MISS'}  ${t.target}: ${t.measured}${t.gap ? ` — ${t.gap}` : ''}`
		);
}

/**
 * Run the harness in a session of its own (setsid, as Playwright does for the browser). Linux
 * schedules by session ("autogroup"): left in the caller's session, native DuckDB would share one
 * CPU share with everything else started from that terminal while the browser had a share of its
 * own, and on a busy machine native times came out several times slower than they are.
 */
function ownSession(): Promise<number> | null {
	if (process.platform !== 'linux' || process.env.BENCH_SESSION === 'own') return null;
	return new Promise((resolvePromise) => {
		const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
			detached: true,
			stdio: 'inherit',
			env: { ...process.env, BENCH_SESSION: 'own' }
		});
		const forward = () => child.kill('SIGINT');
		process.on('SIGINT', forward);
		process.on('SIGTERM', forward);
		child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
	});
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
	const session = ownSession();
	if (session) void session.then((code) => process.exit(code));
	else
		main().catch((error: unknown) => {
			if (error instanceof HostRefusal) {
				console.error(error.message);
				process.exit(3);
			}
			console.error(error instanceof Error ? (error.stack ?? error.message) : error);
			process.exit(1);
		});
}
