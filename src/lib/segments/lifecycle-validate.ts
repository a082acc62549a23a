// What keeps a lifecycle condition (stopped, restarted, regularly) from compiling: a date or
// timestamp on the group's path to date activity by, windows of at least one unit, and "at least
// k of the last n periods" with k ≤ n. Attribute look-ups are validate.ts's, passed in.
import { RELATIVE_UNITS, type LifecycleCondition } from './definition';
import { problem, q, type Problem, type ProblemPath } from './problems';
import type { SideChecks, SideScope } from './sequence-validate';

export function lifecycleProblems(
	c: LifecycleCondition,
	at: ProblemPath,
	scope: SideScope,
	checks: SideChecks
): Problem[] {
	const problems: Problem[] = [];
	const time = c.time;
	if (time.entity === '' || time.attribute === '')
		problems.push(
			problem(
				[...at, 'time', time.entity === '' ? 'entity' : 'attribute'],
				'lifecycleNeedsTime',
				'Choose the date or timestamp that dates activity for this lifecycle condition.'
			)
		);
	else {
		const found = checks.lookUp(time.entity, time.attribute, [...at, 'time'], scope);
		problems.push(...found.problems);
		const { entity, attribute } = found;
		if (entity && attribute && attribute.type !== 'date' && attribute.type !== 'timestamp')
			problems.push(
				problem(
					[...at, 'time', 'attribute'],
					'lifecycleTimeType',
					`${q(attribute.displayName)} (${entity.displayName}) does not hold a date; activity can only be dated by a date or a date and time.`
				)
			);
	}
	if (c.kind === 'regularly') {
		const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
		if (!whole(c.atLeast) || !whole(c.periods))
			problems.push(
				problem(
					[...at, 'periods'],
					'wrongValueType',
					'How many periods, and in how many of them, must be whole numbers of at least 1.'
				)
			);
		else if (c.atLeast > c.periods)
			problems.push(
				problem(
					[...at, 'atLeast'],
					'lifecycleNever',
					`Active in at least ${c.atLeast} of the last ${c.periods} ${c.unit}s can never hold; the first number must be at most ${c.periods}.`
				)
			);
		return problems;
	}
	for (const window of ['recent', 'previous'] as const) {
		const span = c[window] as { amount: unknown; unit: unknown };
		if (
			!Number.isInteger(span.amount) ||
			(span.amount as number) < 1 ||
			!RELATIVE_UNITS.includes(span.unit as never)
		)
			problems.push(
				problem(
					[...at, window],
					'wrongValueType',
					`The ${window} window must be a whole number of at least 1 day, week, month or year.`
				)
			);
	}
	return problems;
}
