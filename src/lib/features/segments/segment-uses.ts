// Which saved segments a segment uses ("is in segment …") and which use it ("used in"), as
// records to link to, and what deleting a used segment does, said before it happens.
import type { SegmentRecord } from '$lib/db/records';
import { directDependencies, directDependentsOf } from '$lib/segments/dependencies';
import { segmentLabel } from '$lib/segments/label';

/** The saved segments whose definitions refer to `segment` directly, by label. */
export function usedIn(segment: SegmentRecord, all: readonly SegmentRecord[]): SegmentRecord[] {
	const names = new Set(
		directDependentsOf(
			segment.name,
			all.filter((s) => s.id !== segment.id).map((s) => s.definition)
		)
	);
	return all
		.filter((s) => s.id !== segment.id && names.has(s.name))
		.sort((a, b) => segmentLabel(a).localeCompare(segmentLabel(b)));
}

/** The saved segments `segment` refers to directly, in the order it names them. */
export function uses(segment: SegmentRecord, all: readonly SegmentRecord[]): SegmentRecord[] {
	return directDependencies(segment.definition).flatMap((name) => {
		const found = all.find((s) => s.name === name && s.id !== segment.id);
		return found ? [found] : [];
	});
}

/** The confirmation's words for deleting `segment`: what goes, and who stops working. */
export function deleteDescription(segment: SegmentRecord, all: readonly SegmentRecord[]): string {
	const users = usedIn(segment, all).map(segmentLabel);
	const base =
		'Its definition, run history and member lists are removed. Your data is not affected.';
	return users.length
		? `${base} Used in: ${users.join(', ')}. ${users.length === 1 ? 'It' : 'They'} will stop working until you change ${users.length === 1 ? 'it' : 'them'}.`
		: `${base} No other segment uses it.`;
}
