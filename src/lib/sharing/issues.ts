// zod issues of the shared-file envelope and the backup records as Problems, through the app's one
// translation (segments/issues.ts), with fields named by key alone: these shapes are simple.
// Unknown fields are split off so callers can report them as warnings and read the rest.
import type { z } from 'zod';
import { q, type Problem, type ProblemPath } from '../segments/problems';
import { issuesToProblems, type Issue } from '../segments/issues';

function fieldOf(path: ProblemPath): { field: string; where: string } {
	for (let i = path.length - 1; i >= 0; i--)
		if (typeof path[i] === 'string') return { field: `The field ${q(String(path[i]))}`, where: '' };
	return { field: 'The file', where: '' };
}

export function issueProblems(issues: readonly Issue[], base: ProblemPath): Problem[] {
	return issuesToProblems(issues, base, { fieldOf });
}

/**
 * Parse with a strict schema, but treat unknown fields as warnings: they are reported, removed
 * from a copy, and the rest parsed again. Any other issue fails the parse.
 */
export function parseReportingUnknown<T>(
	schema: z.ZodType<T>,
	value: unknown,
	base: ProblemPath
): { ok: true; data: T; unknown: Problem[] } | { ok: false; problems: Problem[] } {
	const first = schema.safeParse(value);
	if (first.success) return { ok: true, data: first.data, unknown: [] };
	const unknownIssues = first.error.issues.filter((i) => i.code === 'unrecognized_keys');
	const others = first.error.issues.filter((i) => i.code !== 'unrecognized_keys');
	if (others.length) return { ok: false, problems: issueProblems(others, base) };
	const copy = structuredClone(value);
	for (const issue of unknownIssues) {
		let target: unknown = copy;
		for (const key of issue.path) target = (target as Record<PropertyKey, unknown>)[key];
		for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
	}
	const second = schema.safeParse(copy);
	if (!second.success) return { ok: false, problems: issueProblems(second.error.issues, base) };
	return { ok: true, data: second.data, unknown: issueProblems(unknownIssues, base) };
}
