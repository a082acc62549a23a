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
	// and it means it: page SQL that reaches past the app's tables is refused with a sentence,
	// and under that guard (raw SQL, a test-build hook) DuckDB's own lockdown holds
	const refused = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		const attempt = (p: Promise<unknown>) =>
			p.then(
				() => 'allowed',
				(err: Error) => err.message
			);
		const out: Record<string, string> = {};
		for (const sql of [
			"SELECT * FROM read_csv('https://example.com/x.csv')",
			'SET enable_external_access = true',
			'INSTALL httpfs',
			"ATTACH ':memory:' AS extra",
			"SELECT * FROM glob('/import/*')",
			"COPY (SELECT 1) TO '/import/out.csv'"
		])
			out[sql] = await attempt(e.rows(sql));
		out['raw read'] = await attempt(
			e.rawRows("SELECT * FROM read_csv('https://example.com/x.csv')")
		);
		out['raw set'] = await attempt(e.rawRows('SET enable_external_access = true'));
		out['after'] = JSON.stringify(await e.rows('SELECT 42 AS x'));
		return out;
	});
	expect(refused).toEqual({
		"SELECT * FROM read_csv('https://example.com/x.csv')":
			'This statement is not allowed: read_csv().',
		'SET enable_external_access = true': 'This statement is not allowed: SET.',
		'INSTALL httpfs': 'This statement is not allowed: INSTALL.',
		"ATTACH ':memory:' AS extra": 'This statement is not allowed: ATTACH.',
		"SELECT * FROM glob('/import/*')": 'This statement is not allowed: glob().',
		"COPY (SELECT 1) TO '/import/out.csv'": 'This statement is not allowed: COPY.',
		'raw read': expect.stringMatching(/disabled by configuration/),
		'raw set': expect.stringMatching(/locked/),
		after: '[{"x":42}]'
	});
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
