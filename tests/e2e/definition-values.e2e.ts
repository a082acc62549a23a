// A definitions file carries the values typed into conditions. When those values look like they
// identify people (here: emails compared with Customers.email), the export shows them first and
// the user continues or cancels; cancelling writes no file.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers';

test('exporting a definition with emails in it shows them and can be cancelled', async ({
	page
}) => {
	await openApp(page, '/');
	await page.evaluate(() => (window as any).__segments.loadDemo(() => {}, 200));
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(page.locator('[data-segment="loyal_big_spenders"]').first()).toBeVisible({
		timeout: 30_000
	});
	const id = await page.evaluate(async () => {
		const db = (window as any).__segments.db;
		const s = await db.segments.where('name').equals('loyal_big_spenders').first();
		s.definition.groups[0].where.children.push({
			kind: 'condition',
			id: 'vip-emails',
			entity: 'Customers',
			attribute: 'email',
			operator: 'inList',
			value: ['ann@example.com', 'bob@example.com']
		});
		await db.segments.put(s);
		return s.id as string;
	});
	const downloads: string[] = [];
	page.on('download', (d) => downloads.push(d.suggestedFilename()));

	await page.goto(`/segment?id=${id}`);
	await page.getByRole('button', { name: 'Export definition' }).click();
	const dialog = page.getByRole('dialog', { name: 'These values leave with the file' });
	const listed = dialog.getByTestId('leaving-values');
	await expect(listed).toContainText('Loyal big spenders');
	await expect(listed).toContainText('Customers.email');
	await expect(listed).toContainText('looks like an email address');
	await expect(listed.locator('code')).toHaveText(['ann@example.com', 'bob@example.com']);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();

	// from the Sharing page this time, and continued: the file is written, with the emails
	await page.goto('/sharing');
	await page.getByRole('checkbox', { name: 'All segments' }).check();
	await page.getByRole('button', { name: /^Export \d+ definitions$/ }).click();
	await expect(dialog.getByTestId('leaving-values')).toContainText('ann@example.com');
	const downloadPromise = page.waitForEvent('download');
	await dialog.getByRole('button', { name: 'Export with these values' }).click();
	const download = await downloadPromise;
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
	expect(text).toContain('ann@example.com');
	// the cancelled export wrote nothing: this is the only file
	expect(downloads).toEqual([download.suggestedFilename()]);
});
