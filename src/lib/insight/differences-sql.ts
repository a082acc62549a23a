// What makes a segment different: one read-only statement that, for every chosen feature (an
// attribute of the Customer Profile, or an aggregate over an entity on a path to it), counts the
// segment's members and the comparison population (all customers, or another segment) per value
// (text, booleans) or per bin (numbers, dates). Bins are the deciles of the comparison population
// (distinct quantile_disc values at 0.1 … 0.9, so up to ten bins, fewer for few distinct values);
// text keeps its TOP_VALUES most common values (by share in segment + share in comparison) and
// folds the rest into 'other' (all of it, for text whose values are mostly distinct). Each related
// entity is read once for all of its aggregates. The profile's own features and the aggregates
// (joined to the customers' keys) are then each counted in one pass, with a grouping set per
// feature, in segment and in comparison together, after one pass for the deciles of features with
// many values: 20 features are a few passes, not forty. Counts of rows and dates are tallied per
// value in those counts, and their deciles and bins read from the tallies.
// Pure: names quoted with quoteIdent, values never concatenated; the engine runs it read-only.
import {
	findAttribute,
	findEntity,
	type AttributeType,
	type DataModel
} from '../segments/data-model';
import { reachability, resolvePath } from '../segments/paths';
import { quoteIdent } from '../sql/quote';
import { duckdbDialect } from '../segments/dialect';
import { inTimeZone } from '../segments/time-zone';
import { membersOf, type MemberSource } from './overlap';

export const TOP_VALUES = 8;
export const QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
export const FEATURE_MAX = 30;
/**
 * Text with more distinct values than this and than half its non-empty values in the comparison
 * (names, e-mails; counted approximately) is not split into values: all of it is 'other'.
 */
export const DISTINCT_MIN = 100;

export type AggregateFn = 'count' | 'sum' | 'avg' | 'last' | 'first';

/** One thing to compare: a profile attribute, or an aggregate per customer over another entity. */
export type FeatureSpec =
	| { kind: 'attribute'; attribute: string }
	| { kind: 'aggregate'; fn: AggregateFn; entity: string; attribute?: string };

/** A feature resolved against the model. `binned`: numbers and dates; otherwise top values. */
export interface Feature {
	spec: FeatureSpec;
	label: string;
	type: AttributeType;
	binned: boolean;
}

const FN_WORDS: Record<AggregateFn, string> = {
	count: 'Number of',
	sum: 'Total',
	avg: 'Average',
	last: 'Last',
	first: 'First'
};

/** Attributes that join entities (keys, references): not worth comparing. */
function joinAttributes(model: DataModel): Set<string> {
	const out = new Set<string>();
	for (const r of model.relationships) {
		out.add(`${r.from.entity}\u0000${r.from.attribute}`);
		out.add(`${r.to.entity}\u0000${r.to.attribute}`);
	}
	if (model.profile) out.add(`${model.profile.entity}\u0000${model.profile.key}`);
	return out;
}

/** The feature `spec` describes, or null when the model no longer has what it names. */
export function resolveFeature(model: DataModel, spec: FeatureSpec): Feature | null {
	const profile = model.profile && findEntity(model, model.profile.entity);
	if (!profile) return null;
	if (spec.kind === 'attribute') {
		const a = findAttribute(profile, spec.attribute);
		if (!a) return null;
		return { spec, label: a.displayName, type: a.type, binned: isBinned(a.type) };
	}
	const entity = findEntity(model, spec.entity);
	if (!entity || entity.name === profile.name || !reachability(model)[entity.name]) return null;
	if (spec.fn === 'count')
		return { spec, label: `Number of ${entity.displayName}`, type: 'number', binned: true };
	const a = spec.attribute === undefined ? undefined : findAttribute(entity, spec.attribute);
	if (!a) return null;
	const numeric = spec.fn === 'sum' || spec.fn === 'avg';
	if (numeric !== (a.type === 'number')) return null;
	if (!numeric && a.type !== 'date' && a.type !== 'timestamp') return null;
	return {
		spec,
		label: `${FN_WORDS[spec.fn]} ${a.displayName} (${entity.displayName})`,
		type: a.type,
		binned: true
	};
}

const isBinned = (t: AttributeType) => t === 'number' || t === 'date' || t === 'timestamp';

/**
 * The features offered first: every attribute of the profile but its key and join columns; for
 * each entity with a path to the profile, the number of its rows, the total of each numeric
 * attribute (but identifiers: id, …_id) and the last of its first date. At most FEATURE_MAX.
 */
export function defaultFeatures(model: DataModel): FeatureSpec[] {
	const profile = model.profile && findEntity(model, model.profile.entity);
	if (!profile) return [];
	const joins = joinAttributes(model);
	const notJoin = (entity: string) => (name: string) => !joins.has(`${entity}\u0000${name}`);
	const specs: FeatureSpec[] = profile.attributes
		.filter((a) => notJoin(profile.name)(a.name))
		.map((a) => ({ kind: 'attribute', attribute: a.name }));
	const reach = reachability(model);
	for (const e of model.entities) {
		if (e.name === profile.name || !reach[e.name]) continue;
		specs.push({ kind: 'aggregate', fn: 'count', entity: e.name });
		const own = e.attributes.filter((a) => notJoin(e.name)(a.name));
		// totals of identifiers (id, customer_id) mean nothing
		for (const a of own.filter((a) => a.type === 'number' && !/(^|_)id$/i.test(a.name)))
			specs.push({ kind: 'aggregate', fn: 'sum', entity: e.name, attribute: a.name });
		const date = own.find((a) => a.type === 'date' || a.type === 'timestamp');
		if (date) specs.push({ kind: 'aggregate', fn: 'last', entity: e.name, attribute: date.name });
	}
	return specs.slice(0, FEATURE_MAX);
}

/** The same feature (to refuse adding one twice). */
export const sameFeature = (a: FeatureSpec, b: FeatureSpec): boolean =>
	JSON.stringify(a) === JSON.stringify(b);

/** Where the comparison population comes from: every customer of the profile, or a segment. */
export type Comparison = { kind: 'all' } | MemberSource;

/**
 * One CTE per entity: the customer's key (`k`) and each aggregate over it (`v<feature index>`),
 * grouped by key, over the entity's shortest path to the profile, so each entity is read once. The profile table itself is not joined when the last hop
 * reaches its key: the column pointing at it is the key.
 */
type AggregateSpec = Extract<FeatureSpec, { kind: 'aggregate' }>;

function aggregateCte(
	model: DataModel,
	entityName: string,
	specs: [number, AggregateSpec][]
): string {
	const found = reachability(model)[entityName];
	const resolved = found && resolvePath(model, { start: entityName, steps: found.steps });
	const profile = model.profile;
	if (!resolved || !resolved.ok || !profile) throw new Error('No path to the Customer Profile.');
	const { entities, hops } = resolved.path;
	const alias = (i: number) => `t${i}`;
	const table = (i: number) => quoteIdent(findEntity(model, entities[i]!)!.table);
	const col = (i: number, attribute: string) => `${alias(i)}.${quoteIdent(attribute)}`;
	const last = hops[hops.length - 1]!;
	const skipProfile = last.next.attribute === profile.key;
	const joined = skipProfile ? entities.length - 1 : entities.length;
	const from = [`FROM ${table(0)} AS ${alias(0)}`];
	for (let i = 1; i < joined; i++) {
		const hop = hops[i - 1]!;
		from.push(
			`JOIN ${table(i)} AS ${alias(i)} ON ${col(i - 1, hop.current.attribute)} = ${col(i, hop.next.attribute)}`
		);
	}
	const key = skipProfile
		? col(entities.length - 2, last.current.attribute)
		: col(entities.length - 1, profile.key);
	const values = specs.map(([i, spec]) => {
		const v = spec.attribute === undefined ? '' : col(0, spec.attribute);
		const value = {
			count: 'count(*)',
			sum: `sum(CAST(${v} AS DOUBLE))`,
			avg: `avg(CAST(${v} AS DOUBLE))`,
			last: `max(${v})`,
			first: `min(${v})`
		}[spec.fn];
		return `${value} AS v${i}`;
	});
	return `SELECT ${key} AS k, ${values.join(', ')}\n${from.join('\n')}\nWHERE ${key} IS NOT NULL\nGROUP BY 1`;
}

/**
 * A binned value as a DOUBLE: numbers as they are, dates and timestamps as epoch seconds — a
 * timestamp on the workspace zone's wall clock, so its bins are the zone's days.
 */
const asNumber = (expr: string, type: AttributeType, zone: string | undefined) =>
	type === 'number'
		? `CAST(${expr} AS DOUBLE)`
		: type === 'timestamp'
			? `epoch(CAST(${inTimeZone(duckdbDialect, zone).local(expr)} AS TIMESTAMP))`
			: `epoch(CAST(${expr} AS TIMESTAMP))`;

/**
 * The statement. Rows: `feature` (its index), `bucket` ('v:<value>' a value, 'o' other values,
 * 'n' no value, 'b<i>' bin i), `in_segment`, `in_comparison` (customers), and for bins `lo` and
 * `hi` (bin i holds lo ≤ x < hi; no lo below the first edge, no hi above the last; dates and
 * timestamps as epoch seconds). Sums over a feature's buckets are the population sizes.
 */
export function differencesSql(
	model: DataModel,
	features: Feature[],
	segment: MemberSource,
	comparison: Comparison,
	zone?: string
): string {
	const profile = model.profile;
	const entity = profile && findEntity(model, profile.entity);
	if (!profile || !entity) throw new Error('There is no Customer Profile.');
	if (features.length === 0) throw new Error('Choose at least one attribute.');
	const table = quoteIdent(entity.table);
	const profileKey = `p.${quoteIdent(profile.key)}`;
	const key = 'p.k';
	const ctes: string[] = [`seg AS (\n${membersOf(segment)}\n)`];
	if (comparison.kind !== 'all') ctes.push(`cmp AS (\n${membersOf(comparison)}\n)`);
	const text = features.flatMap((f, i) =>
		f.spec.kind === 'attribute' && !f.binned
			? [{ i, v: `CAST(p.${quoteIdent(f.spec.attribute)} AS VARCHAR)` }]
			: []
	);
	// whether each text is mostly distinct in the comparison, decided first: its bucket is then
	// made once per customer from the profile alone, and long distinct text (names, e-mails) is
	// not carried through the joins and the passes below
	if (text.length > 0) {
		const only =
			comparison.kind === 'all' ? '' : `\nJOIN cmp ON cmp.k = CAST(${profileKey} AS VARCHAR)`;
		const tests = text.map(
			({ i, v }) =>
				`approx_count_distinct(${v}) > greatest(${DISTINCT_MIN}, count(${v}) / 2) AS d${i}`
		);
		ctes.push(`distinct_text AS (\nSELECT ${tests.join(',\n  ')}\nFROM ${table} AS p${only}\n)`);
	}
	// the profile's own features, under generated names (k, v<i>) that no attribute name can clash with
	const own = features.flatMap((f, i) => {
		if (f.spec.kind !== 'attribute') return [];
		const v = `p.${quoteIdent(f.spec.attribute)}`;
		return f.binned
			? [`${asNumber(v, f.type, zone)} AS v${i}`]
			: [
					`CASE WHEN ${v} IS NULL THEN 'n' WHEN d${i} THEN 'o' ELSE 'v:' || CAST(${v} AS VARCHAR) END AS v${i}`
				];
	});
	const people = `(\nSELECT ${[`${profileKey} AS k`, ...own].join(', ')}\nFROM ${table} AS p${text.length > 0 ? ', distinct_text' : ''}\n) AS p`;
	const members = [
		`LEFT JOIN seg ON seg.k = CAST(${key} AS VARCHAR)`,
		...(comparison.kind === 'all' ? [] : [`LEFT JOIN cmp ON cmp.k = CAST(${key} AS VARCHAR)`])
	];
	const byEntity = new Map<string, [number, AggregateSpec][]>();
	features.forEach((f, i) => {
		if (f.spec.kind === 'aggregate')
			byEntity.set(f.spec.entity, [...(byEntity.get(f.spec.entity) ?? []), [i, f.spec]]);
	});
	const aliasOf = new Map<string, string>();
	const aggregateJoins: string[] = [];
	[...byEntity].forEach(([name, specs], n) => {
		aliasOf.set(name, `a${n}`);
		ctes.push(`a${n} AS (\n${aggregateCte(model, name, specs)}\n)`);
		aggregateJoins.push(`LEFT JOIN a${n} ON a${n}.k = ${key}`);
	});
	const valueOf = (f: Feature, i: number) => {
		if (f.spec.kind === 'attribute') return `p.v${i} AS v${i}`;
		const v = `${aliasOf.get(f.spec.entity)!}.v${i}`;
		// no rows: a count or a total of 0; an average, first or last: no value
		const expr = ['count', 'sum'].includes(f.spec.fn) ? `coalesce(${v}, 0)` : v;
		return `${asNumber(expr, f.type, zone)} AS v${i}`;
	};
	const inCmp = comparison.kind === 'all' ? 'TRUE' : 'cmp.k IS NOT NULL';
	const baseCte = (tag: string, values: string[], from: string, joins: string[]) =>
		`base_${tag} AS (\nSELECT seg.k IS NOT NULL AS in_seg, ${inCmp} AS in_cmp,\n  ${values.join(',\n  ')}\nFROM ${from}\n${joins.join('\n')}\n` +
		(comparison.kind === 'all' ? ')' : 'WHERE seg.k IS NOT NULL OR cmp.k IS NOT NULL\n)');
	// Two passes over the customers: the profile's own features, and the aggregates joined to the
	// customers' keys, so neither carries the other's values through its joins.
	const passes: { tag: string; indexes: number[] }[] = [];
	const profileOwn = features.flatMap((f, i) => (f.spec.kind === 'attribute' ? [i] : []));
	const aggregated = features.flatMap((f, i) => (f.spec.kind === 'aggregate' ? [i] : []));
	if (profileOwn.length > 0) {
		passes.push({ tag: 'p', indexes: profileOwn });
		ctes.push(
			baseCte(
				'p',
				profileOwn.map((i) => valueOf(features[i]!, i)),
				people,
				members
			)
		);
	}
	if (aggregated.length > 0) {
		passes.push({ tag: 'a', indexes: aggregated });
		const keys = `(\nSELECT ${profileKey} AS k FROM ${table} AS p\n) AS p`;
		ctes.push(
			baseCte(
				'a',
				aggregated.map((i) => valueOf(features[i]!, i)),
				keys,
				[...members, ...aggregateJoins]
			)
		);
	}
	// Bin edges are the comparison's deciles. Features with few distinct values (counts of rows,
	// dates) are tallied per value in the grouping passes below, and their deciles and bins are
	// read from those tallies; the others take quantile_disc over every customer, then a bin each.
	const tallied = new Set(
		features.flatMap((f, i) =>
			f.binned && ((f.spec.kind === 'aggregate' && f.spec.fn === 'count') || f.type === 'date')
				? [i]
				: []
		)
	);
	const binned = features
		.map((f, i) => ({ f, i }))
		.filter(({ f, i }) => f.binned && !tallied.has(i));
	// every customer is in the comparison "all customers": no filter to evaluate on every row
	const ofCmp = comparison.kind === 'all' ? '' : ' FILTER (WHERE in_cmp)';
	const quantiles = `[${QUANTILES.join(', ')}]`;
	// a bin is the number of edges at or below the value: edges are sorted (missing ones, beyond
	// a short list, are NULL and count as above every value), so "edge k is at or below" holds
	// for k below the bin and for none from it on, and a binary search over k finds the bin in
	// four comparisons instead of nine
	const atOrBelow = (i: number, k: number) => `coalesce(v${i} >= e${i}_${k}, false)`;
	const search = (i: number, lo: number, hi: number): string => {
		if (lo >= hi) return String(lo);
		const mid = (lo + hi) >> 1;
		return `CASE WHEN ${atOrBelow(i, mid)} THEN ${search(i, mid + 1, hi)} ELSE ${search(i, lo, mid)} END`;
	};
	const binOf = (i: number) => search(i, 0, QUANTILES.length);
	const passTallies: string[] = [];
	for (const { tag, indexes } of passes) {
		const mine = binned.filter(({ i }) => indexes.includes(i));
		// per binned feature, from the comparison: the bin edges
		const edges = mine.map(
			({ i }) =>
				`coalesce(list_sort(list_distinct(quantile_disc(v${i}, ${quantiles})${ofCmp})), []) AS e${i}`
		);
		// the edges also as plain numbers: a list read on every customer's row costs a copy each time
		const scalars = mine.flatMap(({ i }) =>
			QUANTILES.map((_, k) => `e${i}[${k + 1}] AS e${i}_${k}`)
		);
		ctes.push(
			edges.length === 0
				? `edges_${tag} AS (\nSELECT NULL AS none_${tag}\n)`
				: `edges_${tag} AS (\nSELECT *, ${scalars.join(', ')}\nFROM (\nSELECT ${edges.join(',\n  ')}\nFROM base_${tag}\n)\n)`
		);
		const buckets = indexes.map((i) =>
			features[i]!.binned && !tallied.has(i)
				? `CASE WHEN v${i} IS NOT NULL THEN ${binOf(i)} END AS f${i}`
				: `v${i} AS f${i}`
		);
		const which = indexes.map((i) => `WHEN grouping(f${i}) = 0 THEN ${i}`).join(' ');
		const label = indexes
			.map((i) =>
				tallied.has(i)
					? `WHEN grouping(f${i}) = 0 THEN CASE WHEN f${i} IS NULL THEN 'n' END`
					: features[i]!.binned
						? `WHEN grouping(f${i}) = 0 THEN CASE WHEN f${i} IS NULL THEN 'n' ELSE 'b' || f${i} END`
						: `WHEN grouping(f${i}) = 0 THEN f${i}`
			)
			.join('\n    ');
		const values = indexes
			.filter((i) => tallied.has(i))
			.map((i) => `WHEN grouping(f${i}) = 0 THEN f${i}`);
		ctes.push(
			`buckets_${tag} AS (\nSELECT in_seg, in_cmp,\n  ${buckets.join(',\n  ')}\nFROM base_${tag}, edges_${tag}\n)`,
			// one pass: a grouping set per feature; a tallied feature's rows are its values
			`tallies_${tag} AS (\nSELECT CASE ${which} END AS feature,\n  CASE ${label} END AS bucket,\n  ${values.length > 0 ? `CASE ${values.join(' ')} END` : 'NULL::DOUBLE'} AS value,\n  count(*) FILTER (WHERE in_seg) AS in_segment,\n  count(*)${ofCmp} AS in_comparison\nFROM buckets_${tag} GROUP BY GROUPING SETS (${indexes.map((i) => `(f${i})`).join(', ')})\n)`
		);
		passTallies.push(`SELECT * FROM tallies_${tag}`);
	}
	ctes.push(`tallies AS (\n${passTallies.join('\nUNION ALL\n')}\n)`);
	if (tallied.size > 0) {
		// quantile_disc's own pick: of n values in order, the one at 0-based position
		// max(1, n - floor(n - n·q)) - 1, i.e. the first value whose running count passes it
		const picks = QUANTILES.map(
			(q) =>
				`min(value) FILTER (WHERE running > greatest(1, n - CAST(floor(n::DOUBLE - n::DOUBLE * ${q}::DOUBLE) AS BIGINT)) - 1)`
		);
		ctes.push(
			`running AS (\nSELECT feature, value, sum(in_comparison) OVER (PARTITION BY feature) AS n,\n  sum(in_comparison) OVER (PARTITION BY feature ORDER BY value ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running\nFROM tallies WHERE value IS NOT NULL\n)`,
			`tally_edges AS (\nSELECT feature, coalesce(list_sort(list_distinct([${picks.join(',\n    ')}])), []) AS cuts\nFROM running GROUP BY feature\n)`
		);
	}
	const binOfValue = QUANTILES.map(
		(_, k) => `coalesce(value >= cuts[${k + 1}], false)::INTEGER`
	).join(' + ');
	const counts =
		tallied.size === 0
			? 'SELECT feature, bucket, in_segment, in_comparison FROM tallies'
			: `SELECT feature, bucket, in_segment, in_comparison FROM tallies WHERE value IS NULL\nUNION ALL\nSELECT feature, 'b' || (${binOfValue}), sum(in_segment), sum(in_comparison)\nFROM tallies JOIN tally_edges USING (feature) WHERE value IS NOT NULL GROUP BY ALL`;
	ctes.push(
		`counts AS (\n${counts}\n)`,
		// the share of each value in segment plus in comparison orders the values; the rest is 'other'
		`sized AS (\nSELECT *, greatest(sum(in_segment) OVER (PARTITION BY feature), 1) AS seg_n,\n  greatest(sum(in_comparison) OVER (PARTITION BY feature), 1) AS cmp_n\nFROM counts\n)`,
		`ranked AS (\nSELECT feature, bucket, in_segment, in_comparison,\n  CASE WHEN bucket LIKE 'v:%' THEN row_number() OVER (PARTITION BY feature, bucket LIKE 'v:%' ORDER BY in_segment / seg_n + in_comparison / cmp_n DESC, bucket) END AS position\nFROM sized\n)`,
		`folded AS (\nSELECT feature, CASE WHEN position > ${TOP_VALUES} THEN 'o' ELSE bucket END AS bucket,\n  sum(in_segment)::BIGINT AS in_segment, sum(in_comparison)::BIGINT AS in_comparison\nFROM ranked GROUP BY ALL\n)`
	);
	const cases = [
		...binned.map(({ i }) => `WHEN ${i} THEN e${i}`),
		...(tallied.size > 0 ? [`ELSE tally_edges.cuts`] : [])
	];
	const edgesOf =
		binned.length > 0
			? `CASE feature ${cases.join(' ')} END`
			: tallied.size > 0
				? 'tally_edges.cuts'
				: 'NULL::DOUBLE[]';
	const tallyJoin = tallied.size > 0 ? '\nLEFT JOIN tally_edges USING (feature)' : '';
	return [
		`WITH ${ctes.join(',\n')},`,
		`bins AS (\nSELECT folded.*, ${edgesOf} AS cuts,\n  CASE WHEN bucket LIKE 'b%' THEN CAST(substr(bucket, 2) AS INTEGER) END AS bin\nFROM folded${passes.map(({ tag }) => ` CROSS JOIN edges_${tag}`).join('')}${tallyJoin}\n)`,
		'SELECT feature, bucket, in_segment, in_comparison,',
		'  CASE WHEN bin > 0 THEN cuts[bin] END AS lo,',
		'  CASE WHEN bin < len(cuts) THEN cuts[bin + 1] END AS hi',
		'FROM bins ORDER BY feature, bucket'
	].join('\n');
}
