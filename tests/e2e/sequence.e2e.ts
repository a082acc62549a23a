// Issue 15, sequences: "a big order followed by an escalated case within N days" built in the
// builder on the demo data, each side on its own path with its own condition and date; the group's
// live count (followed by, then not followed by) equals a query written by hand on the same engine.
import { test, expect, type Page } from '@playwright/test';
import { newSegment, openApp } from './helpers';

/** The group's live count once it is current (not counting, not stale). */
async function groupCount(page: Page): Promise<number> {
	const badge = page.getByTestId('group-count').first();
	await expect(badge).toHaveAttribute('data-current', 'true');
	return Number((await badge.locator('strong').textContent())!.replaceAll(',', ''));
}

/**
 * Customers with an order over 500 that has (or lacks) an escalated case from its day to `days`
 * days later, rows up to now in the page's local clock — written from the documented meaning.
 */
async function handWritten(
	page: Page,
	days: number,
	followed: boolean,
	alsoA = 'TRUE'
): Promise<number> {
	return page.evaluate(
		async ({ days, followed, alsoA }) => {
			const pad = (n: number) => String(n).padStart(2, '0');
			const d = new Date();
			const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
			const now = `${today} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
			const sql = `
				SELECT count(DISTINCT c.id) AS n
				FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
				WHERE o.total_amount > 500 AND (${alsoA}) AND o.order_date <= DATE '${today}'
				AND ${followed ? '' : 'NOT'} EXISTS (
					SELECT 1 FROM demo_cases k JOIN demo_customers kc ON kc.id = k.customer_id
					WHERE kc.id = c.id AND k.escalated AND k.created_at <= TIMESTAMP '${now}'
					AND CAST(k.created_at AS DATE) BETWEEN o.order_date AND o.order_date + ${days}
				)`;
			const rows = await (
				window as unknown as {
					__segments: { engine: { rows: (sql: string) => Promise<{ n: unknown }[]> } };
				}
			).__segments.engine.rows(sql);
			return Number(rows[0]!.n);
		},
		{ days, followed, alsoA }
	);
}

test('a sequence built in the builder counts like hand-written SQL, followed and not followed', async ({
	page
}) => {
	test.setTimeout(240_000);
	await openApp(page, '/');
	await page.evaluate(() =>
		(
			window as unknown as { __segments: { loadDemo: (p: () => void, n: number) => Promise<void> } }
		).__segments.loadDemo(() => {}, 3000)
	);
	await newSegment(page, 'big_then_escalated');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await page.getByRole('button', { name: '+ Sequence (A then B within N days)…' }).click();
	const sequence = page.getByTestId('sequence');
	const label = 'group 1 sequence 1';

	// A: orders over 500, by their date (proposed at once)
	await sequence.getByLabel(`Entity for A of ${label}`).selectOption('Orders');
	await expect(sequence.getByLabel(`Date for A of ${label}`)).toHaveValue(/order_date$/);
	await sequence.getByRole('button', { name: `Add a condition to A of ${label}` }).click();
	const a = `condition 1 of A of ${label}`;
	await sequence.getByLabel(`Attribute for ${a}`).selectOption('total_amount');
	await sequence.getByLabel(`Operator for ${a}`).selectOption('greaterThan');
	await sequence.getByLabel(`Value for ${a}`).fill('500');
	// B is not chosen yet: the sentence says so, next to the sequence
	await expect(
		sequence.getByText('Choose the entity whose rows are B in this sequence.')
	).toBeVisible();

	// B: escalated cases, by when they were created
	await sequence.getByLabel(`Entity for B of ${label}`).selectOption('Cases');
	await expect(sequence.getByLabel(`Date for B of ${label}`)).toHaveValue(/created_at$/);
	await sequence.getByRole('button', { name: `Add a condition to B of ${label}` }).click();
	const b = `condition 1 of B of ${label}`;
	await sequence.getByLabel(`Attribute for ${b}`).selectOption('escalated');
	await expect(sequence.getByLabel(`Operator for ${b}`)).toHaveValue('isTrue');
	await sequence.getByLabel(`Days for ${label}`).fill('30');
	await expect(sequence.getByTestId('problems')).toHaveCount(0);
	await expect(page.getByTestId('summary')).toContainText('followed by Cases where escalated');
	await expect(page.getByTestId('summary')).toContainText('within 30 days');

	const followed = await handWritten(page, 30, true);
	expect(followed).toBeGreaterThan(0);
	await expect.poll(() => groupCount(page), { message: 'followed by' }).toBe(followed);

	await sequence.getByLabel(`Kind of ${label}`).selectOption('notFollowedBy');
	await expect(page.getByTestId('summary')).toContainText('not followed by Cases');
	const notFollowed = await handWritten(page, 30, false);
	expect(notFollowed).toBeGreaterThan(0);
	await expect.poll(() => groupCount(page), { message: 'not followed by' }).toBe(notFollowed);

	// a nested "any of" block on A: the order also came through the web or the app
	await sequence.getByRole('button', { name: `Add any of block to A of ${label}` }).click();
	const block = `block 2 of A of ${label}`;
	await expect(sequence.getByLabel(`Combine ${block}`)).toHaveValue('or');
	const web = `condition 1 of ${block}`;
	await sequence.getByLabel(`Attribute for ${web}`).selectOption('channel');
	await sequence.getByLabel(`Value for ${web}`).fill('web');
	await sequence.getByRole('button', { name: `Add a condition to ${block}` }).click();
	const app = `condition 2 of ${block}`;
	await sequence.getByLabel(`Attribute for ${app}`).selectOption('channel');
	await sequence.getByLabel(`Value for ${app}`).fill('app');
	await expect(sequence.getByTestId('problems')).toHaveCount(0);
	const webOrApp = "o.channel = 'web' OR o.channel = 'app'";
	const nested = await handWritten(page, 30, false, webOrApp);
	expect(nested).toBeGreaterThan(0);
	expect(nested).toBeLessThan(notFollowed);
	await expect.poll(() => groupCount(page), { message: 'any of web, app' }).toBe(nested);
	// "all of" instead: no order is both, so nobody is left
	await sequence.getByLabel(`Combine ${block}`).selectOption('and');
	await expect.poll(() => groupCount(page), { message: 'all of web, app' }).toBe(0);
	await sequence.getByLabel(`Combine ${block}`).selectOption('or');
	await expect.poll(() => groupCount(page), { message: 'any of again' }).toBe(nested);
	// removing the block gives the count without it back
	await sequence.getByRole('button', { name: `Remove ${block}` }).click();
	await expect.poll(() => groupCount(page), { message: 'block removed' }).toBe(notFollowed);
});
