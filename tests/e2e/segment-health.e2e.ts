// A broken segment says so, everywhere, and does not run in a loop: a re-import that drops a column
// a dynamic segment uses fails it once (with the reason) and the scheduler leaves it alone until
// the data is fixed; deleting a relationship names the segments that use it, and they show as
// drafts with the reason on the tile, in the filters and on their page.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSegment, importCard, openApp, nav, loadDemo } from './helpers';

/** The stored runs of a segment, read straight from IndexedDB. */
function runsOf(page: Page, segmentId: string) {
	return page.evaluate(async (id) => {
		const req = indexedDB.open('segments');
		const idb: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
		const all: { segmentId: string; status: string; repeat?: { count: number } }[] =
			await new Promise((r) => {
				const q = idb.transaction('runs').objectStore('runs').getAll();
				q.onsuccess = () => r(q.result);
			});
		idb.close();
		return all.filter((r) => r.segmentId === id);
	}, segmentId);
}

/** An export of the demo's Orders table, with the columns given. */
async function ordersCsv(page: Page, columns: string, file: string): Promise<string> {
	const csv: string = await page.evaluate(async (cols) => {
		const e = (window as any).__segments.engine;
		const parts: Uint8Array<ArrayBuffer>[] = [];
		await e.exportCsv(`SELECT ${cols} FROM demo_orders`, (c: Uint8Array<ArrayBuffer>) =>
			parts.push(c)
		);
		return new TextDecoder().decode(await new Blob(parts).arrayBuffer()).replace(/^\uFEFF/, '');
	}, columns);
	const dir = path.resolve('test-results/files');
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, file), csv);
	return path.join(dir, file);
}

async function reimportOrders(page: Page, file: string, columns: number) {
	await nav(page, 'Data');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Re-import Orders' }).click();
	await (await chooser).setFiles(file);
	const card = importCard(page, path.basename(file));
	await expect(card.getByLabel('Import as')).toHaveValue('Orders');
	return {
		card,
		confirm: async () => {
			await card.getByRole('button', { name: `Import ${columns} columns` }).click();
			await expect(card.getByText('Imported')).toBeVisible();
		}
	};
}

test('a re-import that drops a column a dynamic segment uses fails it once, with the reason; it does not run again by itself until the fixed file is imported', async ({
	page
}) => {
	// the demo, two segments, two re-imports and six scheduler intervals: more than the default
	test.setTimeout(360_000);
	await page.clock.install({ time: new Date() });
	await loadDemo(page);
	const webId = await createSegment(page, 'web_orders', 'Orders', async () => {
		await page.getByRole('button', { name: '+ Add condition' }).click();
		await page.getByLabel('Attribute for group 1 condition 1').selectOption('channel');
		await page.getByLabel('Operator for group 1 condition 1').selectOption('equals');
		await page.getByLabel('Value for group 1 condition 1').fill('web');
	});
	// a second 15-minute segment shows the scheduler is running while the broken one waits
	const controlId = await createSegment(page, 'all_customers', 'Customers', async () => {});
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="web_orders"]');
	await expect(tile.getByTestId('tile-refreshed')).toBeVisible({ timeout: 30_000 });
	await expect(
		page.locator('[data-segment="all_customers"]').getByTestId('tile-refreshed')
	).toBeVisible({ timeout: 30_000 });

	const broken = await ordersCsv(
		page,
		'id, customer_id, order_date, total_amount, status',
		'orders-no-channel.csv'
	);
	const fixed = await ordersCsv(
		page,
		'id, customer_id, order_date, total_amount, status, channel',
		'orders-fixed.csv'
	);

	const reimport = await reimportOrders(page, broken, 5);
	await expect(reimport.card.getByRole('alert')).toContainText('uses Orders.channel');
	await reimport.confirm();

	// "data changed": it runs once and fails, and says why
	await nav(page, 'Segments');
	await expect(tile.getByTestId('health')).toHaveAttribute('data-health', /draft|error/);
	await expect(tile.getByTestId('health-reason')).toContainText('channel');
	await expect
		.poll(async () => (await runsOf(page, webId)).map((r) => r.status).sort())
		.toEqual(['failed', 'succeeded']);

	// six intervals later (the control segment refreshed at each), still one failed run
	const finished = async () =>
		(await runsOf(page, controlId)).filter((r) => r.status === 'succeeded').length;
	for (let i = 1; i <= 6; i++) {
		const before = await finished();
		await page.clock.fastForward('16:00');
		await expect.poll(finished).toBeGreaterThan(before);
	}
	const after = await runsOf(page, webId);
	expect(after.filter((r) => r.status === 'failed')).toHaveLength(1);
	expect(after.filter((r) => r.status === 'failed')[0]!.repeat).toBeUndefined();

	await tile.getByRole('link', { name: 'web_orders' }).click();
	const history = page.getByTestId('history-table');
	await expect(history.locator('tbody tr')).toHaveCount(2);
	await expect(history.locator('tbody tr[data-status="failed"]')).toContainText('channel');
	await expect(page.getByTestId('health-reason')).toContainText('channel');

	// the fixed file: it runs again by itself and is healthy
	const again = await reimportOrders(page, fixed, 6);
	await again.confirm();
	await nav(page, 'Segments');
	await expect(tile.getByTestId('health')).toHaveAttribute('data-health', 'active', {
		timeout: 30_000
	});
	await expect(tile.getByTestId('health-reason')).toHaveCount(0);
	const last = await runsOf(page, webId);
	expect(last.filter((r) => r.status === 'succeeded')).toHaveLength(2);
});

test('deleting a relationship names the segments that use it; afterwards the tile, the Draft filter and the segment page show it as broken, with the reason', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	const tile = page.locator('[data-segment="pricing_page_visitors"]');
	await expect(tile.getByTestId('tile-refreshed')).toBeVisible({ timeout: 60_000 });
	await expect(tile.getByTestId('health')).toHaveAttribute('data-health', 'active');

	await nav(page, 'Relationships');
	await page.getByRole('button', { name: 'Delete clickstream_online_account' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByTestId('relationship-dependents')).toHaveText(
		'Segment “Pricing page visitors”'
	);
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.locator('tr[data-relationship="clickstream_online_account"]')).toHaveCount(0);

	await nav(page, 'Segments');
	const reason = /clickstream_online_account.*no longer exists/;
	await expect(tile.getByTestId('health')).toHaveAttribute('data-health', 'draft');
	await expect(tile.getByTestId('health-reason')).toHaveText(reason);

	const filter = page.getByLabel('Filter by state');
	await filter.selectOption('active');
	await expect(tile).toHaveCount(0);
	await expect(page.locator('[data-segment="loyal_big_spenders"]')).toBeVisible();
	await filter.selectOption('draft');
	await expect(tile).toBeVisible();
	await expect(page.locator('[data-segment="loyal_big_spenders"]')).toHaveCount(0);

	await page.getByRole('button', { name: 'Table' }).click();
	const row = page.getByTestId('segment-table').locator('tr[data-segment="pricing_page_visitors"]');
	await expect(row.getByTestId('health')).toHaveAttribute('data-health', 'draft');
	await expect(row.getByTestId('health-reason')).toHaveText(reason);

	await row.getByRole('link', { name: 'Pricing page visitors' }).click();
	await expect(page.getByRole('heading', { name: 'Pricing page visitors' })).toBeVisible();
	await expect(page.getByTestId('health')).toHaveAttribute('data-health', 'draft');
	await expect(page.getByTestId('health-reason')).toHaveText(reason);

	// "View members" opens a segment's page at its members
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Actions for Loyal big spenders' }).click();
	await page.getByRole('menuitem', { name: 'View members' }).click();
	await expect(page).toHaveURL(/#members$/);
	// scrolled to it: the section starts at the top of the window (or the page is scrolled to its end)
	await expect
		.poll(() =>
			page.evaluate(() => {
				const top = document.getElementById('members')?.getBoundingClientRect().top ?? 9999;
				const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
				return top < 120 || (end && top < innerHeight) ? 'at members' : `top ${top}, end ${end}`;
			})
		)
		.toBe('at members');
	await expect(page.getByRole('heading', { name: 'Members' })).toBeInViewport();
});

test('the run history is paged, and a repeated failure is one row with its count', async ({
	page
}) => {
	await openApp(page, '/');
	// a segment with 25 runs on record, written as the app stores them
	await page.evaluate(async () => {
		const req = indexedDB.open('segments');
		const idb: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
		const tx = idb.transaction(['segments', 'runs'], 'readwrite');
		const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString();
		tx.objectStore('segments').put({
			id: 'paged',
			name: 'paged',
			definition: {
				format: 'segments.definition',
				version: 1,
				name: 'paged',
				displayName: 'Paged',
				description: '',
				type: 'dynamic',
				refreshIntervalMinutes: 60,
				asOf: null,
				groups: []
			},
			state: 'inactive',
			createdAt: at(0),
			updatedAt: at(0),
			revision: 1,
			lastSuccess: null,
			lastFailure: null,
			nextRunAt: null,
			dataChangedAt: null
		});
		for (let i = 0; i < 25; i++)
			tx.objectStore('runs').put({
				id: `run${i}`,
				segmentId: 'paged',
				revision: 1,
				definitionHash: 'x',
				asOf: at(i),
				startedAt: at(i),
				finishedAt: at(i),
				durationMs: 5,
				status: 'failed',
				trigger: 'schedule',
				members: null,
				groupCounts: [],
				entered: null,
				left: null,
				error: `Failure number ${i}.`,
				tabId: 't',
				...(i === 24 ? { repeat: { count: 7, lastAt: at(40) } } : {})
			});
		await new Promise((r) => (tx.oncomplete = r));
		idb.close();
	});
	await openApp(page, '/segment?id=paged');
	const rows = page.getByTestId('history-table').locator('tbody tr');
	await expect(rows).toHaveCount(20);
	await expect(rows.first()).toHaveAttribute('data-repeats', '7');
	await expect(rows.first()).toContainText('failed 7 times');
	await expect(page.getByTestId('history-shown')).toHaveText(
		'Showing the latest 20 of 25 entries.'
	);
	await page.getByRole('button', { name: 'Show 5 more' }).click();
	await expect(rows).toHaveCount(25);
	await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
});
