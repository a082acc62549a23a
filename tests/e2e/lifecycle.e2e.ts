// Issue 15, lifecycle: "stopped" (active in the previous 90 days, not in the last 30) and
// "regularly" (in at least 2 of the last 3 months) built in the builder on the demo data; the
// group's live count equals a query written by hand from the documented windows.
import { test, expect, type Page } from '@playwright/test';
import { newSegment, openApp } from './helpers';

async function groupCount(page: Page): Promise<number> {
	const badge = page.getByTestId('group-count').first();
	await expect(badge).toHaveAttribute('data-current', 'true');
	return Number((await badge.locator('strong').textContent())!.replaceAll(',', ''));
}

/** Per customer, their orders' dates up to today (local), grouped: the HAVING clause decides. */
async function handWritten(page: Page, kind: 'stopped' | 'regularly'): Promise<number> {
	return page.evaluate(async (kind) => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const iso = (x: Date) => `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}`;
		const ago = (n: number) => {
			const x = new Date();
			x.setDate(x.getDate() - n);
			return iso(x);
		};
		const now = new Date();
		const twoMonthsBack = iso(new Date(now.getFullYear(), now.getMonth() - 2, 1));
		const having =
			kind === 'stopped'
				? `count(*) FILTER (WHERE o.order_date >= DATE '${ago(30)}') = 0
				   AND count(*) FILTER (WHERE o.order_date >= DATE '${ago(120)}' AND o.order_date < DATE '${ago(30)}') > 0`
				: `count(DISTINCT CASE WHEN o.order_date >= DATE '${twoMonthsBack}'
				     THEN strftime(o.order_date, '%Y-%m') END) >= 2`;
		const sql = `
			SELECT count(*) AS n FROM (
				SELECT c.id FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
				WHERE o.order_date <= DATE '${ago(0)}'
				GROUP BY c.id HAVING ${having}
			)`;
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows: (sql: string) => Promise<{ n: unknown }[]> } };
			}
		).__segments.engine.rows(sql);
		return Number(rows[0]!.n);
	}, kind);
}

test('stopped and regularly built in the builder count like hand-written SQL', async ({ page }) => {
	test.setTimeout(240_000);
	await openApp(page, '/');
	await page.evaluate(() =>
		(
			window as unknown as { __segments: { loadDemo: (p: () => void, n: number) => Promise<void> } }
		).__segments.loadDemo(() => {}, 3000)
	);
	await newSegment(page, 'stopped_buyers');
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await expect(page.getByTestId('path')).toContainText('Customers');
	await page.getByRole('button', { name: '+ Stopped, restarted or regular…' }).click();
	const row = page.getByTestId('lifecycle');
	const label = 'group 1 lifecycle 1';
	// proposed: stopped, last 30 days, previous 90 days, by the first date on the path
	await expect(row.getByLabel(`Kind of ${label}`)).toHaveValue('stopped');
	await expect(row.getByLabel(`Date for ${label}`)).toHaveValue(/order_date$/);
	await expect(row.getByLabel(`Recent window for ${label}`)).toHaveValue('30');
	await expect(row.getByLabel(`Previous window for ${label}`)).toHaveValue('90');
	await expect(page.getByTestId('summary')).toContainText(
		'who stopped (active in the 90 days before the last 30 days'
	);
	const stopped = await handWritten(page, 'stopped');
	expect(stopped).toBeGreaterThan(0);
	await expect.poll(() => groupCount(page), { message: 'stopped' }).toBe(stopped);

	await row.getByLabel(`Kind of ${label}`).selectOption('regularly');
	await row.getByLabel(`At least for ${label}`).fill('2');
	await row.getByLabel(`Periods for ${label}`).fill('3');
	await expect(page.getByTestId('summary')).toContainText(
		'who were active in at least 2 of the last 3 months'
	);
	const regular = await handWritten(page, 'regularly');
	expect(regular).toBeGreaterThan(0);
	await expect.poll(() => groupCount(page), { message: 'regularly' }).toBe(regular);

	// a count that can never hold is named next to the condition
	await row.getByLabel(`At least for ${label}`).fill('4');
	await expect(row.getByTestId('problems')).toHaveText(
		'Active in at least 4 of the last 3 months can never hold; the first number must be at most 3.'
	);
});
