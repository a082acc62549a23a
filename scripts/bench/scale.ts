/// <reference types="node" />
// One scale, measured on every engine at once: native DuckDB with each thread count and the app in
// the browser take turns, step by step (the same file, the same query run, in an order that rotates
// from one run to the next), so a change in the machine's load during the run hits all of them
// alike and the ratios stay meaningful on a shared machine.
import { BrowserSession, type BrowserImport, type BrowserResult } from './browser';
import {
	NativeSession,
	type DataFiles,
	type NativeImport,
	type NativeResult,
	type SegmentTiming,
	type Step
} from './native';
import { median, timing } from './stats';
import { ENTITY_NAMES, type CompiledSuite } from './suite';
import type { DataModel } from '../../src/lib/segments/data-model';

export interface ScaleRunOptions {
	data: DataFiles;
	suite: CompiledSuite;
	model: DataModel;
	threads: number[];
	native: boolean;
	browser: { baseUrl: string; profileDir: string; wasmPath?: string } | null;
	runs: number;
	warmup: number;
	workDir: string;
	log: (s: string) => void;
}

interface Engine {
	name: string;
	/** One run; null when the browser reported an error (recorded in its session). */
	run: () => Promise<Step<number> | null>;
}

interface Samples {
	ms: number[];
	cpu: number[];
	members: number | null;
	error?: string;
}

/** Statements sent one after the other, timed as one step (times and rows added). */
async function inSequence(
	one: (sql: string) => Promise<Step<number> | null>,
	statements: string[]
): Promise<Step<number> | null> {
	const total: Step<number> = { value: 0, ms: 0, cpuMs: 0 };
	for (const sql of statements) {
		const r = await one(sql);
		if (!r) return null;
		total.value += r.value;
		total.ms += r.ms;
		total.cpuMs += r.cpuMs;
	}
	return total;
}

/** Warm-ups, then timed runs, the engines taking turns in a rotating order. */
async function interleaved(engines: Engine[], warmup: number, runs: number): Promise<Samples[]> {
	const out: Samples[] = engines.map(() => ({ ms: [], cpu: [], members: null }));
	for (let i = 0; i < warmup + runs; i++) {
		for (let k = 0; k < engines.length; k++) {
			const j = (i + k) % engines.length;
			const s = out[j]!;
			if (s.error) continue;
			try {
				const r = await engines[j]!.run();
				if (!r) {
					s.error = 'failed (see errors)';
					continue;
				}
				s.members = r.value;
				if (i >= warmup) {
					s.ms.push(r.ms);
					s.cpu.push(r.cpuMs);
				}
			} catch (e) {
				s.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
			}
		}
	}
	return out;
}

function segmentTiming(id: string, s: Samples): SegmentTiming {
	return {
		id,
		members: s.error ? null : s.members,
		...timing(s.ms),
		cpuMs: median(s.cpu),
		...(s.error ? { error: s.error } : {})
	};
}

export async function runScale(
	o: ScaleRunOptions
): Promise<{ native: NativeResult[]; browser: BrowserResult | null }> {
	const { suite, log } = o;
	const natives: NativeSession[] = [];
	let browser: BrowserSession | null = null;
	let peakRss = process.memoryUsage().rss;
	const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
	try {
		if (o.native) for (const t of o.threads) natives.push(await NativeSession.open(t, o.workDir));
		if (o.browser) {
			browser = await BrowserSession.open({ ...o.browser, log });
			log(
				`    browser: ${browser.userAgent.match(/Chrome\/[\d.]+/)?.[0]}, DuckDB ${browser.engine.duckdbVersion}, persistent ${browser.engine.persistent}, started in ${browser.coldStartMs} ms`
			);
		}
		const label = (n: NativeSession) => `native ${n.threads}T`;

		// ---- (1) imports: each file on every engine in turn; CSV first, then Parquet ----
		const nImports = natives.map(() => [] as NativeImport[]);
		const bImports: BrowserImport[] = [];
		for (const format of ['csv', 'parquet'] as const)
			for (const entity of ENTITY_NAMES) {
				const f = o.data.entities[entity]!;
				const path = format === 'csv' ? f.csv : f.parquet;
				const bytes = format === 'csv' ? f.csvBytes : f.parquetBytes;
				const parts: string[] = [];
				for (const [i, n] of natives.entries()) {
					const r = await n.importFile(entity, format, path, bytes);
					nImports[i]!.push(r);
					parts.push(`${label(n)} ${r.error ? 'FAILED' : `${r.totalMs.toFixed(0)} ms`}`);
				}
				if (browser) {
					const r = await browser.importFile(entity, format, path, bytes);
					bImports.push(r);
					parts.push(
						`browser ${Number.isFinite(r.totalMs) ? `${r.totalMs.toFixed(0)} ms (commit ${r.commitMs.toFixed(0)})` : 'FAILED'}, peak PSS ${(r.peak.pssBytes / 2 ** 20).toFixed(0)} MiB`
					);
				}
				log(`    import ${entity}.${format}: ${parts.join(' · ')}`);
			}
		const nColumns = await Promise.all(natives.map((n) => n.columns()));
		const bColumns = browser ? await browser.columns() : {};

		// ---- (2) the segment suite ----
		const nSegments = natives.map(() => [] as SegmentTiming[]);
		const bSegments: SegmentTiming[] = [];
		for (const s of suite.segments) {
			// members an entry reads from the engine's table are kept first, as runs keep them
			for (const k of s.keeps ?? []) {
				for (const n of natives) await n.keepMembers(k.id, k.membersSql);
				if (browser) await browser.keepMembers(k.id, k.membersSql);
			}
			const timed = (one: (sql: string) => Promise<Step<number> | null>) =>
				s.statements ? () => inSequence(one, s.statements!) : () => one(s.sql.count);
			const engines: Engine[] = natives.map((n) => ({
				name: label(n),
				run: timed((sql) => n.count(sql))
			}));
			const b = browser;
			if (b) engines.push({ name: 'browser', run: timed((sql) => b.count(s.id, sql)) });
			const samples = await interleaved(engines, o.warmup, o.runs);
			samples.forEach((x, i) => {
				const t = segmentTiming(s.id, x);
				if (i < natives.length) nSegments[i]!.push(t);
				else bSegments.push(t);
			});
			log(
				`    ${s.id}: ${engines.map((e, i) => `${e.name} ${samples[i]!.error ? 'FAILED' : `${timing(samples[i]!.ms).medianMs} ms`}`).join(' · ')} (${samples[0]?.members} members)`
			);
		}

		// ---- (3) live counts: the `live` statement of each edit, engines in turn ----
		const liveSamples: Samples[] = natives.map(() => ({ ms: [], cpu: [], members: null }));
		const bLive: Samples = { ms: [], cpu: [], members: null };
		for (const [i, edit] of suite.live.entries()) {
			const turn: (() => Promise<void>)[] = natives.map((n, k) => async () => {
				const r = await n.live(edit.sql);
				if (i > 0) {
					liveSamples[k]!.ms.push(r.ms);
					liveSamples[k]!.cpu.push(r.cpuMs);
				}
			});
			const b = browser;
			if (b)
				turn.push(async () => {
					const r = await b.live(edit.sql);
					if (r && i > 0) {
						bLive.ms.push(r.ms);
						bLive.cpu.push(r.cpuMs);
					}
				});
			for (let k = 0; k < turn.length; k++) await turn[(i + k) % turn.length]!();
		}
		const compile = suite.live.slice(1).map((l) => l.compileMs);
		const compileMedianMs = timing(compile).medianMs;
		const bLiveResult: BrowserResult['live'] =
			bLive.ms.length > 0
				? (() => {
						const withCompile = bLive.ms.map((t, i) => t + (compile[i] ?? 0));
						return {
							...timing(bLive.ms),
							compileMedianMs,
							withCompileMedianMs: timing(withCompile).medianMs,
							withCompileP95Ms: timing(withCompile).p95Ms,
							cpuMs: median(bLive.cpu)
						};
					})()
				: null;
		log(
			`    live count: ${[
				...natives.map((n, k) => `${label(n)} ${timing(liveSamples[k]!.ms).medianMs} ms`),
				...(bLiveResult ? [`browser ${bLiveResult.medianMs} ms (p95 ${bLiveResult.p95Ms})`] : [])
			].join(' · ')}`
		);

		// ---- (3b) live counts through the group-member cache: edits to group 1 of the seed example ----
		let bLiveCached: BrowserResult['liveCached'] = null;
		if (browser) {
			const cached: Samples = { ms: [], cpu: [], members: null };
			const reused: number[] = [];
			let coldMs = Number.NaN;
			for (const [i, plan] of suite.liveCached.entries()) {
				const r = await browser.liveCached(plan);
				if (!r) continue;
				if (i === 0) coldMs = r.ms;
				else {
					cached.ms.push(r.ms);
					cached.cpu.push(r.cpuMs);
					reused.push(r.value.reused);
				}
			}
			if (cached.ms.length > 0) {
				const compileCached = suite.liveCached.slice(1).map((l) => l.compileMs);
				const withCompile = cached.ms.map((t, i) => t + (compileCached[i] ?? 0));
				bLiveCached = {
					...timing(cached.ms),
					coldMs,
					compileMedianMs: timing(compileCached).medianMs,
					withCompileMedianMs: timing(withCompile).medianMs,
					withCompileP95Ms: timing(withCompile).p95Ms,
					reusedMedian: median(reused),
					cpuMs: median(cached.cpu)
				};
				log(
					`    live count, one group edited (cached): first ${coldMs.toFixed(0)} ms, then ${bLiveCached.medianMs} ms (p95 ${bLiveCached.p95Ms}, ${bLiveCached.reusedMedian} group(s) reused)`
				);
			}
		}

		// ---- (3c) live counts while tuning issue 15's behaviour conditions (kept parts) ----
		let bBehaviourLive: BrowserResult['behaviourLive'] = null;
		if (browser) {
			bBehaviourLive = {};
			for (const tuning of suite.behaviourLive) {
				const ms: number[] = [];
				const parts: number[] = [];
				let coldMs = Number.NaN;
				for (const [i, plan] of tuning.plans.entries()) {
					const r = await browser.liveCached(plan);
					if (!r) continue;
					if (i === 0) coldMs = r.ms;
					else {
						ms.push(r.ms);
						parts.push(r.value.partsReused);
					}
				}
				if (!ms.length) continue;
				const compile = tuning.plans.slice(1).map((p) => p.compileMs);
				const withCompile = ms.map((t, i) => t + (compile[i] ?? 0));
				const result = {
					...timing(ms),
					what: tuning.what,
					coldMs,
					withCompileMedianMs: timing(withCompile).medianMs,
					withCompileP95Ms: timing(withCompile).p95Ms,
					partsReusedMedian: median(parts)
				};
				bBehaviourLive[tuning.id] = result;
				log(
					`    live count, tuning ${tuning.id} (${tuning.what}): first ${coldMs.toFixed(0)} ms, then ${result.medianMs} ms (p95 ${result.p95Ms}, ${result.partsReusedMedian} part(s) reused)`
				);
			}
		}

		// ---- (5) export of the every-customer segment ----
		const seg = suite.exportSegment;
		const nExports: { run: NativeResult['exportRun']; exp: NativeResult['export'] }[] = [];
		for (const n of natives)
			nExports.push({
				run: await n.keepMembers(seg.id, seg.membersSql),
				exp: await n.exportCsv(seg.exportSql)
			});
		const bRun = browser ? await browser.keepMembers(seg.id, seg.membersSql) : null;
		const bExport = browser ? await browser.exportCsv(seg.exportSql) : null;
		log(
			`    export: ${[
				...natives.map((n, k) => `${label(n)} ${nExports[k]!.exp.ms.toFixed(0)} ms`),
				...(bExport
					? [
							`browser ${bExport.ms.toFixed(0)} ms (${bExport.rows} rows, Blob ${bExport.blobMs.toFixed(0)} ms, longest task ${bExport.longestTaskMs.toFixed(0)} ms)`
						]
					: [])
			].join(' · ')}`
		);

		// ---- (6) DuckDB's accounting ----
		const nMemory: { duckdbMemoryBytes: number; databaseBytes: number }[] = [];
		for (const n of natives) nMemory.push(await n.memory());
		const bDuckdb = browser ? await browser.duckdbMemory() : null;

		// ---- (4) reopen ----
		const seed = suite.segments.find((s) => s.id === 'seed') ?? suite.segments[0]!;
		const nReopen: NativeResult['reopen'][] = [];
		for (const n of natives) nReopen.push(await n.reopen(seed.sql.count));
		const bReopen = browser
			? await browser.reopen({
					model: o.model,
					seed: { definition: seed.definition, countSql: seed.sql.count },
					exportSegment: { id: seg.id, membersSql: seg.membersSql },
					...(o.browser?.wasmPath ? { wasmPath: o.browser.wasmPath } : {})
				})
			: null;
		if (bReopen)
			log(
				`    reopen: ${natives.map((n, k) => `${label(n)} ${nReopen[k]!.firstCountMs.toFixed(0)} ms`).join(' · ')} · browser engine ready ${bReopen.engineReadyMs?.toFixed(0)} ms, first query ${bReopen.firstQueryMs?.toFixed(0)} ms, computed tile ${bReopen.computedTileMs?.toFixed(0)} ms, stored tile ${bReopen.storedTileMs?.toFixed(0)} ms`
			);
		if (bReopen?.startMarksMs)
			log(
				`    engine start (ms after goto): app script ${bReopen.appMs?.toFixed(0)} · worker ${bReopen.workerMs?.toFixed(0)} · ${Object.entries(
					bReopen.startMarksMs
				)
					.map(([name, at]) => `${name} ${at.toFixed(0)}`)
					.join(' · ')}`
			);

		const native: NativeResult[] = natives.map((n, k) => ({
			threads: n.threads,
			engineVersion: n.engineVersion,
			imports: nImports[k]!,
			columns: nColumns[k]!,
			segments: nSegments[k]!,
			live: { ...timing(liveSamples[k]!.ms), compileMedianMs, cpuMs: median(liveSamples[k]!.cpu) },
			exportRun: nExports[k]!.run,
			export: nExports[k]!.exp,
			reopen: nReopen[k]!,
			duckdbMemoryBytes: nMemory[k]!.duckdbMemoryBytes,
			databaseBytes: nMemory[k]!.databaseBytes,
			processPeakRssBytes: peakRss
		}));
		let browserResult: BrowserResult | null = null;
		if (browser) {
			const b = browser;
			browser = null;
			browserResult = {
				userAgent: b.userAgent,
				engine: b.engine,
				launchMs: b.launchMs,
				coldStartMs: b.coldStartMs,
				baseline: b.baseline,
				imports: bImports,
				columns: bColumns,
				segments: bSegments,
				live: bLiveResult,
				liveCached: bLiveCached,
				behaviourLive: bBehaviourLive,
				exportRun: bRun,
				export: bExport,
				reopen: bReopen,
				duckdb: bDuckdb,
				peak: await b.close(),
				errors: b.errors
			};
		}
		return { native, browser: browserResult };
	} finally {
		clearInterval(rssTimer);
		for (const n of natives) n.close();
		if (browser) await browser.close();
	}
}
