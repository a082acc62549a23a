// A workspace never becomes unwritable. DuckDB-WASM leaves an empty write-ahead log beside its OPFS
// database; opened next to it, the database refused every commit ("File is not opened in write
// mode"), so a person who opened the app, reloaded and only then imported was locked out for good.
import { test, expect, type Page } from '@playwright/test';
import { openApp, waitForDemo } from './helpers';

type Engine = {
	exec(sql: string): Promise<void>;
	rows(sql: string): Promise<Record<string, unknown>[]>;
	leaveEmptyWalOnNextStart(): void;
	restart(): Promise<void>;
	info: { persistent: boolean; storageRepaired?: boolean } | null;
};

async function loadDemo(page: Page) {
	await page.getByRole('button', { name: 'Try with demo data' }).click();
	await waitForDemo(page);
}

/** No toast or alert shows the engine's raw text. */
async function expectNoRawErrors(page: Page) {
	await expect(page.locator('body')).not.toContainText(
		/exception_type|exception_message|write mode|TransactionContext/
	);
}

test('an empty workspace that is reloaded takes the demo data', async ({ page }) => {
	await openApp(page, '/data');
	await page.reload();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	await loadDemo(page);
	await expectNoRawErrors(page);
	// and the data is still there after the next reload
	await page.reload();
	await waitForDemo(page, 60_000);
});

test('an empty workspace reloaded twice takes an import through SQL', async ({ page }) => {
	await openApp(page, '/data');
	for (let i = 0; i < 2; i++) {
		await page.reload();
		await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
			timeout: 60_000
		});
	}
	const n = await page.evaluate(async () => {
		const e = (window as unknown as { __segments: { engine: Engine } }).__segments.engine;
		await e.exec('CREATE TABLE probe AS SELECT range AS n FROM range(10)');
		return (await e.rows('SELECT count(*) AS n FROM probe'))[0]!['n'];
	});
	expect(Number(n)).toBe(10);
});

test('a database that refuses writes at start is repaired with its tables kept', async ({
	page
}) => {
	await openApp(page, '/data');
	const result = await page.evaluate(async () => {
		const e = (window as unknown as { __segments: { engine: Engine } }).__segments.engine;
		await e.exec(
			"CREATE TABLE kept AS SELECT range AS n, 'row ' || range AS label FROM range(500)"
		);
		// start again as DuckDB-WASM leaves things after a checkpoint: an empty log beside the file
		e.leaveEmptyWalOnNextStart();
		await e.restart();
		const repaired = e.info?.storageRepaired ?? false;
		const persistent = e.info?.persistent ?? false;
		await e.exec('INSERT INTO kept VALUES (500, $$row 500$$)');
		const rows = (await e.rows('SELECT count(*) AS n, max(label) AS m FROM kept'))[0]!;
		return { repaired, persistent, n: Number(rows['n']), m: String(rows['m']) };
	});
	expect(result).toEqual({ repaired: true, persistent: true, n: 501, m: 'row 99' });
	await expect(page.getByText('was repaired at start')).toBeVisible();
	// survives a reload too
	await page.reload();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	const after = await page.evaluate(async () => {
		const e = (window as unknown as { __segments: { engine: Engine } }).__segments.engine;
		return Number((await e.rows('SELECT count(*) AS n FROM kept'))[0]!['n']);
	});
	expect(after).toBe(501);
});
