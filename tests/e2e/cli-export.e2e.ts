// "Export for the command line" on the Sharing page: one file with the data model and every
// definition, no data, which the `segments` command line reads as it is — checked here by running
// `segments check` on the very file the browser saved.
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nav, loadDemo } from './helpers';

test('the exported model file holds the model and definitions, no data, and the CLI checks it', async ({
	page
}) => {
	test.setTimeout(300_000); // the demo load, then a child process
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect
		.poll(() => page.locator('a[href*="/segment?id="]').count(), { timeout: 60_000 })
		.toBeGreaterThanOrEqual(5);

	await nav(page, 'Sharing');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export for the command line' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^segments-model-\d{4}-\d{2}-\d{2}\.json$/);
	const file = path.join(os.tmpdir(), `segments-model-${Date.now()}.json`);
	await download.saveAs(file);

	const text = readFileSync(file, 'utf8');
	const exported = JSON.parse(text) as {
		format: string;
		model: { entities: { name: string; table: string }[]; profile: unknown };
		segments: { name: string }[];
	};
	expect(exported.format).toBe('segments.model');
	expect(exported.model.entities.map((e) => e.name)).toEqual([
		'Cases',
		'ClickStream',
		'Customers',
		'OnlineAccounts',
		'Orders'
	]);
	expect(exported.model.profile).toEqual({ entity: 'Customers', key: 'id' });
	expect(exported.segments.length).toBeGreaterThanOrEqual(5);
	expect(text).not.toMatch(/"rows"\s*:\s*\[/); // no data

	const cli = spawnSync(process.execPath, ['bin/segments.js', 'check', file], {
		cwd: process.cwd(),
		encoding: 'utf8'
	});
	expect(cli.status, cli.stderr).toBe(0);
	for (const s of exported.segments) expect(cli.stdout).toContain(`${s.name}: ok`);
});
