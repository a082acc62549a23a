// Issue 14, live counts from kept group members: once one group's count is on screen, editing
// another group recounts only the edited one in the engine; the numbers the builder shows (the
// segment's and each group's) stay exactly those of hand-written SQL run through the engine, edit
// after edit, and after the data changed under the kept groups.
import { test, expect, type Page } from '@playwright/test';
import { loadDemo, newSegment } from './helpers';

/** The count of a badge once it is current (not counting, not stale). */
async function shown(page: Page, testid: string, index = 0): Promise<number> {
	const badge = page.getByTestId(testid).nth(index);
	await expect(badge).toHaveAttribute('data-current', 'true');
	return Number((await badge.locator('strong').textContent())!.replaceAll(',', ''));
}

/** One number from hand-written SQL, through the app's engine. */
async function handCount(page: Page, sql: string): Promise<number> {
	return page.evaluate(async (sql) => {
		const engine = (window as any).__segments.engine;
		const rows = await engine.rows(sql);
		return Number(rows[0].n);
	}, sql);
}

const bigOrders = (over: number) =>
	`SELECT DISTINCT o.customer_id AS k FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id WHERE o.total_amount > ${over}`;
const subscribed = 'SELECT id AS k FROM demo_customers WHERE is_subscribed AND id IS NOT NULL';

async function expectHandCounts(page: Page, over: number): Promise<void> {
	const total = await handCount(
		page,
		`SELECT count(*) AS n FROM (${bigOrders(over)} EXCEPT ${subscribed})`
	);
	const group1 = await handCount(page, `SELECT count(*) AS n FROM (${bigOrders(over)})`);
	const group2 = await handCount(page, `SELECT count(DISTINCT k) AS n FROM (${subscribed})`);
	expect(group1).toBeGreaterThan(0);
	expect(total).toBeLessThan(group1);
	await expect
		.poll(async () => [
			await shown(page, 'segment-count'),
			await shown(page, 'group-count', 0),
			await shown(page, 'group-count', 1)
		])
		.toEqual([total, group1, group2]);
}

test('editing one group after another group is counted: the live counts equal hand-written SQL', async ({
	page
}) => {
	await loadDemo(page);
	await newSegment(page, 'big_spenders_not_subscribed');
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await expect(page.getByTestId('path')).toContainText('Customers');
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('total_amount');
	await page.getByLabel('Operator for group 1 condition 1').selectOption('greaterThan');
	await page.getByLabel('Value for group 1 condition 1').fill('500');

	await page.getByRole('button', { name: '+ Add group' }).click();
	await page.getByLabel('Set operator for group 2').selectOption('exclude');
	await page.getByLabel('Starting entity for group 2').fill('Customers');
	const group2 = page.locator('[aria-label="Group 2"]');
	await group2.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 2 condition 1').selectOption('is_subscribed');
	await page.getByLabel('Operator for group 2 condition 1').selectOption('isTrue');
	// group 2's count is on screen before group 1 is edited
	expect(await shown(page, 'group-count', 1)).toBeGreaterThan(0);
	await expectHandCounts(page, 500);

	for (const over of [800, 300, 1200]) {
		await page.getByLabel('Value for group 1 condition 1').fill(String(over));
		await expectHandCounts(page, over);
	}

	// the data changes under the kept groups: the counts follow it
	await page.evaluate(async () => {
		const engine = (window as any).__segments.engine;
		await engine.exec('UPDATE demo_customers SET is_subscribed = NOT is_subscribed');
	});
	await page.getByLabel('Value for group 1 condition 1').fill('1000');
	await expectHandCounts(page, 1000);
	await page.getByLabel('Value for group 1 condition 1').fill('1200');
	await expectHandCounts(page, 1200);
});
