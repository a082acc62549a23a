/// <reference types="node" />
// The browser half: headless Chromium on the built app, driven through the app's own engine client
// (window.__segments.engine, set by src/routes/+layout.svelte). Files reach the engine as File
// objects from an <input type=file> added to the page (Playwright hands Chromium the paths; nothing
// is copied through the protocol). Each timing is taken inside the page with performance.now();
// CPU time is read from /proc for all the browser's processes. The scale runner (scale.ts)
// interleaves these steps with native DuckDB's, so both see the same machine load.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { EngineClient } from '../../src/lib/engine/client';
import type { DataModel } from '../../src/lib/segments/data-model';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import type { CachedLivePlan } from '../../src/lib/segments/live-plan';
import { MemorySampler, browserCpuMs, type MemoryPeak } from './memory';
import type { NativeImport, SegmentTiming, Step } from './native';
import { ENTITY_NAMES, tableOf } from './suite';
import { median, type Timing } from './stats';

/** The flags the end-to-end tests use (playwright.config.ts). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export function chromiumPath(): string | undefined {
	return (
		process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
	);
}

interface BenchWindow {
	__segments?: { engine: EngineClient };
	__benchReopen?: ReopenMarks;
	__benchLongTasks?: { start: number; duration: number }[];
}

interface ReopenMarks {
	origin: number;
	appAt?: number;
	readyAt?: number;
	tileAt?: number;
	tileText?: string;
	queryAt?: number;
	queryMembers?: number;
	queryError?: string;
	persistent?: boolean;
}

export interface BrowserImport extends NativeImport {
	stageMs: number;
	commitMs: number;
	/** DuckDB's own accounting right after the import (duckdb_memory()). */
	duckdbMemoryBytes: number;
	/** Peak over all browser processes while the file was imported. */
	peak: MemoryPeak;
}

export interface BrowserExport {
	rows: number;
	bytes: number;
	ms: number;
	cpuMs: number;
	chunks: number;
	/** Of `ms`, the final `new Blob(chunks)` (what the app's download sink does on close). */
	blobMs: number;
	longTasks: number;
	longestTaskMs: number;
}

export interface BrowserReopen {
	/** From page.goto to the tile showing a count the engine computed in this session. */
	computedTileMs: number | null;
	/** From page.goto to the engine client reporting ready (database reopened from OPFS). */
	engineReadyMs: number | null;
	/** From page.goto to a count query (issued as soon as the client exists) returning. */
	firstQueryMs: number | null;
	/** From page.goto to the tile showing the count stored by the previous session. */
	storedTileMs: number | null;
	/** From page.goto to the app's script having run (window.__segments set). */
	appMs: number | null;
	/** From page.goto to the engine worker's start, and to its fetch of DuckDB's wasm ending. */
	workerMs: number | null;
	wasmFetchedMs: number | null;
	/** Diagnostic, after the reopen: compiling DuckDB's wasm once more in the page. */
	wasmCompileMs: number | null;
	/**
	 * From page.goto to each of the engine worker's start marks (src/lib/engine/worker/
	 * start-marks.ts: script, wasm-compiled, instantiated, opened, write-checked, ready).
	 */
	startMarksMs: Record<string, number> | null;
	members: number | null;
	/** Every reopen's first-query time (the median one is reported above). */
	firstQueryRunsMs: number[];
	/** Diagnostic: the same reopen right after a run kept 1M members (un-checkpointed WAL). */
	afterLargeRun: { engineReadyMs: number | null; firstQueryMs: number | null } | null;
	persistent: boolean | null;
	launchMs: number;
}

export interface BrowserResult {
	userAgent: string;
	engine: { duckdbVersion: string; persistent: boolean; settings: Record<string, string> };
	launchMs: number;
	coldStartMs: number;
	/** `SELECT 1` through engine.rows: the fixed cost in every browser query time (and CPU). */
	baseline: { ms: number; cpuMs: number } | null;
	imports: BrowserImport[];
	columns: Record<string, { name: string; type: string }[]>;
	segments: SegmentTiming[];
	live:
		| (Timing & {
				compileMedianMs: number;
				withCompileMedianMs: number;
				withCompileP95Ms: number;
				/** Median CPU time of all browser processes per edit. */
				cpuMs: number;
		  })
		| null;
	/**
	 * Edits to one group of the seed example through the engine's group-member cache (liveCount,
	 * as LiveCounts sends them): the first edit (cold: every group computed) and the following ones.
	 */
	liveCached:
		| (Timing & {
				coldMs: number;
				compileMedianMs: number;
				withCompileMedianMs: number;
				withCompileP95Ms: number;
				/** Median groups taken from the cache per following edit. */
				reusedMedian: number;
				cpuMs: number;
		  })
		| null;
	/** Tuning issue 15's behaviour conditions (suite.ts behaviourLive), by suite id. */
	behaviourLive?: Record<
		string,
		Timing & {
			what: string;
			coldMs: number;
			withCompileMedianMs: number;
			withCompileP95Ms: number;
			/** Median kept parts (events, ranked customers, …) reused per following edit. */
			partsReusedMedian: number;
		}
	> | null;
	exportRun: { members: number; runMs: number } | null;
	export: BrowserExport | null;
	reopen: BrowserReopen | null;
	duckdb: { memoryBytes: number; databaseBytes: number; memory: Record<string, number> } | null;
	peak: MemoryPeak & { phases: Record<string, MemoryPeak> };
	errors: string[];
}

async function launch(
	profileDir: string
): Promise<{ context: BrowserContext; page: Page; ms: number }> {
	const t = performance.now();
	const executablePath = chromiumPath();
	const context = await chromium.launchPersistentContext(profileDir, {
		...(executablePath ? { executablePath } : {}),
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1360, height: 900 },
		// the app's service worker would precache 42 MB in the background while we measure
		serviceWorkers: 'block'
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return { context, page, ms: performance.now() - t };
}

async function waitReady(page: Page): Promise<void> {
	await page.waitForFunction(
		() => (window as unknown as BenchWindow).__segments?.engine.status === 'ready',
		undefined,
		{ timeout: 300_000, polling: 20 }
	);
}

const maxPeak = (a: MemoryPeak | undefined, b: MemoryPeak): MemoryPeak =>
	a
		? {
				rssBytes: Math.max(a.rssBytes, b.rssBytes),
				pssBytes: Math.max(a.pssBytes, b.pssBytes),
				maxProcessRssBytes: Math.max(a.maxProcessRssBytes, b.maxProcessRssBytes),
				samples: a.samples + b.samples
			}
		: b;

export class BrowserSession {
	readonly errors: string[] = [];
	readonly phases: Record<string, MemoryPeak> = {};
	userAgent = '';
	engine: BrowserResult['engine'] = { duckdbVersion: '', persistent: false, settings: {} };
	coldStartMs = 0;
	/** The fixed cost of one query: `SELECT 1` through engine.rows (median of 5), wall and CPU. */
	baseline: { ms: number; cpuMs: number } | null = null;
	crashed = false;
	private closed = false;

	private constructor(
		private readonly profileDir: string,
		private readonly baseUrl: string,
		private readonly sampler: MemorySampler,
		private context: BrowserContext,
		private page: Page,
		readonly launchMs: number,
		private readonly log: (s: string) => void
	) {
		page.on('crash', () => {
			this.crashed = true;
			this.errors.push('the page crashed');
		});
	}

	static async open(options: {
		baseUrl: string;
		profileDir: string;
		log: (s: string) => void;
	}): Promise<BrowserSession> {
		const { profileDir } = options;
		rmSync(profileDir, { recursive: true, force: true });
		mkdirSync(profileDir, { recursive: true });
		const sampler = new MemorySampler(profileDir);
		sampler.start();
		const { context, page, ms } = await launch(profileDir);
		const s = new BrowserSession(
			profileDir,
			options.baseUrl,
			sampler,
			context,
			page,
			ms,
			options.log
		);
		const t0 = Date.now();
		await page.goto(options.baseUrl + '/');
		await waitReady(page);
		s.coldStartMs = Date.now() - t0;
		s.userAgent = await page.evaluate(() => navigator.userAgent);
		s.engine = await page.evaluate(() => {
			const e = (window as unknown as BenchWindow).__segments!.engine;
			return {
				duckdbVersion: e.info?.duckdbVersion ?? '',
				persistent: e.info?.persistent ?? false,
				settings: e.info?.settings ?? {}
			};
		});
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.type = 'file';
			input.id = 'bench-files';
			input.style.display = 'none';
			document.body.append(input);
		});
		const ones: Step<number>[] = [];
		for (let i = 0; i < 6; i++) {
			const r = await s.query('baseline', 'SELECT 1 AS one', { label: 'bench' });
			if (r && i > 0) ones.push(r);
		}
		s.baseline = {
			ms: median(ones.map((r) => r.ms)),
			cpuMs: median(ones.map((r) => r.cpuMs))
		};
		return s;
	}

	/** Run a step; record its memory peak (merged by name) and any error instead of throwing. */
	private async phase<T>(name: string, f: () => Promise<T>): Promise<T | null> {
		if (this.crashed) return null;
		const since = Date.now();
		this.sampler.mark();
		try {
			return await f();
		} catch (e) {
			const msg = `${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
			this.errors.push(msg);
			this.log(`    ! browser ${msg}`);
			return null;
		} finally {
			this.sampler.mark();
			this.phases[name] = maxPeak(this.phases[name], this.sampler.peak(since));
		}
	}

	/** A step with the CPU time all browser processes used during it. */
	private async cpu<T>(name: string, f: () => Promise<T>): Promise<Step<T> | null> {
		const c0 = browserCpuMs(this.profileDir);
		const t = performance.now();
		const value = await this.phase(name, f);
		if (value === null) return null;
		return { value, ms: performance.now() - t, cpuMs: browserCpuMs(this.profileDir) - c0 };
	}

	async importFile(
		entity: string,
		format: 'csv' | 'parquet',
		path: string,
		bytes: number
	): Promise<BrowserImport> {
		const since = Date.now();
		const name = `import ${entity}.${format}`;
		const r = await this.cpu(name, async () => {
			await this.page.setInputFiles('#bench-files', path);
			return this.page.evaluate(async (table) => {
				const engine = (window as unknown as BenchWindow).__segments!.engine;
				const input = document.getElementById('bench-files') as HTMLInputElement;
				const f = input.files![0]!;
				const t0 = performance.now();
				const staged = await engine.stage(f, {}, () => {});
				const t1 = performance.now();
				const choices = staged.columns.map((c) => ({
					source: c.source,
					name: c.name,
					kind: c.detected ?? ('string' as const),
					include: c.detected !== null
				}));
				const committed = await engine.commit(staged.stageId, table, choices, () => {});
				const t2 = performance.now();
				const [mem] = await engine.rows(
					'SELECT sum(memory_usage_bytes) AS bytes FROM duckdb_memory()'
				);
				return {
					stageMs: t1 - t0,
					commitMs: t2 - t1,
					rows: committed.rowCount,
					malformed: staged.malformed.count,
					memory: Number(mem?.['bytes'] ?? 0)
				};
			}, tableOf(entity));
		});
		const peak = this.sampler.peak(since);
		if (!r)
			return {
				entity,
				format,
				bytes,
				rows: 0,
				stageMs: Number.NaN,
				commitMs: Number.NaN,
				totalMs: Number.NaN,
				mbPerS: Number.NaN,
				cpuMs: Number.NaN,
				duckdbMemoryBytes: 0,
				peak,
				error: this.errors[this.errors.length - 1] ?? 'failed'
			};
		const v = r.value;
		const totalMs = v.stageMs + v.commitMs;
		return {
			entity,
			format,
			bytes,
			rows: v.rows,
			stageMs: v.stageMs,
			commitMs: v.commitMs,
			totalMs,
			mbPerS: bytes / 1e6 / (totalMs / 1000),
			cpuMs: r.cpuMs,
			duckdbMemoryBytes: v.memory,
			peak,
			...(v.malformed ? { error: `${v.malformed} malformed rows` } : {})
		};
	}

	async columns(): Promise<BrowserResult['columns']> {
		const out: BrowserResult['columns'] = {};
		await this.phase('columns', async () => {
			for (const entity of ENTITY_NAMES) {
				const info = await this.page.evaluate(
					(table) => (window as unknown as BenchWindow).__segments!.engine.tableInfo(table),
					tableOf(entity)
				);
				out[entity] = info.columns.map((c) => ({ name: c.name, type: c.duckdbType }));
			}
		});
		return out;
	}

	/** One run of a statement through engine.rows, timed in the page; `members` from column 0. */
	private async query(
		name: string,
		sql: string,
		options: { key?: string; label: string }
	): Promise<Step<number> | null> {
		const r = await this.cpu(name, () =>
			this.page.evaluate(
				async ({ sql, key, label }) => {
					const engine = (window as unknown as BenchWindow).__segments!.engine;
					const t = performance.now();
					const [row] = await engine.rows(sql, {
						priority: 'interactive',
						label,
						...(key ? { key } : {})
					});
					const ms = performance.now() - t;
					return { ms, members: Number(Object.values(row ?? {})[0] ?? 0) };
				},
				{ sql, key: options.key ?? null, label: options.label }
			)
		);
		return r ? { value: r.value.members, ms: r.value.ms, cpuMs: r.cpuMs } : null;
	}

	/** One run of a segment's `count` statement. */
	count(id: string, sql: string): Promise<Step<number> | null> {
		return this.query(`segment ${id}`, sql, { label: 'bench' });
	}

	/** One live count, as LiveCounts.count sends it (interactive, with a supersede key). */
	live(sql: string): Promise<Step<number> | null> {
		return this.query('live counts', sql, { key: 'live-count-bench', label: 'Counting members' });
	}

	/** One live count through the group-member cache, as LiveCounts sends it. */
	async liveCached(
		plan: CachedLivePlan
	): Promise<Step<{ members: number; reused: number; partsReused: number }> | null> {
		const r = await this.cpu('live counts (cached)', () =>
			this.page.evaluate(
				async ({ groups, combine }) => {
					const engine = (window as unknown as BenchWindow).__segments!.engine;
					const t = performance.now();
					const counted = await engine.liveCount(groups, combine, {
						priority: 'interactive',
						key: 'live-count-bench',
						label: 'Counting members'
					});
					return {
						ms: performance.now() - t,
						members: counted.members,
						reused: counted.reused,
						partsReused: counted.partsReused ?? 0
					};
				},
				{ groups: plan.groups, combine: plan.combine }
			)
		);
		return r
			? {
					value: {
						members: r.value.members,
						reused: r.value.reused,
						partsReused: r.value.partsReused
					},
					ms: r.value.ms,
					cpuMs: r.cpuMs
				}
			: null;
	}

	/** A run keeping the segment's members (engine.snapshotDiff, as a refresh does). */
	async keepMembers(
		id: string,
		membersSql: string
	): Promise<{ members: number; runMs: number } | null> {
		return this.phase('export run', () =>
			this.page.evaluate(
				async ({ id, membersSql }) => {
					const engine = (window as unknown as BenchWindow).__segments!.engine;
					const r0 = performance.now();
					const diff = await engine.snapshotDiff(id, membersSql, 100, { label: 'bench run' });
					return { members: diff.members, runMs: performance.now() - r0 };
				},
				{ id, membersSql }
			)
		);
	}

	/** engine.exportCsv with the chunks collected into a Blob, watching for long tasks. */
	async exportCsv(exportSql: string): Promise<BrowserExport | null> {
		const r = await this.cpu('export', () =>
			this.page.evaluate(async (exportSql) => {
				const w = window as unknown as BenchWindow;
				const engine = w.__segments!.engine;
				w.__benchLongTasks = [];
				const observer = new PerformanceObserver((list) => {
					for (const e of list.getEntries())
						w.__benchLongTasks!.push({ start: e.startTime, duration: e.duration });
				});
				observer.observe({ type: 'longtask', buffered: false });
				await new Promise((r) => setTimeout(r, 50));
				// what the download fallback of the app's file sink (src/lib/sharing/save-file.ts) does:
				// chunks folded into a Blob every 8 MiB, one Blob of those on close
				const folded: Blob[] = [];
				let parts: Uint8Array[] = [];
				let partBytes = 0;
				let chunkCount = 0;
				const t0 = performance.now();
				const done = await engine.exportCsv(exportSql, (chunk) => {
					chunkCount++;
					parts.push(chunk);
					partBytes += chunk.byteLength;
					if (partBytes >= 8 * 1024 * 1024) {
						folded.push(new Blob(parts as BlobPart[]));
						parts = [];
						partBytes = 0;
					}
				});
				const tb = performance.now();
				const blob = new Blob([...folded, ...(parts as BlobPart[])], { type: 'text/csv' });
				const t1 = performance.now();
				await new Promise((r) => setTimeout(r, 200));
				observer.disconnect();
				const tasks = w.__benchLongTasks.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
				return {
					rows: done.rows,
					bytes: blob.size,
					ms: t1 - t0,
					blobMs: t1 - tb,
					chunks: chunkCount,
					longTasks: tasks.length,
					longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration))
				};
			}, exportSql)
		);
		return r ? { ...r.value, cpuMs: r.cpuMs } : null;
	}

	async duckdbMemory(): Promise<BrowserResult['duckdb']> {
		return this.phase('duckdb memory', () =>
			this.page.evaluate(async () => {
				const engine = (window as unknown as BenchWindow).__segments!.engine;
				const rows = await engine.rows(
					'SELECT tag, memory_usage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0'
				);
				const size = await engine.databaseSize();
				const memory: Record<string, number> = {};
				for (const r of rows) memory[String(r['tag'])] = Number(r['memory_usage_bytes']);
				return {
					memoryBytes: Object.values(memory).reduce((a, b) => a + b, 0),
					databaseBytes: size.bytes,
					memory
				};
			})
		);
	}

	/**
	 * Reopen with the data persisted: checkpoint, store the data model and a never-run seed
	 * segment in IndexedDB, close the browser, then start it again on the same profile (see
	 * BrowserReopen for what is measured). Ends this session's main page.
	 */
	async reopen(options: {
		model: DataModel;
		seed: { definition: SegmentDefinition; countSql: string };
		exportSegment: { id: string; membersSql: string };
		wasmPath?: string;
	}): Promise<BrowserReopen | null> {
		if (this.crashed) return null;
		const { profileDir, baseUrl } = this;
		await this.phase('checkpoint', () =>
			this.page.evaluate(() =>
				(window as unknown as BenchWindow).__segments!.engine.exec('CHECKPOINT')
			)
		);
		await this.phase('store model', () =>
			storeModel(this.page, options.model, options.seed.definition)
		);
		await this.context.close();
		this.closed = true;
		const a = await this.phase('reopen (tile)', () => reopen(profileDir, baseUrl, null));
		// the start is dominated by fixed costs that vary with the machine's load: three times,
		// the median reported
		const bs: Awaited<ReturnType<typeof reopen>>[] = [];
		for (let i = 0; i < 3; i++) {
			const one = await this.phase(`reopen (query)`, () =>
				reopen(profileDir, baseUrl, options.seed.countSql, options.wasmPath)
			);
			if (one) bs.push(one);
		}
		const order = [...bs].sort((x, y) => (x.queryMs ?? Infinity) - (y.queryMs ?? Infinity));
		const b = order[Math.floor((order.length - 1) / 2)];
		// diagnostic: reopen right after a run kept the every-customer segment's members (the
		// app does not checkpoint after a run, so the next start replays them from the WAL)
		const c = await this.phase('reopen (after a large run)', async () => {
			const again = await launch(profileDir);
			try {
				await again.page.goto(baseUrl + '/');
				await waitReady(again.page);
				await again.page.evaluate(async ({ id, membersSql }) => {
					const engine = (window as unknown as BenchWindow).__segments!.engine;
					await engine.snapshotDiff(id, membersSql, 100, { label: 'bench run' });
				}, options.exportSegment);
			} finally {
				await again.context.close();
			}
			return reopen(profileDir, baseUrl, options.seed.countSql);
		});
		return {
			computedTileMs: a?.tileMs ?? null,
			engineReadyMs: b?.readyMs ?? a?.readyMs ?? null,
			firstQueryMs: b?.queryMs ?? null,
			storedTileMs: b?.tileMs ?? null,
			appMs: b?.appMs ?? a?.appMs ?? null,
			workerMs: b?.workerMs ?? null,
			wasmFetchedMs: b?.wasmFetchedMs ?? null,
			wasmCompileMs: b?.wasmCompileMs ?? null,
			startMarksMs: b?.startMarksMs ?? null,
			members: b?.members ?? null,
			firstQueryRunsMs: bs.map((x) => x.queryMs ?? Number.NaN),
			afterLargeRun: c ? { engineReadyMs: c.readyMs, firstQueryMs: c.queryMs } : null,
			persistent: b?.persistent ?? a?.persistent ?? null,
			launchMs: b?.launchMs ?? a?.launchMs ?? 0
		};
	}

	/** Close the browser (if still open), stop sampling, delete the profile; the overall peak. */
	async close(): Promise<BrowserResult['peak']> {
		if (!this.closed) await this.context.close().catch(() => undefined);
		this.closed = true;
		this.sampler.stop();
		if (!process.env.BENCH_KEEP_PROFILE) rmSync(this.profileDir, { recursive: true, force: true });
		return { ...this.sampler.peak(), phases: this.phases };
	}
}

/**
 * Write the data model and one never-run segment into the app's IndexedDB (the records the app
 * itself would have written after these imports), so the next start shows a tile for it.
 */
async function storeModel(
	page: Page,
	model: DataModel,
	definition: SegmentDefinition
): Promise<void> {
	await page.evaluate(
		async ({ model, definition }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const r = indexedDB.open('segments');
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
			const stores = ['entities', 'relationships', 'settings', 'segments'];
			const tx = db.transaction(stores, 'readwrite');
			for (const name of stores) tx.objectStore(name).clear();
			for (const e of model.entities)
				tx.objectStore('entities').put({ ...e, id: crypto.randomUUID() });
			for (const r of model.relationships)
				tx.objectStore('relationships').put({ ...r, id: crypto.randomUUID() });
			tx.objectStore('settings').put({ key: 'profile', value: model.profile });
			const now = new Date().toISOString();
			tx.objectStore('segments').put({
				id: 'bench-reopen-seed',
				name: definition.name,
				definition,
				state: 'active',
				createdAt: now,
				updatedAt: now,
				revision: 1,
				lastSuccess: null,
				lastFailure: null,
				nextRunAt: null,
				dataChangedAt: null
			});
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ model, definition }
	);
}

/**
 * Start the browser again on the same profile and open the app. With `sql`, a count query is sent
 * through the engine client the moment the client exists (it waits in the client's queue until
 * the engine is up); without, the tile shows the count once the scheduler has run the segment.
 */
async function reopen(
	profileDir: string,
	baseUrl: string,
	sql: string | null,
	wasmPath?: string
): Promise<{
	tileMs: number | null;
	readyMs: number | null;
	queryMs: number | null;
	appMs: number | null;
	workerMs: number | null;
	wasmFetchedMs: number | null;
	wasmCompileMs: number | null;
	startMarksMs: Record<string, number> | null;
	members: number | null;
	persistent: boolean | null;
	launchMs: number;
}> {
	const { context, page, ms } = await launch(profileDir);
	try {
		await page.addInitScript((sql: string | null) => {
			const w = window as unknown as BenchWindow;
			const marks: ReopenMarks = (w.__benchReopen = { origin: performance.timeOrigin });
			const poll = setInterval(() => {
				const s = w.__segments;
				if (s && marks.appAt === undefined) {
					marks.appAt = performance.now();
					if (sql)
						s.engine.rows(sql, { priority: 'interactive', label: 'bench first count' }).then(
							(rows) => {
								marks.queryAt = performance.now();
								marks.queryMembers = Number(rows[0]?.['members'] ?? 0);
							},
							(e: unknown) => (marks.queryError = String(e))
						);
				}
				if (s && marks.readyAt === undefined && s.engine.status === 'ready') {
					marks.readyAt = performance.now();
					marks.persistent = s.engine.info?.persistent ?? false;
				}
				const tile = document.querySelector('[data-testid="tile-count"]');
				if (tile && marks.tileAt === undefined && /\d/.test(tile.textContent ?? '')) {
					marks.tileAt = performance.now();
					marks.tileText = (tile.textContent ?? '').trim();
				}
				const queryDone = !sql || marks.queryAt !== undefined || marks.queryError !== undefined;
				if (marks.readyAt !== undefined && marks.tileAt !== undefined && queryDone)
					clearInterval(poll);
			}, 5);
		}, sql);
		const t0 = Date.now();
		await page.goto(baseUrl + '/');
		await page.waitForFunction(
			(withQuery) => {
				const m = (window as unknown as BenchWindow).__benchReopen;
				if (!m || m.readyAt === undefined || m.tileAt === undefined) return false;
				return !withQuery || m.queryAt !== undefined || m.queryError !== undefined;
			},
			sql !== null,
			{ timeout: 600_000, polling: 50 }
		);
		const m = await page.evaluate(() => (window as unknown as BenchWindow).__benchReopen!);
		if (m.queryError) throw new Error(`the first count failed: ${m.queryError}`);
		const since = (at: number | undefined) => (at === undefined ? null : m.origin + at - t0);
		const members =
			m.queryMembers ?? (m.tileText ? Number(m.tileText.replace(/[^\d]/g, '')) : null);
		// where the engine's start went: the worker's own clock and its fetch of DuckDB's wasm
		const worker = page.workers().find((w) => w.url().includes('engine'));
		const w = worker
			? await worker
					.evaluate(() => {
						const wasm = performance
							.getEntriesByType('resource')
							.find((e) => /duckdb-eh.*\.wasm/.test(e.name)) as
							PerformanceResourceTiming | undefined;
						const marks = performance
							.getEntriesByType('mark')
							.filter((e) => e.name.startsWith('segments-engine:'))
							.map((e) => [e.name.slice('segments-engine:'.length), e.startTime] as const);
						return {
							origin: performance.timeOrigin,
							wasmEnd: wasm?.responseEnd ?? null,
							marks
						};
					})
					.catch(() => null)
			: null;
		const wasmCompileMs = wasmPath
			? await page
					.evaluate(async (url) => {
						const t = performance.now();
						await WebAssembly.compileStreaming(fetch(url));
						return performance.now() - t;
					}, wasmPath)
					.catch(() => null)
			: null;
		return {
			tileMs: since(m.tileAt),
			readyMs: since(m.readyAt),
			queryMs: since(m.queryAt),
			appMs: since(m.appAt),
			workerMs: w ? w.origin - t0 : null,
			wasmFetchedMs: w && w.wasmEnd !== null ? w.origin + w.wasmEnd - t0 : null,
			wasmCompileMs,
			startMarksMs: w?.marks.length
				? Object.fromEntries(w.marks.map(([name, at]) => [name, w.origin + at - t0]))
				: null,
			members,
			persistent: m.persistent ?? null,
			launchMs: ms
		};
	} finally {
		await context.close();
	}
}
