// One-table worlds for operator tests: a profile entity "T" (key id = 1, 2, 3 … in row order) with a
// single attribute "v", so each test reads as "these values, this condition → these row numbers".
import type { AttributeType, DataModel, Entity } from '../../src/lib/segments/data-model';
import {
	DEFINITION_VERSION,
	type AggregateCondition,
	type ConditionNode,
	type Group,
	type SegmentDefinition
} from '../../src/lib/segments/definition';
import type { Clock } from '../../src/lib/segments/dates';
import { compileSegment } from '../../src/lib/segments/compile';
import type { TestDb } from './duckdb';
import type { Cell } from './reference-evaluator';
import { createTable, type SqlType } from './segment-db';

export function entity(name: string, table: string, attributes: [string, AttributeType][]): Entity {
	return {
		name,
		displayName: name,
		table,
		attributes: attributes.map(([n, type]) => ({ name: n, displayName: n, type })),
		rowCount: 0,
		sourceFile: 'test',
		sourceFormat: 'csv',
		importedAt: '2025-01-01T00:00:00Z'
	};
}

export function definition(
	groups: Group[],
	extra: Partial<SegmentDefinition> = {}
): SegmentDefinition {
	return {
		format: 'segments.definition',
		version: DEFINITION_VERSION,
		name: 'test_segment',
		displayName: 'Test segment',
		description: '',
		type: 'dynamic',
		refreshIntervalMinutes: 60,
		asOf: null,
		groups,
		...extra
	};
}

export function group(
	start: string,
	where: ConditionNode | null,
	extra: Partial<Group> = {}
): Group {
	return {
		id: `g${Math.random().toString(36).slice(2, 8)}`,
		path: { start, steps: [] },
		where,
		aggregates: [],
		...extra
	};
}

let next = 0;
export function cond(
	entityName: string,
	attribute: string,
	operator: string,
	value?: unknown,
	extra: Record<string, unknown> = {}
): ConditionNode {
	return {
		kind: 'condition',
		id: `c${next++}`,
		entity: entityName,
		attribute,
		operator,
		...(value === undefined ? {} : { value }),
		...extra
	} as unknown as ConditionNode;
}

export function agg(a: Omit<AggregateCondition, 'id'>): AggregateCondition {
	return { id: `a${next++}`, ...a };
}

/** Compiles and runs a definition; the members as sorted numbers (or strings). */
export function run(
	db: TestDb,
	def: SegmentDefinition,
	model: DataModel,
	clock: Clock
): (number | string)[] {
	const compiled = compileSegment(def, model, clock);
	if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems, null, 2));
	return db
		.all(compiled.sql.members)
		.map((r) => r.member_key as number | string)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A single-attribute world: table `table`, entity T, profile T.id, attribute v. */
export function valueWorld(
	db: TestDb,
	table: string,
	type: AttributeType,
	sqlType: SqlType,
	values: Cell[]
) {
	createTable(db, {
		table,
		columns: [
			{ name: 'id', type: 'INTEGER' },
			{ name: 'v', type: sqlType }
		],
		rows: values.map((v, i) => ({ id: i + 1, v }))
	});
	const model: DataModel = {
		entities: [
			entity('T', table, [
				['id', 'number'],
				['v', type]
			])
		],
		relationships: [],
		profile: { entity: 'T', key: 'id' }
	};
	return {
		model,
		/** Row numbers whose v satisfies the condition. */
		ids(
			operator: string,
			value?: unknown,
			extra: Record<string, unknown> = {},
			clock: Clock = { today: '2024-03-15', now: '2024-03-15T13:45:30' },
			asOf: string | null = null
		) {
			const def = definition([group('T', cond('T', 'v', operator, value, extra))], { asOf });
			return run(db, def, model, clock);
		}
	};
}
