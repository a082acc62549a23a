// Issue 18: parquet-wasm (a 34 KB glue chunk and a 4.9 MB wasm, in the Parquet worker) loads only
// when a Parquet file is read or written. A session that imports CSV requests none of them; the
// first Parquet file does, and imports. (That both stay precached for offline use is checked by scripts/check-precache.js.)
import { test, expect, type Request } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp, writeParquet } from './helpers';

/** The Parquet worker, the workers' lazily loaded chunks, and parquet-wasm's wasm. */
const PARQUET =
	/\/_app\/immutable\/workers\/(parquet\.worker-[^/]+\.js|chunks\/[^/]+\.js|assets\/parquet_wasm_bg-[^/]+\.wasm)$/;

test('a session without Parquet never loads parquet-wasm; the first Parquet file loads it and imports', async ({
	page
}) => {
	const parquet = await writeParquet(
		'on-demand.parquet',
		`SELECT range::INTEGER AS id, 'c' || range AS name FROM range(300)`
	);

	// every request of the page and its workers (dedicated workers' requests are the page's)
	const parquetRequests: string[] = [];
	let wasmRequests = 0;
	page.on('request', (r: Request) => {
		const url = new URL(r.url()).pathname;
		if (url.endsWith('.wasm')) wasmRequests++;
		if (PARQUET.test(url)) parquetRequests.push(url);
	});

	await openApp(page, '/data');
	await importFiles(page, [path.join(fixtures, 'northwind', 'shippers.csv')]);
	const csv = importCard(page, 'shippers.csv');
	await csv.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(csv.getByText('Imported')).toBeVisible();
	// the engine's own wasm was seen, so the recorder does see the worker's requests
	expect(wasmRequests).toBeGreaterThan(0);
	expect(parquetRequests).toEqual([]);

	await importFiles(page, [parquet]);
	const pq = importCard(page, 'on-demand.parquet');
	await expect(pq.getByTestId('row-count')).toHaveText('300');
	await pq.getByRole('button', { name: 'Import 2 columns' }).click();
	await expect(pq.getByText('Imported')).toBeVisible();
	expect(parquetRequests.some((u) => u.endsWith('.wasm'))).toBe(true);
	expect(parquetRequests.some((u) => /parquet\.worker-[^/]+\.js$/.test(u))).toBe(true);
	expect(parquetRequests.some((u) => /chunks\/[^/]+\.js$/.test(u))).toBe(true);
});
