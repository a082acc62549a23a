// The engine starts in the browser, keeps its database in OPFS, and is locked down: no extension
// downloads, no access to URLs or files but the ones the user gives it, settings frozen.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers';

test('engine starts with persistence and locked settings', async ({ page }) => {
	await openApp(page, '/');
	await expect(page.getByTestId('engine-status')).toHaveText(/Engine ready/);
	await expect(page.getByTestId('engine-status')).toHaveAttribute('title', /DuckDB v\d/);
	const info = await page.evaluate(() => (window as any).__segments.engine.start());
	expect(info.persistent).toBe(true);
	expect(info.settings).toMatchObject({
		autoload_known_extensions: 'false',
		autoinstall_known_extensions: 'false',
		enable_external_access: 'false',
		lock_configuration: 'true'
	});
	// and it means it: a read of a URL or a setting change is refused
	const refused = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		const out: string[] = [];
		for (const sql of [
			"SELECT * FROM read_csv('https://example.com/x.csv')",
			'SET enable_external_access = true'
		])
			out.push(
				await e.rows(sql).then(
					() => 'allowed',
					(err: Error) => `refused: ${err.message}`
				)
			);
		return out;
	});
	expect(refused.every((r) => r.startsWith('refused'))).toBe(true);
});

test('the engine still starts when its first downloads of DuckDB break off', async ({
	page,
	context
}) => {
	let attempts = 0;
	await context.route(/duckdb-eh-[^/]*\.wasm$/, (route) => {
		attempts++;
		return attempts <= 2 ? route.abort('connectionreset') : route.continue();
	});
	await openApp(page, '/');
	expect(attempts).toBeGreaterThanOrEqual(3);
	const rows = await page.evaluate(() => (window as any).__segments.engine.rows('SELECT 42 AS x'));
	expect(rows).toEqual([{ x: 42 }]);
});
