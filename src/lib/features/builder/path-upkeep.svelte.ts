// Keeps the builder's paths right while the data model changes under it: ranks choices by the
// relationships' match rates, and repairs paths whose relationships were deleted or renamed when
// the same joins exist under another name (saying so once). Call during component set-up.
import { untrack } from 'svelte';
import { toasts } from '$lib/components/ui/toasts.svelte';
import { app } from '$lib/features/app/app.svelte';
import { Live } from '$lib/features/app/live.svelte';
import { database } from '$lib/db/schema';
import { loadFormerRelationships } from '$lib/db/model-store';
import type { Relationship } from '$lib/segments/data-model';
import type { SegmentBuilder } from './builder.svelte';
import { PathRates } from './path-rates.svelte';

export function keepPathsCurrent(builder: SegmentBuilder): void {
	const former = new Live<Relationship[]>(() => loadFormerRelationships(database()), []);
	const rates = new PathRates();
	const toRank = $derived([...builder.relationshipsToRank()].sort().join('\n'));

	$effect(() => former.start());

	$effect(() => {
		const model = app.model.value;
		const names = new Set(toRank ? toRank.split('\n') : []);
		if (app.engineStatus !== 'ready' || !app.model.loaded || names.size === 0) return;
		untrack(() => void rates.need(model, names));
	});

	$effect(() => {
		const next = rates.rates;
		untrack(() => builder.setRates(next));
	});

	$effect(() => {
		const formerRelationships = former.value;
		void app.model.value;
		void builder.loads;
		if (!app.model.loaded || !former.loaded) return;
		untrack(() => {
			for (const sentence of builder.repairPaths(formerRelationships))
				toasts.show(sentence, 'info');
		});
	});
}
