// The import preview of each file is its own: several files picked at once each show the dialect
// they were read with, their own malformed lines (or none), and an Import button that follows
// from their own state. Column types that lose values say so, offer formats, and ask first.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp } from './helpers';

const edge = path.join(fixtures, 'import-edge');

test('several files picked at once: each card shows its own dialect, warnings and Import button', async ({
	page
}) => {
	await openApp(page, '/data');
	await importFiles(page, [
		path.join(edge, 'semicolon-malformed.csv'),
		path.join(edge, 'clean-comma.csv'),
		path.join(edge, 'clean.tsv')
	]);
	const semi = importCard(page, 'semicolon-malformed.csv');
	await expect(semi.getByTestId('dialect')).toHaveText(/^semicolon-separated/);
	await expect(semi.getByTestId('malformed')).toContainText('1 row is malformed');
	await expect(semi.getByRole('button', { name: 'Import 3 columns' })).toBeDisabled();

	const comma = importCard(page, 'clean-comma.csv');
	await expect(comma.getByTestId('dialect')).toHaveText(/^comma-separated/);
	await expect(comma.getByTestId('row-count')).toHaveText('3');
	await expect(comma.getByTestId('malformed')).toHaveCount(0);
	await expect(comma.getByRole('button', { name: 'Import 3 columns' })).toBeEnabled();

	const tsv = importCard(page, 'clean.tsv');
	await expect(tsv.getByTestId('dialect')).toHaveText(/^tab-separated/);
	await expect(tsv.getByTestId('row-count')).toHaveText('3');
	await expect(tsv.getByTestId('malformed')).toHaveCount(0);
	await expect(tsv.getByRole('button', { name: 'Import 3 columns' })).toBeEnabled();

	// the semicolon file still needs its own decision
	await semi.getByLabel(/Import the 3 good rows/).check();
	await expect(semi.getByRole('button', { name: 'Import 3 columns' })).toBeEnabled();
});

test('decimal commas and day-first dates: the preview counts what a type would empty, offers formats, and imports the parsed values', async ({
	page
}) => {
	await openApp(page, '/data');
	await importFiles(page, [path.join(edge, 'european.csv')]);
	const card = importCard(page, 'european.csv');
	await expect(card.getByTestId('dialect')).toHaveText(/^semicolon-separated/);
	const save = card.getByRole('button', { name: 'Import 4 columns' });
	await expect(save).toBeEnabled();
	const row = (column: string) =>
		card.getByRole('row').filter({ has: page.getByLabel(`Type of column ${column}`) });

	// amounts with a decimal comma: as numbers they would be empty, and the preview says so
	await card.getByLabel('Type of column amount').selectOption('number');
	await expect(row('amount').getByTestId('unreadable')).toContainText(
		'4 values are not numbers (e.g. “'
	);
	await expect(row('amount').getByTestId('unreadable')).toContainText('“12,50”');
	await expect(row('amount').getByTestId('empty-count')).toContainText('5');
	await expect(card.getByTestId('empty-values')).toContainText(
		'4 values will be empty: amount (4)'
	);
	await expect(save).toBeDisabled();
	await card
		.getByLabel('Format of column amount')
		.selectOption({ label: 'decimal comma: 1.234,50 — reads all' });
	await expect(row('amount').getByTestId('unreadable')).toHaveCount(0);
	await expect(row('amount').getByTestId('empty-count')).toHaveText('1');
	await expect(row('amount').locator('.samples')).toContainText('12.5');

	// day-first dates with a time: offered, or typed as a format
	await card.getByLabel('Type of column last_order').selectOption('date');
	await expect(row('last_order').getByTestId('unreadable')).toContainText('4 values are not dates');
	await expect(
		card.getByLabel('Format of column last_order').locator('option', {
			hasText: 'day first: 31/12/2024 14:30 — reads all'
		})
	).toHaveCount(1);
	await card.getByLabel('Format of column last_order').selectOption({ label: 'a format I type…' });
	const typed = card.getByLabel('Date format of column last_order');
	await typed.fill('dd/mm/yyyy');
	await typed.press('Enter');
	await expect(row('last_order').getByRole('alert')).toContainText(
		'“dd/mm/yyyy” has no date codes'
	);
	await expect(save).toBeDisabled();
	await typed.fill('%d/%m/%Y %H:%M');
	await typed.press('Enter');
	await expect(row('last_order').getByRole('alert')).toHaveCount(0);
	await expect(row('last_order').locator('.samples')).toContainText('2025-01-05');
	await expect(card.getByTestId('empty-values')).toHaveCount(0);

	// a type that empties values can still be chosen, but only after saying so
	await card.getByLabel('Type of column customer').selectOption('number');
	await expect(card.getByTestId('empty-values')).toContainText(
		'5 values will be empty: customer (5)'
	);
	await expect(save).toBeDisabled();
	await card.getByLabel(/Import anyway and leave these 5 values empty/).check();
	await expect(save).toBeEnabled();
	await card.getByLabel('Type of column customer').selectOption('string');
	await expect(card.getByTestId('empty-values')).toHaveCount(0);

	await expect(page.getByText('could not be cloned')).toHaveCount(0);
	await expect(save).toBeEnabled();
	await save.click();
	await expect(card.getByText('Imported')).toBeVisible();
	// the app's model follows the database a moment after the import says so
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as any).__segments.app.model.value.entities.some((e: any) => e.name === 'european')
			)
		)
		.toBe(true);
	const rows = await page.evaluate(async () => {
		const s = (window as any).__segments;
		const t = s.app.model.value.entities.find((e: any) => e.name === 'european').table;
		return s.engine.rows(
			`SELECT customer, amount, CAST(signup AS VARCHAR) AS signup, CAST(last_order AS VARCHAR) AS last_order FROM "${t}" ORDER BY customer`
		);
	});
	expect(rows).toEqual([
		{ customer: 'C1', amount: 12.5, signup: '2024-12-31', last_order: '2025-01-05' },
		{ customer: 'C2', amount: 3.75, signup: '2024-02-01', last_order: '2025-02-28' },
		{ customer: 'C3', amount: 1234, signup: '2023-06-15', last_order: '2025-03-13' },
		{ customer: 'C4', amount: null, signup: null, last_order: null },
		{ customer: 'C5', amount: 0.99, signup: '2022-11-07', last_order: '2025-04-30' }
	]);
});

test('a CSV whose first column name starts with [ imports as CSV with its columns', async ({
	page
}) => {
	await openApp(page, '/data');
	await importFiles(page, [path.join(edge, 'bracket-header.csv')]);
	const card = importCard(page, 'bracket-header.csv');
	await expect(card.getByTestId('dialect')).toHaveText(/^comma-separated/);
	await expect(card.getByTestId('row-count')).toHaveText('3');
	await expect(card.getByLabel('Name of column [CustomerID]')).toHaveValue('[CustomerID]');
	await expect(card.getByLabel('Name of column City')).toHaveValue('City');
	await card.getByRole('button', { name: 'Import 3 columns' }).click();
	await expect(card.getByText('Imported')).toBeVisible();
});
