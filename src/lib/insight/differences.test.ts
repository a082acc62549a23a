// "What makes it different" on a small hand-made world, on the real DuckDB-WASM engine: every
// count, bin bound and value the panel's statement returns equals a hand-written query over the
// raw tables (correlated subqueries, no grouping sets, no binning helpers), against all customers and
// against another segment; the score and index are what their definitions say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { entity } from '../../../tests/helpers/segment-fixture';
import type { DataModel } from '../segments/data-model';
import { quoteString } from '../sql/quote';
import {
	defaultFeatures,
	DISTINCT_MIN,
	differencesSql,
	QUANTILES,
	resolveFeature,
	TOP_VALUES,
	type Comparison,
	type Feature,
	type FeatureSpec
} from './differences-sql';
import { readDifferences } from './differences';

let db: TestDb;

const model: DataModel = {
	entities: [
		entity('People', 'w_people', [
			['id', 'number'],
			['home "city"', 'string'],
			['vip', 'boolean'],
			['age', 'number'],
			['joined', 'date'],
			['email', 'string']
		]),
		entity('Buys', 'w_buys', [
			['id', 'number'],
			['person', 'number'],
			['amount', 'number'],
			['at', 'timestamp']
		])
	],
	relationships: [
		{
			name: 'buys_person',
			from: { entity: 'Buys', attribute: 'person' },
			to: { entity: 'People', attribute: 'id' },
			cardinality: 'many-to-one'
		}
	],
	profile: { entity: 'People', key: 'id' }
};

/** Per customer, each feature's value written by hand (correlated subqueries on the raw tables). */
const HAND: Record<string, string> = {
	'home "city"': 'p."home ""city"""',
	vip: 'CAST(p.vip AS VARCHAR)',
	age: 'CAST(p.age AS DOUBLE)',
	joined: 'epoch(CAST(p.joined AS TIMESTAMP))',
	email: 'p.email',
	'count Buys': '(SELECT count(*) FROM w_buys b WHERE b.person = p.id)',
	'sum Buys amount': '(SELECT coalesce(sum(b.amount), 0) FROM w_buys b WHERE b.person = p.id)',
	'avg Buys amount': '(SELECT avg(b.amount) FROM w_buys b WHERE b.person = p.id)',
	'last Buys at':
		'(SELECT epoch(CAST(max(b."at") AS TIMESTAMP)) FROM w_buys b WHERE b.person = p.id)'
};
const handKey = (s: FeatureSpec) =>
	s.kind === 'attribute' ? s.attribute : [s.fn, s.entity, s.attribute].filter(Boolean).join(' ');

const SEGMENT = `SELECT '' || id AS member_key FROM w_people WHERE id % 3 = 0 OR id > 400`;
const OTHER = `SELECT '' || id AS member_key FROM w_people WHERE id % 2 = 0`;

beforeAll(async () => {
	db = await openTestDb();
	// 480 people: 12 cities (more than TOP_VALUES), some with no city, vip every 4th, ages, dates
	db.run(`CREATE TABLE w_people AS SELECT range AS id,
		CASE WHEN range % 7 = 0 THEN NULL ELSE 'city ' || (range % 12) END AS "home ""city""",
		range % 4 = 0 AS vip,
		CASE WHEN range % 11 = 5 THEN NULL ELSE 18 + (range * 37) % 60 END AS age,
		DATE '2020-01-01' + CAST(range * 23 AS INTEGER) AS joined,
		CASE WHEN range % 9 = 0 THEN NULL ELSE 'p' || range || '@example.org' END AS email
		FROM range(1, 481)`);
	db.run(`CREATE TABLE w_buys AS SELECT range AS id, (range * 7) % 360 + 1 AS person,
		round(5 + (range * 13) % 200, 2) AS amount,
		TIMESTAMP '2025-01-01 08:00:00' + INTERVAL (range * 5) HOUR AS "at"
		FROM range(1, 601)`);
	db.run(
		'CREATE TABLE main.segment_members (segment_id VARCHAR NOT NULL, member_key VARCHAR NOT NULL)'
	);
	db.run(`INSERT INTO main.segment_members SELECT 'seg', member_key FROM (${SEGMENT})`);
}, 60_000);
afterAll(() => db?.close());

const SPECS: FeatureSpec[] = [
	{ kind: 'attribute', attribute: 'home "city"' },
	{ kind: 'attribute', attribute: 'vip' },
	{ kind: 'attribute', attribute: 'age' },
	{ kind: 'attribute', attribute: 'joined' },
	{ kind: 'aggregate', fn: 'count', entity: 'Buys' },
	{ kind: 'aggregate', fn: 'sum', entity: 'Buys', attribute: 'amount' },
	{ kind: 'aggregate', fn: 'avg', entity: 'Buys', attribute: 'amount' },
	{ kind: 'aggregate', fn: 'last', entity: 'Buys', attribute: 'at' },
	{ kind: 'attribute', attribute: 'email' }
];
const features = SPECS.map((s) => resolveFeature(model, s)).filter((f): f is Feature => !!f);

const count = (sql: string) => Number(db.all(`SELECT count(*) AS n FROM (${sql})`)[0]?.n);

/** The population as a hand-written WHERE over `p` (the people table). */
const inSql = (members: string) => `CAST(p.id AS VARCHAR) IN (SELECT member_key FROM (${members}))`;

function checkAgainstHand(
	comparison: Comparison,
	cmpWhere: string,
	only: (f: Feature) => boolean = () => true
) {
	const segWhere = inSql(SEGMENT);
	const rows = db.all(
		differencesSql(model, features, { kind: 'run', segmentId: 'seg' }, comparison)
	);
	expect(rows.length).toBeGreaterThan(20);
	features.forEach((f, i) => {
		if (!only(f)) return;
		const hand = HAND[handKey(f.spec)]!;
		const mine = rows.filter((r) => Number(r.feature) === i);
		const countWhere = (where: string, test: string) =>
			count(`SELECT 1 FROM w_people p WHERE (${where}) AND (${test})`);
		const edges = f.binned
			? db
					.all(
						`SELECT DISTINCT quantile_disc(${hand}, ${QUANTILES[0]}) AS q FROM w_people p WHERE ${cmpWhere}` +
							QUANTILES.slice(1)
								.map(
									(q) =>
										` UNION SELECT quantile_disc(${hand}, ${q}) FROM w_people p WHERE ${cmpWhere}`
								)
								.join('')
					)
					.filter((r) => r.q !== null)
					.map((r) => Number(r.q))
					.sort((a, b) => a - b)
			: [];
		const values = mine.filter((r) => String(r.bucket).startsWith('v:'));
		const valueList = values.map((r) => quoteString(String(r.bucket).slice(2))).join(', ') || "''";
		for (const r of mine) {
			const bucket = String(r.bucket);
			let test: string;
			if (bucket === 'n') test = `${hand} IS NULL`;
			else if (bucket === 'o') test = `${hand} IS NOT NULL AND ${hand} NOT IN (${valueList})`;
			else if (bucket.startsWith('v:')) test = `${hand} = ${quoteString(bucket.slice(2))}`;
			else {
				const bin = Number(bucket.slice(1));
				const lo = bin > 0 ? edges[bin - 1]! : null;
				const hi = bin < edges.length ? edges[bin]! : null;
				expect(r.lo === null ? null : Number(r.lo), `${f.label} ${bucket} lo`).toBe(lo);
				expect(r.hi === null ? null : Number(r.hi), `${f.label} ${bucket} hi`).toBe(hi);
				test = [
					`${hand} IS NOT NULL`,
					lo === null ? 'TRUE' : `${hand} >= ${lo}`,
					hi === null ? 'TRUE' : `${hand} < ${hi}`
				].join(' AND ');
			}
			expect(Number(r.in_segment), `${f.label} ${bucket} in segment`).toBe(
				countWhere(segWhere, test)
			);
			expect(Number(r.in_comparison), `${f.label} ${bucket} in comparison`).toBe(
				countWhere(cmpWhere, test)
			);
		}
		// the values kept are the TOP_VALUES most common by share in segment + share in comparison
		if (!f.binned) {
			const [{ distinct }] = db.all(
				`SELECT count(DISTINCT ${hand}) FILTER (WHERE ${cmpWhere}) > greatest(${DISTINCT_MIN}, count(${hand}) FILTER (WHERE ${cmpWhere}) / 2) AS distinct FROM w_people p`
			) as [{ distinct: boolean }];
			const segN = countWhere(segWhere, `${hand} IS NOT NULL OR TRUE`);
			const cmpN = countWhere(cmpWhere, `${hand} IS NOT NULL OR TRUE`);
			const top = db
				.all(
					`SELECT v FROM (SELECT ${hand} AS v, count(*) FILTER (WHERE ${segWhere}) / ${segN} + count(*) FILTER (WHERE ${cmpWhere}) / ${cmpN} AS s FROM w_people p WHERE (${segWhere}) OR (${cmpWhere}) GROUP BY 1) WHERE v IS NOT NULL ORDER BY s DESC, 'v:' || v LIMIT ${TOP_VALUES}`
				)
				.map((r) => String(r.v))
				.sort();
			if (distinct) top.length = 0;
			expect(values.map((r) => String(r.bucket).slice(2)).sort(), f.label).toEqual(top);
		}
		// every bucket is counted once: the sizes
		const sum = (k: string) => mine.reduce((t, r) => t + Number(r[k]), 0);
		expect(sum('in_segment')).toBe(countWhere(segWhere, 'TRUE'));
		expect(sum('in_comparison')).toBe(countWhere(cmpWhere, 'TRUE'));
	});
	return rows;
}

describe('what makes it different', () => {
	it('every number equals a hand-written query, against all customers', () => {
		const rows = checkAgainstHand({ kind: 'all' }, 'TRUE');
		// not vacuous: text folds into 'other', numbers have several bins, some values are missing
		expect(rows.some((r) => r.bucket === 'o')).toBe(true);
		expect(
			rows.filter((r) => Number(r.feature) === 2 && String(r.bucket).startsWith('b')).length
		).toBeGreaterThan(5);
		expect(rows.some((r) => r.bucket === 'n')).toBe(true);
		// e-mails are all different: no value of them is listed, every one is 'other'
		const email = rows.filter((r) => Number(r.feature) === 8).map((r) => r.bucket);
		expect(email.sort()).toEqual(['n', 'o']);
	});

	it('every number equals a hand-written query, against another segment (live)', () => {
		checkAgainstHand({ kind: 'live', membersSql: OTHER }, inSql(OTHER));
	});

	it('every number equals a hand-written query for comparisons of 0 to 30 customers (deciles of few values, ties)', () => {
		// counts and dates are binned from per-value tallies: their deciles must be quantile_disc's
		// (the numbers only: how text ranks values tied in so few customers is not checked here)
		for (const size of [0, 1, 2, 3, 10, 11, 30]) {
			const few = `SELECT '' || id AS member_key FROM w_people WHERE id < ${size}`;
			checkAgainstHand({ kind: 'live', membersSql: few }, inSql(few), (f) => f.binned);
		}
	});

	it('gives every feature the same numbers whichever other features are asked for with it', () => {
		const all = db.all(
			differencesSql(model, features, { kind: 'run', segmentId: 'seg' }, { kind: 'all' })
		);
		const of = (rows: typeof all, feature: number) =>
			rows.filter((r) => Number(r.feature) === feature).map((r) => ({ ...r, feature: 0 }));
		// text and tallied features only (no quantile), numbers only, one feature alone
		const picks = [
			features.filter((f) => !f.binned || f.type === 'date' || f.label.startsWith('Number')),
			features.filter((f) => f.binned),
			[features[2]!]
		];
		for (const pick of picks) {
			const rows = db.all(
				differencesSql(model, pick, { kind: 'run', segmentId: 'seg' }, { kind: 'all' })
			);
			pick.forEach((f, j) => {
				const i = features.indexOf(f);
				const mine = rows.filter((r) => Number(r.feature) === j).map((r) => ({ ...r, feature: 0 }));
				expect(mine, f.label).toEqual(of(all, i));
				expect(mine.length, f.label).toBeGreaterThan(0);
			});
		}
	});

	it('bins timestamps by the workspace zone’s wall clock, dates as they are', () => {
		const run = (zone?: string) =>
			db.all(
				differencesSql(model, features, { kind: 'run', segmentId: 'seg' }, { kind: 'all' }, zone)
			);
		const utc = run();
		const tokyo = run('Asia/Tokyo');
		const last = features.findIndex((f) => f.type === 'timestamp');
		const joined = features.findIndex((f) => f.type === 'date');
		expect(last).toBeGreaterThanOrEqual(0);
		const bins = (rows: typeof utc, i: number) => rows.filter((r) => Number(r.feature) === i);
		// Tokyo is UTC+9 all year: every bound moves by nine hours, every count stays
		const shifted = bins(utc, last).map((r) => ({
			...r,
			lo: r.lo === null ? null : Number(r.lo) + 9 * 3600,
			hi: r.hi === null ? null : Number(r.hi) + 9 * 3600
		}));
		const inTokyo = bins(tokyo, last).map((r) => ({
			...r,
			lo: r.lo === null ? null : Number(r.lo),
			hi: r.hi === null ? null : Number(r.hi)
		}));
		expect(inTokyo).toEqual(shifted);
		expect(inTokyo.length).toBeGreaterThan(1);
		expect(bins(tokyo, joined)).toEqual(bins(utc, joined));
	});

	it('scores by total variation distance and indexes shares against the comparison', () => {
		const rows = db.all(
			differencesSql(model, features, { kind: 'run', segmentId: 'seg' }, { kind: 'all' })
		);
		const read = readDifferences(features, rows);
		expect(read.map((d) => d.score)).toEqual(
			[...read.map((d) => d.score)].sort((a, b) => (b ?? -1) - (a ?? -1))
		);
		const vip = read.find((d) => d.feature.label === 'vip')!;
		const segN = count(`SELECT 1 FROM w_people p WHERE ${inSql(SEGMENT)}`);
		const segVip = count(`SELECT 1 FROM w_people p WHERE ${inSql(SEGMENT)} AND vip`);
		const allVip = count('SELECT 1 FROM w_people WHERE vip');
		const yes = vip.buckets.find((b) => b.value === 'true')!;
		expect(yes.shareSegment).toBeCloseTo(segVip / segN, 12);
		expect(yes.index).toBeCloseTo((segVip / segN / (allVip / 480)) * 100, 9);
		const no = vip.buckets.find((b) => b.value === 'false')!;
		// two buckets: TVD is the gap in either one
		expect(vip.score).toBeCloseTo(Math.abs(yes.shareSegment! - yes.shareComparison!), 12);
		expect(vip.score).toBeCloseTo(Math.abs(no.shareSegment! - no.shareComparison!), 12);
	});

	it('offers the profile attributes and aggregates over related entities, not join keys', () => {
		const specs = defaultFeatures(model);
		expect(specs).toContainEqual({ kind: 'attribute', attribute: 'age' });
		expect(specs).not.toContainEqual({ kind: 'attribute', attribute: 'id' });
		expect(specs).toContainEqual({ kind: 'aggregate', fn: 'count', entity: 'Buys' });
		expect(specs).toContainEqual({
			kind: 'aggregate',
			fn: 'sum',
			entity: 'Buys',
			attribute: 'amount'
		});
		expect(specs).not.toContainEqual({
			kind: 'aggregate',
			fn: 'sum',
			entity: 'Buys',
			attribute: 'person'
		});
		expect(specs).toContainEqual({
			kind: 'aggregate',
			fn: 'last',
			entity: 'Buys',
			attribute: 'at'
		});
		expect(
			resolveFeature(model, { kind: 'aggregate', fn: 'sum', entity: 'Buys', attribute: 'at' })
		).toBeNull();
	});
});
