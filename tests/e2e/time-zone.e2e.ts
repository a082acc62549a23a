// Issue 15, item 9: the workspace's time zone. Chosen on the Data page (the browser's by default),
// kept across a reload, and used by the builder's live counts: "cases on a Monday" counts the
// demo's support cases (UTC timestamps) by the day they fall on in Tokyo, as a hand-written query
// shifting each timestamp by nine hours does; back in UTC it counts them by their UTC day.
import { test, expect, type Page } from '@playwright/test';
import { loadDemo, nav, newSegment } from './helpers';

// the browser's own zone is UTC here, whatever the machine running the tests is set to
test.use({ timezoneId: 'UTC' });

async function currentCount(page: Page): Promise<number> {
	const badge = page.getByTestId('segment-count').first();
	await expect(badge).toHaveAttribute('data-current', 'true');
	return Number((await badge.locator('strong').textContent())!.replaceAll(',', ''));
}

/** Customers with a case on a Monday, with each timestamp shifted by `hours` (hand-written). */
async function mondayCustomers(page: Page, hours: number): Promise<number> {
	return page.evaluate(async (hours) => {
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows: (sql: string) => Promise<{ n: unknown }[]> } };
			}
		).__segments.engine.rows(
			`SELECT count(DISTINCT c.id) AS n FROM demo_cases k JOIN demo_customers c ON c.id = k.customer_id
			 WHERE isodow(k.created_at + INTERVAL ${hours} HOUR) = 1`
		);
		return Number(rows[0]!.n);
	}, hours);
}

async function chooseZone(page: Page, zone: string): Promise<void> {
	await nav(page, 'Data');
	const card = page.getByRole('region', { name: 'Time zone' });
	await card.getByLabel('Workspace time zone').selectOption(zone);
	await card.getByRole('button', { name: 'Use this zone' }).click();
	await expect(page.getByText(/Relative dates are now evaluated in/)).toBeVisible();
}

test('a workspace in Tokyo counts a 23:30 UTC event on the next day; the choice survives a reload', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemo(page);
	const card = page.getByRole('region', { name: 'Time zone' });
	await expect(card.getByLabel('Workspace time zone')).toHaveValue('');
	await expect(card.getByTestId('time-zone-example')).toContainText('at 23:30 on 1 March 2026');

	await chooseZone(page, 'Asia/Tokyo');
	await expect(card.getByTestId('time-zone-example')).toContainText('at 08:30 on 2 March 2026');
	await expect(card.getByTestId('time-zone-now')).toContainText('in Asia/Tokyo (UTC+09:00)');
	await page.reload();
	await expect(
		page.getByRole('region', { name: 'Time zone' }).getByLabel('Workspace time zone')
	).toHaveValue('Asia/Tokyo');

	await newSegment(page, 'monday_cases');
	await page.getByLabel('Starting entity for group 1').fill('Cases');
	await expect(page.getByTestId('path')).toContainText('Customers');
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('created_at');
	await page.getByLabel('Operator for group 1 condition 1').selectOption('dayOfWeek');
	await page
		.getByRole('group', { name: 'Value for group 1 condition 1' })
		.getByLabel('Mon')
		.check();
	const inTokyo = await mondayCustomers(page, 9);
	const inUtc = await mondayCustomers(page, 0);
	expect(inTokyo).toBeGreaterThan(0);
	expect(inTokyo).not.toBe(inUtc);
	await expect.poll(() => currentCount(page), { message: 'Mondays in Tokyo' }).toBe(inTokyo);
	await page.getByRole('button', { name: 'Save', exact: true }).click();

	// back to the browser's zone (UTC): the same segment counts Mondays in UTC
	await nav(page, 'Data');
	await page
		.getByRole('region', { name: 'Time zone' })
		.getByLabel('Workspace time zone')
		.selectOption('');
	await page.getByRole('button', { name: 'Use this zone' }).click();
	await expect(page.getByText(/this browser's zone \(UTC\)/).last()).toBeVisible();
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="monday_cases"]');
	await tile.getByRole('button', { name: 'Actions for monday_cases' }).click();
	await page.getByRole('menuitem', { name: 'Edit' }).click();
	await expect.poll(() => currentCount(page), { message: 'Mondays in UTC' }).toBe(inUtc);
});
