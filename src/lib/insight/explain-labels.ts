// Why a member gets their label: which of the labels' rules hold them now (each rule's segment
// evaluated as the run evaluates it, live or as of its last run) and so which label is theirs — the
// first rule that holds them, else `otherwise`. Read for one customer key, beside "why in".
import { compileLabels, type CompileOptions } from '../segments/compile';
import type { Clock } from '../segments/dates';
import type { DataModel } from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';
import { usableLabels } from '../segments/labels';
import { q } from '../segments/problems';
import { quoteString } from '../sql/quote';
import type { Row } from '../engine/results';

export interface LabelVerdict {
	column: string;
	/** null: no rule holds them and `otherwise` is empty. */
	label: string | null;
	/** Per rule, in order: whether its segment holds the customer. */
	held: boolean[];
}

/** The customer's label and the rules that hold them; null when the segment has no labels. */
export async function explainLabel(
	definition: SegmentDefinition,
	model: DataModel,
	clock: Clock,
	key: string,
	rows: (sql: string) => Promise<Row[]>,
	options: CompileOptions = {}
): Promise<LabelVerdict | null> {
	const labels = usableLabels(definition.labels);
	if (!labels) return null;
	const compiled = compileLabels(
		definition,
		model,
		clock,
		`(SELECT ${quoteString(key)} AS member_key)`,
		{ ...options, withRules: true }
	);
	if (!compiled?.ok) return null;
	const [row] = await rows(compiled.sql);
	return {
		column: labels.column,
		label: row?.['label'] === null || row?.['label'] === undefined ? null : String(row['label']),
		held: labels.rules.map((_r, k) => row?.[`rule_${k}`] === true)
	};
}

/** "Their priority is “VIP”: rule 1 is the first that holds them (rules 1 and 3 do)." */
export function labelWords(v: LabelVerdict): string {
	const holding = v.held.flatMap((h, k) => (h ? [k + 1] : []));
	const first = holding[0];
	const list =
		holding.length > 1
			? `rules ${holding.slice(0, -1).join(', ')} and ${holding[holding.length - 1]} do`
			: null;
	const label = v.label === null ? 'empty' : q(v.label);
	if (first === undefined) return `Their ${v.column} is ${label}: no rule's segment holds them.`;
	return `Their ${v.column} is ${label}: rule ${first} is the first whose segment holds them${list ? ` (${list})` : ''}.`;
}
