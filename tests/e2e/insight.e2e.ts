// Issue 16: understanding segments — why a customer is in or out, overlap, a customer's page.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { nav, loadDemo } from './helpers';

async function loadDemoWithExamples(page: Page) {
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments' }).click();
	for (const name of ['gold_at_risk', 'loyal_big_spenders', 'birthdays_next_week'])
		await expect(
			page.locator(`[data-segment="${name}"]`).getByTestId('tile-refreshed')
		).toBeVisible({ timeout: 60_000 });
}

/** Gold/platinum tier and recent orders for a customer, by hand-written SQL in the page. */
async function goldFacts(page: Page, key: string) {
	return page.evaluate(async (k) => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
		const from = new Date();
		from.setDate(from.getDate() - 90);
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
			}
		).__segments.engine.rows(
			`SELECT c.loyalty_tier IN ('gold', 'platinum') AS tier,
				(SELECT count(*) FROM demo_orders o WHERE o.customer_id = c.id
					AND o.order_date BETWEEN DATE '${day(from)}' AND DATE '${day(new Date())}') AS recent
			 FROM demo_customers c WHERE CAST(c.id AS VARCHAR) = '${k}'`
		);
		return rows[0] as { tier: boolean; recent: number };
	}, key);
}

test('why in, why out: a member and a non-member of "Gold and platinum at risk", each group and step, and an unknown key', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	await page.locator('[data-segment="gold_at_risk"]').getByRole('link').first().click();
	const why = page.getByTestId('why');
	await expect(why.getByTestId('why-suggestions')).toBeVisible({ timeout: 30_000 });

	const member = why.getByTestId('why-suggestions').getByRole('button').first();
	const memberKey = (await member.textContent())!.trim();
	await member.click();
	const verdict = why.getByTestId('why-verdict');
	await expect(verdict).toContainText(`Customer ${memberKey} is in this segment.`);
	const facts = await goldFacts(page, memberKey);
	expect(facts).toEqual({ tier: true, recent: 0 });
	await expect(why.getByTestId('why-group-verdict')).toHaveText(['matched', 'not matched']);
	await expect(why.getByTestId('why-steps')).toContainText('exclude group 2 → in');

	// a non-member: the reason is named, and it agrees with the data
	await why.getByLabel('Customer key').fill('');
	const others = why.getByTestId('why-suggestions').getByRole('button');
	const otherKey = (await others.last().textContent())!.trim();
	await others.last().click();
	await expect(verdict).toContainText(`Customer ${otherKey} is not in this segment.`);
	const other = await goldFacts(page, otherKey);
	expect(other.tier && other.recent === 0).toBe(false);
	if (!other.tier) {
		await expect(verdict).toContainText('The first condition that does not hold (group 1)');
		await expect(why.getByTestId('why-condition').first()).toContainText('first failing');
	} else {
		await expect(verdict).toContainText('They match group 2, which is excluded.');
		await expect(why.getByTestId('why-condition').nth(1)).toContainText(`${other.recent} of`);
	}

	await why.getByLabel('Customer key').fill('no such customer');
	await why.getByRole('button', { name: 'Explain' }).click();
	await expect(why.getByRole('alert')).toHaveText('No customer has the key “no such customer”.');
	await why.getByLabel('Customer key').fill('  ');
	await why.getByRole('button', { name: 'Explain' }).click();
	await expect(why.getByRole('alert')).toHaveText(
		'Enter a customer key to see why they are in or out.'
	);
});

/** Customers in both kept run member lists (or in the first alone when b is null), by hand. */
async function runMembers(page: Page, a: string, b: string | null): Promise<number> {
	return page.evaluate(
		async ([x, y]) => {
			const list = (id: string) =>
				`SELECT member_key FROM main.segment_members WHERE segment_id = '${id}'`;
			const rows = await (
				window as unknown as {
					__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
				}
			).__segments.engine.rows(
				`SELECT count(*) AS n FROM (${list(x!)}${y ? ` INTERSECT ${list(y)}` : ''})`
			);
			return Number(rows[0]?.n);
		},
		[a, b]
	);
}

const segmentId = async (page: Page, name: string) =>
	new URL(
		(await page
			.locator(`[data-segment="${name}"]`)
			.getByRole('link')
			.first()
			.getAttribute('href'))!,
		'http://x'
	).searchParams.get('id')!;

test('overlap: two example segments as a matrix and a Venn diagram from their latest runs, exported as CSV; four as an UpSet chart, live', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	const gold = await segmentId(page, 'gold_at_risk');
	const loyal = await segmentId(page, 'loyal_big_spenders');
	await page.getByRole('link', { name: 'Compare overlap' }).click();
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page.getByRole('alert')).toHaveText('Pick 2 to 8 segments to compare.');
	await page.getByLabel('Gold and platinum at risk').check();
	await page.getByLabel('Loyal big spenders').check();
	await page.getByRole('button', { name: 'Compare' }).click();
	const result = page.getByTestId('overlap-result');
	await expect(result.getByTestId('overlap-source')).toHaveText(
		'Members as of each segment’s latest run.'
	);
	const both = await runMembers(page, gold, loyal);
	const goldSize = await runMembers(page, gold, null);
	const cells = result.getByTestId('overlap-cell');
	// rows follow the order picked: gold first
	await expect(cells.nth(1)).toContainText(both.toLocaleString('en-US'));
	await expect(cells.nth(1)).toContainText(
		goldSize ? `${((both / goldSize) * 100).toFixed(1)}%` : '—'
	);
	await expect(result.getByTestId('overlap-unique').first()).toHaveText(
		(goldSize - both).toLocaleString('en-US')
	);
	await expect(result.getByTestId('overlap-venn')).toBeVisible();
	await expect(result.locator('[data-testid="venn-region"][data-mask="3"]')).toHaveText(
		both.toLocaleString('en-US')
	);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export matrix (CSV)' }).click();
	const file = await (await download).path();
	const csv = readFileSync(file, 'utf8').split('\r\n');
	expect(csv[1]).toBe(
		`Gold and platinum at risk,${goldSize},${goldSize},${goldSize ? '1.0000' : ''},${both},${goldSize ? (both / goldSize).toFixed(4) : ''},${goldSize - both}`
	);

	await page.getByLabel('Birthdays in the next 7 days').check();
	await page.getByLabel('Pricing page visitors').check();
	await page.getByLabel('live, on the current data').check();
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(result.getByTestId('overlap-source')).toHaveText(
		'Members computed live on the current data.'
	);
	await expect(result.getByTestId('overlap-upset')).toBeVisible();
	await expect(result.getByTestId('overlap-row')).toHaveCount(4);
	await expect(result.getByTestId('upset-bar').first()).toBeVisible();
});

test("a customer's page: found by part of their e-mail, their profile, and the segments whose latest run has them", async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	// every example segment has run (its members kept) before the customer's segments are counted:
	// a run finishing later would add one to the page that the count below did not see
	const tiles = page.locator('[data-segment]');
	await expect
		.poll(
			async () => {
				const n = await tiles.count();
				const done = await tiles.filter({ has: page.getByTestId('tile-refreshed') }).count();
				return n > 0 && done === n;
			},
			{ timeout: 120_000 }
		)
		.toBe(true);
	const gold = await segmentId(page, 'gold_at_risk');
	const facts = await page.evaluate(async (id) => {
		const engine = (
			window as unknown as {
				__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
			}
		).__segments.engine;
		const [c] = await engine.rows(
			`SELECT CAST(c.id AS VARCHAR) AS k, c.email, c.name FROM demo_customers c
			 WHERE CAST(c.id AS VARCHAR) IN (SELECT member_key FROM main.segment_members WHERE segment_id = '${id}')
			 ORDER BY c.id LIMIT 1`
		);
		const [n] = await engine.rows(
			`SELECT count(DISTINCT segment_id) AS n FROM main.segment_members WHERE member_key = '${String(c!.k)}'`
		);
		return {
			key: String(c!.k),
			email: String(c!.email),
			name: String(c!.name),
			segments: Number(n!.n)
		};
	}, gold);

	await page.getByRole('link', { name: 'Find a customer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Find a customer' })).toBeVisible();
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Type a customer key, or part of a name or e-mail address.'
	);
	await page.getByLabel('Find a customer').fill(facts.email.toUpperCase());
	await page.getByRole('button', { name: 'Search' }).click();
	await page
		.getByTestId('customer-matches')
		.getByRole('link', { name: facts.key, exact: true })
		.click();
	const customer = page.getByTestId('customer');
	await expect(customer.getByRole('heading')).toHaveText(`Customer ${facts.key}`);
	await expect(customer).toContainText(facts.name);
	const segments = page.getByTestId('customer-segments').getByRole('link');
	await expect(segments).toHaveCount(facts.segments);
	await expect(segments.filter({ hasText: 'Gold and platinum at risk' })).toHaveCount(1);
	// a first run keeps no entered/left lists (there is nothing to compare it with)
	await expect(page.getByTestId('customer-history')).toHaveText(
		'No entries or exits in the kept history.'
	);

	await page.goto('/customer?key=nobody');
	await expect(page.getByRole('alert')).toHaveText('No customer has the key “nobody”.');
});

test('what makes it different: "Gold and platinum at risk" ranks loyalty tier first, and a top value’s index equals a query', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	await page.locator('[data-segment="gold_at_risk"]').getByRole('link').first().click();
	const panel = page.getByTestId('differences');
	await panel.getByRole('button', { name: 'Show what makes it different' }).click();
	const ranking = panel.getByTestId('differences-ranking').getByRole('listitem');
	await expect(ranking.first()).toBeVisible({ timeout: 60_000 });
	await expect(panel.getByTestId('differences-source')).toContainText('members of the latest run');
	await expect(panel.getByTestId('differences-source')).toContainText('customers (all of them)');

	// ranked: scores never rise down the list; the segment is defined by tier, so tier leads
	const scores = (await panel.getByTestId('difference-score').allTextContents())
		.map((t) => t.replace('difference ', ''))
		.map((t) => (t === '—' ? -1 : Number(t)));
	expect(scores.length).toBeGreaterThan(8);
	expect(scores).toEqual([...scores].sort((a, b) => b - a));
	const first = panel.getByTestId('difference-feature').first();
	await expect(first.getByTestId('difference-label')).toHaveText('loyalty_tier');
	await expect(panel.getByTestId('difference-label')).toContainText(['Number of Orders']);

	// the first value's index, by a hand-written query on the latest run's members
	const row = first.getByTestId('difference-bucket').first();
	const value = (await row.locator('th').textContent())!.trim();
	const shown = Number(await row.getByTestId('difference-index').textContent());
	const segmentId = new URL(page.url()).searchParams.get('id')!;
	const expected = await page.evaluate(
		async ([id, v]) => {
			const engine = (
				window as unknown as {
					__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
				}
			).__segments.engine;
			const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
			const [r] = await engine.rows(
				`WITH m AS (SELECT CAST(member_key AS BIGINT) AS id FROM main.segment_members WHERE segment_id = ${q(id!)})
				 SELECT (SELECT count(*) FROM demo_customers WHERE id IN (SELECT id FROM m) AND loyalty_tier = ${q(v!)}) / (SELECT count(*) FROM m)
				   / ((SELECT count(*) FROM demo_customers WHERE loyalty_tier = ${q(v!)}) / (SELECT count(*) FROM demo_customers)) * 100 AS idx`
			);
			return Number(r!.idx);
		},
		[segmentId, value]
	);
	expect(shown).toBe(Math.round(expected));
	expect(shown).toBeGreaterThan(100);

	// against another segment, live: the page says so
	await panel.getByLabel('Members from').selectOption('live');
	await panel.getByLabel('Compared with').selectOption({ label: 'Loyal big spenders' });
	await panel.getByRole('button', { name: 'Compare again' }).click();
	await expect(panel.getByTestId('differences-source')).toContainText(
		'computed live on the current data'
	);
	await expect(panel.getByTestId('differences-source')).toContainText('(live)');

	// an added aggregate is compared too
	await panel.getByLabel('Entity').selectOption('Orders');
	await panel.getByLabel('What to compute').selectOption('avg');
	await panel.getByLabel('Attribute', { exact: true }).selectOption('total_amount');
	await panel.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(panel.getByTestId('difference-label')).toContainText([
		'Average total_amount (Orders)'
	]);

	// remembered: after a reload it is listed and compared again, until removed
	await page.reload();
	const again = page.getByTestId('differences');
	await expect(again.getByTestId('differences-added')).toContainText(
		'Average total_amount (Orders)'
	);
	await again.getByRole('button', { name: 'Show what makes it different' }).click();
	await expect(again.getByTestId('difference-label')).toContainText([
		'Average total_amount (Orders)'
	]);
	await again.getByRole('button', { name: 'Stop comparing Average total_amount (Orders)' }).click();
	await expect(again.getByTestId('differences-added')).toHaveCount(0);
	await expect(
		again.getByTestId('difference-label').filter({ hasText: 'Average total_amount (Orders)' })
	).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('differences')).toBeVisible();
	await expect(page.getByTestId('differences-added')).toHaveCount(0);
});

test('past sizes: "Gold and platinum at risk" back-filled monthly, each size equal to hand-written SQL as of its date, the tier named as a current value, kept across a reload until hidden', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	await page.locator('[data-segment="gold_at_risk"]').getByRole('link').first().click();
	const panel = page.getByTestId('backfill');
	await panel.getByText('Past sizes', { exact: true }).click();
	await panel.getByLabel('Past sizes: interval').selectOption('month');
	await panel.getByLabel('Past sizes: number of dates').fill('6');
	await panel.getByRole('button', { name: 'Compute past sizes' }).click();
	await expect(panel.getByTestId('backfill-summary')).toContainText('6 past sizes', {
		timeout: 60_000
	});
	await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-backfilled', '6');
	await expect(panel.getByTestId('backfill-current')).toContainText(/loyalty/i);
	await expect(panel.getByTestId('backfill-current')).not.toContainText(/order date/i);

	// the sizes the chart's table lists, against hand-written SQL as of each date
	const rows = page
		.getByRole('table', { name: 'Member counts over time' })
		.locator('tr', { hasText: '(back-filled)' });
	await expect(rows).toHaveCount(6);
	const shown = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({
			day: tr.children[0]!.textContent!.slice(0, 10),
			members: Number(tr.children[1]!.textContent!.replaceAll(',', ''))
		}))
	);
	const expected = await page.evaluate(
		async (days) => {
			const engine = (
				window as unknown as {
					__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
				}
			).__segments.engine;
			const out: { day: string; members: number }[] = [];
			for (const d of days) {
				const r = await engine.rows(
					`SELECT count(*) AS n FROM (
					SELECT id FROM demo_customers WHERE loyalty_tier IN ('gold', 'platinum')
					EXCEPT
					SELECT customer_id FROM demo_orders
					WHERE order_date BETWEEN DATE '${d}' - INTERVAL 90 DAY AND DATE '${d}')`
				);
				out.push({ day: d, members: Number(r[0]!.n) });
			}
			return out;
		},
		shown.map((s) => s.day)
	);
	expect(shown).toEqual(expected);
	// monthly steps back from today, the last one today
	const pad = (n: number) => String(n).padStart(2, '0');
	const now = new Date();
	expect(shown.at(-1)!.day).toBe(
		`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
	);
	expect(new Set(shown.map((s) => s.day.slice(0, 7))).size).toBe(6);

	// kept across a reload: the trend still starts six months back, with the same sizes
	await page.reload();
	await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-backfilled', '6', {
		timeout: 30_000
	});
	await expect(rows).toHaveCount(6);
	expect(
		await rows.evaluateAll((trs) =>
			trs.map((tr) => ({
				day: tr.children[0]!.textContent!.slice(0, 10),
				members: Number(tr.children[1]!.textContent!.replaceAll(',', ''))
			}))
		)
	).toEqual(expected);
	// hidden: forgotten, also after a reload
	await panel.getByText('Past sizes', { exact: true }).click();
	await expect(panel.getByTestId('backfill-summary')).toContainText(/\)\. Computed /);
	await panel.getByRole('button', { name: 'Hide' }).click();
	await expect(page.getByTestId('trend-chart')).not.toHaveAttribute('data-backfilled', '6');
	await page.reload();
	await expect(page.getByRole('table', { name: 'Member counts over time' })).toBeAttached({
		timeout: 30_000
	});
	await expect(rows).toHaveCount(0);
});

test('why in, why out for a sequence and a lifecycle condition shows the rows behind the verdict', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	for (const name of ['big_order_then_escalation', 'stopped_buying'])
		await expect(
			page.locator(`[data-segment="${name}"]`).getByTestId('tile-refreshed')
		).toBeVisible({ timeout: 60_000 });

	// a member of the sequence segment: their big orders, counted by hand, and one is followed
	await page
		.locator('[data-segment="big_order_then_escalation"]')
		.getByRole('link')
		.first()
		.click();
	const why = page.getByTestId('why');
	await expect(why.getByTestId('why-suggestions')).toBeVisible({ timeout: 30_000 });
	const member = why.getByTestId('why-suggestions').getByRole('button').first();
	const key = (await member.textContent())!.trim();
	await member.click();
	await expect(why.getByTestId('why-verdict')).toContainText(`Customer ${key} is in this segment.`);
	const big = await page.evaluate(async (k) => {
		const pad = (n: number) => String(n).padStart(2, '0');
		const d = new Date();
		const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
			}
		).__segments.engine.rows(
			`SELECT count(*) AS n FROM demo_orders WHERE CAST(customer_id AS VARCHAR) = '${k}'
				AND total_amount > 500 AND order_date <= DATE '${today}'`
		);
		return Number(rows[0]!.n);
	}, key);
	expect(big).toBeGreaterThan(0);
	const sequence = why.getByTestId('why-sequence');
	await expect(sequence).toContainText(
		big === 1
			? '1 Orders row passes A; 1 of them is followed by Cases within 7 days (latest on'
			: `${big} Orders rows pass A;`
	);
	await expect(sequence).toContainText(
		/followed by Cases within 7 days \(latest on \d{4}-\d\d-\d\d\)/
	);
	await expect(sequence.locator('td').last()).toHaveText('yes');

	// a lifecycle condition: a member stopped — orders in the window before, none in the last 30 days
	await page.goBack();
	await page.locator('[data-segment="stopped_buying"]').getByRole('link').first().click();
	await expect(why.getByTestId('why-suggestions')).toBeVisible({ timeout: 30_000 });
	await why.getByTestId('why-suggestions').getByRole('button').first().click();
	const lifecycle = why.getByTestId('why-lifecycle');
	await expect(lifecycle).toContainText(
		/^.*\d+ in the 90 days before the last 30 days, 0 in the last 30 days, \d+ earlier \(latest on \d{4}-\d\d-\d\d\)\./
	);
	await expect(lifecycle).not.toContainText(' 0 in the 90 days before');
	await expect(lifecycle.locator('td').last()).toHaveText('yes');
});

/** Customers of the first kept list not in any of the others (latest runs), by hand. */
async function onlyFirst(page: Page, first: string, before: string[]): Promise<number> {
	return page.evaluate(
		async ([x, others]) => {
			const list = (id: string) =>
				`SELECT member_key FROM main.segment_members WHERE segment_id = '${id}'`;
			const rows = await (
				window as unknown as {
					__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
				}
			).__segments.engine.rows(
				`SELECT count(*) AS n FROM (${list(x as string)}${(others as string[]).map((o) => ` EXCEPT ${list(o)}`).join('')})`
			);
			return Number(rows[0]?.n);
		},
		[first, before] as const
	);
}

test('a priority list: each customer in the first of the ordered segments, the parts add up to the union, reordered, exported with assigned_segment', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemoWithExamples(page);
	const ids = {
		gold: await segmentId(page, 'gold_at_risk'),
		loyal: await segmentId(page, 'loyal_big_spenders'),
		birthdays: await segmentId(page, 'birthdays_next_week')
	};
	await page.getByRole('link', { name: 'Compare overlap' }).click();
	// on the overlap page (the segments page has tiles of the same names)
	await expect(page.getByRole('heading', { name: 'How segments overlap' })).toBeVisible();
	await page.getByRole('checkbox', { name: 'Loyal big spenders' }).check();
	await page.getByRole('checkbox', { name: 'Gold and platinum at risk' }).check();
	await page.getByRole('checkbox', { name: 'Birthdays in the next 7 days' }).check();
	await page.getByRole('button', { name: 'Compare' }).click();
	const list = page.getByTestId('priority-list');
	const assigned = list.getByTestId('priority-assigned');
	const expectAssigned = async (order: (keyof typeof ids)[]) => {
		const want: number[] = [];
		for (const [i, key] of order.entries())
			want.push(
				await onlyFirst(
					page,
					ids[key],
					order.slice(0, i).map((k) => ids[k])
				)
			);
		await expect(assigned).toHaveText(want.map((n) => n.toLocaleString('en-US')));
		return want;
	};
	const first = await expectAssigned(['loyal', 'gold', 'birthdays']);
	const union = first.reduce((a, b) => a + b, 0);
	expect(union).toBeGreaterThan(0);
	await expect(list.getByTestId('priority-total')).toHaveText(union.toLocaleString('en-US'));

	// birthdays first: its members all stay; the others lose those they share with it
	await list.getByRole('button', { name: 'Move Birthdays in the next 7 days up' }).click();
	await list.getByRole('button', { name: 'Move Birthdays in the next 7 days up' }).click();
	await expect(list.getByTestId('priority-row').first()).toContainText(
		'Birthdays in the next 7 days'
	);
	const second = await expectAssigned(['birthdays', 'loyal', 'gold']);
	expect(second.reduce((a, b) => a + b, 0)).toBe(union);

	const download = page.waitForEvent('download');
	await list.getByRole('button', { name: /Export assignments/ }).click();
	const lines = readFileSync(await (await download).path(), 'utf8')
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter(Boolean);
	const header = lines[0]!.split(',');
	expect(header.at(-1)).toBe('assigned_segment');
	expect(lines).toHaveLength(union + 1);
	const tally = new Map<string, number>();
	for (const line of lines.slice(1)) {
		const name = line.split(',').at(-1)!;
		tally.set(name, (tally.get(name) ?? 0) + 1);
	}
	expect([
		tally.get('birthdays_next_week') ?? 0,
		tally.get('loyal_big_spenders') ?? 0,
		tally.get('gold_at_risk') ?? 0
	]).toEqual(second);

	// saved under a name, it comes back in its order after a reload
	await list.getByLabel('Priority list name').fill('Winter campaign');
	await list.getByRole('button', { name: 'Save priority list' }).click();
	await expect(page.getByText('Saved the priority list “Winter campaign”.')).toBeVisible();
	await page.reload();
	const saved = page.getByTestId('saved-priority-lists');
	await saved.getByLabel('Saved priority lists').selectOption({ label: 'Winter campaign' });
	await saved.getByRole('button', { name: 'Open' }).click();
	await expect(list.getByTestId('priority-row').first()).toContainText(
		'Birthdays in the next 7 days'
	);
	await expect(assigned).toHaveText(second.map((n) => n.toLocaleString('en-US')));

	// as a segment of its own: it runs, and its page counts the same assignment
	await list.getByRole('button', { name: 'Create a segment from this list' }).click();
	await expect(page).toHaveURL(/\/segment\?id=/);
	await expect(page.getByTestId('segment-members')).toHaveText(union.toLocaleString('en-US'), {
		timeout: 60_000
	});
	const rows = page.getByTestId('label-counts-row');
	await expect(rows.locator('th')).toHaveText([
		'birthdays_next_week',
		'loyal_big_spenders',
		'gold_at_risk'
	]);
	await expect(rows.locator('td:nth-child(2)')).toHaveText(
		second.map((n) => n.toLocaleString('en-US'))
	);
});
