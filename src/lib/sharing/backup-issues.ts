// A zod issue in a backup's records as one sentence that starts with where it is:
// "entities[2].importedAt is not a date." Backups are refused on their first problem, so the
// sentence has to point at it exactly.
import { problem, q, type Problem, type ProblemPath } from '../segments/problems';
import { formatPath } from './json-text';
import { EXPECTED, type Issue } from '../segments/issues';

function rest(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type':
			return /received undefined/.test(issue.message)
				? 'is missing.'
				: `is not ${EXPECTED[issue.expected] ?? issue.expected}.`;
		case 'invalid_value':
			return `is not ${issue.values.map((v) => q(String(v))).join(' or ')}.`;
		case 'unrecognized_keys':
			return `has an unknown field ${q(issue.keys[0] ?? '')}.`;
		case 'too_big':
		case 'too_small': {
			const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
			const bound = issue.code === 'too_big' ? 'more' : 'fewer';
			if (issue.origin === 'string') return `has ${bound} than ${limit} characters allowed.`;
			if (issue.origin === 'array') return `has ${bound} than ${limit} items allowed.`;
			return `is ${issue.code === 'too_big' ? 'above' : 'below'} ${limit}.`;
		}
		case 'invalid_union':
			return 'does not have a shape this app reads.';
		case 'invalid_format':
		case 'custom':
			return `${issue.message}.`;
		default:
			return 'is not valid.';
	}
}

/** "entities[2].name is …": a sentence that starts with where the problem is. */
export function located(path: ProblemPath, code: string, sentence: string): Problem {
	const at = formatPath(path[0] === 'tables' ? path.slice(1) : path);
	return problem(path, code, `${at || 'The backup'} ${sentence}`);
}

export function issueSentence(issue: Issue, base: ProblemPath): Problem {
	const path: ProblemPath = [
		...base,
		...issue.path.filter((k): k is string | number => typeof k !== 'symbol')
	];
	return located(path, issue.code, rest(issue));
}
