// Labels against real DuckDB: each member gets the label of the first rule whose segment holds them
// (live, or as of the segment's last run), members no rule holds get `otherwise` (or NULL), the
// parts add up to the members, and reordering the rules moves members between labels exactly as a
// hand-written CASE says. Also the labels' problems, words and place among the dependencies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { createTable } from '../../../tests/helpers/segment-db';
import { cond, definition, entity, group } from '../../../tests/helpers/segment-fixture';
import type { DataModel } from './data-model';
import type { Labels, SegmentDefinition } from './definition';
import { compileLabels, compileSegment } from './compile';
import {
	dependencyOrder,
	directDependencies,
	findCycle,
	lookupOf,
	renameReferences
} from './dependencies';
import type { Clock } from './dates';
import { describeLabels, labelCountsSql, labelProblems } from './labels';
import { validateSegment } from './validate';
import { summarizeSegment } from './summary';
import { parseDefinition } from './parse';
import { explainLabel, labelWords } from '../insight/explain-labels';

const CLOCK: Clock = { today: '2024-03-15', now: '2024-03-15T12:00:00' };

// id, city, spend
const PEOPLE: [number, string, number][] = [
	[1, 'A', 500],
	[2, 'A', 300],
	[3, 'B', 50],
	[4, 'B', 900],
	[5, 'A', 200],
	[6, 'C', 700],
	[7, 'C', 20],
	[8, 'D', 5]
];

const named = (name: string, def: SegmentDefinition): SegmentDefinition => ({
	...def,
	name,
	displayName: name.toUpperCase()
});
const vip = named('vip', definition([group('P', cond('P', 'spend', 'greaterThan', 400))]));
const cityA = named('city_a', definition([group('P', cond('P', 'city', 'equals', 'A'))]));
const cityC = named('city_c', definition([group('P', cond('P', 'city', 'equals', 'C'))]));
/** Everyone spending at least 10 (not 8), labelled by the first of vip, city_a, city_c. */
const labels = (over: Partial<Labels> = {}): Labels => ({
	column: 'assigned_segment',
	rules: [
		{ id: 'r1', label: 'VIP', segment: 'vip', source: 'live' },
		{ id: 'r2', label: 'City A', segment: 'city_a', source: 'live' },
		{ id: 'r3', label: 'City C', segment: 'city_c', source: 'lastRun' }
	],
	otherwise: 'Other',
	...over
});
const labelled = (l: Labels = labels()): SegmentDefinition => ({
	...named('everyone', definition([group('P', cond('P', 'spend', 'atLeast', 10))])),
	labels: l
});

describe('labels', () => {
	let db: TestDb;
	let model: DataModel;
	// city_c's last run was made when person 6 was not yet in city C: only 7
	const lastRunMembers = (name: string) => (name === 'city_c' ? `SELECT '7' AS member_key` : null);
	const lookup = lookupOf([vip, cityA, cityC], lastRunMembers);

	beforeAll(async () => {
		db = await openTestDb();
		createTable(db, {
			table: 'people',
			columns: [
				{ name: 'id', type: 'INTEGER' },
				{ name: 'city', type: 'VARCHAR' },
				{ name: 'spend', type: 'DOUBLE' }
			],
			rows: PEOPLE.map(([id, city, spend]) => ({ id, city, spend }))
		});
		model = {
			entities: [
				entity('P', 'people', [
					['id', 'number'],
					['city', 'string'],
					['spend', 'number']
				])
			],
			relationships: [],
			profile: { entity: 'P', key: 'id' }
		};
	});
	afterAll(() => db.close());

	/** member → label, over the segment's own members (as the builder counts them). */
	const labelsOf = (def: SegmentDefinition): Record<string, string | null> => {
		const members = compileSegment(def, model, CLOCK, { segments: lookup });
		if (!members.ok) throw new Error(JSON.stringify(members.problems));
		const compiled = compileLabels(def, model, CLOCK, `(\n${members.sql.members}\n)`, {
			segments: lookup
		});
		if (!compiled?.ok) throw new Error(JSON.stringify(compiled));
		return Object.fromEntries(
			db.all(compiled.sql).map((r) => [String(r['member_key']), r['label'] as string | null])
		);
	};
	/** The same by hand: a CASE over the rules in order. */
	const byHand = (order: string[], otherwise: string | null) => {
		const when: Record<string, string> = {
			VIP: `spend > 400`,
			'City A': `city = 'A'`,
			'City C': `CAST(id AS VARCHAR) IN ('7')`
		};
		const cases = order.map((l) => `WHEN ${when[l]} THEN '${l}'`).join(' ');
		const rows = db.all(
			`SELECT CAST(id AS VARCHAR) AS k, CASE ${cases} ELSE ${otherwise === null ? 'NULL' : `'${otherwise}'`} END AS label FROM people WHERE spend >= 10`
		);
		return Object.fromEntries(rows.map((r) => [String(r['k']), r['label'] as string | null]));
	};

	it('gives each member the label of the first rule whose segment holds them', () => {
		const got = labelsOf(labelled());
		expect(got).toEqual(byHand(['VIP', 'City A', 'City C'], 'Other'));
		// 1 is VIP and in city A: the earlier rule wins; 6 is in city C now but not as of its last run
		expect(got['1']).toBe('VIP');
		expect(got['2']).toBe('City A');
		expect(got['6']).toBe('VIP');
		expect(got['7']).toBe('City C');
		expect(got['3']).toBe('Other');
		expect(Object.keys(got)).not.toContain('8');
	});

	it('moves members between labels when the rules are reordered, and leaves the rest empty', () => {
		const [vipRule, aRule, cRule] = labels().rules;
		const reordered = labels({ rules: [aRule!, cRule!, vipRule!] });
		const got = labelsOf(labelled({ ...reordered, otherwise: '' }));
		expect(got).toEqual(byHand(['City A', 'City C', 'VIP'], null));
		expect(got['1']).toBe('City A');
		expect(got['3']).toBeNull();
	});

	it('counts members per label in the rules’ order, adding up to the members, with each rule’s own', () => {
		const def = labelled();
		const members = compileSegment(def, model, CLOCK, { segments: lookup });
		if (!members.ok) throw new Error('no');
		const compiled = compileLabels(def, model, CLOCK, `(\n${members.sql.members}\n)`, {
			segments: lookup,
			withRules: true
		});
		if (!compiled?.ok) throw new Error('no');
		const rows = db.all(labelCountsSql(compiled.sql, def.labels!, true));
		expect(rows.map((r) => [r['label'], Number(r['members'])])).toEqual([
			['VIP', 3],
			['City A', 2],
			['City C', 1],
			['Other', 1]
		]);
		const total = db.all(`SELECT count(*) AS n FROM (${members.sql.members})`)[0]?.['n'];
		expect(rows.reduce((s, r) => s + Number(r['members']), 0)).toBe(Number(total));
		// "before": city A holds 1, 2 and 5 whatever VIP took
		expect(rows.reduce((s, r) => s + Number(r['rule_1']), 0)).toBe(3);
	});

	it('labels the keys of a run kept as text (the engine’s snapshot table)', () => {
		db.run(`CREATE TEMP TABLE kept_keys AS SELECT '2' AS member_key UNION ALL SELECT '4'`);
		const compiled = compileLabels(labelled(), model, CLOCK, 'temp.kept_keys', {
			segments: lookup
		});
		if (!compiled?.ok) throw new Error('no');
		const rows = db.all(`${compiled.sql} ORDER BY member_key`);
		expect(rows).toEqual([
			{ member_key: '2', label: 'City A' },
			{ member_key: '4', label: 'VIP' }
		]);
	});

	it('names what is wrong: the column, an empty label, a missing segment, no rules', () => {
		const problems = (l: Labels) =>
			labelProblems(l, model, lookup, 'everyone', undefined).map((p) => [p.path, p.message]);
		expect(problems(labels({ column: 'city' }))[0]).toEqual([
			['labels', 'column'],
			'The Customer Profile export already has a column “city”; name the label column differently.'
		]);
		expect(problems(labels({ column: '2x' }))[0]?.[1]).toBe(
			'The label column: A name must start with a letter.'
		);
		expect(problems(labels({ rules: [] }))[0]?.[0]).toEqual(['labels', 'rules']);
		const bad = labels();
		bad.rules[1] = { ...bad.rules[1]!, label: ' ', segment: 'gone' };
		expect(problems(bad)).toEqual([
			[['labels', 'rules', 1, 'label'], 'Rule 2 of the labels has no label.'],
			[
				['labels', 'rules', 1, 'segment'],
				'There is no segment called “gone”; it may have been deleted or renamed.'
			]
		]);
		expect(
			labelProblems(labels({ column: 'split_part' }), model, lookup, 'everyone', {
				seed: 's',
				parts: []
			})[0]?.path
		).toEqual(['labels', 'column']);
	});

	it('makes the rules’ segments dependencies: order, cycles, renames', () => {
		const def = labelled();
		expect(directDependencies(def)).toEqual(['vip', 'city_a', 'city_c']);
		const all = lookupOf([def, vip, cityA, cityC]);
		expect(dependencyOrder(['everyone', 'city_c', 'vip', 'city_a'], all)).toEqual([
			'city_c',
			'vip',
			'city_a',
			'everyone'
		]);
		// vip labelling its members by "everyone" closes a cycle through the labels
		const circular = {
			...vip,
			labels: labels({ rules: [{ ...labels().rules[0]!, segment: 'everyone' }] })
		};
		expect(findCycle(circular, lookupOf([def, circular, cityA, cityC]))).toEqual([
			'vip',
			'everyone',
			'vip'
		]);
		const problems = validateSegment(circular, model, {
			segments: lookupOf([def, circular, cityA, cityC], lastRunMembers)
		});
		expect(problems.map((p) => p.code)).toContain('segmentCycle');
		expect(renameReferences(def, 'city_a', 'town_a').labels?.rules[1]?.segment).toBe('town_a');
	});

	it('says what the labels do in the summary, and reads a version 5 file as having none', () => {
		expect(describeLabels(labels(), lookup)).toBe(
			'labelled in column “assigned_segment”: “VIP” if in “VIP” (vip), else “City A” if in “CITY_A” (city_a), else “City C” if in “CITY_C” (city_c) (as of its last run), else “Other”'
		);
		expect(summarizeSegment(labelled(), model, lookup)).toContain('; labelled in column');
		const v5 = { ...labelled(), version: 5 } as Record<string, unknown>;
		delete v5['labels'];
		const read = parseDefinition(v5);
		expect(read.ok && read.definition.version).toBe(6);
		expect(read.ok && read.definition.labels).toBeUndefined();
		const withLabels = parseDefinition(JSON.parse(JSON.stringify(labelled())));
		expect(withLabels.ok && withLabels.definition.labels).toEqual(labels());
	});

	it('explains one customer’s label: the rules that hold them and the first of them', async () => {
		const ask = (sql: string) => Promise.resolve(db.all(sql));
		const one = (key: string) =>
			explainLabel(labelled(), model, CLOCK, key, ask, { segments: lookup });
		expect(await one('1')).toEqual({
			column: 'assigned_segment',
			label: 'VIP',
			held: [true, true, false]
		});
		expect(labelWords((await one('1'))!)).toBe(
			'Their assigned_segment is “VIP”: rule 1 is the first whose segment holds them (rules 1 and 2 do).'
		);
		expect(labelWords((await one('7'))!)).toBe(
			'Their assigned_segment is “City C”: rule 3 is the first whose segment holds them.'
		);
		expect(labelWords((await one('3'))!)).toBe(
			"Their assigned_segment is “Other”: no rule's segment holds them."
		);
		const unlabelled = { ...labelled() };
		delete unlabelled.labels;
		expect(await explainLabel(unlabelled, model, CLOCK, '1', ask)).toBeNull();
	});
});
