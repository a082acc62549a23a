// Names that try to deceive or overflow: a file named with a right-to-left override cannot pass for
// another name (the override is shown as ⟦U+202E⟧ and flagged), zero-width characters in column
// names are shown (in dropdown options too, which cannot hold <bdi>), and a segment name with no
// spaces wraps instead of widening the page.
import { test, expect } from '@playwright/test';
import { importCard, openApp, nav } from './helpers';

test('direction overrides and zero-width characters in names are made visible', async ({
	page
}) => {
	await openApp(page, '/data');
	const fileName = 'invoice\u202Evsc.evil.csv';
	await page.getByTestId('file-input').setInputFiles({
		name: fileName,
		mimeType: 'text/csv',
		buffer: Buffer.from('id,na\u200Bme\n1,Ann\n2,Bob\n')
	});
	const card = importCard(page, fileName);
	const heading = card.locator('h3 bdi');
	await expect(heading).toHaveText('invoice⟦U+202E⟧vsc.evil.csv');
	await expect(heading).toHaveAttribute('data-flagged', 'true');
	await card.getByRole('button', { name: /^Import/ }).click();
	const row = page.getByTestId('entities').locator('tr', { hasText: '⟦U+202E⟧' });
	await expect(row).toBeVisible({ timeout: 30_000 });
	await row.locator('summary').click();
	await expect(row.locator('li', { hasText: 'na⟦U+200B⟧me' })).toBeVisible();
	// nothing on the page renders the override itself, in text or in an option
	expect(await page.locator('main').innerText()).not.toContain('\u202E');
	const options = await page.locator('main option').allTextContents();
	expect(options.join('\n')).not.toMatch(/[\u202E\u200B]/);
});

/** The demo data (small) and its example segments, loaded through the test build's hooks. */
async function demoWithExamples(page: import('@playwright/test').Page) {
	await openApp(page, '/');
	await page.evaluate(() => (window as any).__segments.loadDemo(() => {}, 200));
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(page.getByTestId('segment-tile').first()).toBeVisible({ timeout: 30_000 });
}

test('segment and relationship names with hidden characters are flagged on every page', async ({
	page
}) => {
	await demoWithExamples(page);
	const shown = 'VIP⟦U+202E⟧gnp.evil⟦U+200B⟧';
	const segmentId = await page.evaluate(async () => {
		const db = (window as any).__segments.db;
		const s = await db.segments.orderBy('name').first();
		await db.segments.update(s.id, { 'definition.displayName': 'VIP\u202Egnp.evil\u200B' });
		const r = await db.relationships.where('name').equals('cases_customer').first();
		await db.relationships.update(r.id, { name: 'cases\u202Eremotsuc\u200B' });
		return s.id as string;
	});
	const flagged = (scope: import('@playwright/test').Locator, text: string) =>
		expect(scope.locator('bdi[data-flagged="true"]', { hasText: text }).first()).toBeVisible();
	const noRawControls = async () => {
		const text = await page.locator('body').innerText();
		expect(text).not.toMatch(/[\u202E\u200B]/);
	};

	// home: tiles, then the table
	const tile = page.getByTestId('segment-tile').filter({ hasText: '⟦U+202E⟧' });
	await flagged(tile, shown);
	await expect(tile).toHaveAttribute('aria-label', shown);
	await noRawControls();
	await page.getByRole('button', { name: 'Table', exact: true }).click();
	await flagged(page.locator('table'), shown);
	await noRawControls();

	// the segment page: breadcrumb, heading, the delete confirmation
	await page.goto(`/segment?id=${segmentId}`);
	await flagged(page.getByRole('navigation', { name: 'Breadcrumb' }), shown);
	await flagged(page.getByRole('heading', { level: 1 }), shown);
	await page.getByRole('button', { name: 'Delete', exact: true }).click();
	await flagged(page.getByRole('dialog'), `Delete ${shown}?`);
	await noRawControls();
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

	// the builder's document title
	await page.goto(`/builder?id=${segmentId}`);
	await expect(page).toHaveTitle(`${shown} · Segments`);

	// the builder's dropdowns: an <option> cannot hold <bdi>, so attribute names show code points
	const renameAttributes = (mark: string) =>
		page.evaluate(async (m) => {
			const db = (window as any).__segments.db;
			for (const e of await db.entities.toArray())
				await db.entities.update(e.id, {
					attributes: e.attributes.map((a: { displayName: string }) => ({
						...a,
						displayName: a.displayName.replace(/\u200B$/, '') + m
					}))
				});
		}, mark);
	await renameAttributes('\u200B');
	await page.reload();
	const attribute = page.locator('select[aria-label^="Attribute for group"]').first();
	await expect(attribute.locator('option', { hasText: '⟦U+200B⟧' }).first()).toBeAttached();
	const options = await page.locator('main option').allTextContents();
	expect(options.join('\n')).not.toMatch(/[\u202E\u200B]/);
	await renameAttributes('');

	// sharing: the export list
	await page.goto('/sharing');
	await flagged(page.getByRole('list', { name: 'Segments to export' }), shown);
	await noRawControls();

	// relationships: the table and the delete confirmation
	const relShown = 'cases⟦U+202E⟧remotsuc⟦U+200B⟧';
	await page.goto('/relationships');
	const table = page.getByTestId('relationships');
	await flagged(table, relShown);
	await table.getByRole('button', { name: `Delete ${relShown}` }).click();
	await flagged(page.getByRole('dialog'), `Delete relationship ${relShown}?`);
	await noRawControls();
});

test('a match rate that cannot be checked is explained in a sentence', async ({ page }) => {
	await openApp(page, '/');
	await page.evaluate(() => (window as any).__segments.loadDemo(() => {}, 200));
	// the entity's rows are gone from the browser's storage (as after a partial restore)
	await page.evaluate(async () => {
		const db = (window as any).__segments.db;
		const cases = await db.entities.where('name').equals('Cases').first();
		await db.entities.update(cases.id, { table: 'cases_rows_missing' });
	});
	await nav(page, 'Relationships');
	const cell = page.locator('tr[data-relationship="cases_customer"] [data-testid="match-rate"]');
	await expect(cell).toHaveText(
		'The rows of Cases are missing from this browser, so the match rate cannot be checked. Import the file again, or restore a backup that includes the data.',
		{ timeout: 60_000 }
	);
});
