// Reading a definition from outside (an imported file, storage written by an older version): check
// that it is one, bring an older format version up to date, then check its shape with zod and turn
// zod's issues into Problems a user can act on. Never throws on bad input.
import {
	CONDITION_DEPTH_MAX,
	DEFINITION_FORMAT,
	DEFINITION_VERSION,
	definitionSchema,
	type SegmentDefinition
} from './definition';
import { describeLocation, problem, q, type Problem, type ProblemPath } from './problems';
import { issuesToProblems, type Issue } from './issues';

export type ParseResult =
	| { ok: true; definition: SegmentDefinition; migratedFrom?: number }
	| { ok: false; problems: Problem[] };

type Json = Record<string, unknown>;

/** Upgrades a document of version N to version N + 1. */
export type Migration = (document: Json) => Json;

/**
 * Keyed by the version a migration upgrades FROM. Version 2 only added optional fields and
 * functions (counts that reach zero, counts of different days, relative dates for the earliest or
 * latest date, ranking); a version 1 aggregate without `includeZero` keeps its meaning — only
 * customers with at least one row — so the step only changes the number.
 */
export const migrations: Readonly<Record<number, Migration>> = {
	1: (doc) => ({ ...doc, version: 2 }),
	// Version 3 only added the optional `split`: a version 2 document has no split.
	2: (doc) => ({ ...doc, version: 3 }),
	// Version 4 only added the optional `sequences` and `lifecycles` of a group: a version 3
	// document has none.
	3: (doc) => ({ ...doc, version: 4 }),
	// Version 5 only added the optional `memberships` of a group (segments in segments): a version
	// 4 document refers to no other segment.
	4: (doc) => ({ ...doc, version: 5 }),
	// Version 6 only added the optional `labels` (an export column from an ordered list of
	// segments): a version 5 document has none.
	5: (doc) => ({ ...doc, version: 6 })
};

/**
 * A definition kept by this app (in IndexedDB) may have been saved by an older version: the same
 * definition in the current version, so what is edited, saved and shared is labelled correctly.
 * Definitions of an unknown version are returned as they are.
 */
export function upToDate(definition: SegmentDefinition): SegmentDefinition {
	const version = (definition as { version: number }).version;
	if (version === DEFINITION_VERSION || !(version >= 1 && version < DEFINITION_VERSION))
		return definition;
	const r = migrate(definition as unknown as Json, version);
	return r.ok ? (r.document as unknown as SegmentDefinition) : definition;
}

/**
 * The deepest JSON nesting a valid definition can have: root › groups › group › sequences ›
 * sequence › first › where is level 7, each and/or block adds two levels (the block and its
 * children list), and a leaf's value adds one more. Checked iteratively before zod's recursive
 * parse, so a hostile file cannot exhaust the stack.
 */
export const MAX_DEFINITION_DEPTH = 10 + 2 * (CONDITION_DEPTH_MAX - 1);

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseDefinition(input: unknown): ParseResult {
	const notOne = (path: ProblemPath) => ({
		ok: false as const,
		problems: [problem(path, 'notADefinition', 'This is not a segment definition.')]
	});
	if (!isObject(input)) return notOne([]);
	if (input.format !== DEFINITION_FORMAT) return notOne(['format']);

	const version = input.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return fail(['version'], 'badVersion', 'This segment definition has no valid format version.');
	if (version > DEFINITION_VERSION)
		return fail(
			['version'],
			'newerVersion',
			`This segment definition uses format version ${version}, which is newer than this app can read (version ${DEFINITION_VERSION}); update Segments to open it.`
		);
	const migrated = migrate(input, version);
	if (!migrated.ok) return { ok: false, problems: [migrated.problem] };

	const depthProblem = nestingProblem(migrated.document);
	if (depthProblem) return { ok: false, problems: [depthProblem] };

	const result = definitionSchema.safeParse(migrated.document);
	if (!result.success)
		return { ok: false, problems: definitionProblems(result.error.issues, migrated.document, []) };
	return version < DEFINITION_VERSION
		? { ok: true, definition: result.data, migratedFrom: version }
		: { ok: true, definition: result.data };
}

function fail(path: ProblemPath, code: string, message: string): ParseResult {
	return { ok: false, problems: [problem(path, code, message)] };
}

/**
 * Applies migration steps one version at a time, from `from` up to `to`. `what` starts the message
 * for a version with no step ("This file uses bundle format"). Shared by definitions and by the
 * sharing bundle (src/lib/sharing/read.ts).
 */
export function migrateSteps(
	document: Json,
	from: number,
	table: Readonly<Record<number, Migration>>,
	to: number,
	what: string
): { ok: true; document: Json } | { ok: false; problem: Problem } {
	let doc = document;
	for (let v = from; v < to; v++) {
		const step = table[v];
		if (!step)
			return {
				ok: false,
				problem: problem(
					['version'],
					'unsupportedVersion',
					`${what} version ${from}, which this app can no longer read.`
				)
			};
		try {
			doc = step(doc);
		} catch {
			return {
				ok: false,
				problem: problem(
					[],
					'badFile',
					`This version ${from} file could not be brought up to date.`
				)
			};
		}
	}
	return { ok: true, document: doc };
}

/** Applies definition migrations one version at a time, from `from` up to `to`. */
export function migrate(
	document: Json,
	from: number,
	table: Readonly<Record<number, Migration>> = migrations,
	to: number = DEFINITION_VERSION
): { ok: true; document: Json } | { ok: false; problem: Problem } {
	return migrateSteps(document, from, table, to, 'This segment definition uses format');
}

/**
 * Too deep a document: first any JSON nesting beyond MAX_DEFINITION_DEPTH, then and/or blocks
 * nested beyond CONDITION_DEPTH_MAX (reported at the first block that is too deep).
 */
function nestingProblem(document: Json): Problem | null {
	const tooDeep = (path: ProblemPath) =>
		problem(
			path,
			'tooDeep',
			`The conditions are nested too deeply; at most ${CONDITION_DEPTH_MAX} levels of and/or blocks are allowed.`
		);
	// the and/or blocks first, so the usual case gets a precise location
	const groups = Array.isArray(document.groups) ? document.groups : [];
	for (const [g, group] of groups.entries()) {
		if (!isObject(group)) continue;
		const blocks: [unknown, ProblemPath, number][] = [[group.where, ['groups', g, 'where'], 1]];
		const sequences = Array.isArray(group.sequences) ? group.sequences : [];
		sequences.forEach((sequence, i) => {
			if (!isObject(sequence)) return;
			for (const side of ['first', 'then'] as const) {
				const step = sequence[side];
				if (isObject(step))
					blocks.push([step.where, ['groups', g, 'sequences', i, side, 'where'], 1]);
			}
		});
		while (blocks.length) {
			const [node, path, depth] = blocks.pop() as [unknown, ProblemPath, number];
			if (!isObject(node) || !Array.isArray(node.children)) continue;
			if (depth > CONDITION_DEPTH_MAX) return tooDeep(path);
			node.children.forEach((child, i) =>
				blocks.push([child, [...path, 'children', i], depth + 1])
			);
		}
	}
	const stack: [unknown, number][] = [[document, 1]];
	while (stack.length) {
		const [value, depth] = stack.pop() as [unknown, number];
		if (depth > MAX_DEFINITION_DEPTH)
			return problem([], 'tooDeep', 'This file is nested too deeply to be a segment definition.');
		if (typeof value === 'object' && value !== null)
			for (const child of Object.values(value)) stack.push([child, depth + 1]);
	}
	return null;
}

// ---- zod issues as sentences ---------------------------------------------------------------

/** "in group 2, condition 1" or '' at the top of the document. */
function whereIn(path: ProblemPath): string {
	const location = describeLocation(path);
	return location ? ` in ${location}` : '';
}

/** The field an issue is about and where that field is. */
function fieldOf(path: ProblemPath): { field: string; where: string } {
	let i = path.length - 1;
	while (i >= 0 && typeof path[i] === 'number') i--;
	if (i < 0) return { field: 'the definition', where: '' };
	return { field: `The field ${q(String(path[i]))}`, where: whereIn(path.slice(0, i)) };
}

/**
 * Picks the alternative of a failed union the input was most likely meant to be: for a condition
 * node, the one its `kind` names; otherwise the one with the fewest complaints.
 */
function bestBranch(branches: Issue[][], value: unknown): Issue[] {
	const kind = isObject(value) ? value.kind : undefined;
	const score = (issues: Issue[]) => {
		let s = issues.length;
		for (const issue of issues) {
			if (issue.path.length === 1 && issue.path[0] === 'kind') s += 100;
			if (
				(kind === 'and' || kind === 'or') &&
				issue.code === 'invalid_union' &&
				issue.path[0] === 'operator'
			)
				s += 100;
		}
		return s;
	};
	let best: Issue[] = [];
	let bestScore = Infinity;
	for (const branch of branches) {
		const s = score(branch);
		if (s < bestScore) [best, bestScore] = [branch, s];
	}
	return best;
}

/** A definition's issues as sentences, each saying where in the definition it is. */
function definitionProblems(issues: Issue[], document: unknown, base: ProblemPath): Problem[] {
	return issuesToProblems(issues, base, {
		fieldOf,
		document,
		union: (issue, value, path) => {
			if (issue.errors.length === 0 && 'discriminator' in issue) {
				const where = fieldOf(path).where;
				return [
					problem(
						path,
						'unknownOperator',
						typeof value === 'string'
							? `Unknown operator ${q(value)}${where}.`
							: `The operator is missing${where}.`
					)
				];
			}
			return definitionProblems(bestBranch(issue.errors, value), document, path);
		}
	});
}
