// Everything that keeps a shape-valid definition from being compiled against the current data
// model, reported all at once (not first-error-only) so the builder can mark every control that
// needs attention. A definition that passes validateSegment compiles.
import { splitProblems } from './split';
import { labelProblems } from './labels';
import { sequenceProblems, type SideChecks } from './sequence-validate';
import { lifecycleProblems } from './lifecycle-validate';
import { membershipProblems, referenceProblems } from './membership-validate';
import {
	findAttribute,
	findEntity,
	identifierProblem,
	type Attribute,
	type DataModel,
	type Entity
} from './data-model';
import {
	COUNTING_FUNCTIONS,
	CONDITION_DEPTH_MAX,
	DATE_PATTERN,
	DATETIME_PATTERN,
	PERIOD_UNITS,
	RELATIVE_UNITS,
	isConditionBlock,
	type AggregateCondition,
	type Condition,
	type ConditionNode,
	type Group,
	type RankCondition,
	type SegmentDefinition
} from './definition';
import { dayFromIso, instantFromIso, isoFromDay } from './dates';
import {
	aggregateFunctionInfo,
	aggregateLabel,
	aggregateOperandKind,
	aggregateOperatorsFor,
	isDateAggregate,
	operatorInfo,
	type OperandKind
} from './operators';
import { resolvePath } from './paths';
import type { SegmentLookup } from './dependencies';
import { prefixProblems, problem, q, type Problem, type ProblemPath } from './problems';

export type { Problem } from './problems';

export interface ValidateOptions {
	/** Names of the other segments; the name must differ from them (ignoring case). */
	takenNames?: string[];
	/**
	 * How segments referred to by "is in segment S" conditions are found: an unknown name, a cycle
	 * or a reference too deep is a problem. Without it, every such condition is a problem.
	 */
	segments?: SegmentLookup;
}

export function validateSegment(
	definition: SegmentDefinition,
	model: DataModel,
	options: ValidateOptions = {}
): Problem[] {
	return validateWith(definition, model, options, new Map());
}

/**
 * `referred` holds the problems of segments used live already checked in this validation, so a
 * segment reached along several paths is checked once.
 */
function validateWith(
	definition: SegmentDefinition,
	model: DataModel,
	options: ValidateOptions,
	referred: Map<string, Problem[]>
): Problem[] {
	const problems: Problem[] = [];
	const nameProblem = identifierProblem(definition.name, options.takenNames ?? []);
	if (nameProblem) problems.push(problem(['name'], 'invalidName', nameProblem));
	problems.push(...profileProblems(model));
	if (definition.groups.length === 0)
		problems.push(problem(['groups'], 'noGroups', 'Add at least one group of conditions.'));
	const seen = new Set<string>();
	definition.groups.forEach((group, index) => {
		if (seen.has(group.id))
			problems.push(
				problem(
					['groups', index, 'id'],
					'duplicateId',
					`Group ${index + 1} has the same id as an earlier group.`
				)
			);
		seen.add(group.id);
		problems.push(...groupProblems(group, index, model, options.segments, definition.name));
	});
	problems.push(...splitProblems(definition.split));
	problems.push(
		...labelProblems(definition.labels, model, options.segments, definition.name, definition.split)
	);
	const lookup = options.segments;
	if (lookup && !problems.some((p) => p.code === 'noProfile'))
		problems.push(
			...referenceProblems(definition, lookup, (other) => {
				const known = referred.get(other.name);
				if (known) return known;
				const found = validateWith(other, model, { segments: lookup }, referred).filter(
					(p) => p.code !== 'invalidName'
				);
				referred.set(other.name, found);
				return found;
			})
		);
	return problems;
}

/**
 * Problems of one group on its own (for its live count while other groups are unfinished),
 * including a missing Customer Profile, which stops every group from being counted. Its segment
 * conditions are checked one by one (not for cycles: that needs the whole definition).
 */
export function validateGroup(
	group: Group,
	index: number,
	model: DataModel,
	options: ValidateOptions = {}
): Problem[] {
	return [
		...profileProblems(model),
		...groupProblems(group, index, model, options.segments, undefined)
	];
}

function profileProblems(model: DataModel): Problem[] {
	const profile = model.profile;
	if (!profile)
		return [
			problem(
				[],
				'noProfile',
				'Choose the Customer Profile in the data model first: its keys are what a segment lists.'
			)
		];
	const entity = findEntity(model, profile.entity);
	if (!entity)
		return [
			problem(
				[],
				'noProfile',
				`The Customer Profile entity ${q(profile.entity)} no longer exists; choose the Customer Profile again.`
			)
		];
	if (!findAttribute(entity, profile.key))
		return [
			problem(
				[],
				'noProfile',
				`The Customer Profile key ${q(profile.key)} is no longer an attribute of ${entity.displayName}; choose the key again.`
			)
		];
	return [];
}

function groupProblems(
	group: Group,
	index: number,
	model: DataModel,
	lookup: SegmentLookup | undefined,
	self: string | undefined
): Problem[] {
	const at: ProblemPath = ['groups', index];
	const problems: Problem[] = [];
	if (index === 0 && group.operator !== undefined)
		problems.push(
			problem(
				[...at, 'operator'],
				'setOperatorOnFirst',
				'The first group cannot have a set operator (union, intersect or exclude); it is what later groups combine with.'
			)
		);
	if (index > 0 && group.operator === undefined)
		problems.push(
			problem(
				[...at, 'operator'],
				'setOperatorMissing',
				`Choose how group ${index + 1} combines with the groups before it: union, intersect or exclude.`
			)
		);

	const resolution = resolvePath(model, group.path);
	if (!resolution.ok) problems.push(...prefixProblems([...at, 'path'], resolution.problems));
	// With a broken step, only the entities before it are known: do not call the others "not on the
	// path", the path problem already says what to fix.
	const onPath = resolution.ok ? resolution.path.entities : resolution.entities;
	const pathKnown = resolution.ok || resolution.complete;
	const scope: Scope = { model, onPath, pathKnown, start: group.path.start };

	const ids = new Set<string>();
	const checkId = (id: string, path: ProblemPath) => {
		if (ids.has(id))
			problems.push(
				problem([...path, 'id'], 'duplicateId', 'Two parts of this group have the same id.')
			);
		ids.add(id);
	};
	if (group.where) problems.push(...nodeProblems(group.where, [...at, 'where'], 1, scope, checkId));
	group.aggregates.forEach((aggregate, i) => {
		checkId(aggregate.id, [...at, 'aggregates', i]);
		problems.push(...aggregateProblems(aggregate, [...at, 'aggregates', i], scope));
	});
	if (group.rank) problems.push(...rankProblems(group.rank, [...at, 'rank'], scope));
	const checks: SideChecks = {
		conditions: (node, where, side) => nodeProblems(node, where, 1, side, checkId),
		lookUp
	};
	group.sequences?.forEach((sequence, i) => {
		checkId(sequence.id, [...at, 'sequences', i]);
		problems.push(...sequenceProblems(sequence, [...at, 'sequences', i], model, checks));
	});
	group.lifecycles?.forEach((lifecycle, i) => {
		checkId(lifecycle.id, [...at, 'lifecycles', i]);
		problems.push(...lifecycleProblems(lifecycle, [...at, 'lifecycles', i], scope, checks));
	});
	if (group.memberships)
		problems.push(...membershipProblems(group.memberships, at, lookup, self, checkId));
	return problems;
}

interface Scope {
	model: DataModel;
	onPath: string[];
	pathKnown: boolean;
	start: string;
}

function nodeProblems(
	node: ConditionNode,
	at: ProblemPath,
	depth: number,
	scope: Scope,
	checkId: (id: string, path: ProblemPath) => void
): Problem[] {
	checkId(node.id, at);
	if (!isConditionBlock(node)) return conditionProblems(node, at, scope);
	if (depth > CONDITION_DEPTH_MAX)
		return [
			problem(
				at,
				'tooDeep',
				`Conditions are nested too deeply; at most ${CONDITION_DEPTH_MAX} levels of and/or blocks are allowed.`
			)
		];
	if (node.children.length === 0)
		return [
			problem(
				[...at, 'children'],
				'emptyBlock',
				`This ${node.kind === 'and' ? '“all of”' : '“any of”'} block has no conditions; add one or remove the block.`
			)
		];
	return node.children.flatMap((child, i) =>
		nodeProblems(child, [...at, 'children', i], depth + 1, scope, checkId)
	);
}

/** The entity and attribute a condition or aggregate names, or the problems finding them. */
function lookUp(
	entityName: string,
	attributeName: string | undefined,
	at: ProblemPath,
	scope: Scope
): { entity?: Entity; attribute?: Attribute; problems: Problem[] } {
	if (entityName === '')
		return {
			problems: [
				problem(
					[...at, 'entity'],
					'missingEntity',
					`Choose an entity for this ${at.includes('aggregates') ? 'aggregate' : at.includes('rank') ? 'ranking' : 'condition'}.`
				)
			]
		};
	const entity = findEntity(scope.model, entityName);
	if (!entity)
		return {
			problems: [
				problem(
					[...at, 'entity'],
					'unknownEntity',
					`The data model has no entity ${q(entityName)}: it was deleted or renamed, or its data is not imported here.`
				)
			]
		};
	const problems: Problem[] = [];
	if (scope.pathKnown && !scope.onPath.includes(entityName)) {
		const start = findEntity(scope.model, scope.start)?.displayName ?? scope.start;
		problems.push(
			problem(
				[...at, 'entity'],
				'entityNotOnPath',
				`${entity.displayName} is not on this group's path from ${start}, so its attributes cannot be used here.`
			)
		);
	}
	if (attributeName === undefined) return { entity, problems };
	if (attributeName === '') {
		problems.push(
			problem(
				[...at, 'attribute'],
				'missingAttribute',
				`Choose an attribute of ${entity.displayName}.`
			)
		);
		return { entity, problems };
	}
	const attribute = findAttribute(entity, attributeName);
	if (!attribute) {
		problems.push(
			problem(
				[...at, 'attribute'],
				'unknownAttribute',
				`${entity.displayName} has no attribute ${q(attributeName)}: it was renamed, or the data imported here does not have it.`
			)
		);
		return { entity, problems };
	}
	return { entity, attribute, problems };
}

const TYPE_WORDS = {
	number: 'a number',
	string: 'text',
	date: 'a date',
	timestamp: 'a date and time',
	boolean: 'true or false'
} as const;

function conditionProblems(c: Condition, at: ProblemPath, scope: Scope): Problem[] {
	const { entity, attribute, problems } = lookUp(c.entity, c.attribute, at, scope);
	if (!entity || !attribute) return problems;
	const name = `${q(attribute.displayName)} (${entity.displayName})`;
	const info = operatorInfo(attribute.type, c.operator);
	if (!info) {
		problems.push(
			problem(
				[...at, 'operator'],
				'operatorNotForType',
				`The operator ${q(c.operator)} does not apply to ${name}, which holds ${TYPE_WORDS[attribute.type]}.`
			)
		);
		return problems;
	}
	const value = 'value' in c ? c.value : undefined;
	problems.push(
		...valueProblems(info.valueKind, value, [...at, 'value'], name, attribute.type === 'date')
	);
	return problems;
}

function aggregateProblems(a: AggregateCondition, at: ProblemPath, scope: Scope): Problem[] {
	const fn = aggregateFunctionInfo(a.function);
	const attributeName = fn.needsAttribute ? (a.attribute ?? '') : undefined;
	const { entity, attribute, problems } = lookUp(a.entity, attributeName, at, scope);
	if (!entity) return problems;
	if (fn.needsAttribute && !attribute) {
		const missing = problems.find((p) => p.code === 'missingAttribute');
		if (missing) {
			missing.code = 'aggregateNeedsAttribute';
			missing.message = `Choose the attribute of ${entity.displayName} that “${fn.label} …” is taken of.`;
		}
		return problems;
	}
	const label = attribute ? aggregateLabel(a.function, attribute.type) : fn.label;
	const name = attribute
		? `the ${label} ${q(attribute.displayName)} (${entity.displayName})`
		: `the ${fn.label} ${entity.displayName}`;
	if (attribute && !fn.attributeTypes.includes(attribute.type)) {
		problems.push(
			problem(
				[...at, 'attribute'],
				'aggregateAttributeType',
				`“${fn.label} …” cannot be taken of ${q(attribute.displayName)} (${entity.displayName}), which holds ${TYPE_WORDS[attribute.type]}.`
			)
		);
		return problems;
	}
	if (a.includeZero && !COUNTING_FUNCTIONS.includes(a.function))
		problems.push(
			problem(
				[...at, 'includeZero'],
				'zeroNotForFunction',
				`Only counts can treat customers without rows as 0; “${label} …” has no value for them.`
			)
		);
	const dateAggregate = isDateAggregate(a.function, attribute?.type);
	if (!aggregateOperatorsFor(a.function, attribute?.type).includes(a.operator)) {
		problems.push(
			problem(
				[...at, 'operator'],
				'operatorNotForType',
				`The comparison ${q(a.operator)} only applies to the earliest or latest of a date; ${name} is a number.`
			)
		);
		return problems;
	}
	const kind = aggregateOperandKind(a.operator, dateAggregate, attribute?.type);
	problems.push(
		...valueProblems(kind, a.value, [...at, 'value'], name, attribute?.type === 'date')
	);
	return problems;
}

/** The ranking of a group: an aggregate to rank by (no comparison) and how many to keep. */
function rankProblems(rank: RankCondition, at: ProblemPath, scope: Scope): Problem[] {
	const fn = aggregateFunctionInfo(rank.function);
	const attributeName = fn.needsAttribute ? (rank.attribute ?? '') : undefined;
	const { entity, attribute, problems } = lookUp(rank.entity, attributeName, at, scope);
	if (!entity) return problems;
	if (fn.needsAttribute && !attribute) {
		const missing = problems.find((p) => p.code === 'missingAttribute');
		if (missing) {
			missing.code = 'rankNeedsAttribute';
			missing.message = `Choose the attribute of ${entity.displayName} that customers are ranked by.`;
		}
		return problems;
	}
	if (attribute && !fn.attributeTypes.includes(attribute.type))
		problems.push(
			problem(
				[...at, 'attribute'],
				'aggregateAttributeType',
				`Customers cannot be ranked by the ${fn.label} ${q(attribute.displayName)} (${entity.displayName}), which holds ${TYPE_WORDS[attribute.type]}.`
			)
		);
	if (!Number.isInteger(rank.amount) || rank.amount < 1)
		problems.push(
			problem(
				[...at, 'amount'],
				'wrongValueType',
				'How many customers to keep must be a whole number of at least 1.'
			)
		);
	else if (rank.unit === 'percent' && rank.amount > 100)
		problems.push(
			problem(
				[...at, 'amount'],
				'rankPercent',
				`A share of customers is at most 100 %; ${rank.amount} % was given.`
			)
		);
	return problems;
}

// ---- values --------------------------------------------------------------------------------

function isRealDate(s: string): boolean {
	return DATE_PATTERN.test(s) && isoFromDay(dayFromIso(s)) === s;
}
function isDateTime(s: string): boolean {
	return DATETIME_PATTERN.test(s) && isRealDate(s.slice(0, 10));
}
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Whether `value` fits the operator's value kind. `dateOnly`: the attribute is a DATE, so a time
 * of day would be meaningless and is refused rather than silently dropped.
 */
function valueProblems(
	kind: OperandKind,
	value: unknown,
	at: ProblemPath,
	name: string,
	dateOnly: boolean
): Problem[] {
	if (kind === 'none') return [];
	const missing = () => [problem(at, 'missingValue', `Enter a value for ${name}.`)];
	const wrong = (what: string) => [
		problem(at, 'wrongValueType', `The value for ${name} must be ${what}.`)
	];
	if (value === undefined || value === null) return missing();
	const dateWords = dateOnly
		? 'a date (YYYY-MM-DD)'
		: 'a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)';
	const isPoint = (s: unknown): s is string =>
		typeof s === 'string' && (isRealDate(s) || (!dateOnly && isDateTime(s)));
	switch (kind) {
		case 'number':
			return isNumber(value) ? [] : wrong('a number');
		case 'text':
			if (typeof value !== 'string') return wrong('text');
			if (value === '') return missing();
			return textProblems([value], at, name);
		case 'date':
			if (value === '') return missing();
			return typeof value === 'string' && isRealDate(value) ? [] : wrong('a date (YYYY-MM-DD)');
		case 'dateOrDateTime':
			if (value === '') return missing();
			return isPoint(value) ? [] : wrong(dateWords);
		case 'numberRange': {
			if (!isObject(value)) return wrong('a range of two numbers');
			const { from, to } = value;
			if (from === undefined || to === undefined) return missing();
			if (!isNumber(from) || !isNumber(to)) return wrong('a range of two numbers');
			return from > to
				? [
						problem(
							at,
							'rangeReversed',
							`The range for ${name} starts after it ends (from ${from} to ${to}).`
						)
					]
				: [];
		}
		case 'dateRange': {
			if (!isObject(value)) return wrong(`a range of two dates`);
			const { from, to } = value;
			if (from === undefined || to === undefined || from === '' || to === '') return missing();
			if (!isPoint(from) || !isPoint(to)) return wrong(`a start and an end, each ${dateWords}`);
			// a date alone as the end means the whole of that day
			const end = to.length === 10 ? instantFromIso(to) + 86_399 : instantFromIso(to);
			return instantFromIso(from) > end
				? [
						problem(
							at,
							'rangeReversed',
							`The start ${from.replace('T', ' ')} is after the end ${to.replace('T', ' ')} for ${name}.`
						)
					]
				: [];
		}
		case 'numberList':
			if (!Array.isArray(value)) return wrong('a list of numbers');
			if (value.length === 0)
				return [problem(at, 'emptyList', `The list of values for ${name} is empty.`)];
			return value.every(isNumber) ? [] : wrong('a list of numbers');
		case 'textList':
			if (!Array.isArray(value)) return wrong('a list of texts');
			if (value.length === 0)
				return [problem(at, 'emptyList', `The list of values for ${name} is empty.`)];
			if (!value.every((v) => typeof v === 'string')) return wrong('a list of texts');
			return textProblems(value as string[], at, name);
		case 'relative':
			if (!isObject(value)) return wrong('an amount of days, weeks, months or years');
			if (value.amount === undefined) return missing();
			return Number.isInteger(value.amount) &&
				(value.amount as number) >= 0 &&
				RELATIVE_UNITS.includes(value.unit as never)
				? []
				: wrong('a whole number of days, weeks, months or years');
		case 'period':
			return isObject(value) && PERIOD_UNITS.includes(value.unit as never)
				? []
				: wrong('a week, month, quarter or year');
		case 'weekdays':
			if (!Array.isArray(value)) return wrong('a list of days of the week');
			if (value.length === 0)
				return [problem(at, 'emptyList', `Choose at least one day of the week for ${name}.`)];
			return value.every((d) => Number.isInteger(d) && d >= 1 && d <= 7)
				? []
				: wrong('days of the week numbered 1 (Monday) to 7 (Sunday)');
		case 'days':
			if (!isObject(value) || value.amount === undefined) return missing();
			return Number.isInteger(value.amount) &&
				(value.amount as number) >= 0 &&
				(value.amount as number) <= 366 &&
				value.unit === 'days'
				? []
				: wrong('a number of days from 0 to 366');
	}
}

function textProblems(values: string[], at: ProblemPath, name: string): Problem[] {
	return values.some((v) => v.includes('\u0000'))
		? [
				problem(
					at,
					'wrongValueType',
					`The value for ${name} contains a NUL character, which text cannot hold.`
				)
			]
		: [];
}
