// Writes the app makes to the engine survive a worker crash (the app checkpoints after each write:
// DuckDB-WASM 1.32 does not recover committed rows from its write-ahead log in OPFS).
import { test, expect } from '@playwright/test';
import { openApp } from './helpers';

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
