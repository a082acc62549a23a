// A new user's first hour, on a real persistent browser profile: open the app, reload, load the demo
// data, build and save a segment, reload, run it, look at its members, export them, close the
// browser and open it again — the segment, its count and the data are all still there.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { newProfile } from '../helpers/persistent-browser';
import { parseCsv } from '../helpers/csv-records';
import { nav } from './helpers';

const engineReady = (page: Page) =>
	expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});

/** Customers with an order over 500 in the last 90 days, computed in the page by hand-written SQL. */
async function expectedMembers(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const d = new Date();
		d.setDate(d.getDate() - 90);
		const from = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
		const t = new Date();
		const today = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows(sql: string): Promise<{ k: unknown }[]> } };
			}
		).__segments.engine.rows(
			`SELECT DISTINCT c.id AS k FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
			 WHERE o.total_amount > 500 AND o.order_date >= DATE '${from}' AND o.order_date <= DATE '${today}'`
		);
		return rows.map((r) => String(r.k)).sort();
	});
}

test('the first hour: demo data, a segment built, saved, run, exported, and all of it still there after the browser is reopened', async () => {
	test.setTimeout(300_000);
	const profile = newProfile();
	let context = await profile.open();
	try {
		let page = context.pages()[0] ?? (await context.newPage());
		const pageErrors: string[] = [];
		const watch = (p: Page) => p.on('pageerror', (e) => pageErrors.push(e.message));
		watch(page);

		await page.goto('/data');
		await engineReady(page);
		await page.reload();
		await engineReady(page);

		await page.getByRole('button', { name: 'Try with demo data' }).click();
		const entities = page.getByTestId('entities');
		// the demo data arrives, or a sentence saying why it did not (then the test stops there)
		const loaded = entities.locator('tr[data-entity="ClickStream"]');
		const refused = page.getByRole('alert').filter({ hasText: /demo data/ });
		await expect(loaded.or(refused).first()).toBeVisible({ timeout: 120_000 });
		await expect(refused).toHaveCount(0);
		await expect(loaded).toBeVisible();
		await expect(
			entities.locator('tr[data-entity="Customers"] [data-testid="entity-rows"]')
		).toHaveText('10,000');

		// build: customers with an order over 500 in the last 90 days
		await nav(page, 'Segments');
		await page.getByRole('button', { name: 'Add segment' }).first().click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('radio', { name: /Dynamic/ }).check();
		await dialog.getByLabel('Name', { exact: true }).fill('recent_big_orders');
		await dialog.getByRole('button', { name: 'Next' }).click();
		await page.getByLabel('Starting entity for group 1').fill('Orders');
		await expect(page.getByTestId('path')).toContainText('Customers');
		await page.getByRole('button', { name: '+ Add condition' }).click();
		await page.getByLabel('Attribute for group 1 condition 1').selectOption('total_amount');
		await page.getByLabel('Operator for group 1 condition 1').selectOption('greaterThan');
		await page.getByLabel('Value for group 1 condition 1').fill('500');
		await page.getByRole('button', { name: '+ Add condition (AND)' }).click();
		await page.getByLabel('Attribute for group 1 condition 2').selectOption('order_date');
		await page.getByLabel('Operator for group 1 condition 2').selectOption('inLast');
		await page.getByLabel('Value for group 1 condition 2: how many').fill('90');
		await page.getByLabel('Value for group 1 condition 2: unit').selectOption('days');
		const badge = page.getByTestId('segment-count');
		await expect(badge).toHaveAttribute('data-current', 'true');
		const expected = await expectedMembers(page);
		expect(expected.length).toBeGreaterThan(0);
		await expect(badge.locator('strong')).toHaveText(expected.length.toLocaleString('en'));
		await page.getByRole('button', { name: 'Save & activate' }).click();
		await expect(page).toHaveURL(/\/builder\?id=/);
		const id = new URL(page.url()).searchParams.get('id')!;

		// reload, then run it by hand from its page
		await page.reload();
		await engineReady(page);
		await page.goto(`/segment?id=${id}`);
		await engineReady(page);
		const history = page.getByTestId('history-table');
		// the run the save started was cut by the reload and runs again by itself; once nothing is
		// running, a run by hand (a click while a run is in flight joins that run instead)
		const done = history.locator('tbody tr[data-status="succeeded"]');
		await expect(done.first()).toBeVisible({ timeout: 90_000 });
		await expect(history.locator('tbody tr[data-status="running"]')).toHaveCount(0);
		const before = await done.count();
		await page.getByRole('button', { name: 'Run now' }).click();
		await expect(done).toHaveCount(before + 1, { timeout: 60_000 });
		await expect(history.locator('tbody tr').first()).toHaveAttribute('data-status', 'succeeded');
		const count = expected.length.toLocaleString('en');
		await expect(page.getByTestId('segment-members')).toHaveText(count);

		// members
		await expect(page.getByTestId('members-table').locator('tbody tr').first()).toBeVisible();

		// export them as CSV: exactly the expected customers, one record each
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export members (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^recent_big_orders-\d{4}-\d{2}-\d{2}\.csv$/);
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const [header, ...records] = parseCsv(bytes.subarray(3).toString('utf8'));
		expect(header![0]).toBe('id');
		expect(header).toContain('email');
		expect(records.map((r) => r[0]!).sort()).toEqual(expected);

		// close the browser, open it again on the same profile
		await context.close();
		context = await profile.open();
		page = context.pages()[0] ?? (await context.newPage());
		watch(page);
		await page.goto('/');
		await engineReady(page);
		const tile = page.locator('[data-segment="recent_big_orders"]');
		await expect(tile.getByTestId('tile-count')).toHaveText(count);
		await expect(tile.getByText('active', { exact: true })).toBeVisible();
		await tile.getByRole('link', { name: 'recent_big_orders' }).click();
		await expect(page.getByTestId('segment-members')).toHaveText(count);
		await expect(page.getByTestId('members-table').locator('tbody tr').first()).toBeVisible();
		await nav(page, 'Data');
		await expect(
			page
				.getByTestId('entities')
				.locator('tr[data-entity="Customers"] [data-testid="entity-rows"]')
		).toHaveText('10,000');
		expect(await expectedMembers(page)).toEqual(expected);
		expect(pageErrors).toEqual([]);
	} catch (e) {
		// the persistent context is not the test's own page: attach what the user saw
		const shown = context.pages()[0];
		if (shown)
			await test.info().attach('page at failure', {
				body: await shown
					.locator('body')
					.ariaSnapshot()
					.catch(() => 'unavailable'),
				contentType: 'text/plain'
			});
		throw e;
	} finally {
		await context.close();
		profile.remove();
	}
});
