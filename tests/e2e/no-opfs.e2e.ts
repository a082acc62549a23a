// Where the browser gives the engine no OPFS (WebKitGTK, older Safari, private windows), imported
// data is kept as table copies in IndexedDB and loaded back at start: an import, a segment's kept
// members and a deleted table all come back as they were after a reload. The test build's
// no-OPFS switch (localStorage segments.test.noOpfs) makes Chromium start the engine that way.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp } from './helpers';

const engine = (page: Page) =>
	page.evaluateHandle(
		() =>
			(
				window as unknown as {
					__segments: {
						engine: {
							rows(sql: string): Promise<Record<string, unknown>[]>;
							exec(sql: string): Promise<void>;
							tables(): Promise<string[]>;
							dropTable(t: string): Promise<void>;
							snapshotDiff(id: string, sql: string, keep: number): Promise<{ previous: boolean }>;
						};
					};
				}
			).__segments.engine
	);

test('without OPFS, an import, kept members and a deleted table are as they were after a reload', async ({
	page
}) => {
	test.setTimeout(300_000);
	await page.addInitScript(() => localStorage.setItem('segments.test.noOpfs', '1'));
	await openApp(page, '/data');
	const kind = page.getByTestId('storage-kind');
	await expect(kind).toHaveAttribute('data-kind', 'indexeddb');
	await expect(kind).toContainText('IndexedDB');
	await expect(page.getByTestId('engine-status')).not.toContainText('not saved across reloads');

	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const card = importCard(page, 'raw_customers.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	const rows = page
		.getByTestId('entities')
		.locator('tr[data-entity="raw_customers"] [data-testid="entity-rows"]');
	await expect(rows).toHaveText('100');
	const table = await page.evaluate(
		() =>
			(
				window as unknown as {
					__segments: {
						app: { model: { value: { entities: { name: string; table: string }[] } } };
					};
				}
			).__segments.app.model.value.entities.find((e) => e.name === 'raw_customers')!.table
	);
	const e = await engine(page);
	const firstRun = await e.evaluate(
		(x, t) => x.snapshotDiff('seg-a', `SELECT id AS member_key FROM "${t}" WHERE id <= 10`, 5),
		table
	);
	expect(firstRun.previous).toBe(false);
	await e.evaluate((x) => x.exec('CREATE TABLE scratch AS SELECT 1 AS x'));

	await page.reload();
	await openApp(page, '/data');
	await expect(rows).toHaveText('100');
	await expect(kind).toContainText(/This start loaded 2 tables \(\d[\d,]* rows/);
	const after = await engine(page);
	const counts = await after.evaluate(
		(x, t) =>
			x.rows(
				`SELECT count(*)::INTEGER AS n, count(DISTINCT first_name)::INTEGER AS names FROM "${t}"`
			),
		table
	);
	expect(counts).toEqual([{ n: 100, names: 79 }]);
	// the members kept by the run before the reload are there to compare with
	const secondRun = await after.evaluate(
		(x, t) => x.snapshotDiff('seg-a', `SELECT id AS member_key FROM "${t}" WHERE id <= 12`, 5),
		table
	);
	expect(secondRun).toMatchObject({ previous: true, entered: 2, left: 0 });
	expect(await after.evaluate((x) => x.tables())).toContain('scratch');
	await after.evaluate((x) => x.dropTable('scratch'));

	await page.reload();
	await openApp(page, '/privacy');
	await expect(page.getByTestId('imported-data-location')).toContainText('IndexedDB');
	const last = await engine(page);
	expect(await last.evaluate((x) => x.tables())).not.toContain('scratch');
	expect(await last.evaluate((x) => x.tables())).toContain(table);
});

test('without OPFS, an import whose copy cannot be saved (storage full) is refused with the reason; a run is kept for the visit with a warning', async ({
	page
}) => {
	test.setTimeout(300_000);
	await page.addInitScript(() => localStorage.setItem('segments.test.noOpfs', '1'));
	await openApp(page, '/data');
	await expect(page.getByTestId('storage-kind')).toHaveAttribute('data-kind', 'indexeddb');
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const first = importCard(page, 'raw_customers.csv');
	await first.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(first.getByText('Imported')).toBeVisible();
	const entityRows = (name: string) =>
		page.getByTestId('entities').locator(`tr[data-entity="${name}"] [data-testid="entity-rows"]`);
	await expect(entityRows('raw_customers')).toHaveText('100');

	await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		e.failTableSavesFromNextStart();
		await e.restart('the test filled the storage', true);
	});
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_orders.csv')]);
	const card = importCard(page, 'raw_orders.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Not imported', { exact: true })).toBeVisible();
	await expect(card.getByRole('alert')).toHaveText(
		"Not imported: this browser's storage is full, so the rows could not be kept for your next visit (without OPFS, Segments keeps a copy of every table in the browser's IndexedDB). Nothing was changed. Delete data you no longer need, then import the file again."
	);
	await expect(page.getByTestId('entities').locator('tr[data-entity="raw_orders"]')).toHaveCount(0);
	const e = await engine(page);
	expect((await e.evaluate((x) => x.tables())).some((t) => /orders/i.test(t))).toBe(false);

	// a run's kept members: made for this visit, and the user is told they will not survive
	await e.evaluate((x) => x.snapshotDiff('seg-a', 'SELECT 1 AS member_key', 5));
	await expect(
		page.getByText(
			"The change was saved in memory only, for this visit: the browser's storage is full, so it will be gone after a reload. Delete data you no longer need."
		)
	).toBeVisible();

	await page.reload();
	await openApp(page, '/data');
	await expect(entityRows('raw_customers')).toHaveText('100');
	await expect(page.getByTestId('entities').locator('tr[data-entity="raw_orders"]')).toHaveCount(0);
});
