import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DEFINITION_DEPTH, migrate, parseDefinition, upToDate } from './parse';
import { CONDITION_DEPTH_MAX, DEFINITION_VERSION, type SegmentDefinition } from './definition';

const seed = () =>
	JSON.parse(readFileSync('src/lib/demo/examples/seed-example.json', 'utf8')) as Record<
		string,
		unknown
	> & {
		groups: Record<string, unknown>[];
	};

function problems(input: unknown) {
	const r = parseDefinition(input);
	if (r.ok) throw new Error('expected problems');
	return r.problems;
}

describe('parseDefinition', () => {
	it('reads the seed example', () => {
		const r = parseDefinition(seed());
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.definition.name).toBe('high_value_escalations');
			expect(r.migratedFrom).toBeUndefined();
		}
	});

	it('refuses what is not a segment definition', () => {
		for (const input of [null, 42, 'text', [], {}, { ...seed(), format: 'something.else' }])
			expect(problems(input)[0]?.message).toBe('This is not a segment definition.');
	});

	it('refuses a newer version, naming the version this app reads', () => {
		const [p] = problems({ ...seed(), version: 7 });
		expect(p?.code).toBe('newerVersion');
		expect(p?.path).toEqual(['version']);
		expect(p?.message).toBe(
			'This segment definition uses format version 7, which is newer than this app can read (version 6); update Segments to open it.'
		);
		expect(problems({ ...seed(), version: 'one' })[0]?.code).toBe('badVersion');
		expect(problems({ ...seed(), version: 0 })[0]?.code).toBe('badVersion');
	});

	it('reports unknown fields by name, where they are', () => {
		const doc = seed();
		doc.colour = 'blue';
		(doc.groups[0] as Record<string, unknown>).note = 'x';
		const where = (doc.groups[1] as { where: { children: Record<string, unknown>[] } }).where;
		(where.children[0] as Record<string, unknown>).comment = 'hi';
		const ps = problems(doc);
		expect(ps.map((p) => [p.code, p.path, p.message])).toEqual(
			expect.arrayContaining([
				['unknownField', ['colour'], 'Unknown field “colour”.'],
				['unknownField', ['groups', 0, 'note'], 'Unknown field “note” in group 1.'],
				[
					'unknownField',
					['groups', 1, 'where', 'children', 0, 'comment'],
					'Unknown field “comment” in group 2, condition 1.'
				]
			])
		);
		expect(ps).toHaveLength(3);
	});

	it('turns shape errors into sentences with paths', () => {
		const doc = seed();
		const children = (doc.groups[0] as { where: { children: Record<string, unknown>[] } }).where
			.children;
		(children[0] as Record<string, unknown>).value = 'lots';
		(children[1] as Record<string, unknown>).operator = 'isAround';
		delete doc.displayName;
		doc.type = 'sometimes';
		const ps = problems(doc).map((p) => [p.code, p.path, p.message]);
		expect(ps).toEqual(
			expect.arrayContaining([
				['missingField', ['displayName'], 'The field “displayName” is missing.'],
				['invalidValue', ['type'], 'The field “type” must be “static” or “dynamic”.'],
				[
					'wrongType',
					['groups', 0, 'where', 'children', 0, 'value'],
					'The field “value” in group 1, condition 1 must be a number.'
				],
				[
					'unknownOperator',
					['groups', 0, 'where', 'children', 1, 'operator'],
					'Unknown operator “isAround” in group 1, condition 2.'
				]
			])
		);
	});

	it('checks dates and times, including the time of day', () => {
		expect(parseDefinition({ ...seed(), asOf: '2024-02-29T23:59' }).ok).toBe(true);
		for (const bad of ['2023-02-29', '2024-01-01T24:00', '2024-01-01T10:60', '2024-1-1'])
			expect(problems({ ...seed(), asOf: bad })[0]?.path).toEqual(['asOf']);
	});

	it('refuses nesting deeper than the limit, before parsing it recursively', () => {
		const nest = (levels: number) => {
			let node: unknown = {
				kind: 'condition',
				id: 'c',
				entity: 'Orders',
				attribute: 'total_amount',
				operator: 'isEmpty'
			};
			for (let i = 0; i < levels; i++) node = { kind: 'and', id: `b${i}`, children: [node] };
			return node;
		};
		const withWhere = (where: unknown) => {
			const doc = seed();
			(doc.groups[0] as Record<string, unknown>).where = where;
			return doc;
		};
		expect(parseDefinition(withWhere(nest(CONDITION_DEPTH_MAX))).ok).toBe(true);
		const [p] = problems(withWhere(nest(CONDITION_DEPTH_MAX + 1)));
		expect(p?.code).toBe('tooDeep');
		expect(p?.path.slice(0, 3)).toEqual(['groups', 0, 'where']);
		// far too deep for a recursive parser: refused without a stack overflow
		const [q] = problems(withWhere(nest(100_000)));
		expect(q?.code).toBe('tooDeep');
		let arrays: unknown = [];
		for (let i = 0; i < MAX_DEFINITION_DEPTH * 10; i++) arrays = [arrays];
		expect(problems({ ...seed(), description: arrays })[0]?.code).toBe('tooDeep');
	});
});

describe('migrate', () => {
	it('applies migrations one version at a time and reports a gap', () => {
		const table = {
			1: (d: Record<string, unknown>) => ({ ...d, version: 2, v2: true }),
			2: (d: Record<string, unknown>) => ({ ...d, version: 3, v3: true })
		};
		const r = migrate({ version: 1 }, 1, table, 3);
		expect(r).toEqual({ ok: true, document: { version: 3, v2: true, v3: true } });
		const gap = migrate({ version: 1 }, 1, { 2: table[2] }, 3);
		expect(gap.ok).toBe(false);
		if (!gap.ok) expect(gap.problem.message).toContain('version 1');
	});
	it('is a no-op at the current version', () => {
		expect(migrate({ a: 1 }, DEFINITION_VERSION)).toEqual({ ok: true, document: { a: 1 } });
	});
	it('reads a version 1 file as the current version with the same meaning: counts stay among customers with rows', () => {
		const v1 = { ...seed(), version: 1 };
		const aggregate = {
			id: 'a1',
			function: 'count',
			entity: 'Orders',
			operator: 'atMost',
			value: 2
		};
		v1.groups[0] = { ...v1.groups[0], aggregates: [aggregate] };
		const r = parseDefinition(v1);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.migratedFrom).toBe(1);
		expect(r.definition.version).toBe(6);
		expect(r.definition.groups[0]?.aggregates[0]).toEqual(aggregate);
		expect(r.definition.groups[0]?.aggregates[0]?.includeZero).toBeUndefined();
	});
	it('brings a stored version 1 definition up to date, and leaves a current one alone', () => {
		const v1 = { ...seed(), version: 1 } as unknown as SegmentDefinition;
		expect(upToDate(v1)).toEqual({ ...v1, version: 6 });
		const v2 = { ...seed(), version: 2 } as unknown as SegmentDefinition;
		expect(upToDate(v2)).toEqual({ ...v2, version: 6 });
		const v3 = { ...seed(), version: 3 } as unknown as SegmentDefinition;
		expect(upToDate(v3)).toEqual({ ...v3, version: 6 });
		const v4 = { ...seed(), version: 4 } as unknown as SegmentDefinition;
		expect(upToDate(v4)).toEqual({ ...v4, version: 6 });
		const v5 = seed() as unknown as SegmentDefinition;
		expect(upToDate(v5)).toBe(v5);
	});
	it('reads a version 3 file as version 5 unchanged: it has no sequences', () => {
		const v3 = { ...seed(), version: 3 };
		const r = parseDefinition(v3);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		expect(r.migratedFrom).toBe(3);
		expect(r.definition).toEqual({ ...v3, version: 6 });
		expect(r.definition.groups.every((g) => g.sequences === undefined)).toBe(true);
	});
	it('finds and/or blocks nested too deeply inside a sequence, where they are', () => {
		let where: Record<string, unknown> = { kind: 'and', id: 'b', children: [] };
		for (let i = 0; i < CONDITION_DEPTH_MAX + 1; i++)
			where = { kind: 'and', id: `b${i}`, children: [where] };
		const side = {
			path: { start: 'Orders', steps: [] },
			where,
			time: { entity: 'Orders', attribute: 'order_date' }
		};
		const doc = seed();
		doc.groups[0] = {
			...doc.groups[0],
			sequences: [
				{ id: 's', kind: 'followedBy', first: { ...side, where: null }, then: side, withinDays: 7 }
			]
		};
		const [p] = problems(doc);
		expect(p?.code).toBe('tooDeep');
		expect(p?.path.slice(0, 6)).toEqual(['groups', 0, 'sequences', 0, 'then', 'where']);
	});
});
