// The RFM preset on the demo world in DuckDB-WASM: every classic cell, compiled as the app compiles
// it, has exactly the customers a hand-written query gives from the documented meaning — scores are
// fifths of the customers with a purchase in the window, ranked by latest purchase, number of
// purchases and total amount (5 the best fifth; ties to the smaller key) — and bad ranges are named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from '../../../tests/helpers/demo-db';
import { compileLabels, compileSegment } from './compile';
import { lookupOf } from './dependencies';
import { validateSegment } from './validate';
import {
	cellProblems,
	RFM_CELLS,
	RFM_CELL_COLUMN,
	rfmCellsDefinition,
	rfmDefinition,
	rfmName,
	type RfmCell,
	type RfmSource
} from './rfm';

let demo: DemoDb;
beforeAll(async () => {
	demo = await openDemoDb(3000);
}, 120_000);
afterAll(() => demo?.db.close());

const source: RfmSource = {
	path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
	entity: 'Orders',
	date: 'order_date',
	amount: 'total_amount',
	windowDays: 365
};

/** The cell's customers from its documented meaning, written by hand. */
function handWritten(cell: RfmCell): Set<string> {
	const today = demo.clock.today;
	const rows = demo.db.all(`
		WITH p AS (
			SELECT c.id AS k, max(o.order_date) AS r, count(*) AS f,
				sum(CAST(o.total_amount AS DECIMAL(38, 9))) AS m
			FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id
			WHERE o.order_date BETWEEN DATE '${today}' - 365 AND DATE '${today}'
			GROUP BY c.id
		),
		rr AS (SELECT k, row_number() OVER (ORDER BY r DESC, k) AS pos, count(*) OVER () AS n FROM p WHERE r IS NOT NULL),
		fr AS (SELECT k, row_number() OVER (ORDER BY f DESC, k) AS pos, count(*) OVER () AS n FROM p),
		mr AS (SELECT k, row_number() OVER (ORDER BY m DESC, k) AS pos, count(*) OVER () AS n FROM p WHERE m IS NOT NULL),
		-- the score: the best s with pos within the top (6 - s) fifths, ⌈n × share⌉ customers
		scored AS (
			SELECT p.k,
				(SELECT max(s) FROM range(1, 6) t(s) WHERE rr.pos <= ceil(rr.n * (6 - s) * 20 / 100.0)) AS r,
				(SELECT max(s) FROM range(1, 6) t(s) WHERE fr.pos <= ceil(fr.n * (6 - s) * 20 / 100.0)) AS f,
				(SELECT max(s) FROM range(1, 6) t(s) WHERE mr.pos <= ceil(mr.n * (6 - s) * 20 / 100.0)) AS m
			FROM p JOIN rr USING (k) JOIN fr USING (k) JOIN mr USING (k)
		)
		SELECT CAST(k AS VARCHAR) AS k FROM scored
		WHERE r BETWEEN ${cell.r[0]} AND ${cell.r[1]}
			AND f BETWEEN ${cell.f[0]} AND ${cell.f[1]}
			AND m BETWEEN ${cell.m[0]} AND ${cell.m[1]}`);
	return new Set(rows.map((r) => String(r.k)));
}

describe('the RFM preset', () => {
	it('every classic cell has the customers of its documented meaning', () => {
		let seen = 0;
		for (const cell of RFM_CELLS) {
			expect(cellProblems(cell), cell.key).toEqual([]);
			const def = rfmDefinition(cell, source, rfmName(cell.key, []));
			expect(validateSegment(def, demo.model), cell.key).toEqual([]);
			const compiled = compileSegment(def, demo.model, demo.clock);
			if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
			const got = new Set(
				demo.db
					.all(`SELECT CAST(member_key AS VARCHAR) AS k FROM (${compiled.sql.members})`)
					.map((r) => String(r.k))
			);
			const want = handWritten(cell);
			expect([...got].sort(), cell.key).toEqual([...want].sort());
			if (want.size > 0) seen++;
		}
		// most cells have members on the demo world
		expect(seen).toBeGreaterThanOrEqual(8);
	});

	it('an open range scores nobody out; the whole range is everyone with a purchase in the window', () => {
		const all: RfmCell = {
			key: 'scored',
			displayName: 'Scored',
			meaning: 'have a purchase in the window',
			r: [1, 5],
			f: [1, 5],
			m: [1, 5]
		};
		const def = rfmDefinition(all, source, 'rfm_scored');
		expect(def.groups).toHaveLength(1);
		expect(def.groups[0]!.rank).toMatchObject({ amount: 100, function: 'max' });
		const compiled = compileSegment(def, demo.model, demo.clock);
		if (!compiled.ok) throw new Error('does not compile');
		const [row] = demo.db.all(compiled.sql.count);
		const [want] = demo.db.all(
			`SELECT count(DISTINCT c.id) AS n FROM demo_orders o JOIN demo_customers c ON c.id = o.customer_id WHERE order_date BETWEEN DATE '${demo.clock.today}' - 365 AND DATE '${demo.clock.today}'`
		);
		expect(Number(row!.members)).toBe(Number(want!.n));
	});

	it('one segment names each scored customer’s cell: the first kept cell that holds them, else Other', () => {
		const names = RFM_CELLS.map((c) => rfmName(c.key, []));
		const cells = RFM_CELLS.map((c, i) => rfmDefinition(c, source, names[i]!));
		const def = rfmCellsDefinition(RFM_CELLS, names, source, 'rfm_all_cells');
		const segments = lookupOf(cells);
		expect(validateSegment(def, demo.model, { segments })).toEqual([]);
		const members = compileSegment(def, demo.model, demo.clock, { segments });
		if (!members.ok) throw new Error(JSON.stringify(members.problems));
		const labels = compileLabels(def, demo.model, demo.clock, `(\n${members.sql.members}\n)`, {
			segments
		});
		if (!labels?.ok) throw new Error(JSON.stringify(labels));
		const got = new Map(
			demo.db.all(labels.sql).map((r) => [String(r['member_key']), String(r['label'])])
		);
		const byCell = RFM_CELLS.map((c) => handWritten(c));
		const scored = handWritten({ ...RFM_CELLS[0]!, r: [1, 5], f: [1, 5], m: [1, 5] });
		expect(got.size).toBe(scored.size);
		for (const k of scored) {
			const first = byCell.findIndex((cell) => cell.has(k));
			expect(got.get(k), k).toBe(first < 0 ? 'Other' : RFM_CELLS[first]!.displayName);
		}
		expect(def.labels?.column).toBe(RFM_CELL_COLUMN);
		// several cells and "Other" occur
		expect(new Set(got.values()).size).toBeGreaterThanOrEqual(6);
	});

	it('names bad ranges and keys, and finds a free name', () => {
		const bad: RfmCell = {
			key: '9lives',
			displayName: 'Odd',
			meaning: '',
			r: [4, 2],
			f: [0 as never, 5],
			m: [1, 5]
		};
		expect(cellProblems(bad)).toEqual([
			'“9lives” cannot name a segment: a letter first, then letters, digits and _.',
			'Odd: the recency range starts at 4, above its end 2.',
			'Odd: the frequency scores must be whole numbers 1 to 5.'
		]);
		expect(rfmName('champions', ['RFM_Champions', 'rfm_champions_2'])).toBe('rfm_champions_3');
	});
});
