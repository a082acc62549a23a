// What a segment is called on screen: its display name, or its name where the display name is
// empty. One rule for every list, dialog, toast and file name that mentions a segment.

/** The parts of a definition (or of a stored segment's definition) that name it. */
interface Named {
	name: string;
	displayName?: string;
}

/** A segment's label: a definition, or a stored segment (whose name is its definition's name). */
export function segmentLabel(segment: Named | { name: string; definition: Named }): string {
	const displayName =
		'definition' in segment ? segment.definition.displayName : segment.displayName;
	return displayName || segment.name;
}
