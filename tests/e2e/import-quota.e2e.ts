// A file bigger than the storage the browser still grants is refused before it is read, with the
// numbers, and nothing is imported. Chromium cannot be given a small quota here (no flag; its
// DevTools override does not change what estimate() reports), so the page's
// navigator.storage.estimate() reports one: a 16 MB quota, as Firefox reports under its
// quota-manager pref in the cross-engine run (tests/browsers/quota.ts). Where estimate() is
// missing (WebKitGTK, older Safari) the file is let through.
import { test, expect } from '@playwright/test';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importCard, importFiles, openApp } from './helpers';

const MB = 1024 * 1024;

/** A CSV of `bytes` bytes or just over. */
function csvOf(bytes: number, name: string): string {
	const parts = ['id,name,amount\n'];
	let size = parts[0]!.length;
	for (let i = 0; size < bytes; i++) {
		const row = `${i},name_${i % 1000},${i % 977}\n`;
		parts.push(row);
		size += row.length;
	}
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'quota-')), name);
	writeFileSync(file, parts.join(''));
	return file;
}

test('a file bigger than the storage left is refused before reading, with the numbers', async ({
	page
}) => {
	await page.addInitScript((quota) => {
		navigator.storage.estimate = () => Promise.resolve({ quota, usage: 0 });
	}, 16 * MB);
	await openApp(page, '/data');
	const file = csvOf(17 * MB, 'big_orders.csv');
	await importFiles(page, [file]);
	const card = importCard(page, 'big_orders.csv');
	await expect(card.getByText('Not imported', { exact: true })).toBeVisible();
	await expect(card.getByRole('alert')).toHaveText(
		'big_orders.csv needs about 20 MB of storage, but this browser grants Segments only 16 MB more. Free some space (delete unused entities) and try again.'
	);
	await expect(page.getByTestId('entities').locator('tr[data-entity]')).toHaveCount(0);
});

test('where the browser cannot say how much storage is left, the file is let through', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator.storage, 'estimate', { value: undefined });
	});
	await openApp(page, '/data');
	await importFiles(page, [csvOf(1 * MB, 'small_orders.csv')]);
	const card = importCard(page, 'small_orders.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
});

test('a file beyond what the browser tab can hold is refused before reading, and the message hands off to the command line with the exact command', async ({
	page
}) => {
	await openApp(page, '/data');
	// 2.2 GB, sparse: nothing is written to disk, and the app refuses it by its size alone
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'too-large-')), 'orders_all_years.csv');
	writeFileSync(file, 'id,amount\n1,2\n');
	truncateSync(file, Math.round(2.2 * 1024 * MB));
	await importFiles(page, [file]);
	const card = importCard(page, 'orders_all_years.csv');
	await expect(card.getByText('Not imported', { exact: true })).toBeVisible();
	const alert = card.getByRole('alert');
	await expect(alert).toContainText(
		'orders_all_years.csv is 2.2 GB; the in-browser engine can import files up to 2.0 GB.'
	);
	await expect(alert).toContainText('“Export for the command line”');
	const pad = (n: number) => String(n).padStart(2, '0');
	const now = new Date();
	await expect(alert).toContainText(
		`npx segments run segments-model-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json --data orders_all_years.csv`
	);
	await expect(page.getByTestId('entities').locator('tr[data-entity]')).toHaveCount(0);
});
