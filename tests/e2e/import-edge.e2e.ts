// Issue 2: bad exports, Parquet and NDJSON offline with the network blocked, engine settings, and
// recovery after the worker is killed.
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
	fixtures,
	forbidForeignRequests,
	importCard,
	importFiles,
	loadDemo,
	openApp,
	scratchDir,
	writeParquet
} from './helpers';

test('the badly exported customers file shows 11 columns and the malformed rows, and imports the good ones', async ({
	page
}) => {
	await openApp(page, '/data');
	await importFiles(page, [path.join(fixtures, 'northwind-messy', 'customers.csv')]);
	const card = importCard(page, 'customers.csv');
	await expect(card.getByTestId('row-count')).toHaveText('67');
	await expect(
		card.getByRole('table', { name: 'Columns of customers.csv' }).locator('tbody tr')
	).toHaveCount(11);
	const malformed = card.getByTestId('malformed');
	await expect(malformed).toContainText('24 rows are malformed');
	await expect(malformed).toContainText('Line 8');
	await expect(malformed).toContainText('12 fields where the header has 11');
	await expect(card.getByLabel(/Treat the text “NULL” as a missing value/)).toBeChecked();
	const save = card.getByRole('button', { name: 'Import 11 columns' });
	await expect(save).toBeDisabled();
	await card.getByLabel(/Import the 67 good rows/).check();
	await expect(save).toBeEnabled();
	await save.click();
	await expect(card.getByText('Imported')).toBeVisible();
	await expect(
		page.getByTestId('entities').locator('tr[data-entity="customers"] [data-testid="entity-rows"]')
	).toHaveText('67');
	// NULL really became missing
	const nulls = await page.evaluate(async () => {
		const s = (window as any).__segments;
		const t = s.app.model.value.entities.find((e: any) => e.name === 'customers').table;
		return (
			await s.engine.rows(
				`SELECT count(*) FILTER (WHERE region IS NULL) AS missing, count(*) FILTER (WHERE region = 'NULL') AS literal FROM "${t}"`
			)
		)[0];
	});
	expect(nulls.literal).toBe(0);
	expect(nulls.missing).toBeGreaterThan(0);
});

test('a bad file is refused with its name and reason, and nothing else changes', async ({
	page
}) => {
	const dir = scratchDir();
	writeFileSync(path.join(dir, 'empty.csv'), '');
	writeFileSync(
		path.join(dir, 'junk.csv'),
		Buffer.from([0, 1, 2, 3, 0xff, 0, 0x80, 0, 0, 7, 8, 9])
	);
	writeFileSync(path.join(dir, 'object.json'), '{\n  "not": "a table"\n}\n');
	await openApp(page, '/data');
	await importFiles(page, [
		path.join(dir, 'empty.csv'),
		path.join(dir, 'junk.csv'),
		path.join(dir, 'object.json')
	]);
	await expect(importCard(page, 'empty.csv').getByRole('alert')).toContainText(
		'empty.csv: The file is empty'
	);
	await expect(importCard(page, 'junk.csv').getByRole('alert')).toContainText(
		'junk.csv: This file is not text'
	);
	await expect(importCard(page, 'object.json').getByRole('alert')).toContainText('single object');
	await expect(page.getByText('Nothing was changed').first()).toBeVisible();
});

test('Parquet and NDJSON import with the network blocked; the engine cannot reach it', async ({
	page
}) => {
	const dir = scratchDir();
	await writeParquet(
		'orders.parquet',
		`SELECT range::INTEGER AS id, range % 100 AS customer_id, DATE '2024-01-01' + range::INTEGER % 300 AS order_date,
		round(random() * 900, 2)::DOUBLE AS total_amount FROM range(5000)`,
		'ROW_GROUP_SIZE 2000'
	);
	const nd = Array.from({ length: 300 }, (_, i) =>
		JSON.stringify({
			session_id: `s${i}`,
			account: i % 40,
			page: i % 3 ? '/pricing' : '/',
			at: `2024-05-0${(i % 9) + 1}T10:00:00`
		})
	).join('\n');
	writeFileSync(path.join(dir, 'clicks.ndjson'), nd + '\n');

	const foreign = await forbidForeignRequests(page);
	await openApp(page, '/data');
	await importFiles(page, [path.join(dir, 'orders.parquet'), path.join(dir, 'clicks.ndjson')]);
	const pq = importCard(page, 'orders.parquet');
	await expect(pq.getByTestId('row-count')).toHaveText('5,000');
	await pq.getByRole('button', { name: 'Import 4 columns' }).click();
	await expect(pq.getByText('Imported')).toBeVisible();
	const ndCard = importCard(page, 'clicks.ndjson');
	await expect(ndCard.getByTestId('row-count')).toHaveText('300');
	await expect(ndCard.getByLabel('Type of column at')).toHaveValue('timestamp');
	await ndCard.getByRole('button', { name: 'Import 4 columns' }).click();
	await expect(ndCard.getByText('Imported')).toBeVisible();

	const settings = await page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		const rows = await e.rows(
			`SELECT name, value FROM duckdb_settings() WHERE name IN ('autoload_known_extensions','autoinstall_known_extensions','enable_external_access','lock_configuration','allowed_directories')`
		);
		let remote = '';
		try {
			// past the page's guard (a test-build hook): the engine's own lockdown holds under it
			await e.rawRows(`SELECT * FROM read_csv('https://example.com/data.csv')`);
			remote = 'reached';
		} catch (err) {
			remote = String((err as Error).message);
		}
		let unlock = '';
		try {
			await e.rawRows(`SET enable_external_access = true`);
			unlock = 'changed';
		} catch (err) {
			unlock = String((err as Error).message);
		}
		return { rows, remote, unlock };
	});
	const byName = Object.fromEntries(
		settings.rows.map((r: { name: string; value: string }) => [r.name, r.value])
	);
	expect(byName).toMatchObject({
		autoload_known_extensions: 'false',
		autoinstall_known_extensions: 'false',
		enable_external_access: 'false',
		lock_configuration: 'true',
		allowed_directories: '[/import/]'
	});
	expect(settings.remote).toMatch(/disabled by configuration/);
	expect(settings.unlock).toMatch(/locked/);
	expect(foreign).toEqual([]);
});

test('killing the engine mid-session: it restarts by itself with data and model intact', async ({
	page
}) => {
	await openApp(page, '/data');
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const card = importCard(page, 'raw_customers.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	const before = await page.evaluate(async () => {
		const s = (window as any).__segments;
		const t = s.app.model.value.entities.find((e: any) => e.name === 'raw_customers').table;
		return { t, n: (await s.engine.rows(`SELECT count(*) AS n FROM "${t}"`))[0].n };
	});
	expect(before.n).toBe(100);
	// start a query that runs for minutes (a cross join of 10^10 pairs), wait until the engine
	// reports it running (not merely queued), then kill the worker under it
	const interrupted = page.evaluate(async () => {
		const e = (window as any).__segments.engine;
		try {
			await e.rows(
				'SELECT count(*) FROM range(100000) a, range(100000) b WHERE a.range + b.range < 0',
				{ label: 'A long query' }
			);
			return 'finished';
		} catch (err) {
			return `${(err as any).code}: ${(err as Error).message}`;
		}
	});
	await page.waitForFunction(
		() => (window as any).__segments.engine.busy.running === 'A long query'
	);
	await page.evaluate(() => (window as any).__segments.engine.crash());
	expect(await interrupted).toMatch(/^restarted: A long query was interrupted/);
	// the notice comes once the new engine has started (loading it can take a while)
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	await expect(
		page.getByRole('status').filter({ hasText: 'The engine stopped and was restarted' })
	).toBeVisible();
	const after = await page.evaluate(
		async (t) =>
			(await (window as any).__segments.engine.rows(`SELECT count(*) AS n FROM "${t}"`))[0].n,
		before.t
	);
	expect(after).toBe(100);
	await expect(
		page
			.getByTestId('entities')
			.locator('tr[data-entity="raw_customers"] [data-testid="entity-rows"]')
	).toHaveText('100');
});

test('a file named like an entity it would break is imported as a new entity, saying why; the entity and its profile stay', async ({
	page
}) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	const customers = page.getByTestId('entities').locator('tr[data-entity="Customers"]');
	const before = await customers.textContent();
	// a customers file without the id column the relationships and the Customer Profile use
	const dir = scratchDir();
	writeFileSync(
		path.join(dir, 'customers.csv'),
		'name,email\nAda Lovelace,ada@example.com\nAlan Turing,alan@example.com\n'
	);
	await importFiles(page, [path.join(dir, 'customers.csv')]);
	const card = importCard(page, 'customers.csv');
	const note = card.getByTestId('not-replaced');
	await expect(note).toContainText('This file has the name of Customers', { timeout: 60_000 });
	await expect(note).toContainText('The Customer Profile key uses Customers.id');
	await expect(card.getByLabel('Import as')).toHaveValue('');
	await expect(card.getByLabel('Entity name')).toHaveValue('customers_2');
	await card.getByRole('button', { name: 'Import 2 columns' }).click();
	await expect(card.getByText('Imported')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('entities').locator('tr[data-entity="customers_2"]')).toContainText(
		'2'
	);
	await page.reload();
	await expect(customers).toHaveText(before!, { timeout: 60_000 });
	await expect(page.getByTestId('profile-check')).toContainText('every id is filled and unique');

	// choosing to replace it is still possible, and then the card shows what would break
	await importFiles(page, [path.join(dir, 'customers.csv')]);
	const again = importCard(page, 'customers.csv').last();
	await expect(again.getByTestId('not-replaced')).toBeVisible({ timeout: 60_000 });
	await again.getByLabel('Import as').selectOption('Customers');
	await expect(again.getByTestId('not-replaced')).toHaveCount(0);
	await expect(again.getByRole('alert')).toContainText('This file would break');
});

test('an entity named in words is saved under a name made from them, shown as typed', async ({
	page
}) => {
	await openApp(page, '/data');
	const dir = scratchDir();
	writeFileSync(path.join(dir, 'accounts.csv'), 'id,opened\n1,2024-01-02\n2,2024-03-04\n');
	await importFiles(page, [path.join(dir, 'accounts.csv')]);
	const card = importCard(page, 'accounts.csv');
	await expect(card.getByTestId('row-count')).toHaveText('2', { timeout: 60_000 });
	await card.getByLabel('Entity name').fill('Online accounts (EU)');
	// not refused for its spaces: the name it gets is said, and the import stays possible
	await expect(card.getByTestId('derived-entity-name')).toHaveText(
		'Saved as Online_accounts_EU, shown as “Online accounts (EU)”.'
	);
	await card.getByRole('button', { name: /^Import 2 columns/ }).click();
	await expect(card.getByText('Imported')).toBeVisible({ timeout: 60_000 });
	const row = page.getByTestId('entities').locator('tr[data-entity="Online_accounts_EU"]');
	await expect(row.getByTestId('entity-rows')).toHaveText('2');
	await page.reload();
	await expect(row.getByTestId('entity-rows')).toHaveText('2', { timeout: 60_000 });
	const displayName = await page.evaluate(async () => {
		const w = window as unknown as {
			__segments: {
				db: {
					entities: { get(q: { name: string }): Promise<{ displayName: string } | undefined> };
				};
			};
		};
		return (await w.__segments.db.entities.get({ name: 'Online_accounts_EU' }))?.displayName;
	});
	expect(displayName).toBe('Online accounts (EU)');
	// the Data page lists it by the name typed, and says the name files use
	await expect(row.locator('strong')).toHaveText('Online accounts (EU)');
	await expect(row.getByTestId('entity-identifier')).toHaveText('saved as Online_accounts_EU');

	// renamed in words: the same treatment, and the list shows the new name after a reload
	await page.getByRole('button', { name: 'Rename Online accounts (EU)' }).click();
	const dialog = page.getByRole('dialog', { name: 'Rename Online accounts (EU)' });
	await expect(dialog.getByLabel('New name')).toHaveValue('Online accounts (EU)');
	await dialog.getByLabel('New name').fill('Accounts in Europe');
	await expect(dialog.getByTestId('derived-entity-name')).toHaveText(
		'Saved as Accounts_in_Europe, shown as “Accounts in Europe”.'
	);
	await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
	await expect(dialog).toBeHidden();
	await page.reload();
	const renamed = page.getByTestId('entities').locator('tr[data-entity="Accounts_in_Europe"]');
	await expect(renamed.locator('strong')).toHaveText('Accounts in Europe', { timeout: 60_000 });
	await expect(renamed.getByTestId('entity-rows')).toHaveText('2');
	// an identifier typed is both names: nothing more is said
	await page.getByRole('button', { name: 'Rename Accounts in Europe' }).click();
	await page.getByRole('dialog').getByLabel('New name').fill('eu_accounts');
	await expect(page.getByRole('dialog').getByTestId('derived-entity-name')).toHaveCount(0);
	await page.getByRole('dialog').getByRole('button', { name: 'Rename', exact: true }).click();
	const plain = page.getByTestId('entities').locator('tr[data-entity="eu_accounts"]');
	await expect(plain.locator('strong')).toHaveText('eu_accounts');
	await expect(plain.getByTestId('entity-identifier')).toHaveCount(0);
});
