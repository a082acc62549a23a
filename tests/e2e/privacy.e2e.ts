// Issue 7: a whole working session makes no request to any other site (every request is logged and
// anything foreign is aborted), and "Delete all my data" leaves nothing behind.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp, nav, newSegment } from './helpers';

// the service worker and its downloads are part of a real session
test.use({ serviceWorkers: 'allow' });

/** Log every request of the context (pages, workers, the service worker); abort foreign ones. */
async function networkLog(context: BrowserContext, appOrigin: string) {
	const all: string[] = [];
	const foreign: string[] = [];
	const isForeign = (url: string) => {
		const u = new URL(url);
		return !['data:', 'blob:'].includes(u.protocol) && u.origin !== appOrigin;
	};
	context.on('request', (r) => {
		all.push(r.url());
		if (isForeign(r.url())) foreign.push(r.url());
	});
	await context.route('**/*', (route) => {
		if (!isForeign(route.request().url())) return route.continue();
		foreign.push(route.request().url());
		return route.abort('blockedbyclient');
	});
	return { all, foreign };
}

async function importAll(page: Page, files: string[]) {
	await importFiles(page, files);
	for (const file of files) {
		const card = importCard(page, path.basename(file));
		await card.getByRole('button', { name: /^Import \d+ columns?$/ }).click();
		await expect(card.getByText('Imported')).toBeVisible();
	}
}

/** The jaffle shop's customers, imported and made the Customer Profile. */
async function importCustomers(page: Page) {
	await importAll(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	await page.getByLabel('Customer Profile entity').selectOption('raw_customers');
	await page.getByLabel('Customer Profile key').selectOption('id');
	await page.getByRole('button', { name: 'Set as Customer Profile' }).click();
	await expect(page.getByTestId('profile-check')).toContainText('100');
}

async function saveSegment(page: Page, name: string, start: string) {
	await newSegment(page, name);
	await page.getByLabel('Starting entity for group 1').fill(start);
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	return new URL(page.url()).searchParams.get('id')!;
}

/** Names in the origin's private file system (OPFS). */
const opfsNames = (page: Page) =>
	page.evaluate(async () => {
		const root = await navigator.storage.getDirectory();
		const names: string[] = [];
		for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
			names.push(name);
		return names.sort();
	});

test('a full session — imports, a segment built, run, viewed, exported, shared and backed up — makes no foreign request', async ({
	page,
	context,
	baseURL
}) => {
	const dir = path.resolve('test-results/files');
	mkdirSync(dir, { recursive: true });
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(`COPY (SELECT range::INTEGER AS order_id, range % 100 + 1 AS customer_id,
		round(random() * 500, 2)::DOUBLE AS amount FROM range(2000)) TO '${dir}/privacy_orders.parquet' (FORMAT PARQUET)`);
	writeFileSync(
		path.join(dir, 'privacy_events.ndjson'),
		Array.from({ length: 50 }, (_, i) => JSON.stringify({ event: `e${i}`, customer: i % 20 })).join(
			'\n'
		) + '\n'
	);
	const log = await networkLog(context, new URL(baseURL!).origin);

	await openApp(page, '/data');
	await importCustomers(page);
	await importAll(page, [
		path.join(dir, 'privacy_orders.parquet'),
		path.join(dir, 'privacy_events.ndjson')
	]);

	const id = await saveSegment(page, 'private_people', 'raw_customers');
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="private_people"]');
	await expect(tile.getByTestId('tile-count')).toHaveText('100', { timeout: 30_000 });

	// run it again by hand, then look at its members
	await tile.getByRole('button', { name: 'Actions for private_people' }).click();
	await page.getByRole('menuitem', { name: 'Run now' }).click();
	await expect(page.getByTestId('engine-status')).toHaveText('Engine ready', { timeout: 30_000 });
	await tile.getByRole('link', { name: 'private_people' }).click();
	await expect(page).toHaveURL(new RegExp(`/segment\\?id=${id}`));
	await expect(page.getByTestId('segment-members')).toHaveText('100');
	await expect(page.getByTestId('members-table').locator('tbody tr').first()).toBeVisible();

	// exports: members as CSV, the definition as JSON
	await nav(page, 'Segments');
	const saved: string[] = [];
	for (const [item, pattern] of [
		['Export members (CSV)', /\.csv$/],
		['Export definition (JSON)', /\.json$/]
	] as const) {
		await tile.getByRole('button', { name: 'Actions for private_people' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('menuitem', { name: item }).click()
		]);
		expect(download.suggestedFilename()).toMatch(pattern);
		const file = path.join(dir, download.suggestedFilename());
		await download.saveAs(file);
		saved.push(file);
	}

	// the definition comes back in as a second segment
	await nav(page, 'Sharing');
	await page.getByTestId('definitions-file-input').setInputFiles(saved[1]!);
	await page.getByLabel('New name for private_people').fill('private_people_again');
	await page.getByRole('button', { name: 'Import 1 segment' }).click();
	await expect(page.getByTestId('import-done')).toContainText('private_people_again');

	// and a backup of the whole workspace, the data included, is written
	await page.getByRole('checkbox', { name: /Include the data/ }).check();
	const [backup] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download backup' }).click()
	]);
	expect(backup.suggestedFilename()).toMatch(/^segments-backup-.*\.zip$/);

	expect(log.all.length).toBeGreaterThan(10); // the log really saw the session
	expect(log.foreign).toEqual([]);
});

test('"Delete all my data" removes the data, the model, the segments and the offline copy', async ({
	page
}) => {
	await openApp(page, '/data');
	await importCustomers(page);
	await saveSegment(page, 'to_be_deleted', 'raw_customers');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 120_000
	});
	expect(await opfsNames(page)).toContain('segments.duckdb');

	await nav(page, 'Privacy & storage');
	await expect(
		page.getByTestId('imported-data-location').getByText('segments.duckdb')
	).toBeVisible();
	await page.getByRole('button', { name: 'Delete all my data' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
	await Promise.all([
		page.waitForEvent('load'),
		dialog.getByRole('button', { name: 'Delete everything' }).click()
	]);
	await expect(
		page.getByRole('status').filter({ hasText: 'All your data was deleted' })
	).toBeVisible();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});

	const after = await page.evaluate(async () => {
		const s = (
			window as unknown as {
				__segments: {
					app: { model: { value: { entities: unknown[] } }; segments: { value: unknown[] } };
					engine: { tables(): Promise<string[]> };
				};
			}
		).__segments;
		return {
			entities: s.app.model.value.entities.length,
			segments: s.app.segments.value.length,
			tables: await s.engine.tables(),
			// the reload was not served by the old service worker: its copy was removed first
			servedByServiceWorker:
				(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).workerStart >
				0
		};
	});
	expect(after).toEqual({ entities: 0, segments: 0, tables: [], servedByServiceWorker: false });
	// only the new, empty database the engine opened at this start
	expect((await opfsNames(page)).filter((n) => !n.startsWith('segments.duckdb'))).toEqual([]);

	await nav(page, 'Data');
	await expect(page.getByTestId('entities').locator('tr[data-entity]')).toHaveCount(0);
	await nav(page, 'Segments');
	await expect(page.locator('[data-segment]')).toHaveCount(0);
});

test('with Segments open in another tab, "Delete all my data" deletes nothing and says why', async ({
	context
}) => {
	const first = await context.newPage();
	await openApp(first, '/data');
	await importCustomers(first);
	// the first tab runs the engine and holds the database file; the second asks for the wipe
	const second = await context.newPage();
	await openApp(second, '/privacy');
	await second.getByRole('button', { name: 'Delete all my data' }).click();
	await Promise.all([
		second.waitForEvent('load'),
		second
			.getByRole('dialog', { name: 'Delete all your data?' })
			.getByRole('button', { name: 'Delete everything' })
			.click()
	]);
	const refusal = second.getByRole('alert').filter({ hasText: 'None of your data was deleted' });
	await expect(refusal).toContainText('Close the other tabs');
	await expect(
		first
			.getByTestId('entities')
			.locator('tr[data-entity="raw_customers"] [data-testid="entity-rows"]')
	).toHaveText('100');
	expect(await opfsNames(first)).toContain('segments.duckdb');
});
