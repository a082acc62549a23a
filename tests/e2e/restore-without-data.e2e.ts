// A backup without data, restored in another browser: the segments and the data model come back,
// the rows do not. The app says which data is missing and what to do, wherever it shows: on the
// Data page and in a run, instead of the engine's "Table with name … does not exist".
import { expect, test } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { loadDemo, nav, openApp } from './helpers';

test('a workspace restored without its data says which data to import, on the Data page and when a segment runs; loading it again makes the run work', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const first = await browser.newContext();
	const a = await first.newPage();
	await loadDemo(a);
	await nav(a, 'Segments');
	await a.getByRole('button', { name: 'Add example segments' }).click();
	const tileOf = (p: typeof a) =>
		p.locator('[data-segment="gold_at_risk"]').getByTestId('tile-refreshed');
	await expect(tileOf(a)).toBeVisible({ timeout: 60_000 });
	await a.goto('/sharing');
	const saved = a.waitForEvent('download');
	await a.getByRole('button', { name: 'Download backup' }).click();
	const file = path.join(os.tmpdir(), `segments-backup-nodata-${Date.now()}.json`);
	await (await saved).saveAs(file);
	await first.close();

	// another browser profile: nothing imported
	const second = await browser.newContext();
	const page = await second.newPage();
	await openApp(page, '/sharing');
	await page.getByTestId('backup-file-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Restore this backup' }).click();
	await page.getByRole('button', { name: 'Keep' }).click();
	await expect(page.getByTestId('restore-decide')).toBeHidden();

	await nav(page, 'Data');
	const customers = page.getByTestId('entities').locator('tr[data-entity="Customers"]');
	await expect(customers.getByTestId('entity-rows')).toHaveText(
		'not in this browser: re-import its file'
	);

	await nav(page, 'Segments');
	await page.locator('[data-segment="gold_at_risk"]').getByRole('link').first().click();
	await page.getByRole('button', { name: 'Run now' }).click();
	const reason = page.getByTestId('health-reason');
	await expect(reason).toContainText(
		/^The last run failed: The data of (.+, )?Customers( and .+)? is not in this browser: import it on the Data page, then run this segment\./,
		{ timeout: 30_000 }
	);
	await expect(reason).toContainText('Run now. (just now)');
	await expect(reason).not.toContainText('does not exist');

	// the demo data loaded here: the same tables, and the run works
	await nav(page, 'Data');
	await page.getByRole('button', { name: 'Try with demo data' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Load demo data' }).click();
	await expect(customers.getByTestId('entity-rows')).toHaveText('10,000', { timeout: 90_000 });
	await nav(page, 'Segments');
	await page.locator('[data-segment="gold_at_risk"]').getByRole('link').first().click();
	await page.getByRole('button', { name: 'Run now' }).click();
	await expect(reason).toBeHidden({ timeout: 60_000 });
	await second.close();
});
