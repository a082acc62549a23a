// How the app finds the segments a definition refers to ("is in segment S"): one SegmentLookup over
// the saved segments, used by every place that validates, counts, runs or explains a definition,
// so they agree. A segment's last-run members are the ones its latest successful run kept in the
// engine (snapshotDiff keeps them in main.segment_members on every successful run).
import type { SegmentRecord } from '../db/records';
import type { SegmentDefinition } from '../segments/definition';
import { directDependencies, renameReferences, type SegmentLookup } from '../segments/dependencies';
import { quoteString } from '../sql/quote';
import { stableStringify } from './hash';

/** SQL selecting `member_key` of a saved segment's latest run, kept by the engine. */
export function lastRunMembersSql(segmentId: string): string {
	return `SELECT member_key FROM main.segment_members WHERE segment_id = ${quoteString(segmentId)}`;
}

/** The definition being edited (unsaved): it stands for its own name in the lookup. */
export interface Draft {
	definition: SegmentDefinition;
	/** The saved segment it edits; null for a new one. */
	segmentId: string | null;
}

/**
 * A lookup over the saved segments. With a draft, the draft is the definition of its own name
 * (so a cycle through it is found before it is saved), and references to the name it had when it
 * was saved follow its new name, as they will after the save (segments-store renames them).
 */
export function segmentLookup(records: readonly SegmentRecord[], draft?: Draft): SegmentLookup {
	const edited = draft?.segmentId ? records.find((r) => r.id === draft.segmentId) : undefined;
	const renamedFrom = edited && draft && edited.name !== draft.definition.name ? edited.name : null;
	const byName = new Map<string, { record?: SegmentRecord; definition: SegmentDefinition }>();
	for (const r of records) {
		if (edited && r.id === edited.id) continue;
		const definition =
			renamedFrom && draft
				? renameReferences(r.definition, renamedFrom, draft.definition.name)
				: r.definition;
		byName.set(r.name, { record: r, definition });
	}
	if (draft)
		byName.set(draft.definition.name, {
			...(edited ? { record: edited } : {}),
			definition: draft.definition
		});
	return {
		definition: (name) => byName.get(name)?.definition,
		lastRunMembers: (name) => {
			const record = byName.get(name)?.record;
			return record?.lastSuccess ? lastRunMembersSql(record.id) : null;
		}
	};
}

/**
 * Everything outside a definition that its members depend on: the definitions it refers to,
 * directly or through others, and their latest runs. A live count is current only while this is.
 */
export function dependencyFingerprint(
	definition: SegmentDefinition,
	records: readonly SegmentRecord[]
): string {
	const lookup = segmentLookup(records, { definition, segmentId: null });
	const byName = new Map(records.map((r) => [r.name, r]));
	const seen = new Map<string, unknown>();
	const visit = (def: SegmentDefinition) => {
		for (const name of directDependencies(def)) {
			if (seen.has(name)) continue;
			const referred = name === definition.name ? undefined : lookup.definition(name);
			seen.set(name, {
				groups: referred?.groups ?? null,
				asOf: referred?.asOf ?? null,
				run: byName.get(name)?.lastSuccess?.runId ?? null
			});
			if (referred) visit(referred);
		}
	};
	visit(definition);
	return seen.size ? stableStringify([...seen.entries()]) : '';
}
