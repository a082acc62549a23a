// zod issues of the shared-file envelope and the backup records as Problems: a path into the file
// and one sentence. Definitions have their own, richer wording (segments/parse.ts); these shapes
// are simple enough for a short one. Unknown fields are split off so callers can report them as
// warnings and read the rest.
import type { z } from 'zod';
import { problem, q, type Problem, type ProblemPath } from '../segments/problems';

type Issue = z.core.$ZodIssue;

/** zod's expected types in words (shared with backup-issues.ts). */
export const EXPECTED: Record<string, string> = {
	number: 'a number',
	string: 'text',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	null: 'empty (null)'
};

function fieldName(path: ProblemPath): string {
	for (let i = path.length - 1; i >= 0; i--)
		if (typeof path[i] === 'string') return `The field ${q(String(path[i]))}`;
	return 'The file';
}

export function issueProblems(issues: readonly Issue[], base: ProblemPath): Problem[] {
	return issues.flatMap((issue): Problem[] => {
		const path: ProblemPath = [
			...base,
			...issue.path.filter((k): k is string | number => typeof k !== 'symbol')
		];
		const field = fieldName(path);
		switch (issue.code) {
			case 'unrecognized_keys':
				return issue.keys.map((key) =>
					problem([...path, key], 'unknownField', `Unknown field ${q(key)}.`)
				);
			case 'invalid_type':
				return [
					problem(
						path,
						'wrongType',
						`${field} must be ${EXPECTED[issue.expected] ?? issue.expected}.`
					)
				];
			case 'invalid_value':
				return [
					problem(
						path,
						'invalidValue',
						`${field} must be ${issue.values.map((v) => q(String(v))).join(' or ')}.`
					)
				];
			case 'too_big':
			case 'too_small': {
				const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
				const bound = issue.code === 'too_big' ? 'at most' : 'at least';
				const what =
					issue.origin === 'string'
						? `${bound} ${limit} characters long`
						: issue.origin === 'array'
							? `a list of ${bound} ${limit} items`
							: `${bound} ${limit}`;
				return [
					problem(
						path,
						issue.code === 'too_big' ? 'tooBig' : 'tooSmall',
						`${field} must be ${what}.`
					)
				];
			}
			case 'invalid_union':
				return [problem(path, 'invalidValue', `${field} does not have a shape this app reads.`)];
			default:
				return [problem(path, 'invalidValue', `${field} is not valid: ${issue.message}.`)];
		}
	});
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
