// Random small worlds for the differential test: a data model (the Customer Profile plus 1–3
// entities, relationships pointing both ways, key columns of mixed integer widths), rows full of
// NULLs, '' and duplicates and orphan keys, and a valid definition over it using every operator,
// aggregates, rankings, sequences, lifecycles, nested and/or blocks and all set operators. Values
// come from small domains placed around the clock's edges (90 days ago, midnight, 23:59:59,
// 29 February…) so conditions hit.
import fc from 'fast-check';
import type { AttributeType, DataModel, Entity } from '../../src/lib/segments/data-model';
import {
	AGGREGATE_COMPARISONS,
	COUNTING_FUNCTIONS,
	DEFINITION_VERSION,
	PERIOD_UNITS,
	RANK_FUNCTIONS,
	SEQUENCE_KINDS,
	LIFECYCLE_KINDS,
	type LifecycleCondition,
	type SequenceCondition,
	type SequenceStep,
	type RankCondition,
	RELATIVE_UNITS,
	type AggregateCondition,
	type Condition,
	type ConditionNode,
	type Group,
	type SegmentDefinition
} from '../../src/lib/segments/definition';
import {
	dayFromIso,
	effectiveClock,
	instantFromIso,
	isoFromDay,
	isoFromInstant,
	type Clock
} from '../../src/lib/segments/dates';
import {
	AGGREGATE_FUNCTION_INFO,
	aggregateOperandKind,
	aggregateOperatorsFor,
	isDateAggregate,
	operatorsFor,
	type OperandKind
} from '../../src/lib/segments/operators';
import { findPaths } from '../../src/lib/segments/paths';
import { utcFromWall } from '../../src/lib/segments/time-zone';
import type { Cell, Row, Tables } from './reference-evaluator';
import type { SqlType, TableSpec } from './segment-db';

type Gen = fc.GeneratorValue;

export interface Scenario {
	clock: Clock;
	model: DataModel;
	tables: Tables;
	specs: TableSpec[];
	definition: SegmentDefinition;
}

const CLOCKS: Clock[] = [
	{ today: '2024-02-29', now: '2024-02-29T13:45:30' }, // leap day, a Thursday
	{ today: '2025-02-28', now: '2025-02-28T00:00:00' }, // non-leap 28 Feb, midnight
	{ today: '2024-12-31', now: '2024-12-31T23:59:59' }, // last second of the year
	{ today: '2025-03-31', now: '2025-03-31T08:15:00' }, // month end: −1 month clamps to 28 Feb
	{ today: '2024-03-17', now: '2024-03-17T12:00:00' }, // a Sunday
	{ today: '2025-01-06', now: '2025-01-06T09:30:00' }, // a Monday
	{ today: '2023-03-01', now: '2023-03-01T00:00:01' }
];
const AS_OF = [null, null, null, '2024-05-31', '2024-05-31T06:07:08'];

const DAY_OFFSETS = [
	-400, -366, -365, -92, -91, -90, -89, -31, -30, -29, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3,
	4, 5, 6, 7, 29, 30, 31, 89, 90, 91, 365, 366
];
const FIXED_DATES = ['2024-02-29', '2023-02-28', '2020-02-29', '2000-01-01'];
const NUMBERS = [-2, 0, 1, 2, 2.5, 3, 7, -0.5];
const TEXTS = ['a', 'A', 'b', 'ab', 'AB', 'Ab%', '%', '_', 'a_b', 'x', 'é', 'É', ' ', "o'k"];
const INT_KEYS = [1, 2, 3];
const STR_KEYS = ['k1', 'k2', 'K1'];

/** Uniform choices: fast-check's default bias towards small values would make chance(5) fire often. */
function tools(g: Gen) {
	const pick = <T>(xs: readonly T[]): T => g(() => fc.noBias(fc.constantFrom(...(xs as T[])))) as T;
	const int = (min: number, max: number) => g(() => fc.noBias(fc.integer({ min, max })));
	const chance = (percent: number) => int(0, 99) < percent;
	return { pick, int, chance };
}

interface Column {
	name: string;
	sqlType: SqlType;
	type: AttributeType;
	/** Key and foreign-key columns hold keys, not attribute values. */
	key?: 'int' | 'str';
}

/** Zones for zoned scenarios: one without daylight saving time, one with (the 2024 changes). */
export const SCENARIO_ZONES = ['Asia/Tokyo', 'America/New_York'] as const;

/**
 * A random world and definition. With `zoned`, the clock gets a time zone of SCENARIO_ZONES and
 * the data's timestamps are drawn on that zone's wall clock (around its midnights and its now) and
 * stored as the UTC instants they are, as a file exported in UTC holds them. Without it, the draws
 * are exactly those of before zones existed (the golden SQL corpus depends on them).
 */
export function buildScenario(g: Gen, caseId: number, zoned = false): Scenario {
	const { pick, int, chance } = tools(g);
	const zone = zoned ? pick(SCENARIO_ZONES) : undefined;
	const asOf = pick(AS_OF);
	const clock: Clock = zone ? { ...pick(CLOCKS), zone } : pick(CLOCKS);
	const at = effectiveClock({ asOf }, clock);
	const family = pick(['int', 'str'] as const);
	const keyColumn = (name: string): Column =>
		family === 'int'
			? { name, sqlType: pick(['INTEGER', 'BIGINT'] as const), type: 'number', key: 'int' }
			: { name, sqlType: 'VARCHAR', type: 'string', key: 'str' };

	// ---- model
	const names = ['P', ...Array.from({ length: int(1, 3) }, (_x, i) => `E${i + 1}`)];
	const columns: Record<string, Column[]> = {};
	for (const n of names)
		columns[n] = [
			keyColumn('id'),
			{ name: 'n', sqlType: pick(['INTEGER', 'DOUBLE'] as const), type: 'number' },
			{ name: 's', sqlType: 'VARCHAR', type: 'string' },
			{ name: 'd', sqlType: 'DATE', type: 'date' },
			{ name: 't', sqlType: 'TIMESTAMP', type: 'timestamp' },
			{ name: 'b', sqlType: 'BOOLEAN', type: 'boolean' }
		];
	const relationships: DataModel['relationships'] = [];
	const link = (name: string, from: string, to: string) => {
		const fk = `fk_${name}`;
		(columns[from] as Column[]).push(keyColumn(fk));
		relationships.push({
			name,
			from: { entity: from, attribute: fk },
			to: { entity: to, attribute: 'id' },
			cardinality: 'many-to-one'
		});
	};
	names.forEach((n, i) => {
		if (i === 0) return;
		const parent = names[int(0, i - 1)] as string;
		// either this entity points at an earlier one, or the earlier one points at it
		if (chance(50)) link(`r${i}`, n, parent);
		else link(`r${i}`, parent, n);
	});
	if (names.length > 2 && chance(30)) {
		const a = pick(names);
		const b = pick(names.filter((x) => x !== a));
		link('x1', a, b);
	}
	const profileKey = chance(15) ? 'n' : 'id';
	const entities: Entity[] = names.map((n) => ({
		name: n,
		displayName: n,
		table: `t${caseId}_${n}`,
		attributes: (columns[n] as Column[]).map((c) => ({
			name: c.name,
			displayName: c.name,
			type: c.type
		})),
		rowCount: 0,
		sourceFile: 'generated',
		sourceFormat: 'csv',
		importedAt: '2025-01-01T00:00:00Z'
	}));
	const model: DataModel = { entities, relationships, profile: { entity: 'P', key: profileKey } };

	// ---- data
	const today = dayFromIso(at.today);
	const nowTime = at.now.slice(11, 19);
	const dates = [...DAY_OFFSETS.map((o) => isoFromDay(today + o)), ...FIXED_DATES];
	const times = ['00:00:00', '23:59:59', '12:00:00', nowTime];
	const randomDate = () => pick(dates);
	const randomTimestamp = () => {
		const base = instantFromIso(`${randomDate()} ${pick(times)}`);
		const wallClock = base + pick([0, 0, 0, -1, 1]);
		return isoFromInstant(zone ? utcFromWall(wallClock, zone) : wallClock);
	};
	const cellFor = (c: Column, isKey: boolean): Cell => {
		if (c.key) {
			const domain: Cell[] = c.key === 'int' ? INT_KEYS : STR_KEYS;
			// foreign keys also point at rows that do not exist (5 / 'k9')
			const orphan: Cell[] = isKey ? [] : [c.key === 'int' ? 5 : 'k9'];
			return chance(7) ? null : pick([...domain, ...domain, ...orphan]);
		}
		if (chance(20)) return null;
		switch (c.type) {
			case 'number':
				return c.sqlType === 'INTEGER' ? pick(NUMBERS.filter(Number.isInteger)) : pick(NUMBERS);
			case 'string':
				return pick([...TEXTS, '', '']);
			case 'date':
				return randomDate();
			case 'timestamp':
				return randomTimestamp();
			case 'boolean':
				return chance(50);
		}
	};
	const tables: Tables = {};
	const specs: TableSpec[] = [];
	for (const e of entities) {
		const cols = columns[e.name] as Column[];
		const rows: Row[] = [];
		const count = chance(5) ? 0 : int(2, 8);
		for (let r = 0; r < count; r++) {
			// duplicate an earlier row now and then: two rows, same values
			if (rows.length && chance(10)) {
				rows.push({ ...(pick(rows) as Row) });
				continue;
			}
			const row: Row = {};
			for (const c of cols) row[c.name] = cellFor(c, c.name === 'id');
			rows.push(row);
		}
		tables[e.name] = rows;
		specs.push({
			table: e.table,
			columns: cols.map((c) => ({ name: c.name, type: c.sqlType })),
			rows
		});
	}

	// ---- definition
	let ids = 0;
	const id = (prefix: string) => `${prefix}${ids++}`;
	const world: GroupWorld = { model, columns, tables, at };
	const groups: Group[] = Array.from({ length: int(1, 4) }, (_x, gi) =>
		randomGroup(g, world, gi, id)
	);

	const definition: SegmentDefinition = {
		format: 'segments.definition',
		version: DEFINITION_VERSION,
		name: 'random_segment',
		displayName: 'Random segment',
		description: '',
		type: 'dynamic',
		refreshIntervalMinutes: 60,
		asOf,
		groups
	};
	return { clock, model, tables, specs, definition };
}

type GroupColumn = { name: string; type: AttributeType };

/** What a random group is drawn over: a model, its columns, rows to take values from, the clock. */
export interface GroupWorld {
	model: DataModel;
	columns: Record<string, GroupColumn[]>;
	tables: Tables;
	/** The definition's effective clock. */
	at: Clock;
}

/**
 * A random valid group over `world` (the `gi`th of its definition): a path, a where tree of every
 * operator, aggregates, and a ranking, sequences and a lifecycle now and then. Used by buildScenario and, to edit one group of a
 * definition again and again, by the live-count cache test.
 */
export function randomGroup(
	g: Gen,
	world: GroupWorld,
	gi: number,
	id: (prefix: string) => string
): Group {
	const { pick, int, chance } = tools(g);
	const { model, columns, tables, at } = world;
	const names = model.entities.map((e) => e.name);
	const today = dayFromIso(at.today);
	const nowTime = at.now.slice(11, 19);
	const dates = [...DAY_OFFSETS.map((o) => isoFromDay(today + o)), ...FIXED_DATES];
	const times = ['00:00:00', '23:59:59', '12:00:00', nowTime];
	const randomDate = () => pick(dates);
	const randomTimestamp = () => {
		const base = instantFromIso(`${randomDate()} ${pick(times)}`);
		// a definition's date and time is read on the wall clock: never converted
		return isoFromInstant(base + pick([0, 0, 0, -1, 1]));
	};
	/**
	 * A value for an operator. Often one taken from the data (`seen`: the column's non-empty
	 * values), so that conditions match some rows rather than almost none.
	 */
	const valueFor = (kind: OperandKind, type: AttributeType, seen: Cell[]): unknown => {
		const fromData = seen.length > 0 && chance(60);
		const seenOne = () => pick(seen);
		const point = (): string => {
			if (fromData) {
				const v = seenOne() as string;
				return type === 'timestamp' && chance(50) ? v.replace(' ', 'T') : v.slice(0, 10);
			}
			return type === 'timestamp' && chance(50)
				? randomTimestamp().replace(' ', 'T')
				: randomDate();
		};
		const end = (s: string) => (s.length === 10 ? instantFromIso(s) + 86_399 : instantFromIso(s));
		const number = () =>
			fromData && typeof seen[0] === 'number' ? (seenOne() as number) : pick(NUMBERS);
		const text = () => {
			if (!fromData || typeof seen[0] !== 'string') return pick(TEXTS);
			const v = seenOne() as string;
			// a piece of a real value, for contains / starts with / ends with
			return chance(50) || v.length < 2 ? v : v.slice(0, 1);
		};
		switch (kind) {
			case 'none':
				return undefined;
			case 'number':
				return number();
			case 'text':
				return text();
			case 'date':
				return fromData ? (seenOne() as string).slice(0, 10) : randomDate();
			case 'dateOrDateTime':
				return point();
			case 'numberRange': {
				const [a, b] = [number(), number()];
				return { from: Math.min(a, b), to: Math.max(a, b) };
			}
			case 'dateRange': {
				const [a, b] = [point(), point()];
				return instantFromIso(a) <= end(b) ? { from: a, to: b } : { from: b, to: a };
			}
			case 'numberList':
				return Array.from({ length: int(1, 3) }, number);
			case 'textList':
				return Array.from({ length: int(1, 3) }, () => (chance(50) ? pick(TEXTS) : text()));
			case 'relative':
				return { amount: pick([0, 1, 2, 7, 30, 90, 365]), unit: pick(RELATIVE_UNITS) };
			case 'period':
				return { unit: pick(PERIOD_UNITS) };
			case 'weekdays':
				return [...new Set(Array.from({ length: int(1, 4) }, () => int(1, 7)))];
			case 'days':
				return { amount: pick([0, 1, 6, 30, 200, 364, 365]), unit: 'days' };
		}
	};
	const seenIn = (entity: string, column: string): Cell[] =>
		(tables[entity] ?? []).map((r) => r[column] ?? null).filter((v) => v !== null && v !== '');

	const start = pick(names);
	const path = pick(findPaths(model, start, 4));
	const onPath = path.entities;
	const leaf = (sidePath = onPath): Condition => {
		const entity = pick(sidePath);
		const cols = columns[entity] as GroupColumn[];
		// a zoned world leans on timestamps: what the zone changes (unzoned draws are unchanged)
		const stamps = cols.filter((c) => c.type === 'timestamp');
		const attribute = at.zone && stamps.length && chance(80) ? pick(stamps) : pick(cols);
		const op = pick(operatorsFor(attribute.type));
		const c: Record<string, unknown> = {
			kind: 'condition',
			id: id('c'),
			entity,
			attribute: attribute.name,
			operator: op.id
		};
		const value = valueFor(op.valueKind, attribute.type, seenIn(entity, attribute.name));
		if (value !== undefined) c.value = value;
		if (op.caseOption && chance(30)) c.matchCase = true;
		return c as unknown as Condition;
	};
	const node = (depth: number): ConditionNode =>
		depth < 2 && chance(35)
			? {
					kind: pick(['and', 'or', 'or'] as const),
					id: id('b'),
					children: Array.from({ length: int(1, 3) }, () => node(depth + 1))
				}
			: leaf();
	const aggregates: AggregateCondition[] = chance(35)
		? Array.from({ length: int(1, 2) }, () => {
				const entity = pick(onPath);
				const fn = pick(AGGREGATE_FUNCTION_INFO);
				const candidates = (columns[entity] as GroupColumn[]).filter((c) =>
					fn.attributeTypes.includes(c.type)
				);
				const zero = (f: string) =>
					COUNTING_FUNCTIONS.includes(f as never) && chance(40) ? { includeZero: true } : {};
				if (!fn.needsAttribute || candidates.length === 0) {
					const operator = pick(AGGREGATE_COMPARISONS);
					const n = () => pick([0, 1, 2, 3]);
					const [a, b] = [n(), n()];
					return {
						id: id('a'),
						function: 'count',
						entity,
						operator,
						value: operator === 'between' ? { from: Math.min(a, b), to: Math.max(a, b) } : n(),
						...zero('count')
					};
				}
				const attribute = pick(candidates);
				const operator = pick(aggregateOperatorsFor(fn.id, attribute.type));
				const temporal = isDateAggregate(fn.id, attribute.type);
				const counting = COUNTING_FUNCTIONS.includes(fn.id);
				const seen = seenIn(entity, attribute.name);
				const value = temporal
					? valueFor(aggregateOperandKind(operator, true, attribute.type), attribute.type, seen)
					: operator === 'between'
						? valueFor('numberRange', 'number', counting ? [] : seen)
						: counting
							? pick([0, 1, 2, 3])
							: pick([...NUMBERS, 4, 5, 10, ...(seen.length ? [pick(seen) as number] : [])]);
				return {
					id: id('a'),
					function: fn.id,
					entity,
					attribute: attribute.name,
					operator,
					...(value !== undefined ? { value } : {}),
					...zero(fn.id)
				} as AggregateCondition;
			})
		: [];
	const rank = (): RankCondition => {
		const entity = pick(onPath);
		const fn = pick(AGGREGATE_FUNCTION_INFO.filter((f) => RANK_FUNCTIONS.includes(f.id as never)));
		const candidates = (columns[entity] as GroupColumn[]).filter((c) =>
			fn.attributeTypes.includes(c.type)
		);
		const unit = pick(['percent', 'customers'] as const);
		const base = {
			direction: pick(['top', 'bottom'] as const),
			unit,
			amount: unit === 'percent' ? pick([1, 10, 34, 50, 99, 100]) : pick([1, 2, 3])
		};
		if (!fn.needsAttribute || candidates.length === 0)
			return { ...base, function: 'count', entity };
		return {
			...base,
			function: fn.id as RankCondition['function'],
			entity,
			attribute: pick(candidates).name
		};
	};
	const ranked = chance(25) ? { rank: rank() } : {};
	const step = (): SequenceStep => {
		const from = pick(names);
		const sidePath = pick(findPaths(model, from, 3));
		const timed = sidePath.entities.flatMap((e) =>
			(columns[e] as GroupColumn[])
				.filter((c) => c.type === 'date' || c.type === 'timestamp')
				.map((c) => ({ entity: e, attribute: c.name }))
		);
		// mostly every row: a sequence already narrows a group a lot
		const where: ConditionNode | null = chance(70)
			? null
			: chance(70)
				? leaf(sidePath.entities)
				: {
						kind: pick(['and', 'or'] as const),
						id: id('b'),
						children: [leaf(sidePath.entities), leaf(sidePath.entities)]
					};
		return { path: { start: from, steps: sidePath.steps }, where, time: pick(timed) };
	};
	const sequences: SequenceCondition[] = chance(12)
		? Array.from({ length: chance(20) ? 2 : 1 }, () => ({
				id: id('s'),
				kind: pick([...SEQUENCE_KINDS, 'notFollowedBy'] as const),
				first: step(),
				then: step(),
				// the edges (0, 1, 7 days) and windows wide enough that B often follows
				withinDays: pick([0, 1, 7, 30, 90, 400, 400, 800])
			}))
		: [];
	const sequenced = sequences.length ? { sequences } : {};
	const dated = onPath.flatMap((e) =>
		(columns[e] as GroupColumn[])
			.filter((c) => c.type === 'date' || c.type === 'timestamp')
			.map((c) => ({ entity: e, attribute: c.name }))
	);
	const span = () => ({ amount: pick([1, 2, 7, 30, 90, 365]), unit: pick(RELATIVE_UNITS) });
	const lifecycle = (): LifecycleCondition => {
		const kind = pick(LIFECYCLE_KINDS);
		if (kind !== 'regularly')
			return { id: id('l'), kind, time: pick(dated), recent: span(), previous: span() };
		const periods = pick([1, 2, 3, 4, 12]);
		return {
			id: id('l'),
			kind,
			time: pick(dated),
			atLeast: chance(50) ? 1 : int(1, periods),
			periods,
			unit: pick(['week', 'month'] as const)
		};
	};
	const lifecycles = chance(10) ? { lifecycles: [lifecycle()] } : {};
	return {
		id: id('g'),
		...(gi > 0 ? { operator: pick(['union', 'union', 'intersect', 'exclude'] as const) } : {}),
		path: { start, steps: path.steps },
		where: chance(20) ? null : node(0),
		// a sequence or lifecycle narrows a group a lot: mostly without aggregates as well, so
		// most groups still have members
		aggregates: (sequences.length || 'lifecycles' in lifecycles) && chance(70) ? [] : aggregates,
		...ranked,
		...sequenced,
		...lifecycles
	};
}
