// Segments in segments: which saved segments a definition refers to ("is in segment S"), and the
// graph those references form — cycles (refused), dependents ("used in"), the order in which to
// refresh them, and renaming a segment everywhere it is referred to. Pure: segments are found
// through a SegmentLookup the caller builds from storage, a backup or a CLI file.
import type { LabelRule, MembershipCondition, SegmentDefinition } from './definition';

/** How the compiler and the validator find the segments a definition refers to, by name. */
export interface SegmentLookup {
	/** The saved definition called `name` (its unique `name`), or undefined. */
	definition(name: string): SegmentDefinition | undefined;
	/**
	 * SQL selecting one column `member_key` (VARCHAR: the Customer Profile key cast to text) of the
	 * members of `name`'s latest successful run, or null when it has none (never run, or its run
	 * members are not kept where this SQL runs).
	 */
	lastRunMembers(name: string): string | null;
}

/** A lookup over a list of definitions whose last runs are not known (CLI, tests, imports). */
export function lookupOf(
	definitions: readonly SegmentDefinition[],
	lastRunMembers: (name: string) => string | null = () => null
): SegmentLookup {
	const byName = new Map(definitions.map((d) => [d.name, d]));
	return { definition: (name) => byName.get(name), lastRunMembers };
}

/**
 * Every reference a definition makes to another segment, in order: its groups' segment conditions,
 * then its label rules (read as "is in segment S": a member of S gets the rule's label).
 */
export function membershipsOf(definition: SegmentDefinition): MembershipCondition[] {
	return [
		...definition.groups.flatMap((g) => g.memberships ?? []),
		...(definition.labels?.rules ?? []).map(labelReference)
	];
}

/** A label rule as the segment condition it evaluates. */
export function labelReference(rule: LabelRule): MembershipCondition {
	return { id: rule.id, operator: 'inSegment', segment: rule.segment, source: rule.source };
}

/** The names of the segments a definition refers to directly, each once, in order of first use. */
export function directDependencies(definition: SegmentDefinition): string[] {
	return [...new Set(membershipsOf(definition).map((m) => m.segment))];
}

/**
 * A cycle through `definition` (its own name first and last, e.g. [a, b, a]), or null. References
 * to segments the lookup does not know are not followed (validation reports them separately).
 */
export function findCycle(definition: SegmentDefinition, lookup: SegmentLookup): string[] | null {
	const start = definition.name;
	const visit = (name: string, path: string[], seen: Set<string>): string[] | null => {
		const def = name === start ? definition : lookup.definition(name);
		if (!def) return null;
		for (const next of directDependencies(def)) {
			if (next === start) return [...path, next];
			if (seen.has(next)) continue;
			seen.add(next);
			const found = visit(next, [...path, next], seen);
			if (found) return found;
		}
		return null;
	};
	return visit(start, [start], new Set([start]));
}

/**
 * The segments that refer to `name`, directly or through others ("used in"), each once: direct
 * users first, then theirs.
 */
export function dependentsOf(name: string, all: readonly SegmentDefinition[]): string[] {
	const out: string[] = [];
	let frontier = [name];
	const seen = new Set([name]);
	while (frontier.length) {
		const next: string[] = [];
		for (const d of all) {
			if (seen.has(d.name)) continue;
			if (directDependencies(d).some((n) => frontier.includes(n))) {
				seen.add(d.name);
				out.push(d.name);
				next.push(d.name);
			}
		}
		frontier = next;
	}
	return out;
}

/** The segments that refer to `name` directly. */
export function directDependentsOf(name: string, all: readonly SegmentDefinition[]): string[] {
	return all.filter((d) => directDependencies(d).includes(name)).map((d) => d.name);
}

/**
 * `names` ordered so every segment comes after the segments it refers to (among `names`); ties
 * keep the given order. Segments in a cycle keep their given order at the end.
 */
export function dependencyOrder(names: readonly string[], lookup: SegmentLookup): string[] {
	const wanted = new Set(names);
	const done = new Set<string>();
	const out: string[] = [];
	let progress = true;
	while (out.length < wanted.size && progress) {
		progress = false;
		for (const name of names) {
			if (done.has(name)) continue;
			const def = lookup.definition(name);
			const deps = def ? directDependencies(def).filter((d) => wanted.has(d) && d !== name) : [];
			if (deps.every((d) => done.has(d))) {
				done.add(name);
				out.push(name);
				progress = true;
			}
		}
	}
	return [...out, ...names.filter((n) => !done.has(n))];
}

/** The definition with every reference to segment `from` pointing at `to` instead. */
export function renameReferences(
	definition: SegmentDefinition,
	from: string,
	to: string
): SegmentDefinition {
	if (!directDependencies(definition).includes(from)) return definition;
	const labels = definition.labels;
	return {
		...definition,
		...(labels
			? {
					labels: {
						...labels,
						rules: labels.rules.map((r) => (r.segment === from ? { ...r, segment: to } : r))
					}
				}
			: {}),
		groups: definition.groups.map((g) =>
			g.memberships
				? {
						...g,
						memberships: g.memberships.map((m) => (m.segment === from ? { ...m, segment: to } : m))
					}
				: g
		)
	};
}
