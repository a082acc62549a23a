// What a user can do to a segment from a tile, a table row or its page.
import { segmentLabel } from '$lib/segments/label';
import { errorMessage } from '$lib/error-message';
import { database } from '$lib/db/schema';
import { deleteSegment, duplicateSegment, setSegmentState } from '$lib/db/segments-store';
import type { SegmentRecord } from '$lib/db/records';
import { engine } from '$lib/engine';
import { runNow } from '$lib/runs/service';
import { toasts } from '$lib/components/ui/toasts.svelte';
import { app } from '$lib/features/app/app.svelte';
import { exportMembersFile, type MemberFormat } from './export-members';
import { validateSegment } from '$lib/segments/validate';
import { definitionExport } from '$lib/features/sharing/definition-export.svelte';
import { segmentHealth, type SegmentHealth } from '$lib/runs/health';
import { segmentLookup } from '$lib/runs/segment-lookup';
import { dependencyOrder, dependentsOf } from '$lib/segments/dependencies';
import { addedDependenciesText, withDependencies } from '$lib/sharing/segment-references';

/** A click handler that runs `f` and shows its failure as a toast. */
export const safely = (f: () => Promise<void>) => (): void =>
	void f().catch((e: unknown) => toasts.error(errorMessage(e)));

export function problemsOf(segment: SegmentRecord): string[] {
	return validateSegment(segment.definition, app.model.value, {
		takenNames: app.segments.value.filter((s) => s.id !== segment.id).map((s) => s.name),
		segments: segmentLookup(app.segments.value)
	}).map((p) => p.message);
}

/** The segment's health on the current model (runs/health.ts): the same on every view. */
export function healthOf(segment: SegmentRecord): SegmentHealth {
	return segmentHealth(
		segment,
		app.model.value,
		app.segments.value.filter((s) => s.id !== segment.id).map((s) => s.name),
		segmentLookup(app.segments.value)
	);
}

/**
 * Run a segment by hand; true when it succeeded. With `offerDependents` (from a menu, where no
 * button can follow), the success toast offers to refresh the segments that use it.
 */
export async function runSegmentNow(
	segment: SegmentRecord,
	{ offerDependents = false } = {}
): Promise<boolean> {
	const run = await runNow(segment.id, 'manual');
	const dependents =
		offerDependents && run.status === 'succeeded' ? dependentsToRefresh(segment) : [];
	if (run.status === 'succeeded')
		toasts.success(
			`${segmentLabel(segment)}: ${run.members?.toLocaleString('en')} members.${dependents.length ? ` ${dependents.length === 1 ? '1 segment uses' : `${dependents.length} segments use`} it.` : ''}`,
			dependents.length
				? {
						label: dependents.length === 1 ? 'Refresh it too' : 'Refresh them too',
						run: safely(() => refreshDependents(segment))
					}
				: undefined
		);
	else if (run.status === 'failed')
		toasts.error(`${segmentLabel(segment)}: the run failed: ${run.error}`);
	return run.status === 'succeeded';
}

/** The saved segments that use `segment`, directly or through others, in the order to refresh. */
export function dependentsToRefresh(segment: SegmentRecord): SegmentRecord[] {
	const all = app.segments.value;
	const names = dependencyOrder(
		dependentsOf(
			segment.name,
			all.map((s) => s.definition)
		),
		segmentLookup(all)
	);
	return names.flatMap((n) => all.filter((s) => s.name === n));
}

/** Refresh the segments that use `segment`, each after the ones it uses; stops at a failure. */
export async function refreshDependents(segment: SegmentRecord): Promise<void> {
	const targets = dependentsToRefresh(segment);
	for (const [i, s] of targets.entries()) {
		const run = await runNow(s.id, 'manual');
		if (run.status !== 'succeeded') {
			toasts.error(
				`${segmentLabel(s)}: the run failed${run.error ? `: ${run.error}` : ''}. ${targets.length - i - 1} segment(s) after it were not refreshed.`
			);
			return;
		}
	}
	toasts.success(
		`Refreshed ${targets.map((s) => segmentLabel(s)).join(', ')}, which use ${segmentLabel(segment)}.`
	);
}

export async function activate(segment: SegmentRecord): Promise<void> {
	await setSegmentState(database(), segment.id, 'active');
	toasts.success(
		`${segmentLabel(segment)} is active and refreshes every ${segment.definition.refreshIntervalMinutes >= 60 ? `${segment.definition.refreshIntervalMinutes / 60} h` : `${segment.definition.refreshIntervalMinutes} min`}.`
	);
	runNow(segment.id, 'manual', 'background').catch((e: unknown) => toasts.error(errorMessage(e)));
}

export async function deactivate(segment: SegmentRecord): Promise<void> {
	await setSegmentState(database(), segment.id, 'inactive');
	toasts.show(
		`${segmentLabel(segment)} is inactive: it keeps its history but no longer refreshes.`
	);
}

export async function duplicate(segment: SegmentRecord): Promise<void> {
	const copy = await duplicateSegment(database(), segment.id);
	toasts.success(`Created ${copy.name}.`);
}

export async function remove(segment: SegmentRecord): Promise<void> {
	await deleteSegment(database(), segment.id);
	await engine()
		.dropSnapshot(segment.id)
		.catch(() => undefined);
	toasts.success(`Deleted ${segmentLabel(segment)}.`);
}

export async function exportMembers(
	segment: SegmentRecord,
	format: MemberFormat = 'csv'
): Promise<void> {
	const label = `Exporting the members of ${segmentLabel(segment)}`;
	const id = toasts.show(`${label}…`, 'info', 0);
	try {
		const r = await exportMembersFile(segment, app.model.value, format, (p) =>
			toasts.update(
				id,
				`${label}: ${p.rows.toLocaleString('en')} rows, ${(p.bytes / 1024 / 1024).toFixed(1)} MB…`
			)
		);
		toasts.dismiss(id);
		toasts.success(`Exported ${r.rows.toLocaleString('en')} members to ${r.fileName}.`);
	} catch (e) {
		toasts.dismiss(id);
		if (e instanceof Error && e.name === 'SaveCancelled') return;
		toasts.error(`The export failed: ${errorMessage(e)}`);
	}
}

/** One segment's definition, with the segments it uses (said in a toast). */
export async function exportDefinition(segment: SegmentRecord): Promise<void> {
	const { segments, added } = withDependencies([segment], app.segments.value);
	if (!(await definitionExport.run(segments, app.model.value))) return;
	const also = addedDependenciesText(added);
	if (also) toasts.show(`Exported ${segmentLabel(segment)}. ${also}`);
}
