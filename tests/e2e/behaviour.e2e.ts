// Issue 15: behaviour conditions built in the builder on the demo data — a count that reaches zero,
// the last order against a relative date, a top-10 % ranking, a segment inside a segment (live and
// as of its last run) — each group's live count checked against a hand-written query on the same
// engine; the referred segment's page then says where it is used, and so does its delete dialog.
import { test, expect, type Page } from '@playwright/test';
import { loadDemo, nav, newSegment, openApp } from './helpers';

/** A group's live count once it is current (not counting, not stale). */
async function groupCount(page: Page, group: number): Promise<number> {
	const badge = page.getByTestId('group-count').nth(group - 1);
	await expect(badge).toHaveAttribute('data-current', 'true');
	return Number((await badge.locator('strong').textContent())!.replaceAll(',', ''));
}

/** The same count by a query written by hand, with dates computed in the page's local calendar. */
async function nativeCount(page: Page, sql: (daysAgo: (n: number) => string) => string) {
	return page.evaluate(async (fnText) => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const daysAgo = (n: number) => {
			const x = new Date();
			x.setDate(x.getDate() - n);
			return `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}`;
		};
		const make = new Function(`return (${fnText})`)() as (d: typeof daysAgo) => string;
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows: (sql: string) => Promise<{ n: unknown }[]> } };
			}
		).__segments.engine.rows(make(daysAgo));
		return Number(rows[0]!.n);
	}, sql.toString());
}

test('counts reaching zero, the last order and a top-10 % ranking count like hand-written SQL', async ({
	page
}) => {
	// three groups, each counted live on the demo data: slow on a busy shared machine
	test.setTimeout(480_000);
	await loadDemo(page, 240_000);
	await newSegment(page, 'behaviour_kinds');
	const group = (n: number) => page.locator(`[aria-label="Group ${n}"]`);

	// 1. at most 1 order in the last 90 days, customers without orders counting as 0
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await expect(page.getByTestId('path')).toContainText('Customers');
	await group(1).getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('order_date');
	await page.getByLabel('Operator for group 1 condition 1').selectOption('inLast');
	await page.getByLabel('Value for group 1 condition 1: how many').fill('90');
	await page.getByLabel('Value for group 1 condition 1: unit').selectOption('days');
	await group(1)
		.getByRole('button', { name: /Add aggregate condition/ })
		.click();
	await page.getByLabel('Comparison for group 1 aggregate 1').selectOption('atMost');
	await page.getByLabel('Value for group 1 aggregate 1').fill('1');
	const withOrders = await groupCount(page, 1);
	await group(1).getByLabel('Customers without Orders count as 0').check();
	await expect(page.getByTestId('summary')).toContainText('Customers without Orders count as 0');
	await expect
		.poll(() => groupCount(page, 1), { message: 'customers without orders join' })
		.toBeGreaterThan(withOrders);
	const quiet = await groupCount(page, 1);
	expect(quiet).toBe(
		await nativeCount(
			page,
			(daysAgo) => `
			SELECT count(*) AS n FROM demo_customers c
			WHERE c.id IS NOT NULL AND (
				SELECT count(*) FROM demo_orders o
				WHERE o.customer_id = c.id AND o.order_date BETWEEN DATE '${daysAgo(90)}' AND DATE '${daysAgo(0)}'
			) <= 1`
		)
	);

	// 2. last order more than 180 days ago (lapsed)
	await page.getByRole('button', { name: '+ Add group' }).click();
	await page.getByLabel('Set operator for group 2').selectOption('union');
	await page.getByLabel('Starting entity for group 2').fill('Orders');
	await group(2)
		.getByRole('button', { name: /Add aggregate condition/ })
		.click();
	await page.getByLabel('Function for group 2 aggregate 1').selectOption('max');
	await page.getByLabel('Attribute for group 2 aggregate 1').selectOption('order_date');
	await page.getByLabel('Comparison for group 2 aggregate 1').selectOption('moreThanAgo');
	await page.getByLabel('Value for group 2 aggregate 1: how many').fill('180');
	await expect(page.getByTestId('summary')).toContainText(
		'latest order_date is more than 180 days ago'
	);
	const lapsed = await groupCount(page, 2);
	expect(lapsed).toBeGreaterThan(0);
	expect(lapsed).toBe(
		await nativeCount(
			page,
			(daysAgo) => `
			SELECT count(*) AS n FROM (
				SELECT o.customer_id FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
				GROUP BY o.customer_id HAVING max(o.order_date) < DATE '${daysAgo(180)}'
			)`
		)
	);

	// 3. the top 10 % by spend in the last 365 days
	await page.getByRole('button', { name: '+ Add group' }).click();
	await page.getByLabel('Set operator for group 3').selectOption('union');
	await page.getByLabel('Starting entity for group 3').fill('Orders');
	await group(3).getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 3 condition 1').selectOption('order_date');
	await page.getByLabel('Operator for group 3 condition 1').selectOption('inLast');
	await page.getByLabel('Value for group 3 condition 1: how many').fill('365');
	await page.getByLabel('Value for group 3 condition 1: unit').selectOption('days');
	await group(3)
		.getByRole('button', { name: /Keep only the top or bottom/ })
		.click();
	await expect(group(3).getByTestId('rank')).toContainText(/Choose the attribute/);
	await page.getByLabel('Attribute for group 3 ranking').selectOption('total_amount');
	await expect(page.getByTestId('summary')).toContainText(
		'the top 10 % of them by total of total_amount'
	);
	const top = await groupCount(page, 3);
	expect(top).toBeGreaterThan(0);
	const spenders = await nativeCount(
		page,
		(daysAgo) => `
		SELECT count(*) AS n FROM (
			SELECT o.customer_id FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
			WHERE o.order_date BETWEEN DATE '${daysAgo(365)}' AND DATE '${daysAgo(0)}'
			GROUP BY o.customer_id HAVING sum(o.total_amount) IS NOT NULL
		)`
	);
	expect(top).toBe(Math.ceil((spenders * 10) / 100));

	// complete: it can be activated
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
});

test('a segment inside a segment: "is in Gold and platinum at risk" and subscribed counts like hand-written SQL; used in, and named when deleting', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openApp(page, '/');
	await page.evaluate(() =>
		(
			window as unknown as { __segments: { loadDemo: (p: () => void, n: number) => Promise<void> } }
		).__segments.loadDemo(() => {}, 3000)
	);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments' }).click();
	await expect(
		page.locator('[data-segment="gold_at_risk"]').getByTestId('tile-refreshed')
	).toBeVisible({ timeout: 60_000 });

	await newSegment(page, 'subscribed_at_risk');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	const group = page.locator('[aria-label="Group 1"]');
	await group.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('is_subscribed');
	await expect(page.getByLabel('Operator for group 1 condition 1')).toHaveValue('isTrue');
	await group.getByRole('button', { name: /Add segment condition/ }).click();
	const row = group.getByTestId('membership');
	const label = 'group 1 segment condition 1';
	// the segment being edited is not offered; until one is chosen, the row says what is missing
	await expect(row.getByLabel(`Segment for ${label}`)).not.toContainText('subscribed_at_risk');
	await expect(row.getByTestId('problems')).toBeVisible();
	await row.getByLabel(`Segment for ${label}`).selectOption({ label: 'Gold and platinum at risk' });
	await expect(row.getByLabel(`In or not in, ${label}`)).toHaveValue('inSegment');
	await expect(row.getByTestId('membership-source')).toContainText('Evaluated with this segment');
	await expect(row.getByTestId('problems')).toHaveCount(0);

	// gold or platinum, no order in the last 90 days (the referred segment), and subscribed
	const expected = await nativeCount(
		page,
		(daysAgo) => `
		SELECT count(*) AS n FROM demo_customers c
		WHERE c.loyalty_tier IN ('gold', 'platinum') AND c.is_subscribed
		AND NOT EXISTS (SELECT 1 FROM demo_orders o WHERE o.customer_id = c.id
			AND o.order_date BETWEEN DATE '${daysAgo(90)}' AND DATE '${daysAgo(0)}')`
	);
	expect(expected).toBeGreaterThan(0);
	await expect.poll(() => groupCount(page, 1), { message: 'live' }).toBe(expected);
	const total = page.getByTestId('segment-count');
	await expect(total).toHaveAttribute('data-current', 'true');
	expect(Number((await total.locator('strong').textContent())!.replaceAll(',', ''))).toBe(expected);

	// as of its last run (just now, on the same data): the run is named, the count is the same
	await row.getByLabel(`Which members of the segment, ${label}`).selectOption('lastRun');
	await expect(row.getByTestId('membership-source')).toContainText(/As of its run on .+ members\./);
	await expect.poll(() => groupCount(page, 1), { message: 'last run' }).toBe(expected);

	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);

	// run by hand from its tile's menu, the referred segment offers to refresh the one that uses it
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="gold_at_risk"]');
	const refreshed = page
		.getByRole('status')
		.filter({ hasText: 'Refreshed subscribed_at_risk, which use Gold and platinum at risk.' });
	await tile.getByRole('button', { name: /^Actions for/ }).click();
	await page.getByRole('menuitem', { name: 'Run now' }).click();
	const offer = page.getByRole('status').filter({ hasText: '1 segment uses it.' });
	await offer.getByRole('button', { name: 'Refresh it too' }).click({ timeout: 60_000 });
	await expect(refreshed).toBeVisible({ timeout: 60_000 });
	await expect(refreshed).toHaveCount(0, { timeout: 15_000 });

	// the referred segment's page: used in, and its delete confirmation names the user
	await tile.getByRole('link').first().click();
	await expect(page.getByTestId('used-in')).toContainText('Used in: subscribed_at_risk');
	await page.getByTestId('used-in').getByRole('link', { name: 'subscribed_at_risk' }).click();
	await expect(page.getByTestId('uses')).toContainText('Uses: Gold and platinum at risk');
	await page.getByTestId('uses').getByRole('link').click();
	// and run by hand on its page, the same offer is a button beside "Run now"
	await page.getByRole('button', { name: 'Run now' }).click();
	await page
		.getByRole('button', { name: 'Also refresh the segment that uses it' })
		.click({ timeout: 60_000 });
	await expect(refreshed).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByRole('dialog')).toContainText(
		'Used in: subscribed_at_risk. It will stop working until you change it.'
	);
});
