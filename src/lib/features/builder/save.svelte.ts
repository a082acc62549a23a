// Saving from the builder and leaving it: writes the definition (a new segment or the next revision),
// starts a run when the segment is complete, says what happened, and asks before navigating away
// from unsaved edits.
import { segmentLabel } from '$lib/segments/label';
import { goto } from '$app/navigation';
import type { BeforeNavigate } from '@sveltejs/kit';
import { toasts } from '$lib/components/ui/toasts.svelte';
import { database } from '$lib/db/schema';
import { createSegment, saveSegment, SegmentStoreError } from '$lib/db/segments-store';
import { isStorageFull } from '$lib/db/faults';
import type { SegmentState } from '$lib/db/records';
import { runNow } from '$lib/runs/service';
import type { SegmentBuilder } from './builder.svelte';

/** A sentence for the user: our own store errors are written for them, anything else is not. */
function saveProblem(e: unknown): string {
	if (e instanceof SegmentStoreError) return e.message;
	if (isStorageFull(e))
		return 'the browser has no room left to store it. Free some space (or delete old segments) and try again.';
	return 'the browser’s storage refused the write. Try again; if it keeps failing, reload the page.';
}

export class SaveFlow {
	saving = $state(false);
	/** The "Leave without saving?" dialog. */
	leaveOpen = $state(false);
	private leaveTo: string | null = null;
	private allowLeave = false;

	constructor(
		private readonly builder: SegmentBuilder,
		/** The stored segment's state (undefined for a new segment). */
		private readonly wasState: () => SegmentState | undefined
	) {}

	/** Save; with `activate`, a complete segment also becomes active. True when it was written. */
	async save(activate = false): Promise<boolean> {
		const builder = this.builder;
		this.saving = true;
		try {
			const { definition, state } = builder.savePayload(this.wasState(), activate);
			const problems = builder.problems.length;
			const label = segmentLabel(definition);
			const db = database();
			const record = builder.segmentId
				? await saveSegment(db, builder.segmentId, definition, state)
				: await createSegment(db, definition, state);
			builder.markSaved(record.id);
			if (problems === 0) {
				toasts.success(`Saved ${label}. Counting its members…`);
				void runNow(record.id, 'save').then(
					(run) => {
						if (run.status === 'failed') toasts.error(`${label}: the run failed: ${run.error}`);
					},
					() => toasts.error(`${label}: the run could not start. Try Run now on its page.`)
				);
			} else {
				toasts.show(
					`Saved ${label} as ${state}: ${problems} ${problems === 1 ? 'thing needs' : 'things need'} fixing before it can run.`,
					'warning'
				);
			}
			if (!location.search.includes(record.id)) {
				this.allowLeave = true;
				await goto(`/builder?id=${record.id}`, {
					replaceState: true,
					noScroll: true,
					keepFocus: true
				});
				this.allowLeave = false;
			}
			return true;
		} catch (e) {
			toasts.error(`Could not save: ${saveProblem(e)}`);
			return false;
		} finally {
			this.saving = false;
		}
	}

	/** For beforeNavigate: hold a navigation away from unsaved edits and ask. */
	guard(nav: BeforeNavigate): void {
		if (this.allowLeave || !this.builder.dirty || nav.type === 'leave') return;
		nav.cancel();
		this.leaveTo = nav.to?.url.href ?? '/';
		this.leaveOpen = true;
	}

	/** The dialog's answer: go where the user was going, saving first if asked. */
	async leave(saveFirst: boolean): Promise<void> {
		if (saveFirst && !(await this.save())) return;
		this.leaveOpen = false;
		this.allowLeave = true;
		if (this.leaveTo) await goto(this.leaveTo);
	}
}
