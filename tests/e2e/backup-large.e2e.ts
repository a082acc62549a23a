// A large backup (tens of MB, generated here from a real backup of the demo data: one table's
// Arrow data repeated) is read and checked off the page's thread (backup-reader.worker.ts): the
// panel shows how far the reading got, and the longest main-thread task (Chromium's longtask
// entries) is recorded with the result.
import { test, expect } from '@playwright/test';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { unzipSync, zipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from './helpers';

const TARGET_BYTES = 40 * 1024 * 1024;

test('a large backup is previewed without freezing the page, with progress', async ({ page }) => {
	test.setTimeout(240_000);
	await openApp(page, '/sharing');
	await page.evaluate(() => (window as any).__segments.loadDemo(() => {}, 200));
	await page.getByRole('checkbox', { name: /Include the data/ }).check();
	const backupPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const small = path.join(os.tmpdir(), `segments-backup-small-${Date.now()}.zip`);
	await (await backupPromise).saveAs(small);

	// the largest table's rows repeated until the data is tens of MB, written back as Arrow IPC
	const entries = unzipSync(readFileSync(small));
	const [name, bytes] = Object.entries(entries)
		.filter(([n]) => n.endsWith('.arrow'))
		.sort((a, b) => b[1].length - a[1].length)[0]!;
	const table = tableFromIPC(bytes);
	const copies = Math.ceil(TARGET_BYTES / bytes.length);
	const big = table.concat(...Array.from({ length: copies - 1 }, () => table));
	entries[name] = new Uint8Array(tableToIPC(big, 'stream'));
	const large = path.join(os.tmpdir(), `segments-backup-large-${Date.now()}.zip`);
	writeFileSync(large, zipSync(entries, { level: 1 }));

	await page.evaluate(() => {
		const w = window as unknown as { longTasks: number[]; progressSeen: boolean };
		w.longTasks = [];
		w.progressSeen = false;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longTasks.push(e.duration);
		}).observe({ type: 'longtask' });
		new MutationObserver(() => {
			if (document.querySelector('[data-testid="backup-read-progress"] [role="progressbar"]'))
				w.progressSeen = true;
		}).observe(document.body, { childList: true, subtree: true });
	});
	await page.getByTestId('backup-file-input').setInputFiles(large);
	await expect(page.getByTestId('restore-preview')).toContainText('with the data of 5 entities', {
		timeout: 120_000
	});
	const seen = await page.evaluate(() => {
		const w = window as unknown as { longTasks: number[]; progressSeen: boolean };
		return { longest: Math.max(0, ...w.longTasks), progress: w.progressSeen };
	});
	expect(seen.progress).toBe(true);
	// Recorded, not asserted (yet): on the shared 2-core test machine the longest main-thread task
	// while a 40 MB backup was previewed was still 0.4-0.7 s (the reading itself is in the worker;
	// what remains around the result's arrival is not attributed yet). See issue 18.
	test.info().annotations.push({
		type: 'longest main-thread task during preview (ms)',
		description: String(Math.round(seen.longest))
	});
});
