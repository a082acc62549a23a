// Issue 7: after one visit online, Segments starts and works with no network at all: the persisted
// data opens, a file imports, a segment is built, saved, run, and its members exported.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp, nav, newSegment } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one online visit the app starts and works fully offline', async ({ page, context }) => {
	// online, once: demo data, and the service worker installs (precaching the app and the engine)
	await openApp(page, '/data');
	await page.getByRole('button', { name: 'Try with demo data' }).click();
	const entities = page.getByTestId('entities');
	await expect(entities.locator('tr[data-entity="ClickStream"]')).toBeVisible({ timeout: 90_000 });
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 120_000
	});

	// offline: the browser's network is off, and anything that still tried to reach the server
	// (from the page, the engine worker or the service worker) is refused and listed
	const reachedNetwork: string[] = [];
	await context.route('**/*', (route) => {
		reachedNetwork.push(route.request().url());
		return route.abort('internetdisconnected');
	});
	await context.setOffline(true);
	const started = Date.now();
	await page.reload();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	const startMs = Date.now() - started;
	console.log(`offline start (page + engine from the cache): ${startMs} ms`);
	await expect(entities.locator('tr[data-entity="ClickStream"]')).toBeVisible();
	await expect(entities.locator('tr[data-entity="Customers"]')).toBeVisible();

	// import a file
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const card = importCard(page, 'raw_customers.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	await expect(
		entities.locator('tr[data-entity="raw_customers"] [data-testid="entity-rows"]')
	).toHaveText('100');

	// build, save and run a segment (pages not visited online come from the cache too)
	await newSegment(page, 'offline_customers');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="offline_customers"]');
	await expect(tile.getByTestId('tile-count')).not.toHaveText('—', { timeout: 30_000 });

	// export its members
	await tile.getByRole('button', { name: 'Actions for offline_customers' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('menuitem', { name: 'Export members (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^offline_customers.*\.csv$/);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.split('\n').filter(Boolean).length).toBeGreaterThan(1);

	// nothing the app needed came from the network (the browser's own update check of sw.js may
	// try, and fail, which is fine)
	expect(reachedNetwork.filter((u) => !u.endsWith('/sw.js'))).toEqual([]);
	await context.setOffline(false);
});
