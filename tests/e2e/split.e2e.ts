// Issue 15, splits and holdouts: a split built in the builder on imported customers shows live part
// counts, names a wrong total, shows each part's count on the segment page after the run, and
// writes each member's part in the CSV export — every part equal to the documented hash computed
// here in Node (md5 of "seed:key"), not by the app's code.
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importCard, openApp } from './helpers';

const KEYS = Array.from({ length: 2000 }, (_, i) => `C${i + 1}`);
const CSV = 'id,name\n' + KEYS.map((k) => `${k},Customer ${k}`).join('\n') + '\n';

/** The part of a key by the documented rule, independently of the app. */
function part(seed: string, key: string, parts: [string, number][]): string {
	const bucket =
		parseInt(createHash('md5').update(`${seed}:${key}`).digest('hex').slice(0, 8), 16) % 10_000;
	let upTo = 0;
	for (const [name, percent] of parts) {
		upTo += Math.round(percent * 100);
		if (bucket < upTo) return name;
	}
	throw new Error('no part');
}
const tally = (seed: string, parts: [string, number][]) => {
	const n = new Map<string, number>(parts.map(([p]) => [p, 0]));
	for (const k of KEYS) n.set(part(seed, k, parts), n.get(part(seed, k, parts))! + 1);
	return n;
};

async function importCustomers(page: Page) {
	await openApp(page, '/data');
	await page.getByTestId('file-input').setInputFiles({
		name: 'people.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(CSV)
	});
	const card = importCard(page, 'people.csv');
	await card.getByRole('button', { name: /^Import \d+ columns?$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	await page.getByLabel('Customer Profile entity').selectOption('people');
	await page.getByLabel('Customer Profile key').selectOption('id');
	await page.getByRole('button', { name: 'Set as Customer Profile' }).click();
}

const liveCounts = (page: Page) =>
	page
		.getByTestId('split-part-count')
		.allTextContents()
		.then((t) => t.map((x) => x.trim()));

test('a split with a holdout: live part counts, a wrong total named, part counts and the part column in the export', async ({
	page
}) => {
	await importCustomers(page);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Segments' })
		.click();
	await page.getByRole('button', { name: 'Add segment' }).first().click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('Name', { exact: true }).fill('ab_test');
	await dialog.getByRole('button', { name: 'Next' }).click();
	await page.getByLabel('Starting entity for group 1').fill('people');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');

	// the default split: A 45 / B 45 / holdout 10, seed split-1
	const split = page.getByTestId('split');
	await split.getByRole('button', { name: '+ Split into parts' }).click();
	const defaults: [string, number][] = [
		['A', 45],
		['B', 45],
		['holdout', 10]
	];
	const expected = tally('split-1', defaults);
	await expect
		.poll(() => liveCounts(page), { message: 'live part counts' })
		.toEqual(defaults.map(([p]) => expected.get(p)!.toLocaleString('en')));
	await expect(page.getByTestId('summary')).toContainText(
		'split into A (45 %), B (45 %) and holdout (10 %) (seed “split-1”)'
	);

	// a wrong total is named next to the split; fixing it clears the sentence
	await split.getByLabel('Share of part 1 in percent').fill('50');
	await split.getByLabel('Share of part 2 in percent').fill('30');
	await expect(split.getByTestId('problems')).toHaveText(
		'The parts of the split add up to 90 %; they must add up to 100 %.'
	);
	await split.getByLabel('Share of part 2 in percent').fill('40');
	await split.getByLabel('Seed (another seed gives another assignment)').fill('spring');
	await split.getByLabel('Name of part 3').fill('control');
	await expect(split.getByTestId('problems')).toHaveCount(0);
	const chosen: [string, number][] = [
		['A', 50],
		['B', 40],
		['control', 10]
	];
	const counts = tally('spring', chosen);
	await expect
		.poll(() => liveCounts(page))
		.toEqual(chosen.map(([p]) => counts.get(p)!.toLocaleString('en')));

	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/segment?id=${id}`);
	await expect(page.getByTestId('segment-members')).toHaveText('2,000', { timeout: 60_000 });

	// the segment page: each part's count as of the latest run, after a reload too
	for (const attempt of [0, 1]) {
		if (attempt) await page.reload();
		const rows = page.getByTestId('split-parts-row');
		await expect(rows).toHaveCount(3);
		for (const [i, [name]] of chosen.entries()) {
			await expect(rows.nth(i).locator('th')).toHaveText(name);
			await expect(rows.nth(i).locator('td').first()).toHaveText(
				counts.get(name)!.toLocaleString('en')
			);
		}
	}

	// the export: a last column split_part, each member's part by the documented rule
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export members (CSV)' }).click()
	]);
	const lines = readFileSync((await download.path())!, 'utf8')
		.replace(/^\uFEFF/, '')
		.trim()
		.split(/\r?\n/);
	expect(lines[0]).toBe('id,name,split_part');
	expect(lines).toHaveLength(2001);
	let wrong = 0;
	for (const line of lines.slice(1)) {
		const [key, , got] = line.split(',');
		if (got !== part('spring', key!, chosen)) wrong++;
	}
	expect(wrong).toBe(0);
});
