// What a reload would interrupt right now. Features that must not be cut off by an app update (an
// import, a refresh, unsaved builder edits) register a reason while it lasts; the update prompt
// names them and asks before reloading. Module-level on purpose: any module can mark work without
// reaching a component.
const reasons = new Map<number, string>();
let next = 0;

/**
 * Mark work in progress, in the user's words ("Importing orders.csv"). Call the returned function
 * when it ends (it is safe to call twice), e.g. in a `finally` or an effect's teardown.
 */
export function markBusy(reason: string): () => void {
	const id = next++;
	reasons.set(id, reason);
	return () => {
		reasons.delete(id);
	};
}

/** The reasons marked now, oldest first, without duplicates. */
export function busyNow(): string[] {
	return [...new Set(reasons.values())];
}
