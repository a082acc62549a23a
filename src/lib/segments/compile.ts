// A segment definition as SQL. Each group becomes a CTE (g0, g1, …) of distinct profile keys
// ("member_key"); the groups are then combined left to right in named steps (step1, step2, …), one
// set operation per step, so the result never depends on SQL's precedence of INTERSECT over UNION.
// The SQL is shown to users under "Show SQL", so it is laid out like hand-written SQL: one clause per
// line, four-space indents. Identifiers and values go through the dialect's quoting; nothing from
// the definition or the data model is pasted in raw. The dialect (dialect.ts) is DuckDB unless the
// caller asks for another engine's SQL.
import { findAttribute, findEntity, type DataModel, type Entity } from './data-model';
import {
	isConditionBlock,
	type ConditionNode,
	type Group,
	type SegmentDefinition,
	type SequenceStep
} from './definition';
import { effectiveClock, type Clock } from './dates';
import { conditionSql } from './condition-sql';
import { aggregateColumns, aggregateCtes, rankCtes, type Cte } from './aggregate-sql';
import { sequenceCtes, type SequenceSql, type SideRows } from './sequence-sql';
import { lifecycleCtes, type LifecycleSql } from './lifecycle-sql';
import { statement } from './statement';
import { resolvePath, type ResolvedPath } from './paths';
import { problem, type Problem } from './problems';
import { validateGroup, validateSegment } from './validate';
import { duckdbDialect, type Dialect } from './dialect';
import { inTimeZone } from './time-zone';
import { labelReference, type SegmentLookup } from './dependencies';
import { membershipCtes, type MembershipSql, type References } from './membership-sql';
import { labelCaseSql } from './labels';

export interface CompileOptions {
	/** The engine the SQL is for; DuckDB (the browser's engine) by default. */
	dialect?: Dialect;
	/**
	 * How segments referred to by "is in segment S" conditions are found (dependencies.ts). Without
	 * it, a definition with such a condition does not compile (validation says why).
	 */
	segments?: SegmentLookup;
}

export interface GroupSql {
	id: string;
	/** The group's own members: one column "member_key", distinct. */
	members: string;
	/** One row, one column "members". */
	count: string;
	/**
	 * `members` in parts, for live counts: statement(stages.ctes, stages.final) is `members`, or
	 * the same members in the two-step form of keysFirst.
	 */
	stages: GroupStages;
}

/**
 * A group's member statement in parts, and the parts worth keeping between live counts: the steps
 * with one row per customer or per event (a ranking, an aggregate's values, a sequence's and a
 * lifecycle condition's customers and events), whose inputs an edit elsewhere leaves unchanged,
 * and the first join's keys of a plain group (keysFirst), kept so the join that follows knows its
 * size.
 */
export interface GroupStages {
	ctes: Cte[];
	final: string[];
	keep: string[];
}

/** CTE names (after any prefix) of the parts GroupStages keeps. */
const KEPT_PART = /g\d+_(rank|k|v\d+|s\d+(_a|_b)?|l\d+(_e)?)$/;

function stagesOf(ctes: Cte[], name: string): GroupStages {
	return {
		ctes,
		final: ['SELECT member_key', `FROM ${name}`],
		keep: ctes.map((c) => c.name).filter((n) => KEPT_PART.test(n))
	};
}

export interface SegmentSql {
	/** The segment's members: one column "member_key", distinct. */
	members: string;
	/** One row, one column "members". */
	count: string;
	/** One statement, one row: members, then g0, g1, … each group's own count. */
	live: string;
	groups: GroupSql[];
}

export type CompileResult = { ok: true; sql: SegmentSql } | { ok: false; problems: Problem[] };
export type GroupCompileResult = { ok: true; sql: GroupSql } | { ok: false; problems: Problem[] };

const INDENT = '    ';
const indent = (lines: string[], n = 1) => lines.map((l) => INDENT.repeat(n) + l);

/**
 * Compiles a whole definition. A name that is not yet a valid identifier does not stop it (it does
 * not affect the SQL); every other validation problem does, and is returned instead.
 */
export function compileSegment(
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	options: CompileOptions = {}
): CompileResult {
	const sql = inTimeZone(options.dialect ?? duckdbDialect, clock.zone);
	const problems = validateSegment(definition, model, { segments: options.segments }).filter(
		(p) => p.code !== 'invalidName'
	);
	if (problems.length) return { ok: false, problems };
	const refs: References = { lookup: options.segments, depth: 0 };
	return guard(() => segmentSql(definition, model, effectiveClock(definition, clock), sql, refs));
}

/**
 * A validated definition's SQL at `at` (its effective clock). Also how a segment used live inside
 * another is compiled: at the outer definition's moment, one level deeper.
 */
function segmentSql(
	definition: SegmentDefinition,
	model: DataModel,
	at: Clock,
	sql: Dialect,
	refs: References
): { ok: true; sql: SegmentSql } {
	const names = cteNames(model);
	const groups = definition.groups.map((g, i) => groupCtes(g, i, model, at, names, sql, refs));
	const ctes = groups.flatMap((g) => g.ctes);
	let last = groups[0]?.name as string;
	definition.groups.forEach((g, i) => {
		if (i === 0) return;
		const name = names(`step${i}`);
		const keyword = sql.setOperator(g.operator ?? 'union');
		ctes.push({
			name,
			body: [
				`SELECT member_key FROM ${last}`,
				keyword,
				`SELECT member_key FROM ${groups[i]?.name as string}`
			]
		});
		last = name;
	});
	const live = [
		'SELECT',
		...indent(
			[`(SELECT count(*) FROM ${last}) AS members`]
				.concat(groups.map((g, i) => `(SELECT count(*) FROM ${g.name}) AS g${i}`))
				.map((l, i, all) => (i < all.length - 1 ? l + ',' : l))
		)
	];
	return {
		ok: true,
		sql: {
			members: statement(ctes, ['SELECT member_key', `FROM ${last}`]),
			count: statement(ctes, ['SELECT count(*) AS members', `FROM ${last}`]),
			live: statement(ctes, live),
			groups: groups.map((g, i) => ({
				id: definition.groups[i]?.id as string,
				members: statement(g.ctes, ['SELECT member_key', `FROM ${g.name}`]),
				count: statement(g.ctes, ['SELECT count(*) AS members', `FROM ${g.name}`]),
				stages: stagesOf(g.liveCtes ?? g.ctes, g.name)
			}))
		}
	};
}

export type LabelsCompileResult =
	{ ok: true; sql: string } | { ok: false; problems: Problem[] } | null;

/**
 * Each member's label (the definition's `labels`; null without them): a statement with one row per
 * key of `keys` — a relation (table or parenthesised query) with a column member_key — and two
 * columns, member_key as text and label. The rules' segments are evaluated as "is in segment S"
 * conditions are, at the definition's moment. Validated like compileSegment.
 */
export function compileLabels(
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	keys: string,
	options: CompileOptions & {
		/** Adds a column rule_k per rule: whether rule k's segment holds the member (any earlier). */
		withRules?: boolean;
	} = {}
): LabelsCompileResult {
	const labels = definition.labels;
	if (!labels) return null;
	const sql = inTimeZone(options.dialect ?? duckdbDialect, clock.zone);
	const problems = validateSegment(definition, model, { segments: options.segments }).filter(
		(p) => p.code !== 'invalidName'
	);
	if (problems.length) return { ok: false, problems };
	const at = effectiveClock(definition, clock);
	const refs: References = { lookup: options.segments, depth: 0 };
	return guard(() => {
		const names = cteNames(model);
		const rules = membershipCtes(
			labels.rules.map(labelReference),
			(k) => names(`label${k}`),
			model,
			sql,
			refs,
			(referred, depth) =>
				segmentSql(referred, model, at, sql, { lookup: refs.lookup, depth }).sql.members
		);
		const key = sql.asText('k.member_key');
		const held = options.withRules
			? rules.ins.map(
					(r, k) => `, ${key} IN (SELECT ${sql.asText('member_key')} FROM ${r}) AS rule_${k}`
				)
			: [];
		const final = [
			`SELECT ${key} AS member_key, ${labelCaseSql(labels, rules.ins, key, sql)} AS label${held.join('')}`,
			`FROM ${keys} AS k`
		];
		return {
			ok: true as const,
			sql: rules.ctes.length ? statement(rules.ctes, final) : final.join('\n')
		};
	});
}

/**
 * Compiles one group on its own, for its live count while other groups are unfinished. Its set
 * operator is irrelevant here and not checked. `clock` should already be the definition's
 * effectiveClock, so an as-of date applies to the group counts too.
 */
export function compileGroup(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	options: CompileOptions = {}
): GroupCompileResult {
	const problems = validateGroup(group, index, model, { segments: options.segments }).filter(
		(p) => p.code !== 'setOperatorMissing' && p.code !== 'setOperatorOnFirst'
	);
	if (problems.length) return { ok: false, problems };
	return guard(() => {
		const g = groupCtes(
			group,
			index,
			model,
			clock,
			cteNames(model),
			inTimeZone(options.dialect ?? duckdbDialect, clock.zone),
			{ lookup: options.segments, depth: 0 }
		);
		return {
			ok: true,
			sql: {
				id: group.id,
				members: statement(g.ctes, ['SELECT member_key', `FROM ${g.name}`]),
				count: statement(g.ctes, ['SELECT count(*) AS members', `FROM ${g.name}`]),
				stages: stagesOf(g.liveCtes ?? g.ctes, g.name)
			}
		};
	});
}

/** quoteIdent refuses NUL characters in names; report that instead of throwing. */
function guard<T>(build: () => T): T | { ok: false; problems: Problem[] } {
	try {
		return build();
	} catch (e) {
		return {
			ok: false,
			problems: [
				problem(
					[],
					'cannotCompile',
					`This segment cannot be turned into SQL: ${(e as Error).message}`
				)
			]
		};
	}
}

/**
 * CTE names (g0, g0_rows, g0_a0, step1): inside the WITH they would hide a table of the same name,
 * so when a table is called like one of them, all get a prefix that no table has.
 */
function cteNames(model: DataModel): (base: string) => string {
	const tables = model.entities.map((e) => e.table.toLowerCase());
	let prefix = '';
	const clashes = (p: string) =>
		tables.some(
			(t) =>
				t.startsWith(p) &&
				/^(g\d+(_rows|_a\d+|_v\d+|_base|_rank|_core|_s\d+(_a|_b)?|_l\d+(_e)?|_m\d+)?|step\d+)$/.test(
					t.slice(p.length)
				)
		);
	while (clashes(prefix)) prefix += 'q_';
	return (base) => prefix + base;
}

interface Aliased {
	entity: Entity;
	alias: string;
}

/**
 * Table aliases are the entity names, so the SQL reads like the builder. DuckDB matches quoted
 * names without regard to case, so a name that differs only in case from an earlier one gets a
 * suffix.
 */
function aliasesFor(model: DataModel, path: ResolvedPath, sql: Dialect): Map<string, Aliased> {
	const out = new Map<string, Aliased>();
	const used = new Set<string>();
	path.entities.forEach((name, i) => {
		let alias = name;
		for (let n = i; used.has(alias.toLowerCase()); n++) alias = `${name}_${n}`;
		used.add(alias.toLowerCase());
		out.set(name, { entity: findEntity(model, name) as Entity, alias: sql.ident(alias) });
	});
	return out;
}

/**
 * A group's CTEs: its path rows, aggregates and ranking, then its sequences (sequence-sql.ts),
 * lifecycle conditions (lifecycle-sql.ts) and segment conditions (membership-sql.ts).
 */
function groupCtes(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	names: (base: string) => string,
	sql: Dialect,
	refs: References
): GroupCtes {
	const sequences = group.sequences ?? [];
	const lifecycles = group.lifecycles ?? [];
	const memberships = group.memberships ?? [];
	if (!sequences.length && !lifecycles.length && !memberships.length)
		return groupCoreCtes(group, index, model, clock, names, sql);
	const base = `g${index}`;
	const m = membershipCtes(
		memberships,
		(j) => names(`${base}_m${j}`),
		model,
		sql,
		refs,
		(referred, depth) =>
			segmentSql(referred, model, clock, sql, { lookup: refs.lookup, depth }).sql.members
	);
	const s = sequencesOf(group, index, model, clock, names, sql);
	// with a ranking, these narrow whom it ranks (and its result is theirs already)
	if (group.rank) return groupCoreCtes(group, index, model, clock, names, sql, s, m);
	const core = groupCoreCtes(
		group,
		index,
		model,
		clock,
		(b) => names(b === base ? `${base}_core` : b),
		sql
	);
	const name = names(base);
	return {
		name,
		ctes: [
			...core.ctes,
			...s.ctes,
			...m.ctes,
			{ name, body: narrow([core.name, ...s.names, ...m.ins], m.outs, sql) }
		]
	};
}

/** A group's sequence and lifecycle CTEs (none without them). */
function sequencesOf(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	names: (base: string) => string,
	sql: Dialect
): SequenceSql {
	const b = behaviourParts(group, index, model, clock, names, sql);
	return { ctes: b.ctes, names: b.names };
}

export interface BehaviourSql {
	/** The CTEs of the group's sequences and lifecycles, as its statement has them. */
	ctes: Cte[];
	/** The customers for whom each sequence, then each lifecycle condition, holds. */
	names: string[];
	/** Per sequence: its sides' events and when an event b of B follows an event a of A. */
	sequences: NonNullable<SequenceSql['parts']>;
	/** Per lifecycle condition: its events and the aggregates that decide it. */
	lifecycles: LifecycleSql['parts'];
}

function behaviourParts(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	names: (base: string) => string,
	sql: Dialect
): BehaviourSql {
	const sequences = group.sequences ?? [];
	const lifecycles = group.lifecycles ?? [];
	if (!sequences.length && !lifecycles.length)
		return { ctes: [], names: [], sequences: [], lifecycles: [] };
	const base = `g${index}`;
	const q = sequenceCtes(
		sequences,
		(side) => sideRows(side, model, clock, sql),
		(i, part) => names(`${base}_s${i}${part}`),
		clock,
		sql
	);
	// a lifecycle looks at the group's own rows, dated by its attribute
	const l = lifecycleCtes(
		lifecycles,
		(time) => sideRows({ path: group.path, where: group.where, time }, model, clock, sql),
		(i, part) => names(`${base}_l${i}${part}`),
		clock,
		sql
	);
	return {
		ctes: [...q.ctes, ...l.ctes],
		names: [...q.names, ...l.names],
		sequences: q.parts ?? [],
		lifecycles: l.parts
	};
}

/**
 * The CTEs of a group's sequences and lifecycle conditions with their parts, for reading one
 * customer's events ("why in or out"); `select` is the statement's final lines over them.
 */
export function behaviourStatement(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	select: (parts: BehaviourSql, sql: Dialect) => string[],
	options: CompileOptions = {}
): string | null {
	const sql = inTimeZone(options.dialect ?? duckdbDialect, clock.zone);
	const parts = behaviourParts(group, index, model, clock, cteNames(model), sql);
	return parts.ctes.length ? statement(parts.ctes, select(parts, sql)) : null;
}

/**
 * `kept` intersected, then each of `removed` taken away: all INTERSECTs come before the first
 * EXCEPT, so the result is the same whether an engine binds INTERSECT tighter or reads left to right.
 */
function narrow(kept: string[], removed: string[], sql: Dialect): string[] {
	return [
		...intersect(kept, sql),
		...removed.flatMap((n) => [sql.setOperator('exclude'), `SELECT member_key FROM ${n}`])
	];
}

/** `SELECT member_key FROM a INTERSECT SELECT member_key FROM b …` */
function intersect(names: string[], sql: Dialect): string[] {
	return names.flatMap((n, i) => [
		...(i > 0 ? [sql.setOperator('intersect')] : []),
		`SELECT member_key FROM ${n}`
	]);
}

/**
 * The rows of a path: its FROM/JOIN lines, the customer's key column, the where tree as AND-ed
 * items (with "key IS NOT NULL" where the joins do not already exclude empty keys), and how to
 * name a column — shared by a group's rows and a sequence side's.
 */
function pathRows(
	start: Group['path'],
	where: ConditionNode | null,
	model: DataModel,
	clock: Clock,
	sql: Dialect,
	what: string
) {
	const resolution = resolvePath(model, start);
	if (!resolution.ok) throw new Error(`The path of this ${what} does not resolve.`);
	const path = resolution.path;
	const aliases = aliasesFor(model, path, sql);
	const aliasOf = (entity: string) => (aliases.get(entity) as Aliased).alias;
	const column = (entity: string, attribute: string) =>
		`${aliasOf(entity)}.${sql.ident(attribute)}`;
	const profile = model.profile as NonNullable<DataModel['profile']>;
	const key = column(profile.entity, profile.key);
	const [first, ...rest] = path.entities;
	const from = [
		`FROM ${sql.ident((aliases.get(first as string) as Aliased).entity.table)} AS ${aliasOf(first as string)}`,
		...rest.map((name, i) => {
			const hop = path.hops[i] as ResolvedPath['hops'][number];
			return `JOIN ${sql.ident((aliases.get(name) as Aliased).entity.table)} AS ${aliasOf(name)} ON ${column(hop.current.entity, hop.current.attribute)} = ${column(hop.next.entity, hop.next.attribute)}`;
		})
	];
	const leaf = (node: ConditionNode): string => {
		if (isConditionBlock(node)) throw new Error('unreachable');
		const entity = (aliases.get(node.entity) as Aliased).entity;
		const attribute = findAttribute(entity, node.attribute);
		if (!attribute) throw new Error(`Unknown attribute ${node.attribute}`);
		return conditionSql(column(node.entity, node.attribute), attribute.type, node, clock, sql);
	};
	const items: string[][] = [];
	// An inner join on the key already excludes NULL keys; otherwise exclude them here: a customer
	// without a key cannot be listed.
	const lastHop = path.hops[path.hops.length - 1];
	if (!lastHop || lastHop.next.attribute !== profile.key) items.push([`${key} IS NOT NULL`]);
	if (where) items.push(...topLevelItems(where, leaf));
	return { aliases, aliasOf, column, profile, key, from, items, path };
}

/** One side of a sequence: its path's FROM/JOIN lines, its conditions and its time column. */
function sideRows(side: SequenceStep, model: DataModel, clock: Clock, sql: Dialect): SideRows {
	const rows = pathRows(side.path, side.where, model, clock, sql, 'sequence');
	const { aliases, aliasOf, column, from, key, items: where } = rows;
	const timeEntity = (aliases.get(side.time.entity) as Aliased).entity;
	const timeType = findAttribute(timeEntity, side.time.attribute)?.type;
	return {
		from,
		where,
		key,
		time: column(side.time.entity, side.time.attribute),
		timeType: timeType === 'date' ? 'date' : 'timestamp',
		timeAlias: aliasOf(side.time.entity)
	};
}

function groupCoreCtes(
	group: Group,
	index: number,
	model: DataModel,
	clock: Clock,
	names: (base: string) => string,
	sql: Dialect,
	sequences: SequenceSql | null = null,
	memberships: MembershipSql | null = null
): GroupCtes {
	const rows = pathRows(group.path, group.where, model, clock, sql, 'group');
	const { aliases, aliasOf, column, profile, key, from, items } = rows;
	// a lone "any of" block needs no parentheses of its own
	const only = items[0];
	if (items.length === 1 && only && only[0] === '(' && only[only.length - 1] === ')')
		items[0] = only.slice(1, -1).map((l) => l.slice(INDENT.length));
	const where = whereLines(items);

	const name = names(`g${index}`);
	const rank = group.rank;
	if (group.aggregates.length === 0 && !rank) {
		const live = keysFirst(group, rows, names(`g${index}_k`), name);
		return {
			name,
			ctes: [{ name, body: [`SELECT DISTINCT ${key} AS member_key`, ...from, ...where] }],
			...(live ? { liveCtes: live } : {})
		};
	}

	const rowsName = names(`g${index}_rows`);
	const columns = [
		`${key} AS member_key`,
		...aggregateColumns(group.aggregates, rank, aliasOf, column, sql, model)
	];
	const ctes: Cte[] = [
		{
			name: rowsName,
			body: [
				'SELECT',
				...indent(columns.map((c, i) => (i < columns.length - 1 ? c + ',' : c))),
				...from,
				...where
			]
		}
	];
	const profileEntity = aliases.get(profile.entity) as Aliased;
	const steps = aggregateCtes(
		group.aggregates,
		rowsName,
		(i) => names(`g${index}_a${i}`),
		{ table: profileEntity.entity.table, alias: profileEntity.alias, key: profile.key },
		model,
		clock,
		sql
	);
	ctes.push(...steps);
	// each aggregate's values, then its comparison: the members are the comparisons'
	const aggregates = steps.filter((_c, j) => j % 2 === 1);
	const intersection = aggregates.flatMap((a, i) => [
		...(i > 0 ? [sql.setOperator('intersect')] : []),
		`SELECT member_key FROM ${a.name}`
	]);
	if (!rank) {
		ctes.push({ name, body: intersection });
		return { name, ctes };
	}
	// a ranking is taken among the customers who also meet the group's sequences, lifecycles and
	// segment conditions
	let base: string | null = null;
	if (sequences) ctes.push(...sequences.ctes);
	if (memberships) ctes.push(...memberships.ctes);
	const filters = [
		...aggregates.map((a) => a.name),
		...(sequences?.names ?? []),
		...(memberships?.ins ?? [])
	];
	const removed = memberships?.outs ?? [];
	if (filters.length || removed.length) {
		base = names(`g${index}_base`);
		ctes.push({ name: base, body: narrow(filters.length ? filters : [rowsName], removed, sql) });
	}
	const keyType = findAttribute(profileEntity.entity, profile.key)?.type === 'string';
	ctes.push(
		...rankCtes(
			rank,
			rowsName,
			base,
			names(`g${index}_rank`),
			name,
			sql,
			keyType ? 'string' : 'other'
		)
	);
	return { name, ctes };
}

/** A group's CTEs; `liveCtes`, when set, the same members in another form for live counts. */
interface GroupCtes {
	name: string;
	ctes: Cte[];
	liveCtes?: Cte[];
}

/** The entities a where tree's conditions are on. */
function conditionEntities(node: ConditionNode, into = new Set<string>()): Set<string> {
	if (isConditionBlock(node)) for (const c of node.children) conditionEntities(c, into);
	else into.add(node.entity);
	return into;
}

/**
 * For live counts, a plain group whose conditions are all on its path's first entity, in two steps:
 * the distinct values of the first join's column among the rows that meet the conditions (a part
 * the live cache keeps, `partName`), then those joined along the path. The same members as the
 * one-step statement. Kept as a table, the first step's row count is known, so DuckDB builds the
 * join's hash table on it rather than on the profile's every key: measured natively at 1M
 * customers and 10M orders, the seed example's order group took 17–32 ms this way and 28–126 ms
 * in one statement. Null when the group is not of that shape (then it is counted in one step).
 */
function keysFirst(
	group: Group,
	rows: ReturnType<typeof pathRows>,
	partName: string,
	name: string
): Cte[] | null {
	const { path, from, items, key, aliasOf, column } = rows;
	const [first] = path.entities;
	const hop = path.hops[0];
	if (!first || !hop || !group.where || hop.current.entity !== first) return null;
	if (new Set(path.entities).size !== path.entities.length) return null;
	const entities = conditionEntities(group.where);
	if (entities.size !== 1 || !entities.has(first)) return null;
	// the items: the NOT NULL test of a key not joined on (when there is one), then the conditions
	const keyTest = items[0]?.length === 1 && items[0][0] === `${key} IS NOT NULL` ? 1 : 0;
	const [start, ...joins] = from;
	if (!start) return null;
	return [
		{
			name: partName,
			body: [
				`SELECT DISTINCT ${column(first, hop.current.attribute)}`,
				start,
				...whereLines(items.slice(keyTest))
			]
		},
		{
			name,
			body: [
				`SELECT DISTINCT ${key} AS member_key`,
				`FROM ${partName} AS ${aliasOf(first)}`,
				...joins,
				...whereLines(items.slice(0, keyTest))
			]
		}
	];
}

/** AND-ed items as a WHERE clause (none without items). */
function whereLines(items: string[][]): string[] {
	return items.length
		? [
				'WHERE',
				...indent(items.flatMap((lines, i) => (i === 0 ? lines : prefixFirst('AND ', lines))))
			]
		: [];
}

/** The where tree as AND-ed items: an "all of" block at the top is spread into its children. */
function topLevelItems(node: ConditionNode, leaf: (n: ConditionNode) => string): string[][] {
	if (isConditionBlock(node) && (node.kind === 'and' || node.children.length === 1))
		return node.children.flatMap((c) => topLevelItems(c, leaf));
	return [operandLines(node, leaf)];
}

/** A node as an operand of AND/OR: a block of several children is parenthesised. */
function operandLines(node: ConditionNode, leaf: (n: ConditionNode) => string): string[] {
	if (!isConditionBlock(node)) return [leaf(node)];
	if (node.children.length === 1) return operandLines(node.children[0] as ConditionNode, leaf);
	const op = node.kind === 'and' ? 'AND ' : 'OR ';
	const inner = node.children.flatMap((c, i) =>
		i === 0 ? operandLines(c, leaf) : prefixFirst(op, operandLines(c, leaf))
	);
	return ['(', ...indent(inner), ')'];
}

function prefixFirst(prefix: string, lines: string[]): string[] {
	return lines.map((l, i) => (i === 0 ? prefix + l : l));
}
