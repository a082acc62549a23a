// Issue 9: reliability under faults, load and hostile input, counted. Each test records its
// results (tests/helpers/reliability.ts) for docs/reliability.md.
import { test, expect, type Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import {
	mkdirSync,
	readdirSync,
	statSync,
	writeFileSync,
	openSync,
	writeSync,
	closeSync,
	readFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	fixtures,
	forbidForeignRequests,
	importCard,
	importFiles,
	openApp,
	nav,
	loadDemo
} from './helpers';
import { recordCase } from '../helpers/reliability';

const tmp = path.join(os.tmpdir(), `segments-reliability-${process.pid}`);
mkdirSync(tmp, { recursive: true });
const RAW_TRACE =
	/\n\s+at |\bat \S+ \(|\.(ts|js):\d+:\d+|wasm-function|Uncaught|undefined is not|\[object Object\]/;

/** Everything the user has that is not raw data, plus the row count of every engine table. */
async function dump(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(async () => {
		const req = indexedDB.open('segments');
		const db: IDBDatabase = await new Promise((r, j) => {
			req.onsuccess = () => r(req.result);
			req.onerror = () => j(req.error);
		});
		const out: Record<string, unknown> = {};
		for (const name of [...db.objectStoreNames].sort()) {
			out[name] = await new Promise((r) => {
				const q = db.transaction(name).objectStore(name).getAll();
				q.onsuccess = () => r(q.result);
			});
		}
		db.close();
		const e = (window as any).__segments.engine;
		const tables: string[] = await e.tables();
		const counts: Record<string, number> = {};
		// (the member list kept one run back moves on with every run, whatever else happens)
		for (const t of tables.filter((t) => t !== 'segment_members_previous'))
			counts[t] = (await e.rows(`SELECT count(*) AS n FROM "${t}"`))[0].n;
		out['engine'] = counts;
		return out;
	});
}

/**
 * Rows of the dump `before` are all still in `after`, unchanged. A segment's definition, state
 * and last good count must be kept; its failure and schedule fields may move on.
 */
function keptEverything(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
	const lost: string[] = [];
	const stable = (table: string, r: any) =>
		table === 'segments'
			? JSON.stringify({
					id: r.id,
					name: r.name,
					definition: r.definition,
					state: r.state,
					revision: r.revision,
					lastSuccess: r.lastSuccess
				})
			: JSON.stringify(r);
	for (const [table, rows] of Object.entries(before)) {
		if (table === 'engine') {
			for (const [t, n] of Object.entries(rows as Record<string, number>))
				if ((after['engine'] as Record<string, number>)[t] !== n)
					lost.push(`engine table ${t}: ${n} rows before`);
			continue;
		}
		const now = (after[table] as unknown[]).map((r) => stable(table, r));
		for (const r of rows as unknown[])
			if (!now.includes(stable(table, r))) lost.push(`${table}: ${stable(table, r).slice(0, 120)}`);
	}
	return lost;
}

function corpusFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = path.join(dir, n);
		return statSync(p).isDirectory() ? corpusFiles(p) : n.startsWith('LICENSE') ? [] : [p];
	});
}

test.describe.configure({ mode: 'serial' });

test('1. hard files through the import UI: every file imports or is refused with a message; bombs too', async ({
	page
}) => {
	test.setTimeout(900_000);
	// the corpus has many files with the same name: give each a unique one
	const staged = corpusFiles(path.join(fixtures, 'csv-corpus')).map((f, i) => {
		const copy = path.join(tmp, `c${String(i).padStart(3, '0')}-${path.basename(f)}`);
		writeFileSync(copy, readFileSync(f));
		return copy;
	});
	// bombs and edge cases
	const extra: { file: string; expect: 'refused' | 'either' }[] = [];
	const add = (
		name: string,
		body: string | Buffer,
		expectation: 'refused' | 'either' = 'refused'
	) => {
		const p = path.join(tmp, name);
		writeFileSync(p, body);
		extra.push({ file: p, expect: expectation });
	};
	add('zero-bytes.csv', '');
	add('deep.json', '[' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + ']');
	add(
		'wide.csv',
		Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',') +
			'\n' +
			Array.from({ length: 5000 }, (_, i) => i).join(',') +
			'\n'
	);
	{
		const p = path.join(tmp, 'huge-string.json');
		const fd = openSync(p, 'w');
		writeSync(fd, '[{"a": "');
		const chunk = 'x'.repeat(1024 * 1024);
		for (let i = 0; i < 100; i++) writeSync(fd, chunk);
		writeSync(fd, '"}]');
		closeSync(fd);
		extra.push({ file: p, expect: 'refused' });
	}
	{
		const db = await DuckDBInstance.create(':memory:');
		const c = await db.connect();
		const full = path.join(tmp, 'full.parquet');
		await c.run(
			`COPY (SELECT range AS id, 'x' || range AS s FROM range(50000)) TO '${full}' (FORMAT PARQUET)`
		);
		const bytes = readFileSync(full);
		add('truncated.parquet', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
	}
	const all = [...staged, ...extra.map((e) => e.file)];
	const outcome = { imported: 0, refused: 0, hang: 0, rawTrace: 0, crash: 0 };
	const problems: string[] = [];
	await openApp(page, '/data');
	for (let i = 0; i < all.length; i += 25) {
		const batch = all.slice(i, i + 25);
		await importFiles(page, batch);
		for (const f of batch) {
			const card = importCard(page, path.basename(f));
			const done = card.getByTestId('row-count').or(card.getByRole('alert').first());
			try {
				await expect(done).toBeVisible({ timeout: 60_000 });
			} catch {
				outcome.hang++;
				problems.push(`${path.basename(f)}: no result after 60 s`);
				continue;
			}
			if (await card.getByTestId('row-count').isVisible()) outcome.imported++;
			else {
				const text = (await card.getByRole('alert').first().textContent()) ?? '';
				if (RAW_TRACE.test(text) || text.trim().length < 10) {
					outcome.rawTrace++;
					problems.push(`${path.basename(f)}: ${text.slice(0, 120)}`);
				} else outcome.refused++;
			}
		}
		const status = await page.getByTestId('engine-status').getAttribute('data-status');
		if (status === 'failed') outcome.crash++;
		// a fresh page for the next batch (staged previews are dropped with it)
		await page.reload();
		await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
			timeout: 60_000
		});
	}
	// the bombs must be refused (not hang, not crash)
	recordCase('1-hard-files-ui', {
		case: '1. Hard files',
		check: `DuckDB's CSV corpus (${staged.length} files) plus ${extra.length} bombs (0 bytes, 100,000-deep JSON, 100 MB string, 5,000 columns, truncated Parquet) through the real import UI in Chromium`,
		runs: all.length,
		passed: outcome.imported + outcome.refused,
		failed: outcome.hang + outcome.rawTrace + outcome.crash,
		notes: `${outcome.imported} imported (preview shown), ${outcome.refused} refused with a message; ${outcome.hang} hangs, ${outcome.crash} unrecovered crashes, ${outcome.rawTrace} raw stack traces shown.${problems.length ? ' ' + problems.slice(0, 3).join('; ') : ''}`
	});
	expect(problems).toEqual([]);
	expect(outcome.crash).toBe(0);
});

test('2. engine faults: the worker killed during an import, a run and an export recovers by itself; nothing from before is lost', async ({
	page
}) => {
	test.setTimeout(300_000);
	const foreign = await forbidForeignRequests(page);
	await loadDemo(page, 120_000);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(
		page.locator('[data-segment="loyal_big_spenders"]').getByTestId('tile-count')
	).not.toHaveText('—', { timeout: 60_000 });
	await page.waitForTimeout(2000);
	const results: { what: string; ok: boolean; note: string }[] = [];

	// (a) during an import of a 60 MB file
	const big = path.join(tmp, 'big.csv');
	{
		const fd = openSync(big, 'w');
		writeSync(fd, 'id,name,amount,at\n');
		let buf = '';
		for (let i = 0; i < 1_200_000; i++) {
			buf += `${i},name ${i},${(i % 977) / 3},2024-0${(i % 9) + 1}-1${i % 10} 10:00:00\n`;
			if (buf.length > 1 << 20) {
				writeSync(fd, buf);
				buf = '';
			}
		}
		writeSync(fd, buf);
		closeSync(fd);
	}
	await nav(page, 'Data');
	let before = await dump(page);
	await importFiles(page, [big]);
	const card = importCard(page, 'big.csv');
	await expect(card.getByRole('progressbar')).toBeVisible();
	await page.waitForTimeout(300);
	await page.evaluate(() => (window as any).__segments.engine.crash());
	await expect(card.getByRole('alert')).toContainText(/interrupted/i, { timeout: 30_000 });
	await expect(page.getByText(/The engine stopped and was restarted/)).toBeVisible();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	let lost = keptEverything(before, await dump(page));
	results.push({ what: 'import', ok: lost.length === 0, note: lost.join('; ') });

	// (b) during a segment run: "Run now", then the worker dies under it
	await nav(page, 'Segments');
	before = await dump(page);
	const loyal = page.locator('[data-segment="loyal_big_spenders"]');
	await loyal.getByRole('button', { name: /Actions for/ }).click();
	await page.getByRole('menuitem', { name: 'Run now' }).click();
	await page.waitForTimeout(60);
	await page.evaluate(() => (window as any).__segments.engine.crash());
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	const afterRun = await dump(page);
	lost = keptEverything(before, afterRun);
	const newRuns = (
		afterRun['runs'] as { id: string; status: string; error: string | null }[]
	).filter((r) => !(before['runs'] as { id: string }[]).some((b) => b.id === r.id));
	const runNote = newRuns
		.map((r) => `${r.status}${r.error ? ': ' + r.error.slice(0, 60) : ''}`)
		.join(', ');
	results.push({
		what: 'segment run',
		ok: lost.length === 0 && newRuns.every((r) => r.status !== 'running'),
		note: `${runNote} ${lost.join('; ')}`
	});
	// and the next run works
	await loyal.getByRole('button', { name: /Actions for/ }).click();
	await page.getByRole('menuitem', { name: 'Run now' }).click();
	await expect(page.getByText(/Loyal big spenders: [\d,]+ members/)).toBeVisible({
		timeout: 30_000
	});

	// (c) during an export
	before = await dump(page);
	const exporting = page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		let chunks = 0;
		return e
			.exportCsv('SELECT range AS n, md5(range::VARCHAR) AS h FROM range(20000000)', () => {
				chunks++;
			})
			.then(
				() => `finished after ${chunks} chunks`,
				(err: any) => `${err.code}: ${err.message} (${chunks} chunks written)`
			);
	});
	await page.waitForTimeout(800);
	await page.evaluate(() => (window as any).__segments.engine.crash());
	const exportOutcome = await exporting;
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	lost = keptEverything(before, await dump(page));
	results.push({
		what: 'export',
		ok: lost.length === 0 && exportOutcome.startsWith('restarted'),
		note: `${exportOutcome.slice(0, 80)} ${lost.join('; ')}`
	});

	recordCase('2-engine-faults', {
		case: '2. Engine faults',
		check:
			'Worker terminated during an import (60 MB CSV), a long query under a refresh, and a 20M-row export; full dump compared before/after',
		runs: results.length,
		passed: results.filter((r) => r.ok).length,
		failed: results.filter((r) => !r.ok).length,
		notes: results.map((r) => `${r.what}: ${r.ok ? 'recovered, nothing lost' : r.note}`).join('; ')
	});
	recordCase('8-privacy-engine-faults', {
		case: '8. Privacy under fault',
		check: 'No request to another origin during the engine-fault session',
		runs: 1,
		passed: foreign.length === 0 ? 1 : 0,
		failed: foreign.length === 0 ? 0 : 1,
		notes: foreign.length ? foreign.slice(0, 3).join(', ') : '0 foreign requests'
	});
	expect(results.filter((r) => !r.ok)).toEqual([]);
	expect(foreign).toEqual([]);
});

test('3. storage faults: a full disk during an import, a history write and a restore says so and keeps the previous state', async ({
	page
}) => {
	test.setTimeout(300_000);
	const foreign = await forbidForeignRequests(page);
	await loadDemo(page, 120_000);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	const tile = page.locator('[data-segment="gold_at_risk"]');
	await expect(tile.getByTestId('tile-count')).not.toHaveText('—', { timeout: 60_000 });
	await page.waitForTimeout(2000);
	const results: { what: string; ok: boolean; note: string }[] = [];

	// (a) import
	await nav(page, 'Data');
	let before = await dump(page);
	await page.evaluate(() => (window as any).__segments.engine.injectFault('commit'));
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_orders.csv')]);
	const card = importCard(page, 'raw_orders.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	const importMessage = (await card.getByRole('alert').first().textContent()) ?? '';
	let lost = keptEverything(before, await dump(page));
	const noNewEntity = (await page.getByTestId('entities').locator('tr[data-entity]').count()) === 5;
	results.push({
		what: 'import',
		ok: /storage is full/.test(importMessage) && lost.length === 0 && noNewEntity,
		note: importMessage.slice(0, 100)
	});

	// (b) history write
	await nav(page, 'Segments');
	before = await dump(page);
	const countBefore = await tile.getByTestId('tile-count').textContent();
	await page.evaluate(() => (window as any).__segments.faults.failWrites(['runs']));
	await tile.getByRole('button', { name: /Actions for/ }).click();
	await page.getByRole('menuitem', { name: 'Run now' }).click();
	const toast = page.getByRole('alert').filter({ hasText: /storage is full/ });
	await expect(toast).toBeVisible({ timeout: 30_000 });
	await page.evaluate(() => (window as any).__segments.faults.clearWriteFaults());
	const after = await dump(page);
	lost = keptEverything(before, after);
	const sameCount = (await tile.getByTestId('tile-count').textContent()) === countBefore;
	results.push({
		what: 'history write',
		ok: lost.length === 0 && sameCount,
		note: ((await toast.first().textContent()) ?? '').slice(0, 100)
	});

	// (c) restore of a backup
	await nav(page, 'Sharing');
	const backupPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const backupFile = path.join(tmp, 'backup.json');
	await (await backupPromise).saveAs(backupFile);
	await nav(page, 'Segments');
	await tile.getByRole('button', { name: /Actions for/ }).click();
	await page.getByRole('menuitem', { name: 'Duplicate' }).click();
	await expect(page.locator('[data-segment="gold_at_risk_copy"]')).toBeVisible();
	before = await dump(page);
	await nav(page, 'Sharing');
	await page.evaluate(() => (window as any).__segments.faults.failWrites(['segments']));
	await page.getByTestId('backup-file-input').setInputFiles(backupFile);
	await page.getByRole('button', { name: 'Restore this backup' }).click();
	// the restore's own message (a refresh that fails to save at the same time says so too)
	const restoreError = page
		.getByRole('alert')
		.filter({ hasText: /The restore failed and nothing was changed.*(storage|full|quota)/i })
		.first();
	await expect(restoreError).toBeVisible({ timeout: 30_000 });
	await page.evaluate(() => (window as any).__segments.faults.clearWriteFaults());
	lost = keptEverything(before, await dump(page));
	results.push({
		what: 'restore',
		ok: lost.length === 0,
		note:
			((await restoreError.textContent()) ?? '').slice(0, 100) +
			(lost.length ? ` — lost: ${lost.slice(0, 3).join(', ')}` : '')
	});

	recordCase('3-storage-faults', {
		case: '3. Storage faults',
		check:
			'Full disk (QuotaExceededError injected) while saving an import, writing a run, restoring a backup',
		runs: results.length,
		passed: results.filter((r) => r.ok).length,
		failed: results.filter((r) => !r.ok).length,
		notes: results
			.map(
				(r) => `${r.what}: ${r.ok ? 'message shown, previous state intact' : 'FAILED ' + r.note}`
			)
			.join('; ')
	});
	recordCase('8-privacy-storage-faults', {
		case: '8. Privacy under fault',
		check: 'No request to another origin during the storage-fault session',
		runs: 1,
		passed: foreign.length === 0 ? 1 : 0,
		failed: foreign.length === 0 ? 0 : 1,
		notes: foreign.length ? foreign.slice(0, 3).join(', ') : '0 foreign requests'
	});
	expect(results.filter((r) => !r.ok)).toEqual([]);
});

async function runsIn(page: Page): Promise<
	{
		id: string;
		segmentId: string;
		status: string;
		trigger: string;
		tabId: string;
		startedAt: string;
	}[]
> {
	return page.evaluate(async () => {
		const req = indexedDB.open('segments');
		const db: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
		const all = await new Promise<any[]>((r) => {
			const q = db.transaction('runs').objectStore('runs').getAll();
			q.onsuccess = () => r(q.result);
		});
		db.close();
		return all;
	});
}

test('4. tabs: three tabs, a refresh due in all, a schema upgrade, and the leader closed mid-refresh', async ({
	context
}) => {
	test.setTimeout(300_000);
	const pages: Page[] = [];
	const foreign = await forbidForeignRequests(
		await context.newPage().then((p) => (pages.push(p), p))
	);
	await context.clock.install({ time: new Date() });
	const [a] = pages as [Page];
	await loadDemo(a);
	await nav(a, 'Segments');
	await a.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(
		a.locator('[data-segment="pricing_page_visitors"]').getByTestId('tile-refreshed')
	).toBeVisible({ timeout: 60_000 });
	await a.waitForTimeout(3000);
	for (let i = 0; i < 2; i++) {
		const p = await context.newPage();
		await openApp(p, '/');
		await expect(p.getByTestId('engine-status')).toContainText('run by another tab');
		pages.push(p);
	}
	const checks: { what: string; ok: boolean; note: string }[] = [];

	// a refresh due in all three tabs: the hourly segment after 61 minutes
	const runsBefore = (await runsIn(a)).length;
	await context.clock.fastForward('01:01:00');
	await expect
		.poll(async () => (await runsIn(a)).filter((r) => r.status === 'succeeded').length, {
			timeout: 60_000
		})
		.toBeGreaterThan(runsBefore);
	await a.waitForTimeout(3000);
	let runs = await runsIn(a);
	const hourly = runs.filter((r) => r.trigger === 'schedule');
	const perSegment = new Map<string, number>();
	for (const r of hourly) perSegment.set(r.segmentId, (perSegment.get(r.segmentId) ?? 0) + 1);
	const leaderTab = await a.evaluate(() => sessionStorage.getItem('segments-tab-id'));
	checks.push({
		what: 'due refresh with 3 tabs open',
		ok:
			hourly.length >= 1 &&
			[...perSegment.values()].every((n) => n === 1) &&
			hourly.every((r) => r.tabId === leaderTab),
		note: `${hourly.length} scheduled runs, each segment once, all in the leader tab`
	});

	// the leader closes in the middle of a refresh: a long refresh is started, then the tab closes.
	// Twelve hours on, the segments refreshed every 12 hours are due too: several runs one after
	// the other, so one is seen running (one hourly run alone could finish between two looks)
	await context.clock.fastForward('12:01:00');
	await expect
		.poll(async () => (await runsIn(pages[1]!)).some((r) => r.status === 'running'), {
			timeout: 30_000,
			intervals: [50]
		})
		.toBe(true);
	// the third tab asks the engine something just as the leader closes: the new leader answers it
	const third = pages[2]!;
	const asked = third.evaluate(() =>
		(window as any).__segments.engine.rows('SELECT 42 AS answer').then(
			(r: any[]) => String(r[0].answer),
			(e: Error) => `failed: ${e.message}`
		)
	);
	await a.close();
	const b = pages[1]!;
	await expect(b.getByTestId('engine-status')).toHaveText(/Engine ready\s*$/, { timeout: 60_000 });
	// (the page's timers are fake here: the deadline is kept in the test)
	const answer = await Promise.race([
		asked,
		new Promise<string>((r) => setTimeout(() => r('no answer in 60 s'), 60_000))
	]);
	checks.push({
		what: 'a request waiting for the closed leader',
		ok: answer === '42',
		note: answer === '42' ? 'answered by the new leader' : answer
	});
	await expect
		.poll(async () => (await runsIn(b)).filter((r) => r.status === 'running').length, {
			timeout: 60_000
		})
		.toBe(0);
	await b.waitForTimeout(3000);
	runs = await runsIn(b);
	const interrupted = runs.filter((r) => /Interrupted/.test((r as any).error ?? ''));
	const second = runs.filter(
		(r) =>
			r.trigger !== 'save' &&
			r.status === 'succeeded' &&
			r.startedAt > hourly[hourly.length - 1]!.startedAt
	);
	const dupes = new Map<string, number>();
	for (const r of second) dupes.set(r.segmentId, (dupes.get(r.segmentId) ?? 0) + 1);
	checks.push({
		what: 'leader closed mid-refresh',
		ok: [...dupes.values()].every((n) => n === 1) && second.length >= 1,
		note: `${interrupted.length} run(s) closed as interrupted, ${second.length} completed by the new leader, none twice`
	});

	// a schema upgrade deployed while old tabs are open: they stop and ask to reload
	const c = pages[2]!;
	await b.evaluate(async () => {
		const req = indexedDB.open('segments', 10_000);
		await new Promise((r) => {
			req.onsuccess = () => {
				req.result.close();
				r(null);
			};
			req.onerror = () => r(null);
		});
	});
	await expect(c.getByTestId('schema-conflict')).toBeVisible({ timeout: 30_000 });
	await expect(b.getByTestId('schema-conflict')).toBeVisible({ timeout: 30_000 });
	checks.push({
		what: 'schema upgrade while old tabs are open',
		ok: true,
		note: 'old tabs closed the database and asked to reload'
	});

	recordCase('4-tabs', {
		case: '4. Tabs',
		check:
			'Three tabs in Chromium: a due refresh, the leader closed mid-refresh, a schema upgrade deployed',
		runs: checks.length,
		passed: checks.filter((x) => x.ok).length,
		failed: checks.filter((x) => !x.ok).length,
		notes: checks.map((x) => `${x.what}: ${x.note}`).join('; ')
	});
	recordCase('8-privacy-tabs', {
		case: '8. Privacy under fault',
		check: 'No request to another origin during the tabs session (first tab)',
		runs: 1,
		passed: foreign.length === 0 ? 1 : 0,
		failed: foreign.length === 0 ? 0 : 1,
		notes: foreign.length ? foreign.slice(0, 3).join(', ') : '0 foreign requests'
	});
	expect(checks.filter((x) => !x.ok)).toEqual([]);
});

test('6. long session: 50 dynamic segments on M-scale demo data over a simulated week', async ({
	page
}) => {
	test.setTimeout(1_200_000);
	await page.clock.install({ time: new Date() });
	await openApp(page, '/data');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const w = window as any;
				w.__longTask = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) w.__longTask = Math.max(w.__longTask, e.duration);
				}).observe({ type: 'longtask', buffered: true });
				resolve();
			})
	);
	await page.evaluate(async () => (window as any).__segments.loadDemo(() => {}, 100_000));
	const rows = await page.evaluate(
		async () =>
			(await (window as any).__segments.engine.rows('SELECT count(*) AS n FROM demo_orders'))[0].n
	);
	expect(rows).toBeGreaterThan(900_000);
	// 50 dynamic segments, refreshed daily, built from five shapes with different thresholds
	await page.evaluate(async () => {
		const s = (window as any).__segments;
		const shapes = (i: number) => {
			const n = i % 5;
			const step = (r: string) => ({ relationship: r, direction: 'forward' });
			const cond = (
				id: string,
				entity: string,
				attribute: string,
				operator: string,
				value?: unknown
			) => ({
				kind: 'condition',
				id,
				entity,
				attribute,
				operator,
				...(value === undefined ? {} : { value })
			});
			if (n === 0)
				return [
					{
						id: 'g',
						path: { start: 'Orders', steps: [step('orders_customer')] },
						where: {
							kind: 'and',
							id: 'b',
							children: [
								cond('a', 'Orders', 'total_amount', 'greaterThan', 100 + i * 10),
								cond('c', 'Orders', 'order_date', 'inLast', { amount: 30 + i, unit: 'days' })
							]
						},
						aggregates: []
					}
				];
			if (n === 1)
				return [
					{
						id: 'g',
						path: { start: 'Cases', steps: [step('cases_customer')] },
						where: cond('a', 'Cases', 'created_at', 'inLast', { amount: 10 + i, unit: 'days' }),
						aggregates: []
					}
				];
			if (n === 2)
				return [
					{
						id: 'g',
						path: {
							start: 'ClickStream',
							steps: [step('clickstream_online_account'), step('online_accounts_customer')]
						},
						where: cond('a', 'ClickStream', 'page', 'contains', i % 2 ? 'pricing' : 'blog'),
						aggregates: []
					}
				];
			if (n === 3)
				return [
					{
						id: 'g',
						path: { start: 'Orders', steps: [step('orders_customer')] },
						where: null,
						aggregates: [
							{
								id: 'x',
								function: 'sum',
								entity: 'Orders',
								attribute: 'total_amount',
								operator: 'greaterThan',
								value: 1000 + i * 50
							}
						]
					}
				];
			return [
				{
					id: 'g1',
					path: { start: 'Customers', steps: [] },
					where: cond('a', 'Customers', 'loyalty_tier', 'inList', ['gold', 'platinum']),
					aggregates: []
				},
				{
					id: 'g2',
					operator: 'exclude',
					path: { start: 'Orders', steps: [step('orders_customer')] },
					where: cond('b', 'Orders', 'order_date', 'inLast', { amount: 20 + i, unit: 'days' }),
					aggregates: []
				}
			];
		};
		const now = new Date().toISOString();
		const records = Array.from({ length: 50 }, (_, i) => ({
			id: `long-${i}`,
			name: `long_${i}`,
			definition: {
				format: 'segments.definition',
				version: 1,
				name: `long_${i}`,
				displayName: `Long session ${i}`,
				description: '',
				type: 'dynamic',
				refreshIntervalMinutes: 1440,
				asOf: null,
				groups: shapes(i)
			},
			state: 'active',
			createdAt: now,
			updatedAt: now,
			revision: 1,
			lastSuccess: null,
			lastFailure: null,
			nextRunAt: null,
			dataChangedAt: null
		}));
		await s.db.segments.bulkAdd(records);
	});
	const succeeded = async () =>
		page.evaluate(
			async () =>
				(await (window as any).__segments.db.runs
					.where('status')
					.equals('succeeded')
					.count()) as number
		);
	const cdp = await page.context().newCDPSession(page);
	const memory = async () => {
		const duck = await page.evaluate(async () => {
			const e = (window as any).__segments.engine;
			return (await e.rows('SELECT sum(memory_usage_bytes) AS b FROM duckdb_memory()'))[0]
				.b as number;
		});
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		return { duck, heap: usedSize };
	};
	await expect.poll(succeeded, { timeout: 300_000, intervals: [2000] }).toBe(50);
	const samples = [await memory()];
	for (let day = 1; day <= 7; day++) {
		await page.clock.fastForward('24:00:00');
		await expect.poll(succeeded, { timeout: 300_000, intervals: [2000] }).toBe(50 * (day + 1));
		samples.push(await memory());
	}
	const runs = await page.evaluate(
		async () => (await (window as any).__segments.db.runs.toArray()) as { status: string }[]
	);
	const failed = runs.filter((r) => r.status !== 'succeeded').length;
	const longest = await page.evaluate(() => (window as any).__longTask as number);
	const mb = (b: number) => Math.round(b / 1024 / 1024);
	const duckGrowth = samples[samples.length - 1]!.duck - samples[1]!.duck;
	const heapGrowth = samples[samples.length - 1]!.heap - samples[1]!.heap;
	const bounded = duckGrowth < 256 * 1024 * 1024 && heapGrowth < 128 * 1024 * 1024;
	// the UI still answers: the Segments page renders all 50 tiles
	await nav(page, 'Segments');
	await expect(page.getByTestId('segment-tile')).toHaveCount(50);
	recordCase('6-long-session', {
		case: '6. Long sessions',
		check:
			'50 dynamic segments on M-scale demo data (100k customers, ~1M orders) refreshed daily over a simulated week (fake clock)',
		runs: runs.length,
		passed: runs.length - failed,
		failed: failed + (bounded ? 0 : 1),
		notes: `${runs.length} runs recorded (${failed} not succeeded); DuckDB memory ${samples.map((s) => mb(s.duck)).join('→')} MB, JS heap ${samples.map((s) => mb(s.heap)).join('→')} MB over the days; longest main-thread task ${Math.round(longest)} ms.`
	});
	expect(runs.length).toBe(400);
	expect(failed).toBe(0);
	expect(bounded).toBe(true);
});

test('7. hostile definitions: HTML renders as text, crafted SQL values stay values', async ({
	page
}) => {
	await loadDemo(page, 120_000);
	await page.evaluate(() => ((window as any).__pwned = 0));
	const hostile = {
		format: 'segments.definition',
		version: 1,
		name: 'hostile_names',
		displayName: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
		description: '"><svg onload=window.__pwned=3> \'; DROP TABLE demo_orders; --',
		type: 'static',
		refreshIntervalMinutes: 720,
		asOf: null,
		groups: [
			{
				id: 'g',
				path: { start: 'Customers', steps: [] },
				where: {
					kind: 'or',
					id: 'b',
					children: [
						{
							kind: 'condition',
							id: 'a',
							entity: 'Customers',
							attribute: 'name',
							operator: 'contains',
							value: "x'); COPY demo_customers TO '/import/out.csv'; --"
						},
						{
							kind: 'condition',
							id: 'c',
							entity: 'Customers',
							attribute: 'city',
							operator: 'equals',
							value: "read_csv('/import/x')"
						},
						{
							kind: 'condition',
							id: 'd',
							entity: 'Customers',
							attribute: 'country',
							operator: 'notEquals',
							value: '*/ OR 1=1 /*'
						}
					]
				},
				aggregates: []
			}
		]
	};
	const file = path.join(tmp, 'hostile.segments.json');
	writeFileSync(file, JSON.stringify(hostile));
	await nav(page, 'Sharing');
	await page.getByTestId('definitions-file-input').setInputFiles(file);
	await page.getByRole('button', { name: /^Import 1 segment/ }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="hostile_names"]');
	await expect(tile.getByRole('link').first()).toHaveText(hostile.displayName);
	await tile.getByRole('button', { name: /Actions for/ }).click();
	await page.getByRole('menuitem', { name: 'Run now' }).click();
	await expect(tile.getByTestId('tile-count')).not.toHaveText('—', { timeout: 30_000 });
	const checks = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		const orders = (await e.rows('SELECT count(*) AS n FROM demo_orders'))[0].n;
		const expected = (
			await e.rows(
				"SELECT count(*) AS n FROM demo_customers WHERE country IS NULL OR lower(country) <> lower('*/ OR 1=1 /*') OR contains(lower(name), lower('x''); COPY demo_customers TO ''/import/out.csv''; --')) OR lower(city) = lower('read_csv(''/import/x'')')"
			)
		)[0].n;
		return {
			pwned: (window as any).__pwned,
			orders,
			expected,
			imgs: document.querySelectorAll('main img, main script, main svg[onload]').length
		};
	});
	const count = Number((await tile.getByTestId('tile-count').textContent())!.replaceAll(',', ''));
	const ok =
		checks.pwned === 0 && checks.orders > 0 && count === checks.expected && checks.imgs === 0;
	recordCase('7-hostile-ui', {
		case: '7. Hostile definitions',
		check:
			'A shared definition with script tags, event attributes and SQL in its names and values, imported and run in Chromium',
		runs: 1,
		passed: ok ? 1 : 0,
		failed: ok ? 0 : 1,
		notes: `nothing executed (flag ${checks.pwned}), no element injected, count ${count} equals the hand-written SQL (${checks.expected}), demo_orders intact`
	});
	expect(ok).toBe(true);
});
