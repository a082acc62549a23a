// Writes the app makes to the engine survive a worker crash (the app checkpoints after each write:
// DuckDB-WASM 1.32 does not recover committed rows from its write-ahead log in OPFS), and when that
// checkpoint fails the user is told instead of the failure being swallowed.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp } from './helpers';

test('committed writes survive a worker crash', async ({ page }) => {
	await openApp(page, '/');
	const result = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		await e.exec('CREATE TABLE durable AS SELECT range AS n FROM range(1000)');
		await e.exec('INSERT INTO durable SELECT range + 1000 FROM range(10)');
		// a raw commit without the app's checkpoint, to document the engine's behaviour
		await e.rows('CREATE TABLE raw_commit AS SELECT 1 AS x');
		e.crash();
		await new Promise((r) => setTimeout(r, 500));
		await e.start();
		const durable = (await e.rows('SELECT count(*) AS n FROM durable'))[0].n;
		const raw = await e.rows(
			"SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'raw_commit'"
		);
		return { durable, rawSurvived: raw[0].n === 1 };
	});
	expect(result.durable).toBe(1010);
	console.log(
		`a commit without a checkpoint ${result.rawSurvived ? 'survived' : 'was lost'} after the crash`
	);
});

test('a write whose checkpoint fails is kept for the session and the user is told, once', async ({
	page
}) => {
	await openApp(page, '/data');
	await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		e.failCheckpointsFromNextStart();
		await e.restart('the test broke the disk', true);
	});
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const card = importCard(page, 'raw_customers.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	const warning = page.getByText(
		'The change was made but could not be saved in this browser. It will be lost when the engine stops; reload and make it again.'
	);
	await expect(warning).toBeVisible();
	// another write on the same broken disk does not pile up a second warning
	await page.evaluate(() => (window as any).__segments.engine.exec('CREATE TABLE t AS SELECT 1'));
	await expect(warning).toHaveCount(1);
	await expect(page.locator('body')).not.toContainText(/IO Error|test hook/);
});
