// Segments in segments across files: a definitions file carries the segments its definitions
// refer to ("is in segment B"), and an import makes the references follow the names the segments
// arrive under, or says which referred segments are neither in the file nor in the workspace.
import type { MembershipCondition, SegmentDefinition } from '../segments/definition';
import { directDependencies, membershipsOf } from '../segments/dependencies';
import { segmentLabel } from '../segments/label';

interface Named {
	name: string;
	definition: SegmentDefinition;
}

export interface AddedDependency<T> {
	segment: T;
	/** Display names of the chosen segments (or other added ones) that use it. */
	usedBy: string[];
}

/**
 * The chosen segments followed by every segment they refer to, directly or through others, each
 * once (found among `all`); `added` says which were added and who uses them.
 */
export function withDependencies<T extends Named>(
	chosen: readonly T[],
	all: readonly T[]
): { segments: T[]; added: AddedDependency<T>[] } {
	const byName = new Map(all.map((s) => [s.name, s]));
	const included = new Set(chosen.map((s) => s.name));
	const segments = [...chosen];
	const added: AddedDependency<T>[] = [];
	for (let i = 0; i < segments.length; i++) {
		const user = segments[i]!;
		for (const name of directDependencies(user.definition)) {
			const found = byName.get(name);
			if (!found) continue;
			if (included.has(name)) {
				added.find((a) => a.segment.name === name)?.usedBy.push(segmentLabel(user.definition));
				continue;
			}
			included.add(name);
			segments.push(found);
			added.push({ segment: found, usedBy: [segmentLabel(user.definition)] });
		}
	}
	return { segments, added };
}

/** "also includes B, which A uses" for an export's added dependencies. */
export function addedDependenciesText(added: readonly AddedDependency<Named>[]): string | null {
	if (added.length === 0) return null;
	const parts = added.map(
		(a) =>
			`${segmentLabel(a.segment.definition)}, which ${a.usedBy.join(' and ')} ${a.usedBy.length > 1 ? 'use' : 'uses'}`
	);
	return `Also includes ${parts.join('; ')}.`;
}

/**
 * The definition with its segment references renamed all at once by `names` (file name → name
 * it arrives under); names not in the map are kept.
 */
export function renameSegmentReferences(
	definition: SegmentDefinition,
	names: ReadonlyMap<string, string>
): SegmentDefinition {
	if (!membershipsOf(definition).some((m) => names.has(m.segment))) return definition;
	const rename = (m: MembershipCondition): MembershipCondition => {
		const to = names.get(m.segment);
		return to === undefined ? m : { ...m, segment: to };
	};
	const labels = definition.labels;
	return {
		...definition,
		groups: definition.groups.map((g) =>
			g.memberships ? { ...g, memberships: g.memberships.map(rename) } : g
		),
		...(labels
			? {
					labels: {
						...labels,
						rules: labels.rules.map((r) => ({ ...r, segment: names.get(r.segment) ?? r.segment }))
					}
				}
			: {})
	};
}

export interface MissingSegment {
	/** The referred name, as the file writes it. */
	name: string;
	/** Display names of the file's segments that use it. */
	usedBy: string[];
}

/** Referred segments that are neither among the file's definitions nor in the workspace. */
export function missingSegments(
	fileDefinitions: readonly SegmentDefinition[],
	workspaceNames: readonly string[]
): MissingSegment[] {
	const known = new Set([...fileDefinitions.map((d) => d.name), ...workspaceNames]);
	const missing = new Map<string, string[]>();
	for (const d of fileDefinitions)
		for (const name of directDependencies(d)) {
			if (known.has(name)) continue;
			missing.set(name, [...(missing.get(name) ?? []), segmentLabel(d)]);
		}
	return [...missing.entries()].map(([name, usedBy]) => ({ name, usedBy }));
}
