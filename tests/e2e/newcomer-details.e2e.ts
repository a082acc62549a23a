// Small things a newcomer tripped over: example segments stay one click away once there are
// segments, the trend's time scope sets the chart's axis (not only which runs are drawn), and a
// segment that has not run yet says so without an error beside it.
import { test, expect } from '@playwright/test';
import { nav, loadDemo, newSegment } from './helpers';

test('example segments stay available, and the trend axis follows the chosen scope', async ({
	page
}) => {
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(page.getByText(/^Added \d+ example segments/)).toBeVisible({ timeout: 30_000 });
	const tile = page.locator('a[href*="/segment?id="]').first();
	await expect(tile).toBeVisible();

	// with segments on the page the examples are still offered; nothing is added twice
	await page.getByRole('button', { name: 'Add example segments', exact: true }).click();
	await expect(page.getByText('Every example segment is already here.')).toBeVisible();

	const tileName = (await tile.textContent())!.trim();
	await tile.click();
	const chart = page.getByTestId('trend-chart');
	const day = (daysAgo: number) =>
		new Date(Date.now() - daysAgo * 24 * 3600 * 1000).toISOString().slice(0, 10);
	await expect(chart).toHaveAttribute('data-from', new RegExp(`${day(30)}|${day(31)}`));
	await page.getByLabel('Time scope').selectOption({ label: 'Last 7 days' });
	await expect(chart).toHaveAttribute('data-from', new RegExp(`${day(7)}|${day(8)}`));
	await page.getByLabel('Time scope').selectOption({ label: 'All time' });
	await expect(chart).toHaveAttribute('data-from', 'all');

	// the builder of a saved segment is titled with its name, never "New segment"
	await page
		.getByRole('link', { name: 'Edit' })
		.or(page.getByRole('button', { name: 'Edit' }))
		.first()
		.click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await expect(page).toHaveTitle(`${tileName} · Segments`);
});

test('a segment named in words is saved under a name made from them, shown as typed', async ({
	page
}) => {
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add segment' }).first().click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Name', { exact: true }).fill('Big spenders (EU) 2026');
	// no refusal: the name it will have is said, and Next stays available
	await expect(dialog.getByTestId('derived-name')).toHaveText(
		'Saved as big_spenders_eu_2026 (the name files and the command line use), shown as “Big spenders (EU) 2026”.'
	);
	await expect(dialog.getByRole('button', { name: 'Next' })).toBeEnabled();
	await dialog.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByLabel('Display name')).toHaveValue('Big spenders (EU) 2026');
	// the field's name is its label, the note said with a space; the problems under it describe it
	await expect(
		page.getByRole('textbox', { name: 'Name (letters, digits, _; no spaces)', exact: true })
	).toHaveValue('big_spenders_eu_2026');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: /Save & (activate|run)/ }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);

	// the same words again: a second name is made, not a refusal; a name as it stands is still checked
	await nav(page, 'Segments');
	await expect(page.getByRole('link', { name: 'Big spenders (EU) 2026' })).toBeVisible();
	await page.getByRole('button', { name: 'Add segment' }).first().click();
	const name = dialog.getByLabel('Name', { exact: true });
	await name.fill('Big spenders (EU) 2026');
	await expect(dialog.getByTestId('derived-name')).toContainText('big_spenders_eu_2026_2');
	// the line under the field does not change the field's name: it describes it
	await expect(
		dialog.getByRole('textbox', { name: 'Name', exact: true })
	).toHaveAccessibleDescription(/^Saved as big_spenders_eu_2026_2 /);
	// a long name is kept whole as the display name (the name made from it is cut at a word)
	const long = 'Clients fidèles — Île-de-France, commandes > 500 € en 2026 et plus encore';
	await name.fill(long);
	await expect(dialog.getByTestId('derived-name')).toHaveText(
		`Saved as clients_fideles_ile_de_france_commandes_500_en_2026_et_plus (the name files and the command line use), shown as “${long}”.`
	);
	await name.fill('big_spenders_eu_2026');
	await expect(dialog.getByText('The name “big_spenders_eu_2026” is already used.')).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled();
});

test('a segment saved without running says it has no members yet, and nothing failed; with one member its chart counts in whole members', async ({
	page
}) => {
	await loadDemo(page);
	await newSegment(page, 'not_run_yet', 'Static');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await page.getByRole('button', { name: '+ Add condition' }).click();
	await page.getByLabel('Attribute for group 1 condition 1').selectOption('id');
	await page.getByLabel('Operator for group 1 condition 1').selectOption('equals');
	// no value yet: saved as it is, not run
	await page.getByRole('button', { name: 'Save (inactive)', exact: true }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await nav(page, 'Segments');
	await page.locator('[data-segment="not_run_yet"]').getByRole('link').first().click();
	await expect(page.getByText('No members yet: the segment has not run.')).toBeVisible();
	// the list is looked for after a moment (200 ms): nothing failed to load
	await page.waitForTimeout(1500);
	await expect(page.getByTestId('members-error')).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('No members yet: the segment has not run.')).toBeVisible({
		timeout: 30_000
	});
	await page.waitForTimeout(1500);
	await expect(page.getByTestId('members-error')).toHaveCount(0);

	// one member: the axis says 0 and 1, never 0.2 or 0.5 members
	await page.getByRole('button', { name: 'Edit' }).click();
	await page.getByLabel('Value for group 1 condition 1').fill('7');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: 'Save & run' }).click();
	await nav(page, 'Segments');
	await page.locator('[data-segment="not_run_yet"]').getByRole('link').first().click();
	await expect(page.getByTestId('members-table').getByRole('row')).toHaveCount(2, {
		timeout: 30_000
	});
	// the chart's table says the change as the run history does
	await expect(
		page.getByRole('table', { name: 'Member counts over time' }).locator('tbody tr').first()
	).toHaveText(/^.+1±0$/);
	const chart = page.getByTestId('trend-chart');
	const yTicks = chart.locator('.lc-axis.placement-left .lc-axis-tick-group text');
	await expect(yTicks.first()).toBeVisible();
	const labels = await yTicks.allTextContents();
	expect(labels.length).toBeGreaterThan(0);
	expect(labels.filter((l) => !/^-?\d[\d,]*$/.test(l.trim()))).toEqual([]);
	await page.getByLabel('Entered / left').check();
	await expect(yTicks.first()).toBeVisible();
	const bars = await yTicks.allTextContents();
	expect(bars.filter((l) => !/^[-−]?\d[\d,]*$/.test(l.trim()))).toEqual([]);
});
