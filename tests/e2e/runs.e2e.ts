// Issue 5: runs on a schedule (fake clock), history and trend, members, export, entered/left.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createSegment, importCard, importFiles, openApp, nav, loadDemo } from './helpers';

test('a 15-minute dynamic segment refreshes on the clock: a new run, a new trend point, a new last-refresh time', async ({
	page
}) => {
	await page.clock.install({ time: new Date() });
	await loadDemo(page);
	const id = await createSegment(page, 'subscribers', 'Customers', async () => {
		await page.getByRole('button', { name: '+ Add condition' }).click();
		await page.getByLabel('Attribute for group 1 condition 1').selectOption('is_subscribed');
		await page.getByLabel('Operator for group 1 condition 1').selectOption('isTrue');
	});
	expect(id).toBeTruthy();
	// navigate inside the app: a full reload would interrupt the first run (and it would run again)
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="subscribers"]');
	await expect(tile.getByTestId('tile-refreshed')).toBeVisible({ timeout: 30_000 });
	await tile.getByRole('link', { name: 'subscribers' }).click();
	const history = page.getByTestId('history-table');
	await expect(history.locator('tbody tr[data-status="succeeded"]')).toHaveCount(1, {
		timeout: 30_000
	});
	await expect(history.locator('tbody tr')).toHaveCount(1);
	await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-points', '1');
	await nav(page, 'Segments');
	const before = await tile.getByTestId('tile-refreshed').getAttribute('title');

	await page.clock.fastForward('16:00');
	await expect(tile.getByTestId('tile-refreshed')).not.toHaveAttribute('title', before!, {
		timeout: 30_000
	});
	await tile.getByRole('link', { name: 'subscribers' }).click();
	await expect(history.locator('tbody tr[data-status="succeeded"]')).toHaveCount(2);
	await expect(history.locator('tbody tr')).toHaveCount(2);
	await expect(history).toContainText('scheduled');
	await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-points', '2');
	// nothing more until the next interval
	await page.clock.fastForward('05:00');
	await page.waitForTimeout(1000);
	await expect(history.locator('tbody tr')).toHaveCount(2);
});

test('members are listed, searchable, and exported as RFC 4180 CSV that re-imports to the same count', async ({
	page
}) => {
	const dir = path.resolve('test-results/files');
	mkdirSync(dir, { recursive: true });
	const people = [
		'id,name,city,joined',
		'1,"Smith, ""Bob""",Zürich,2024-01-02',
		'2,Ann Lee,"São Paulo",2024-02-29',
		'3,"Multi',
		'line",Oslo,2023-12-31',
		'4,Zoë,,2024-03-01'
	].join('\n');
	writeFileSync(path.join(dir, 'people.csv'), people + '\n');
	await openApp(page, '/data');
	await importFiles(page, [path.join(dir, 'people.csv')]);
	const card = importCard(page, 'people.csv');
	await expect(card.getByTestId('row-count')).toHaveText('4');
	await card.getByRole('button', { name: 'Import 4 columns' }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	await page.getByLabel('Customer Profile entity').selectOption('people');
	await page.getByLabel('Customer Profile key').selectOption('id');
	await page.getByRole('button', { name: 'Set as Customer Profile' }).click();
	const id = await createSegment(page, 'everyone', 'people', async () => {}, 'hour');
	await page.goto(`/segment?id=${id}`);
	await expect(page.getByTestId('segment-members')).toHaveText('4');
	const table = page.getByTestId('members-table');
	await expect(table.locator('tbody tr')).toHaveCount(4);
	await page.getByLabel('Search members').fill('zür');
	await expect(table.locator('tbody tr')).toHaveCount(1);
	await expect(table).toContainText('Smith, "Bob"');
	await page.getByLabel('Search members').fill('');

	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export members (CSV)' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^everyone-\d{4}-\d{2}-\d{2}\.csv$/);
	const file = path.join(dir, 'exported.csv');
	await download.saveAs(file);
	const bytes = readFileSync(file);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.subarray(3).toString('utf8');
	expect(text.startsWith('id,name,city,joined\r\n')).toBe(true);
	expect(text).toContain('1,"Smith, ""Bob""",Zürich,2024-01-02\r\n');
	expect(text).toContain('3,"Multi\nline",Oslo,2023-12-31\r\n');
	expect(text).toContain('4,Zoë,,2024-03-01\r\n');
	expect(text.endsWith('\r\n')).toBe(true);

	const parquetPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export members (Parquet)' }).click();
	const parquet = path.join(dir, 'exported.parquet');
	await (await parquetPromise).saveAs(parquet);
	expect(readFileSync(parquet).subarray(0, 4).toString()).toBe('PAR1');

	await nav(page, 'Data');
	await importFiles(page, [file, parquet]);
	const again = importCard(page, 'exported.csv');
	await expect(again.getByTestId('row-count')).toHaveText('4');
	await expect(again.getByLabel('Type of column joined')).toHaveValue('date');
	const pq = importCard(page, 'exported.parquet');
	await expect(pq.getByTestId('row-count')).toHaveText('4');
	await expect(pq.getByLabel('Type of column joined')).toHaveValue('date');
});

test('two tabs: only the leader runs a due refresh, the other shows its result, and takes over when the leader closes', async ({
	context
}) => {
	const first = await context.newPage();
	await context.clock.install({ time: new Date() });
	await loadDemo(first);
	await createSegment(first, 'gold_members', 'Customers', async () => {
		await first.getByRole('button', { name: '+ Add condition' }).click();
		await first.getByLabel('Attribute for group 1 condition 1').selectOption('loyalty_tier');
		await first.getByLabel('Operator for group 1 condition 1').selectOption('equals');
		await first.getByLabel('Value for group 1 condition 1').fill('gold');
	});
	await nav(first, 'Segments');
	await expect(
		first.locator('[data-segment="gold_members"]').getByTestId('tile-refreshed')
	).toBeVisible({ timeout: 30_000 });

	const second = await context.newPage();
	await openApp(second, '/');
	await expect(second.getByTestId('engine-status')).toContainText('run by another tab');
	await expect(second.getByTestId('engine-status')).not.toContainText('not saved');
	const tile2 = second.locator('[data-segment="gold_members"]');
	const before = await tile2.getByTestId('tile-refreshed').getAttribute('title');

	await context.clock.fastForward('16:00');
	await expect(tile2.getByTestId('tile-refreshed')).not.toHaveAttribute('title', before!, {
		timeout: 30_000
	});
	await first.waitForTimeout(1500);
	const runs = await second.evaluate(async () => {
		const db = (window as any).__segments.app;
		void db;
		const req = indexedDB.open('segments');
		const idb: IDBDatabase = await new Promise((r) => (req.onsuccess = () => r(req.result)));
		const all: { status: string; tabId: string; trigger: string }[] = await new Promise((r) => {
			const q = idb.transaction('runs').objectStore('runs').getAll();
			q.onsuccess = () => r(q.result);
		});
		idb.close();
		return all;
	});
	const firstTab = await first.evaluate(() => sessionStorage.getItem('segments-tab-id'));
	expect(runs.map((r) => r.trigger).sort()).toEqual(['save', 'schedule']);
	expect(runs.every((r) => r.status === 'succeeded' && r.tabId === firstTab)).toBe(true);

	// the leader closes: the other tab takes over the engine, with the data intact
	await first.close();
	await expect(second.getByTestId('engine-status')).toHaveText(/Engine ready\s*$/, {
		timeout: 60_000
	});
	const n = await second.evaluate(
		async () =>
			(await (window as any).__segments.engine.rows('SELECT count(*) AS n FROM demo_customers'))[0]
				.n
	);
	expect(n).toBe(10_000);
	await tile2.getByRole('button', { name: 'Actions for gold_members' }).click();
	await second.getByRole('menuitem', { name: 'Run now' }).click();
	await expect(second.getByText(/gold_members: [\d,]+ members/)).toBeVisible({ timeout: 30_000 });
});

test('after re-importing a changed Orders file, the next run records who entered and who left, checked against SQL', async ({
	page
}) => {
	await loadDemo(page);
	const id = await createSegment(
		page,
		'big_spenders',
		'Orders',
		async () => {
			await page.getByRole('button', { name: '+ Add condition' }).click();
			await page.getByLabel('Attribute for group 1 condition 1').selectOption('total_amount');
			await page.getByLabel('Operator for group 1 condition 1').selectOption('greaterThan');
			await page.getByLabel('Value for group 1 condition 1').fill('800');
		},
		'day'
	);
	await nav(page, 'Segments');
	await expect(
		page.locator('[data-segment="big_spenders"]').getByTestId('tile-refreshed')
	).toBeVisible({ timeout: 30_000 });

	// a modified export of Orders: big orders of customers 1-300 shrink, customers 301-600 get one big order
	const csv: string = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		const parts: Uint8Array<ArrayBuffer>[] = [];
		await e.exportCsv(
			`SELECT id, customer_id, order_date, CASE WHEN customer_id <= 300 AND total_amount > 800 THEN 10.0 WHEN customer_id BETWEEN 301 AND 600 AND id % 10 = 0 THEN 999.0 ELSE total_amount END AS total_amount, status, channel FROM demo_orders`,
			(c: Uint8Array<ArrayBuffer>) => void parts.push(c)
		);
		return new TextDecoder().decode(await new Blob(parts).arrayBuffer()).replace(/^\uFEFF/, '');
	});
	const expected = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		const before = `SELECT DISTINCT o.customer_id AS k FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id WHERE o.total_amount > 800`;
		const after = `SELECT DISTINCT o.customer_id AS k FROM (SELECT customer_id, CASE WHEN customer_id <= 300 AND total_amount > 800 THEN 10.0 WHEN customer_id BETWEEN 301 AND 600 AND id % 10 = 0 THEN 999.0 ELSE total_amount END AS total_amount FROM demo_orders) o JOIN demo_customers c ON c.id = o.customer_id WHERE o.total_amount > 800`;
		const [r] = await e.rows(
			`SELECT (SELECT count(*) FROM (${after} EXCEPT ${before})) AS entered, (SELECT count(*) FROM (${before} EXCEPT ${after})) AS left_, (SELECT count(*) FROM (${after})) AS members`
		);
		return r;
	});
	expect(expected.entered).toBeGreaterThan(0);
	expect(expected.left_).toBeGreaterThan(0);
	const dir = path.resolve('test-results/files');
	mkdirSync(dir, { recursive: true });
	writeFileSync(path.join(dir, 'orders-v2.csv'), csv);

	await nav(page, 'Data');
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Re-import Orders' }).click();
	await (await chooser).setFiles(path.join(dir, 'orders-v2.csv'));
	const card = importCard(page, 'orders-v2.csv');
	await expect(card.getByLabel('Import as')).toHaveValue('Orders');
	await card.getByRole('button', { name: 'Import 6 columns' }).click();
	await expect(card.getByText('Imported')).toBeVisible();

	// the data changed: the (dynamic) segment refreshes by itself
	await page.goto(`/segment?id=${id}`);
	const history = page.getByTestId('history-table');
	await expect(history.locator('tbody tr[data-status="succeeded"]')).toHaveCount(2, {
		timeout: 60_000
	});
	await expect(history).toContainText('data changed');
	const latest = history.locator('tbody tr').first();
	await expect(latest.locator('td').nth(1)).toHaveText(expected.members.toLocaleString('en'));
	await expect(latest.locator('td').nth(3)).toHaveText(expected.entered.toLocaleString('en'));
	await expect(latest.locator('td').nth(4)).toHaveText(expected.left_.toLocaleString('en'));
	await expect(page.getByTestId('entered-list').locator('li')).toHaveCount(
		Math.min(100, expected.entered)
	);
});
