// zod's issues as Problems: a path into the document and one sentence a user can act on. The one
// translation for every document the app reads — definitions (segments/parse.ts), the shared
// file's envelope and the backup records (sharing/issues.ts) — each naming its fields its own way.
import type { z } from 'zod';
import { problem, q, type Problem, type ProblemPath } from './problems';

export type Issue = z.core.$ZodIssue;

/** zod's expected types in words. */
export const EXPECTED: Record<string, string> = {
	number: 'a number',
	int: 'a whole number',
	string: 'text',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	null: 'empty (null)'
};

export interface IssueWording {
	/** The field an issue is about ("The field “name”") and where it is (" in group 2", or ''). */
	fieldOf(path: ProblemPath): { field: string; where: string };
	/** The document read: with it a missing field is told from a wrong one. */
	document?: unknown;
	/**
	 * A value that matched no alternative of a union: the problems to report, or null for the
	 * plain "does not have a shape this app reads".
	 */
	union?(
		issue: Extract<Issue, { code: 'invalid_union' }>,
		value: unknown,
		path: ProblemPath
	): Problem[] | null;
}

/** The value at `path` in `document` (undefined when the path leaves it). */
export function valueAt(document: unknown, path: ProblemPath): unknown {
	let v = document;
	for (const key of path) {
		if (typeof v !== 'object' || v === null) return undefined;
		v = (v as Record<string | number, unknown>)[key];
	}
	return v;
}

export function issuesToProblems(
	issues: readonly Issue[],
	base: ProblemPath,
	wording: IssueWording
): Problem[] {
	return issues.flatMap((issue): Problem[] => {
		const path: ProblemPath = [
			...base,
			...issue.path.filter((k): k is string | number => typeof k !== 'symbol')
		];
		const value = valueAt(wording.document, path);
		const { field, where } = wording.fieldOf(path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const here = wording.fieldOf([...path, '']).where;
				return issue.keys.map((key) =>
					problem([...path, key], 'unknownField', `Unknown field ${q(key)}${here}.`)
				);
			}
			case 'invalid_union': {
				const chosen = wording.union?.(issue, value, path);
				if (chosen) return chosen;
				return [
					problem(path, 'invalidValue', `${field}${where} does not have a shape this app reads.`)
				];
			}
			case 'invalid_type':
				if (wording.document !== undefined && value === undefined)
					return [problem(path, 'missingField', `${field} is missing${where}.`)];
				return [
					problem(
						path,
						'wrongType',
						`${field}${where} must be ${EXPECTED[issue.expected] ?? issue.expected}.`
					)
				];
			case 'invalid_value':
				return [
					problem(
						path,
						'invalidValue',
						`${field}${where} must be ${issue.values.map((v) => q(String(v))).join(' or ')}.`
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
						`${field}${where} must be ${what}.`
					)
				];
			}
			default: {
				// our own refinements read "must be …"; zod's and the id pattern's do not
				const text = issue.message.startsWith('must')
					? issue.message
					: `is not valid: ${issue.message}`;
				return [problem(path, 'invalidValue', `${field}${where} ${text}.`)];
			}
		}
	});
}
