// What validation, parsing and compiling report instead of throwing: where in the definition the
// problem is (so the builder can put the message next to the right control) and one plain sentence.

export type ProblemPath = (string | number)[];

export interface Problem {
	/** Into the definition, e.g. ['groups', 1, 'where', 'children', 0, 'value']. */
	path: ProblemPath;
	/** Stable, for code and tests: 'unknownAttribute', 'missingValue', … */
	code: string;
	/** One sentence for the user. */
	message: string;
}

export function problem(path: ProblemPath, code: string, message: string): Problem {
	return { path, code, message };
}

/** Re-roots problems reported relative to a part of the definition. */
export function prefixProblems(prefix: ProblemPath, problems: Problem[]): Problem[] {
	return problems.map((p) => ({ ...p, path: [...prefix, ...p.path] }));
}

/** “name” in typographic quotes, as user-facing messages name things. */
export function q(name: string): string {
	return `“${name}”`;
}

/**
 * Where a path points, in the user's words: "group 2, condition 1.3" for
 * ['groups', 1, 'where', 'children', 0, 'children', 2]. Empty when the path is the document.
 * `fields: false` leaves out the field of the file (“start”, “value”), for people using the app.
 */
export function describeLocation(path: ProblemPath, { fields = true } = {}): string {
	const parts: string[] = [];
	let i = 0;
	if (path[0] === 'groups' && typeof path[1] === 'number') {
		parts.push(`group ${path[1] + 1}`);
		i = 2;
		const conditions = (from: number) => {
			const positions: number[] = [];
			let j = from;
			while (path[j] === 'children' && typeof path[j + 1] === 'number') {
				positions.push((path[j + 1] as number) + 1);
				j += 2;
			}
			parts.push(positions.length ? `condition ${positions.join('.')}` : 'conditions');
			i = j;
		};
		if (path[2] === 'where') conditions(3);
		else if (path[2] === 'aggregates' && typeof path[3] === 'number') {
			parts.push(`aggregate ${path[3] + 1}`);
			i = 4;
		} else if (path[2] === 'sequences' && typeof path[3] === 'number') {
			const side = path[4] === 'first' ? ' (A)' : path[4] === 'then' ? ' (B)' : '';
			parts.push(`sequence ${path[3] + 1}${side}`);
			i = side ? 5 : 4;
			if (side && path[5] === 'where') conditions(6);
		} else if (path[2] === 'lifecycles' && typeof path[3] === 'number') {
			parts.push(`lifecycle condition ${path[3] + 1}`);
			i = 4;
		} else if (path[2] === 'memberships' && typeof path[3] === 'number') {
			parts.push(`segment condition ${path[3] + 1}`);
			i = path[4] === 'segment' ? 5 : 4;
		} else if (path[2] === 'path') {
			if (path[3] === 'steps' && typeof path[4] === 'number') {
				parts.push(`step ${path[4] + 1} of the path`);
				i = 5;
			} else {
				parts.push('path');
				i = 3;
			}
		}
	}
	if (path[0] === 'labels') {
		parts.push(typeof path[2] === 'number' ? `rule ${path[2] + 1} of the labels` : 'the labels');
		i = typeof path[2] === 'number' ? 3 : path.length;
	}
	if (path[0] === 'split') {
		parts.push(typeof path[2] === 'number' ? `part ${path[2] + 1} of the split` : 'the split');
		i = path.length;
	}
	const rest = path.slice(i).filter((p) => typeof p === 'string');
	if (rest.length && fields) parts.push(`field ${rest.map(String).map(q).join(' › ')}`);
	return parts.join(', ');
}
