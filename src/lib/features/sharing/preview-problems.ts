// The problems of a definition about to be imported, as lines for its card: where in the segment
// (group, condition; not the field of the file), and one line for a sentence said at several places
// (an entity the workspace lacks is named by the path and by every condition that uses it).
import { describeLocation, type Problem } from '$lib/segments/problems';

export function previewProblemLines(problems: readonly Problem[]): string[] {
	const places = new Map<string, Set<string>>();
	for (const p of problems) {
		const at = places.get(p.message) ?? new Set<string>();
		at.add(describeLocation(p.path, { fields: false }));
		places.set(p.message, at);
	}
	return [...places].map(([message, at]) => {
		const where = [...at];
		if (where.length !== 1 || !where[0]) return message;
		return `${where[0][0]!.toUpperCase()}${where[0].slice(1)}: ${message}`;
	});
}
