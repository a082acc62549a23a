// Shared steps for end-to-end tests: a fresh app, imports through the real file input, waiting for
// the engine. Every test drives the real app (real DuckDB-WASM worker, real IndexedDB, real OPFS).
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

export const fixtures = path.resolve('tests/fixtures');

/** A folder for files a test writes (under test-results, so a run starts from nothing). */
export function scratchDir(): string {
	const dir = path.resolve('test-results/files');
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** Write the rows of `select` to <scratch>/<name> as Parquet with native DuckDB; its path. */
export async function writeParquet(name: string, select: string, options = ''): Promise<string> {
	const file = path.join(scratchDir(), name);
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	await c.run(`COPY (${select}) TO '${file}' (FORMAT PARQUET${options ? `, ${options}` : ''})`);
	c.closeSync();
	db.closeSync();
	return file;
}

/** Open the app and wait until the engine is ready. */
export async function openApp(page: Page, url = '/'): Promise<void> {
	await page.goto(url);
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
}

/** Choose files in the Data page's file input. */
export async function importFiles(page: Page, files: string[]): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(files);
}

/** The import card of one file. */
export function importCard(page: Page, fileName: string) {
	return page.getByRole('region', { name: `Import of ${fileName}` });
}

/** Fail the test on any request that leaves the app's own origin (and abort it). */
export async function forbidForeignRequests(page: Page): Promise<string[]> {
	const foreign: string[] = [];
	await page.context().route('**/*', (route) => {
		const url = new URL(route.request().url());
		const own =
			url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
		if (!own) {
			foreign.push(route.request().url());
			return route.abort();
		}
		return route.continue();
	});
	return foreign;
}

/** Go to a page through the main navigation. */
export async function nav(page: Page, name: string): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

/** Wait until the demo data is loaded (its last entity is listed on the Data page). */
export async function waitForDemo(page: Page, timeout = 90_000): Promise<void> {
	await expect(page.getByTestId('entities').locator('tr[data-entity="ClickStream"]')).toBeVisible({
		timeout
	});
}

/** Open the Data page and load the demo data. */
export async function loadDemo(page: Page, timeout = 90_000): Promise<void> {
	await openApp(page, '/data');
	await page.getByRole('button', { name: 'Try with demo data' }).click();
	await waitForDemo(page, timeout);
}

/** Start a new segment from the Segments page: type (when given) and name, then on to the builder. */
export async function newSegment(
	page: Page,
	name: string,
	type?: 'Dynamic' | 'Static'
): Promise<void> {
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add segment' }).first().click();
	const dialog = page.getByRole('dialog');
	if (type) await dialog.getByRole('radio', { name: new RegExp(type) }).check();
	await dialog.getByLabel('Name', { exact: true }).fill(name);
	await dialog.getByRole('button', { name: 'Next' }).click();
}

/** Fill the Relationships page's "Add relationship" dialog (from entity.attribute to entity.attribute). */
export async function fillRelationship(
	page: Page,
	[fromEntity, fromAttribute, toEntity, toAttribute]: [string, string, string, string]
) {
	await page.getByRole('button', { name: 'Add relationship' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('From entity').selectOption(fromEntity);
	await dialog.getByLabel('From attribute').selectOption(fromAttribute);
	await dialog.getByLabel('To entity').selectOption(toEntity);
	await dialog.getByLabel('To attribute').selectOption(toAttribute);
	return dialog;
}

/**
 * Create a dynamic segment from the Segments page: name, refresh interval, starting entity, then
 * `build` adds its conditions; saved once its count is current. Returns the new segment's id.
 */
export async function createSegment(
	page: Page,
	name: string,
	start: string,
	build: () => Promise<void>,
	refresh = '15 minutes'
): Promise<string> {
	await newSegment(page, name);
	await page.getByLabel('Refresh every').selectOption({ label: refresh });
	await page.getByLabel('Starting entity for group 1').fill(start);
	await expect(page.getByTestId('path')).toContainText(start);
	await build();
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	await page.getByRole('button', { name: /Save & (activate|run)/ }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	return new URL(page.url()).searchParams.get('id')!;
}

/** The page's serious and critical accessibility violations (axe), one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id}: ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
}
