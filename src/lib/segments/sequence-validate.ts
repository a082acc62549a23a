// What keeps a sequence condition ("A then B within N days") from compiling: each side needs a path
// to the Customer Profile, valid conditions on that path, and a date or timestamp that places its
// rows in time. The checks of conditions and attributes are validate.ts's, passed in, so a side's
// conditions get exactly the sentences a group's do.
import type { Attribute, DataModel, Entity } from './data-model';
import {
	SEQUENCE_DAYS_MAX,
	SEQUENCE_KINDS,
	type ConditionNode,
	type SequenceCondition
} from './definition';
import { resolvePath } from './paths';
import { prefixProblems, problem, q, type Problem, type ProblemPath } from './problems';

/** A side's path as validate.ts's condition checks need it. */
export interface SideScope {
	model: DataModel;
	onPath: string[];
	pathKnown: boolean;
	start: string;
}

export interface SideChecks {
	conditions: (node: ConditionNode, at: ProblemPath, scope: SideScope) => Problem[];
	lookUp: (
		entity: string,
		attribute: string,
		at: ProblemPath,
		scope: SideScope
	) => { entity?: Entity; attribute?: Attribute; problems: Problem[] };
}

const SIDE_WORD = { first: 'A', then: 'B' } as const;

export function sequenceProblems(
	s: SequenceCondition,
	at: ProblemPath,
	model: DataModel,
	checks: SideChecks
): Problem[] {
	const problems: Problem[] = [];
	for (const side of ['first', 'then'] as const) {
		const step = s[side];
		const here: ProblemPath = [...at, side];
		const word = SIDE_WORD[side];
		if (step.path.start === '') {
			problems.push(
				problem(
					[...here, 'path', 'start'],
					'noStart',
					`Choose the entity whose rows are ${word} in this sequence.`
				)
			);
			continue;
		}
		const resolution = resolvePath(model, step.path);
		if (!resolution.ok) problems.push(...prefixProblems([...here, 'path'], resolution.problems));
		const scope: SideScope = {
			model,
			onPath: resolution.ok ? resolution.path.entities : resolution.entities,
			pathKnown: resolution.ok || resolution.complete,
			start: step.path.start
		};
		if (step.where) problems.push(...checks.conditions(step.where, [...here, 'where'], scope));
		problems.push(...timeProblems(step.time, [...here, 'time'], word, scope, checks));
	}
	if (!(SEQUENCE_KINDS as readonly unknown[]).includes(s.kind))
		problems.push(
			problem(
				[...at, 'kind'],
				'unknownSequenceKind',
				'Choose whether B must follow A (“followed by”) or must not (“not followed by”).'
			)
		);
	if (!Number.isInteger(s.withinDays) || s.withinDays < 0 || s.withinDays > SEQUENCE_DAYS_MAX)
		problems.push(
			problem(
				[...at, 'withinDays'],
				'wrongValueType',
				`The days B may come after A must be a whole number from 0 to ${SEQUENCE_DAYS_MAX}.`
			)
		);
	return problems;
}

function timeProblems(
	time: { entity: string; attribute: string },
	at: ProblemPath,
	word: string,
	scope: SideScope,
	checks: SideChecks
): Problem[] {
	const missing = (path: ProblemPath) => [
		problem(
			path,
			'sequenceNeedsTime',
			`Choose the date or timestamp that places ${word} in time in this sequence.`
		)
	];
	if (time.entity === '') return missing([...at, 'entity']);
	if (time.attribute === '') return missing([...at, 'attribute']);
	const { entity, attribute, problems } = checks.lookUp(time.entity, time.attribute, at, scope);
	if (entity && attribute && attribute.type !== 'date' && attribute.type !== 'timestamp')
		problems.push(
			problem(
				[...at, 'attribute'],
				'sequenceTimeType',
				`${q(attribute.displayName)} (${entity.displayName}) does not hold a date; ${word} can only be placed in time by a date or a date and time.`
			)
		);
	return problems;
}
