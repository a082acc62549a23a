// Edits of a definition's labels (an export column from an ordered list of segments), kept apart
// from the rune state so they are plain functions with unit tests. Each returns new labels.
import type { LabelRule, Labels } from '../../segments/definition';

const shortId = (prefix: string) =>
	`${prefix}${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;

/** Labels as the builder starts them: a column to name, no rules yet, members no rule holds empty. */
export function newLabels(column = 'label'): Labels {
	return { column, rules: [], otherwise: '' };
}

/** A rule for segment `segment` (by its unique name) labelled `label`, live. */
export function newRule(segment = '', label = ''): LabelRule {
	return { id: shortId('r'), label, segment, source: 'live' };
}

export function addRule(labels: Labels, rule: LabelRule = newRule()): Labels {
	return { ...labels, rules: [...labels.rules, rule] };
}

export function removeRule(labels: Labels, k: number): Labels {
	return { ...labels, rules: labels.rules.filter((_r, i) => i !== k) };
}

/** Rule k one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveRule(labels: Labels, k: number, delta: -1 | 1): Labels {
	const to = k + delta;
	if (k < 0 || k >= labels.rules.length || to < 0 || to >= labels.rules.length) return labels;
	const rules = [...labels.rules];
	[rules[k], rules[to]] = [rules[to] as LabelRule, rules[k] as LabelRule];
	return { ...labels, rules };
}

/**
 * A rule's segment changed: a label still empty, or still the previous segment's display name,
 * follows the new segment's display name (a priority list usually names each segment).
 */
export function withSegment(
	rule: LabelRule,
	segment: string,
	displayNameOf: (name: string) => string | undefined
): LabelRule {
	const before = rule.segment ? (displayNameOf(rule.segment) ?? rule.segment) : '';
	const follows = rule.label === '' || rule.label === before;
	const after = displayNameOf(segment) ?? segment;
	return { ...rule, segment, label: follows ? after.slice(0, 64) : rule.label };
}
