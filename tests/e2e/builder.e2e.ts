// Issue 4: the builder, live counts, saving, drafts, the Segments page — on the demo data.
import { test, expect, type Page } from '@playwright/test';
import { openApp, nav, loadDemo, newSegment, fillRelationship, seriousViolations } from './helpers';

/** The segment count once it is current (not counting, not stale). */
async function currentCount(page: Page, testid = 'segment-count'): Promise<number> {
	const badge = page.getByTestId(testid).first();
	await expect(badge).toHaveAttribute('data-current', 'true');
	return Number((await badge.locator('strong').textContent())!.replaceAll(',', ''));
}

async function condition(
	page: Page,
	group: number,
	n: string,
	attribute: string,
	operator: string
) {
	await page.getByLabel(`Attribute for group ${group} condition ${n}`).selectOption(attribute);
	await page.getByLabel(`Operator for group ${group} condition ${n}`).selectOption(operator);
}

/** Local calendar arithmetic, done in the page (the user's time zone). */
async function independentCount(
	page: Page,
	sql: (
		today: string,
		now: string,
		daysAgo: (n: number) => string,
		tsAgo: (n: number) => string
	) => string
) {
	const body = sql.toString();
	return page.evaluate(async (fnText) => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const d = new Date();
		const day = (x: Date) => `${x.getFullYear()}-${pad(x.getMonth() + 1)}-${pad(x.getDate())}`;
		const ts = (x: Date) =>
			`${day(x)} ${pad(x.getHours())}:${pad(x.getMinutes())}:${pad(x.getSeconds())}`;
		const daysAgo = (n: number) => {
			const x = new Date(d);
			x.setDate(x.getDate() - n);
			return day(x);
		};
		const tsAgo = (n: number) => {
			const x = new Date(d);
			x.setDate(x.getDate() - n);
			return ts(x);
		};
		const make = new Function(`return (${fnText})`)() as (...a: unknown[]) => string;
		const rows = await (window as any).__segments.engine.rows(make(day(d), ts(d), daysAgo, tsAgo));
		return Number(rows[0].n);
	}, body);
}

test('a new user builds the seed example with live counts, saves it, and finds it as a tile with the same count', async ({
	page
}) => {
	await loadDemo(page);
	await newSegment(page, 'high_value_escalations');
	await expect(page.getByRole('heading', { name: 'Group 1' })).toBeVisible();

	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await expect(page.getByTestId('path')).toContainText('Orders');
	await expect(page.getByTestId('path')).toContainText('Customers');
	const allOrders = await currentCount(page);

	await page.getByRole('button', { name: '+ Add condition' }).click();
	await condition(page, 1, '1', 'total_amount', 'greaterThan');
	await page.getByLabel('Value for group 1 condition 1').fill('500');
	const over500 = await currentCount(page);
	expect(over500).toBeLessThan(allOrders);

	await page.getByRole('button', { name: '+ Add condition (AND)' }).click();
	await condition(page, 1, '2', 'order_date', 'inLast');
	await page.getByLabel('Value for group 1 condition 2: how many').fill('90');
	await page.getByLabel('Value for group 1 condition 2: unit').selectOption('days');
	const recentBig = await currentCount(page);
	expect(recentBig).toBeLessThan(over500);
	expect(recentBig).toBeGreaterThan(0);

	await page.getByRole('button', { name: '+ Add group' }).click();
	await page.getByLabel('Set operator for group 2').selectOption('intersect');
	await page.getByLabel('Starting entity for group 2').fill('Cases');
	await page
		.locator('[aria-label="Group 2"]')
		.getByRole('button', { name: '+ Add condition' })
		.click();
	await condition(page, 2, '1', 'escalated', 'isTrue');
	await page
		.locator('[aria-label="Group 2"]')
		.getByRole('button', { name: '+ Add condition (AND)' })
		.click();
	await condition(page, 2, '2', 'created_at', 'inLast');
	await page.getByLabel('Value for group 2 condition 2: how many').fill('30');
	const seed = await currentCount(page);
	expect(seed).toBeLessThan(recentBig);
	expect(seed).toBeGreaterThan(0);
	const groupCounts = await page.getByTestId('group-count').allTextContents();
	expect(groupCounts[0]).toContain(recentBig.toLocaleString('en'));

	await expect(page.getByTestId('summary')).toContainText('intersect');
	await page.getByRole('button', { name: 'Show SQL' }).click();
	await expect(page.getByTestId('sql')).toContainText('INTERSECT');

	const expected = await independentCount(
		page,
		(_today, now, daysAgo, tsAgo) => `
		SELECT count(*) AS n FROM (
			SELECT DISTINCT o.customer_id AS k FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
			WHERE o.total_amount > 500 AND o.order_date >= DATE '${daysAgo(90)}' AND o.order_date <= DATE '${daysAgo(0)}'
			INTERSECT
			SELECT DISTINCT ca.customer_id FROM demo_cases ca JOIN demo_customers c ON c.id = ca.customer_id
			WHERE ca.escalated AND ca.created_at >= TIMESTAMP '${tsAgo(30)}' AND ca.created_at <= TIMESTAMP '${now}'
		)`
	);
	expect(seed).toBe(expected);

	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await nav(page, 'Segments');
	const tile = page
		.getByTestId('dynamic-column')
		.locator('[data-segment="high_value_escalations"]');
	await expect(tile).toBeVisible();
	await expect(tile.getByTestId('tile-count')).toHaveText(expected.toLocaleString('en'));
	await expect(tile.getByText('active')).toBeVisible();
});

test('a three-step path segment is built through the proposed path', async ({ page }) => {
	await loadDemo(page);
	await newSegment(page, 'pricing_visitors');
	await page.getByLabel('Starting entity for group 1').fill('ClickStream');
	await expect(page.getByTestId('path').getByRole('list', { name: 'Path steps' })).toHaveText(
		/ClickStream\s*OnlineAccounts\s*Customers/
	);
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await condition(page, 1, '1', 'page', 'equals');
	await page.getByLabel('Value for group 1 condition 1').fill('/pricing');
	await page.getByRole('button', { name: '+ Add condition (AND)' }).click();
	await condition(page, 1, '2', 'event_time', 'inLast');
	await page.getByLabel('Value for group 1 condition 2: how many').fill('7');
	const count = await currentCount(page);
	const expected = await independentCount(
		page,
		(_today, now, _d, tsAgo) => `
		SELECT count(DISTINCT c.id) AS n FROM demo_clickstream s
		JOIN demo_onlineaccounts a ON a.id = s.online_account_id JOIN demo_customers c ON c.id = a.customer_id
		WHERE lower(s.page) = '/pricing' AND s.event_time >= TIMESTAMP '${tsAgo(7)}' AND s.event_time <= TIMESTAMP '${now}'`
	);
	expect(count).toBe(expected);
	expect(count).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
});

test('an invalid segment saves as a draft with its reasons; fixing it enables activation', async ({
	page
}) => {
	await loadDemo(page);
	await newSegment(page, 'unfinished');
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await condition(page, 1, '1', 'total_amount', 'between');
	await page.getByLabel('Value for group 1 condition 1: from').fill('900');
	await page.getByLabel('Value for group 1 condition 1: to').fill('100');
	const problems = page.getByTestId('all-problems');
	await expect(problems).toContainText(/900.*100|start.*after.*end|from.*greater/i);
	const activate = page.getByRole('button', { name: 'Save & activate' });
	await expect(activate).toBeDisabled();
	await expect(activate).toHaveAttribute('title', /.+/);
	await page.getByRole('button', { name: 'Save as draft' }).click();
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="unfinished"]');
	await expect(tile.getByText('draft', { exact: true })).toBeVisible();
	// the menu offers activation only when the segment is complete
	await tile.getByRole('button', { name: 'Actions for unfinished' }).click();
	await expect(page.getByRole('menuitem', { name: 'Activate' })).toHaveAttribute(
		'data-disabled',
		''
	);
	await page.keyboard.press('Escape');
	// fix it
	await tile.getByRole('button', { name: 'Actions for unfinished' }).click();
	await page.getByRole('menuitem', { name: 'Edit' }).click();
	await page.getByLabel('Value for group 1 condition 1: to').fill('1000');
	await expect(page.getByTestId('all-problems')).toBeHidden();
	await expect(activate).toBeEnabled();
	await activate.click();
	await nav(page, 'Segments');
	await expect(
		page.locator('[data-segment="unfinished"]').getByText('active', { exact: true })
	).toBeVisible();
	await expect(
		page.locator('[data-segment="unfinished"]').getByTestId('tile-count')
	).not.toHaveText('—');
});

test('accessibility: the Segments page and the builder have no serious or critical violations', async ({
	page
}) => {
	await loadDemo(page);
	await newSegment(page, 'a11y_check');
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await condition(page, 1, '1', 'status', 'inList');
	await currentCount(page, 'group-count').catch(() => undefined);
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Save as draft' }).click();
	await nav(page, 'Segments');
	await expect(page.locator('[data-segment="a11y_check"]')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Table' }).click();
	expect(await seriousViolations(page)).toEqual([]);
});

test('an address naming no segment says so and offers a way back, instead of loading forever', async ({
	page
}) => {
	await openApp(page, '/builder?id=no-such-segment');
	const problem = page.getByTestId('builder-load-problem');
	await expect(problem).toContainText('This segment does not exist');
	await problem.getByRole('link', { name: 'Back to segments' }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('Save & activate activates a segment that was deactivated', async ({ page }) => {
	await loadDemo(page);
	await newSegment(page, 'reactivated');
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	await currentCount(page);
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="reactivated"]');
	await tile.getByRole('button', { name: 'Actions for reactivated' }).click();
	await page.getByRole('menuitem', { name: 'Deactivate' }).click();
	await expect(tile.getByText('inactive', { exact: true })).toBeVisible();
	await tile.getByRole('button', { name: 'Actions for reactivated' }).click();
	await page.getByRole('menuitem', { name: 'Edit' }).click();
	await page.getByLabel('Description').fill('back on');
	await expect(page.getByText(/other segments · unsaved changes/)).toBeVisible();
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page.getByText(/other segments · saved/)).toBeVisible();
	await nav(page, 'Segments');
	await expect(tile.getByText('active', { exact: true })).toBeVisible();
});

async function addRelationship(
	page: Page,
	[fe, fa, te, ta]: [string, string, string, string],
	name?: string
) {
	const dialog = await fillRelationship(page, [fe, fa, te, ta]);
	if (name) await dialog.getByLabel('Relationship name').fill(name);
	await dialog.getByRole('button', { name: 'Save relationship' }).click();
	await expect(dialog).toBeHidden();
}

test('a relationship deleted and re-added under another name: the saved path follows by itself', async ({
	page
}) => {
	await loadDemo(page);
	await newSegment(page, 'visitors');
	await page.getByLabel('Starting entity for group 1').fill('ClickStream');
	const steps = page.getByTestId('path').getByRole('list', { name: 'Path steps' });
	await expect(steps).toHaveText(/ClickStream\s*OnlineAccounts\s*Customers/);
	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page.getByText(/other segments · saved/)).toBeVisible();

	await nav(page, 'Relationships');
	await page.getByRole('button', { name: 'Delete clickstream_online_account' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.locator('tr[data-relationship="clickstream_online_account"]')).toHaveCount(0);
	// the dialog's own name for it, not the old one
	await addRelationship(page, ['ClickStream', 'online_account_id', 'OnlineAccounts', 'id']);
	await expect(page.locator('tr[data-relationship="clickstream_onlineaccounts"]')).toBeVisible();

	await nav(page, 'Segments');
	const tile = page.locator('[data-segment="visitors"]');
	await tile.getByRole('button', { name: 'Actions for visitors' }).click();
	await page.getByRole('menuitem', { name: 'Edit' }).click();
	await expect(page.getByTestId('path-note')).toContainText(
		'Path updated: clickstream_online_account is now clickstream_onlineaccounts.'
	);
	await expect(steps).toHaveText(/ClickStream\s*OnlineAccounts\s*Customers/);
	await expect(page.getByTestId('path-joins')).toContainText(
		'ClickStream.online_account_id → OnlineAccounts.id via clickstream_onlineaccounts'
	);
	await expect(page.getByTestId('all-problems')).toBeHidden();
	expect(await currentCount(page)).toBeGreaterThan(0);
});

test('with two relationships from Orders to Customers the better-matching one is the path', async ({
	page
}) => {
	await loadDemo(page);
	await nav(page, 'Relationships');
	// order ids are not customer ids: few orders find a customer this way (and its name sorts first)
	await addRelationship(page, ['Orders', 'id', 'Customers', 'id'], 'a_orders_by_id');
	await expect(page.locator('tr[data-relationship="a_orders_by_id"]')).toBeVisible();
	await newSegment(page, 'two_ways');
	await page.getByLabel('Starting entity for group 1').fill('Orders');
	const joins = page.getByTestId('path-joins');
	await expect(joins).toContainText('Orders.customer_id → Customers.id via orders_customer');
	await expect(joins).toContainText('100.0% of rows find their match');
	const select = page.getByLabel('Path for group 1');
	await expect(page.getByTestId('path').getByText('Path', { exact: true })).toBeVisible();
	const options = await select.locator('option').allTextContents();
	expect(options[0]).toMatch(/via orders_customer\) · 100\.0% match/);
	expect(options[1]).toMatch(/via a_orders_by_id\) · \d+\.\d% match/);
	// the user's choice stays
	await select.selectOption({ index: 1 });
	await expect(joins).toContainText('Orders.id → Customers.id via a_orders_by_id');
});
