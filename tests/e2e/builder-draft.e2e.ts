// Unsaved edits in the builder survive a reload of the tab (a reload confirmed by mistake, a tab
// the browser discarded and brought back): put back with a note, one click to discard, gone once
// saved.
import { expect, test, type Page } from '@playwright/test';
import { loadDemo, newSegment } from './helpers';

async function reloadAnyway(page: Page) {
	// the builder asks before a reload with unsaved edits; the user says reload
	page.once('dialog', (d) => void d.accept());
	await page.reload();
}

test('unsaved builder edits come back after a reload, for a new and a saved segment; discarded or saved, they do not', async ({
	page
}) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	await newSegment(page, 'kept_edits');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('country');
	await page.getByLabel('Operator for group 1 condition 1').selectOption('equals');
	await page.getByLabel('Value for group 1 condition 1').fill('Germany');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	const germans = await page.getByTestId('segment-count').locator('strong').textContent();
	await page.waitForTimeout(800);

	await reloadAnyway(page);
	await expect(page.getByTestId('draft-restored')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByLabel('Value for group 1 condition 1')).toHaveValue('Germany');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true', {
		timeout: 30_000
	});
	await expect(page.getByTestId('segment-count').locator('strong')).toHaveText(germans!);
	// discarded: the new segment as it was opened, and a reload keeps it that way
	await page.getByRole('button', { name: 'Discard them' }).click();
	await expect(page.getByLabel('Value for group 1 condition 1')).toHaveCount(0);
	await expect(page.getByTestId('draft-restored')).toBeHidden();
	await page.waitForTimeout(800);
	await page.reload();
	await expect(page.getByLabel('Starting entity for group 1')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('draft-restored')).toBeHidden();
	await expect(page.getByLabel('Value for group 1 condition 1')).toHaveCount(0);

	// a saved segment: an edit kept across a reload, then saved, then nothing to put back
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('country');
	await page.getByLabel('Operator for group 1 condition 1').selectOption('equals');
	await page.getByLabel('Value for group 1 condition 1').fill('France');
	await page.waitForTimeout(800);
	await reloadAnyway(page);
	await expect(page.getByTestId('draft-restored')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByLabel('Value for group 1 condition 1')).toHaveValue('France');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true', {
		timeout: 30_000
	});
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByTestId('draft-restored')).toBeHidden();
	await page.waitForTimeout(800);
	await page.reload();
	await expect(page.getByLabel('Value for group 1 condition 1')).toHaveValue('France', {
		timeout: 30_000
	});
	await expect(page.getByTestId('draft-restored')).toBeHidden();
});
