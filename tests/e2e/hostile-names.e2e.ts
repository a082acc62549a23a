// Names that try to deceive or overflow: a file named with a right-to-left override cannot pass for
// another name (the override is shown as ⟦U+202E⟧ and flagged), zero-width characters in column
// names are shown, and a segment name with no spaces wraps instead of widening the page.
import { test, expect } from '@playwright/test';
import { importCard, openApp } from './helpers';

test('direction overrides and zero-width characters in names are made visible', async ({
	page
}) => {
	await openApp(page, '/data');
	const fileName = 'invoice\u202Evsc.evil.csv';
	await page.getByTestId('file-input').setInputFiles({
		name: fileName,
		mimeType: 'text/csv',
		buffer: Buffer.from('id,na\u200Bme\n1,Ann\n2,Bob\n')
	});
	const card = importCard(page, fileName);
	const heading = card.locator('h3 bdi');
	await expect(heading).toHaveText('invoice⟦U+202E⟧vsc.evil.csv');
	await expect(heading).toHaveAttribute('data-flagged', 'true');
	await card.getByRole('button', { name: /^Import/ }).click();
	const row = page.getByTestId('entities').locator('tr', { hasText: '⟦U+202E⟧' });
	await expect(row).toBeVisible({ timeout: 30_000 });
	await row.locator('summary').click();
	await expect(row.locator('li', { hasText: 'na⟦U+200B⟧me' })).toBeVisible();
	// nothing on the page renders the override itself
	expect(await page.locator('main').innerText()).not.toContain('\u202E');
});
