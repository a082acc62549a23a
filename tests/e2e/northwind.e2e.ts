// Issue 2: import Northwind through the UI, set the Customer Profile, define relationships, reload:
// everything is still there, with match rates.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp, fillRelationship } from './helpers';

const nw = (f: string) => path.join(fixtures, 'northwind', f);

test('Northwind imported through the UI survives a reload', async ({ page }) => {
	await openApp(page, '/data');
	await importFiles(
		page,
		['customers.csv', 'orders.csv', 'order_details.csv', 'products.csv', 'categories.csv'].map(nw)
	);
	for (const [file, rows] of [
		['customers.csv', 91],
		['orders.csv', 830],
		['order_details.csv', 2155],
		['products.csv', 77],
		['categories.csv', 8]
	] as const) {
		const card = importCard(page, file);
		await expect(card.getByTestId('row-count')).toHaveText(rows.toLocaleString('en'));
		await card.getByRole('button', { name: /^Import \d+ columns?$/ }).click();
		await expect(card.getByText('Imported')).toBeVisible();
	}
	const entities = page.getByTestId('entities');
	await expect(
		entities.locator('tr[data-entity="order_details"] [data-testid="entity-rows"]')
	).toHaveText('2,155');

	// Customer Profile
	await page.getByLabel('Customer Profile entity').selectOption('customers');
	await page.getByLabel('Customer Profile key').selectOption('customer_id');
	await page.getByRole('button', { name: 'Set as Customer Profile' }).click();
	await expect(page.getByTestId('profile-check')).toContainText(
		'91 customers; every customer_id is filled and unique'
	);

	// Relationships
	await page.getByRole('link', { name: 'Relationships' }).click();
	const rels: [string, string, string, string][] = [
		['orders', 'customer_id', 'customers', 'customer_id'],
		['order_details', 'order_id', 'orders', 'order_id'],
		['order_details', 'product_id', 'products', 'product_id'],
		['products', 'category_id', 'categories', 'category_id']
	];
	for (const [fe, fa, te, ta] of rels) {
		const dialog = await fillRelationship(page, [fe, fa, te, ta]);
		await dialog.getByRole('button', { name: 'Save relationship' }).click();
		await expect(dialog).toBeHidden();
	}
	const table = page.getByTestId('relationships');
	await expect(
		table.locator('tr[data-relationship="orders_customers"] [data-testid="match-rate"]')
	).toContainText('100.0% of 830 orders rows');
	await expect(
		table.locator('tr[data-relationship="order_details_products"] [data-testid="match-rate"]')
	).toContainText('100.0% of 2,155');

	// a type mismatch is refused with the reason
	await page.getByRole('button', { name: 'Add relationship' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('From entity').selectOption('orders');
	await dialog.getByLabel('From attribute').selectOption('order_date');
	await dialog.getByLabel('To entity').selectOption('customers');
	await dialog.getByLabel('To attribute').selectOption('customer_id');
	await expect(dialog.getByText(/keys must have the same type/)).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	// reload: everything is still there
	await page.reload();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	await expect(table.locator('tr[data-relationship]')).toHaveCount(4);
	await expect(
		table.locator('tr[data-relationship="order_details_orders"] [data-testid="match-rate"]')
	).toContainText('100.0% of 2,155');
	await expect(page.getByTestId('reachability')).toContainText(
		'categories → products → order_details → orders → customers'
	);
	await page.getByRole('link', { name: 'Data' }).click();
	for (const [name, rows] of [
		['customers', '91'],
		['orders', '830'],
		['order_details', '2,155']
	] as const) {
		await expect(
			page.getByTestId('entities').locator(`tr[data-entity="${name}"] [data-testid="entity-rows"]`)
		).toHaveText(rows);
	}
	// types survived
	const orders = page.getByTestId('entities').locator('tr[data-entity="orders"]');
	await orders.getByText('attributes').click();
	await expect(orders.locator('li[data-attribute="order_date"] [role="img"]')).toHaveAttribute(
		'aria-label',
		'date'
	);
	await expect(orders.locator('li[data-attribute="freight"] [role="img"]')).toHaveAttribute(
		'aria-label',
		'number'
	);
	await expect(page.getByTestId('profile-check')).toContainText('91 customers');
	// and the engine really holds the rows
	const counts = await page.evaluate(async () => {
		const s = (
			window as unknown as {
				__segments: {
					engine: { rows(sql: string): Promise<{ n: number }[]> };
					app: { model: { value: { entities: { name: string; table: string }[] } } };
				};
			}
		).__segments;
		const t = s.app.model.value.entities.find((e) => e.name === 'order_details')!.table;
		return (await s.engine.rows(`SELECT count(*) AS n FROM "${t}"`))[0]!.n;
	});
	expect(counts).toBe(2155);
});
