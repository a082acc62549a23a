// `npm run test:browsers`: the cross-engine journey (journey.ts) in Firefox (puppeteer-core over
// WebDriver BiDi), WebKitGTK (selenium-webdriver + MiniBrowser under xvfb-run) and Chromium
// (puppeteer-core over CDP), against the production build served by `vite preview`. Prints what
// each engine could not check, compares the segment's count across engines, exits non-zero on any
// failure. Options: --engines firefox,webkit,chromium; BROWSERS_PORT (default 4184);
// BROWSERS_REUSE_BUILD=1 serves the existing build/.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { waitFor, type Driver } from './driver';
import { walk, type JourneyFiles, type Outcome } from './journey';
import { launchPuppeteer } from './puppeteer-driver';
import { launchWebKit, MINIBROWSER } from './webkit-driver';

const port = Number(process.env.BROWSERS_PORT ?? 4184);
const origin = `http://127.0.0.1:${port}`;
const arg = process.argv.indexOf('--engines');
const engines = (arg > 0 ? process.argv[arg + 1]! : 'firefox,webkit,chromium').split(',');
const out = path.resolve('test-results/browsers');
mkdirSync(out, { recursive: true });

const LAUNCH: Record<string, { needs: string[]; launch: () => Promise<Driver> }> = {
	firefox: {
		needs: ['/usr/bin/firefox-esr'],
		launch: () => launchPuppeteer('firefox', '/usr/bin/firefox-esr', origin)
	},
	webkit: {
		needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', MINIBROWSER],
		launch: () => launchWebKit(origin, port + 10)
	},
	chromium: {
		needs: [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
		launch: () =>
			launchPuppeteer('chrome', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', origin)
	}
};

async function fixtures(): Promise<JourneyFiles> {
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
		scratch: dir
	};
}

async function main(): Promise<number> {
	if (process.env.BROWSERS_REUSE_BUILD !== '1' || !existsSync('build/index.html')) {
		console.log('Building the app (production build)…');
		execSync('npm run build', { stdio: 'inherit' });
	}
	const preview = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			stdio: 'ignore',
			detached: true
		}
	);
	const outcomes: Outcome[] = [];
	try {
		await waitFor('vite preview', () => fetch(origin).then((r) => r.ok), Boolean, 60_000);
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
				outcomes.push(await walk(engine, driver, files));
			} catch (e) {
				outcomes.push({
					engine,
					version: driver?.version ?? '-',
					storage: null,
					serviceWorker: '-',
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
		try {
			if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	writeFileSync(path.join(out, 'outcomes.json'), JSON.stringify(outcomes, null, '\t'));
	console.log('\nCross-engine journey:');
	for (const o of outcomes)
		console.log(
			`  ${o.engine} (${o.version}): ${o.failed ? `FAILED — ${o.failed}` : 'passed'}; storage ${o.storage ?? '?'}; service worker ${o.serviceWorker}; segment count ${o.members ?? '-'}; ${(o.ms / 1000).toFixed(0)} s${o.notChecked.length ? `\n    not checked: ${o.notChecked.join('\n    not checked: ')}` : ''}`
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
