import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('engine imports and persists', async ({ page }) => {
	page.on('console', (m) => console.log('console:', m.type(), m.text()));
	page.on('pageerror', (e) => console.log('pageerror:', e.message));
	await page.goto('/');
	await expect(page.getByTestId('info')).toContainText('duckdbVersion', { timeout: 60_000 });
	const csv = readFileSync('tests/fixtures/northwind-messy/customers.csv', 'utf8');
	const out = await page.evaluate(async (csv) => {
		const e = (window as any).__segments.engine;
		const f = new File([csv], 'customers.csv', { type: 'text/csv' });
		const progress: unknown[] = [];
		try {
			const staged = await e.stage(f, {}, (p: unknown) => progress.push(p));
			const committed = await e.commit(staged.stageId, 't_customers', staged.columns.map((c: any) => ({ source: c.source, name: c.name, kind: c.detected ?? 'string', include: true })), () => {});
			const json = new File(['[{"a":1,"b":"x","d":"2024-01-02"},{"a":2.5,"c":true,"d":null}]'], 'x.json');
			const sj = await e.stage(json, {}, () => {});
			const nd = new File(['{"id":1,"t":"2024-01-02T10:00:00Z"}\n{"id":2,"t":"2024-01-03 11:00:00"}\n'], 'x.ndjson');
			const sn = await e.stage(nd, {}, () => {});
			return { staged, committed, progress: progress.length, sj, sn, tables: await e.tables() };
		} catch (err) {
			return { err: String(err), code: (err as any).code };
		}
	}, csv);
	console.log(JSON.stringify(out, null, 1).slice(0, 6000));
	await page.reload();
	await expect(page.getByTestId('info')).toContainText('duckdbVersion', { timeout: 60_000 });
	const after = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		return { tables: await e.tables(), n: await e.rows('SELECT count(*) AS n FROM t_customers') };
	});
	console.log(JSON.stringify(after));
});
