// `npm run test:browsers`: the cross-engine journey (journey.ts) in Firefox (puppeteer-core over
// WebDriver BiDi), WebKitGTK (selenium-webdriver + MiniBrowser under xvfb-run) and Chromium
// (puppeteer-core over CDP), against the production build served by `vite preview`, then a short
// session with a small storage quota (quota.ts) where the engine can be given one (Firefox). Prints what each engine could not
// check, compares the segment's count across engines, exits non-zero on any failure. Options: --engines firefox,webkit,chromium; BROWSERS_PORT (default 4184);
// BROWSERS_REUSE_BUILD=1 serves the existing build/.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { waitFor, type Driver } from './driver';
import { walk, type AppServer, type JourneyFiles, type Outcome } from './journey';
import { launchPuppeteer } from './puppeteer-driver';
import { bigCsv, checkQuotaRefusal, QUOTA_BYTES } from './quota';
import { launchWebKit, MINIBROWSER } from './webkit-driver';

const port = Number(process.env.BROWSERS_PORT ?? 4184);
const origin = `http://127.0.0.1:${port}`;
const arg = process.argv.indexOf('--engines');
const engines = (arg > 0 ? process.argv[arg + 1]! : 'firefox,webkit,chromium').split(',');
const out = path.resolve('test-results/browsers');
mkdirSync(out, { recursive: true });

interface Engine {
	needs: string[];
	launch: (quotaBytes?: number) => Promise<Driver>;
	/** Why the quota cannot be made small in this engine in automation (null: it can). */
	noSmallQuota: string | null;
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH: Record<string, Engine> = {
	firefox: {
		needs: ['/usr/bin/firefox-esr'],
		launch: (quotaBytes) =>
			launchPuppeteer('firefox', '/usr/bin/firefox-esr', origin, quotaBytes ? { quotaBytes } : {}),
		noSmallQuota: null
	},
	webkit: {
		needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', MINIBROWSER],
		launch: () => launchWebKit(origin, port + 10),
		noSmallQuota:
			'WebKitGTK sets storage quotas only through its C API (WebKitWebsiteDataManager), which neither MiniBrowser nor WebKitWebDriver exposes'
	},
	chromium: {
		needs: [chromium],
		launch: () => launchPuppeteer('chrome', chromium, origin),
		noSmallQuota:
			'Chromium has no quota flag, and its DevTools override (Storage.overrideQuotaForOrigin) did not change what estimate() reports in Chromium 156 here; the Playwright suite checks the refusal with estimate() reporting a small quota (tests/e2e/import-quota.e2e.ts)'
	}
};

/** `vite preview` of the build, in its own process group; stopped for the offline start. */
function appServer(): AppServer & { running: () => boolean } {
	let preview: ReturnType<typeof spawn> | null = null;
	const stop = async () => {
		const pid = preview?.pid;
		preview = null;
		if (!pid) return;
		try {
			process.kill(-pid, 'SIGTERM');
		} catch {
			// already gone
		}
		await waitFor(
			'vite preview to stop',
			() =>
				fetch(origin).then(
					() => false,
					() => true
				),
			Boolean,
			30_000
		);
	};
	const start = async () => {
		preview = spawn(
			'npx',
			['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
			{ stdio: 'ignore', detached: true }
		);
		await waitFor('vite preview', () => fetch(origin).then((r) => r.ok), Boolean, 60_000);
	};
	return { stop, start, running: () => preview !== null };
}

/** The small-quota session (quota.ts), or the reason it cannot run, into the engine's outcome. */
async function quotaSession(engine: string, spec: Engine, out: Outcome, file: string) {
	const notChecked = (why: string) => {
		out.quota = `not checked: ${why}`;
		out.notChecked.push(`refusing an import bigger than the storage left: ${why}`);
		console.log(
			`  [${engine}] NOT CHECKED: refusing an import bigger than the storage left: ${why}`
		);
	};
	if (spec.noSmallQuota) {
		const e = out.estimate;
		return notChecked(
			`${spec.noSmallQuota}; ${e ? `navigator.storage.estimate() exists here and reports a quota of ${e.quota} bytes` : 'navigator.storage.estimate() is missing here, so the app lets every import through and a save that runs out of space is refused with its own sentence'}`
		);
	}
	console.log(`  [${engine}] small storage quota (${QUOTA_BYTES / 1024 ** 2} MB)`);
	let driver: Driver | null = null;
	try {
		driver = await spec.launch(QUOTA_BYTES);
		const result = await checkQuotaRefusal(driver, file);
		if (result.notChecked) notChecked(result.notChecked);
		else {
			out.quota = `a ${(statSync(file).size / 1024 ** 2).toFixed(0)} MB file under a ${QUOTA_BYTES / 1024 ** 2} MB quota was refused before reading, with the app's sentence; nothing imported`;
			console.log(`  [${engine}] quota: ${out.quota}: “${result.sentence}”`);
		}
	} catch (e) {
		out.quota = `FAILED: ${e instanceof Error ? e.message : String(e)}`;
		out.failed ??= `small quota: ${out.quota}`;
		console.log(`  [${engine}] quota ${out.quota}`);
	} finally {
		await driver?.close().catch(() => undefined);
	}
}

async function fixtures(): Promise<JourneyFiles & { tooBig: string }> {
	const dir = path.join(out, 'files');
	mkdirSync(dir, { recursive: true });
	const parquet = path.join(dir, 'parquet_orders.parquet');
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(`COPY (SELECT range::INTEGER AS id, range % 100 AS customer_id, DATE '2024-01-01' + range::INTEGER % 300 AS order_date,
		round((range * 7919) % 90000 / 100.0, 2)::DOUBLE AS total_amount FROM range(5000)) TO '${parquet}' (FORMAT PARQUET, ROW_GROUP_SIZE 2000)`);
	c.closeSync();
	const ndjson = path.join(dir, 'clicks.ndjson');
	writeFileSync(
		ndjson,
		Array.from({ length: 300 }, (_, i) =>
			JSON.stringify({
				session_id: `s${i}`,
				account: i % 40,
				page: i % 3 ? '/pricing' : '/',
				at: `2024-05-0${(i % 9) + 1}T10:00:00`
			})
		).join('\n') + '\n'
	);
	return {
		csv: path.resolve('tests/fixtures/jaffle_shop/raw_customers.csv'),
		parquet,
		ndjson,
		scratch: dir,
		tooBig: bigCsv(dir, QUOTA_BYTES + 1024 * 1024)
	};
}

async function main(): Promise<number> {
	if (process.env.BROWSERS_REUSE_BUILD !== '1' || !existsSync('build/index.html')) {
		console.log('Building the app (production build)…');
		execSync('npm run build', { stdio: 'inherit' });
	}
	const server = appServer();
	const outcomes: Outcome[] = [];
	try {
		await server.start();
		const files = await fixtures();
		for (const engine of engines) {
			const spec = LAUNCH[engine];
			if (!spec) throw new Error(`Unknown engine ${engine}`);
			const missing = spec.needs.filter((f) => !existsSync(f));
			if (missing.length) {
				console.log(
					`${engine}: NOT RUN: ${missing.join(', ')} not installed (.ci/run installs them).`
				);
				outcomes.push({
					engine,
					version: '-',
					storage: null,
					serviceWorker: '-',
					estimate: null,
					offline: '-',
					quota: '-',
					members: null,
					notChecked: [],
					failed: `not installed: ${missing.join(', ')}`,
					ms: 0
				});
				continue;
			}
			console.log(`${engine}: starting`);
			let driver: Driver | null = null;
			try {
				driver = await spec.launch();
				console.log(`${engine}: ${driver.version}`);
				const outcome = await walk(engine, driver, files, server);
				outcomes.push(outcome);
				await driver.close().catch(() => undefined);
				driver = null;
				await quotaSession(engine, spec, outcome, files.tooBig);
			} catch (e) {
				outcomes.push({
					engine,
					version: driver?.version ?? '-',
					storage: null,
					serviceWorker: '-',
					estimate: null,
					offline: '-',
					quota: '-',
					members: null,
					notChecked: [],
					failed: `could not start: ${e instanceof Error ? e.message : String(e)}`,
					ms: 0
				});
			} finally {
				await driver?.close().catch(() => undefined);
			}
		}
	} finally {
		await server.stop();
	}
	writeFileSync(path.join(out, 'outcomes.json'), JSON.stringify(outcomes, null, '\t'));
	console.log('\nCross-engine journey:');
	for (const o of outcomes)
		console.log(
			`  ${o.engine} (${o.version}): ${o.failed ? `FAILED — ${o.failed}` : 'passed'}; storage ${o.storage ?? '?'}; service worker ${o.serviceWorker}; offline start: ${o.offline}; quota: ${o.quota}; segment count ${o.members ?? '-'}; ${(o.ms / 1000).toFixed(0)} s${o.notChecked.length ? `\n    not checked: ${o.notChecked.join('\n    not checked: ')}` : ''}`
		);
	const counts = new Set(outcomes.filter((o) => o.members !== null).map((o) => o.members));
	let failed = outcomes.some((o) => o.failed);
	if (counts.size > 1) {
		console.log(`  The segment counted differently across engines: ${[...counts].join(' vs ')}`);
		failed = true;
	}
	return failed ? 1 : 0;
}

process.exitCode = await main();
