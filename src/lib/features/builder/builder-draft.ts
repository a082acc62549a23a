// Unsaved builder edits kept across a reload of the tab (sessionStorage: a reload, a tab the
// browser discarded and brought back, or a crash of the page keep it; closing the tab does not, and
// leaving with unsaved edits asks first). Kept by page address, with the version they were based
// on: a draft over a segment changed since (in another tab) is not put back over the change.
import type { SegmentDefinition } from '$lib/segments/definition';
import { sessionStore } from '$lib/session-store';

const PREFIX = 'segments-builder-draft:';

interface Kept {
	base: string;
	definition: SegmentDefinition;
}

export function keepDraft(
	key: string,
	base: string,
	definition: SegmentDefinition,
	store = sessionStore()
): void {
	try {
		store?.setItem(PREFIX + key, JSON.stringify({ base, definition } satisfies Kept));
	} catch {
		/* storage full: the edits stay on the page, the leave guard still asks */
	}
}

export function dropDraft(key: string, store = sessionStore()): void {
	store?.removeItem(PREFIX + key);
}

/** The draft kept for `key` over the version `base`, or null (none, or over another version). */
export function keptDraft(
	key: string,
	base: string,
	store = sessionStore()
): SegmentDefinition | null {
	const raw = store?.getItem(PREFIX + key);
	if (!raw) return null;
	try {
		const kept = JSON.parse(raw) as Partial<Kept>;
		if (kept.base === base && kept.definition && typeof kept.definition === 'object')
			return kept.definition;
	} catch {
		/* unreadable: dropped below */
	}
	store?.removeItem(PREFIX + key);
	return null;
}
