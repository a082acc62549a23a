// What happens to the segments of a file that use one of its segments ("is in segment A"), in
// words on A's card, as the import will do it (sharing/plan.ts): imported under a new name, they
// follow it; replacing ours, they use the replaced segment; skipped, they use ours of that name —
// or, when there is none, refer to a segment that is not here and arrive as drafts.
import type { Resolution } from '$lib/sharing/plan';

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');

export function referenceWords(
	/** The display names of the file's other segments that use this one (and are imported). */
	usedBy: string[],
	/** This segment's name in the file. */
	name: string,
	resolution: Resolution,
	/** Whether a segment of this name exists here (what a skipped one's users will find). */
	existsHere: boolean
): string | null {
	if (!usedBy.length) return null;
	const who = `${quoted(usedBy)} in this file use${usedBy.length === 1 ? 's' : ''} it`;
	switch (resolution.action) {
		case 'import':
			return resolution.name === name
				? null
				: `${who}: they will use it under its new name, “${resolution.name}”.`;
		case 'replace':
			return `${who}: they will use the segment it replaces here.`;
		case 'skip':
			return existsHere
				? `${who}: with it skipped, they will use your “${name}” here.`
				: `${who}: with it skipped, they refer to a segment that is not here and arrive as drafts.`;
	}
}
