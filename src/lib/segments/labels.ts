// Labels: an export column naming, for each member, the label of the first rule (in order) whose
// segment holds them — a priority list, or one RFM segment with its cell as a column. A member no
// rule holds gets `otherwise` (an empty `otherwise` leaves the column empty). The rules refer to
// segments as "is in segment S" conditions do (dependencies.ts reads them as such), so this module
// only adds what is particular to labels: their problems, their SQL around the rules' member sets
// (compile.ts compileLabels builds those), and their words. Pure.
import type { Labels, LabelRule, Split } from './definition';
import type { DataModel } from './data-model';
import { findEntity, identifierProblem } from './data-model';
import type { SegmentLookup } from './dependencies';
import { segmentReferenceProblems, segmentWords } from './membership-validate';
import { problem, q, type Problem, type ProblemPath } from './problems';
import { duckdbDialect, type Dialect } from './dialect';
import { SPLIT_COLUMN } from './split';

/** What keeps the labels from being used: the column, the rules, the segments they refer to. */
export function labelProblems(
	labels: Labels | undefined,
	model: DataModel,
	lookup: SegmentLookup | undefined,
	self: string | undefined,
	split: Split | undefined
): Problem[] {
	if (!labels) return [];
	const out: Problem[] = [];
	const columnProblem = identifierProblem(labels.column);
	const profile = model.profile ? findEntity(model, model.profile.entity) : undefined;
	const clash = [
		...(profile?.attributes.map((a) => a.name) ?? []),
		...(split ? [SPLIT_COLUMN] : [])
	].find((c) => c.toLowerCase() === labels.column.toLowerCase());
	if (columnProblem)
		out.push(problem(['labels', 'column'], 'labelColumn', `The label column: ${columnProblem}`));
	else if (clash)
		out.push(
			problem(
				['labels', 'column'],
				'labelColumn',
				`The Customer Profile export already has a column ${q(clash)}; name the label column differently.`
			)
		);
	if (labels.rules.length === 0)
		out.push(
			problem(
				['labels', 'rules'],
				'noLabelRules',
				'Add at least one rule to the labels (a segment and its label), or remove the labels.'
			)
		);
	const ids = new Set<string>();
	labels.rules.forEach((rule, k) => {
		const here: ProblemPath = ['labels', 'rules', k];
		if (ids.has(rule.id))
			out.push(
				problem([...here, 'id'], 'duplicateId', `Rule ${k + 1} has the same id as an earlier one.`)
			);
		ids.add(rule.id);
		if (!rule.label.trim())
			out.push(
				problem([...here, 'label'], 'labelText', `Rule ${k + 1} of the labels has no label.`)
			);
		out.push(...segmentReferenceProblems(rule, here, lookup, self, 'rule'));
	});
	return out;
}

/**
 * The label of a text key expression, given each rule's member set as a relation with a column
 * member_key (of the key's own type): CASE over the rules in order.
 */
export function labelCaseSql(
	labels: Labels,
	ruleRelations: readonly string[],
	keySql: string,
	sql: Dialect = duckdbDialect
): string {
	const whens = labels.rules.map(
		(rule, k) =>
			`WHEN ${keySql} IN (SELECT ${sql.asText('member_key')} FROM ${ruleRelations[k] as string}) THEN ${sql.string(rule.label)}`
	);
	const otherwise = labels.otherwise ? sql.string(labels.otherwise) : 'NULL';
	return `CASE ${whens.join(' ')} ELSE ${otherwise} END`;
}

/**
 * Members per label over a statement with columns member_key and label (compileLabels): in rule
 * order, then `otherwise`; labels with no member are absent.
 */
export function labelCountsSql(labelsStatement: string, labels: Labels, withRules = false): string {
	const order = distinctLabels(labels)
		.map((l, i) => `WHEN ${duckdbDialect.string(l)} THEN ${i}`)
		.join(' ');
	// with rule_k columns (compileLabels withRules): per label, how many of its members rule k holds
	const rules = withRules
		? labels.rules.map((_r, k) => `, count(*) FILTER (WHERE rule_${k})::INTEGER AS rule_${k}`)
		: [];
	const byRule = order ? `CASE label ${order} ELSE ${labels.rules.length + 1} END, ` : '';
	return `SELECT label, count(*)::INTEGER AS members${rules.join('')} FROM (\n${labelsStatement}\n) AS l GROUP BY label ORDER BY ${byRule}label NULLS LAST`;
}

/** The labels in the order they are shown: each rule's once, then `otherwise` if not empty. */
export function distinctLabels(labels: Labels): string[] {
	return [
		...new Set([
			...labels.rules.map((r) => r.label),
			...(labels.otherwise ? [labels.otherwise] : [])
		])
	];
}

/** The labels in words, for the summary. */
export function describeLabels(labels: Labels, lookup?: SegmentLookup): string {
	const rule = (r: LabelRule) =>
		`${q(r.label || 'no label')} if in ${r.segment ? segmentWords(r.segment, lookup) : 'no segment yet'}${r.source === 'lastRun' ? ' (as of its last run)' : ''}`;
	const rules = labels.rules.map(rule).join(', else ');
	const otherwise = labels.otherwise ? `, else ${q(labels.otherwise)}` : ', else empty';
	return `labelled in column ${q(labels.column)}: ${rules || 'no rules yet'}${otherwise}`;
}

/** The labels when they can be used: a column and at least one rule. */
export function usableLabels(labels: Labels | undefined): Labels | undefined {
	return labels && labels.column && labels.rules.length ? labels : undefined;
}
