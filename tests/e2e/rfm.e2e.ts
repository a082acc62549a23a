// Issue 15, the RFM preset: on the demo data the dialog proposes Orders, its date and amount; two
// cells are kept, one of them edited; the segments created count what a hand-written scoring query
// gives from the documented meaning (fifths of the customers with an order in the last 365 days,
// ranked by latest order, number of orders and total amount; ties to the smaller key).
import { test, expect, type Page } from '@playwright/test';
import { loadDemo, nav } from './helpers';

/** Customers whose R, F and M scores fall in the ranges, by hand, as of the page's local today. */
async function handWritten(
	page: Page,
	r: [number, number],
	f: [number, number],
	m: [number, number]
): Promise<number> {
	return page.evaluate(
		async ({ r, f, m }) => {
			const pad = (n: number) => String(n).padStart(2, '0');
			const d = new Date();
			const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
			const score = (t: string) =>
				`(SELECT max(s) FROM range(1, 6) t(s) WHERE ${t}.pos <= ceil(${t}.n * (6 - s) * 20 / 100.0))`;
			const sql = `
				WITH p AS (
					SELECT c.id AS k, max(o.order_date) AS r, count(*) AS f,
						sum(CAST(o.total_amount AS DECIMAL(38, 9))) AS m
					FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
					WHERE o.order_date BETWEEN DATE '${today}' - 365 AND DATE '${today}'
					GROUP BY c.id
				),
				rr AS (SELECT k, row_number() OVER (ORDER BY r DESC, k) AS pos, count(*) OVER () AS n FROM p),
				fr AS (SELECT k, row_number() OVER (ORDER BY f DESC, k) AS pos, count(*) OVER () AS n FROM p),
				mr AS (SELECT k, row_number() OVER (ORDER BY m DESC, k) AS pos, count(*) OVER () AS n FROM p WHERE m IS NOT NULL),
				scored AS (
					SELECT p.k, ${score('rr')} AS r, ${score('fr')} AS f, ${score('mr')} AS m
					FROM p JOIN rr USING (k) JOIN fr USING (k) JOIN mr USING (k)
				)
				SELECT count(*) AS n FROM scored
				WHERE r BETWEEN ${r[0]} AND ${r[1]} AND f BETWEEN ${f[0]} AND ${f[1]} AND m BETWEEN ${m[0]} AND ${m[1]}`;
			const rows = await (
				window as unknown as {
					__segments: { engine: { rows: (sql: string) => Promise<{ n: unknown }[]> } };
				}
			).__segments.engine.rows(sql);
			return Number(rows[0]!.n);
		},
		{ r, f, m }
	);
}

test('RFM segments from the preset count like a hand-written scoring query', async ({ page }) => {
	test.setTimeout(240_000);
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'RFM segments…' }).click();
	const dialog = page.getByRole('dialog', { name: 'RFM segments' });
	await expect(dialog.getByLabel('Purchases')).toHaveValue('Orders');
	await expect(dialog.getByLabel('Date of a purchase')).toHaveValue('order_date');
	await expect(dialog.getByLabel('Amount of a purchase')).toHaveValue('total_amount');
	await expect(dialog.getByRole('button', { name: 'Create 12 segments' })).toBeEnabled();

	// keep two cells; make champions the most recent fifth only
	for (const row of await dialog.locator('tbody tr').all()) {
		const key = await row.getAttribute('data-cell');
		if (key !== 'champions' && key !== 'at_risk') await row.getByRole('checkbox').uncheck();
	}
	await dialog.getByLabel('Recency from, Champions').selectOption('5');
	// a range upside down is named and blocks creating
	await dialog.getByLabel('Frequency to, At risk').selectOption('2');
	await expect(dialog.getByRole('alert')).toContainText(
		'At risk: the frequency range starts at 3, above its end 2.'
	);
	await expect(dialog.getByRole('button', { name: 'Create 3 segments' })).toBeDisabled();
	await dialog.getByLabel('Frequency to, At risk').selectOption('5');
	await dialog.getByRole('button', { name: 'Create 3 segments' }).click();
	await expect(dialog).toBeHidden();

	for (const [name, r, f, m] of [
		['rfm_champions', [5, 5], [4, 5], [4, 5]],
		['rfm_at_risk', [1, 2], [3, 5], [3, 5]]
	] as const) {
		const want = await handWritten(page, [...r], [...f], [...m]);
		expect(want, name).toBeGreaterThan(0);
		const tile = page.locator(`[data-segment="${name}"]`);
		await expect(tile.getByTestId('tile-count')).toHaveText(want.toLocaleString('en'), {
			timeout: 60_000
		});
	}
	await expect(page.locator('[data-segment="rfm_lost"]')).toHaveCount(0);

	// one segment of every scored customer, its cell in rfm_cell: the two kept cells, else Other
	const scored = await handWritten(page, [1, 5], [1, 5], [1, 5]);
	const champions = await handWritten(page, [5, 5], [4, 5], [4, 5]);
	const atRisk = await handWritten(page, [1, 2], [3, 5], [3, 5]);
	const all = page.locator('[data-segment="rfm_all_cells"]');
	await expect(all.getByTestId('tile-count')).toHaveText(scored.toLocaleString('en'), {
		timeout: 60_000
	});
	await all.getByRole('link').first().click();
	const rows = page.getByTestId('label-counts-row');
	await expect(rows.locator('th')).toHaveText(['Champions', 'At risk', 'Other'], {
		timeout: 30_000
	});
	// the two cells do not overlap (recency 5 against 1–2), so each keeps all its customers
	await expect(rows.locator('td:nth-child(2)')).toHaveText(
		[champions, atRisk, scored - champions - atRisk].map((n) => n.toLocaleString('en'))
	);
});
