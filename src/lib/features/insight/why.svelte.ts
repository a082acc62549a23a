// State of the "Why in, why out" panel: the key typed or picked, the explanation of the latest
// request (an older answer the user outran is dropped), suggested keys to click, and a sentence for
// anything that went wrong — never the engine's own error text.
import { engine } from '$lib/engine';
import type { DataModel } from '$lib/segments/data-model';
import type { SegmentDefinition } from '$lib/segments/definition';
import { workspaceClock } from '$lib/db/time-zone-store';
import { validateSegment } from '$lib/segments/validate';
import type { SegmentLookup } from '$lib/segments/dependencies';
import { explainCustomer, type Explanation } from '$lib/insight/explain';
import { suggestedKeysSql } from '$lib/insight/customer-sql';
import { explainLabel, type LabelVerdict } from '$lib/insight/explain-labels';

export class WhyState {
	key = $state('');
	result = $state<Explanation | null>(null);
	/** A member's label and the rules that hold them, when the segment has labels. */
	label = $state<LabelVerdict | null>(null);
	error = $state<string | null>(null);
	busy = $state(false);
	members = $state<string[]>([]);
	others = $state<string[]>([]);
	private generation = 0;

	async loadSuggestions(segmentId: string, model: DataModel): Promise<void> {
		const sql = suggestedKeysSql(model, segmentId, 4);
		if (!sql) return;
		try {
			const rows = await engine().rows(sql, { label: 'Finding customers to explain' });
			this.members = rows.filter((r) => r.member === true).map((r) => String(r.k));
			this.others = rows.filter((r) => r.member !== true).map((r) => String(r.k));
		} catch {
			// suggestions are a convenience; typing a key still works
		}
	}

	async explain(
		definition: SegmentDefinition,
		model: DataModel,
		segments: SegmentLookup,
		key = this.key
	): Promise<void> {
		this.key = key;
		const generation = ++this.generation;
		this.error = null;
		if (!key.trim()) {
			this.result = null;
			this.error = 'Enter a customer key to see why they are in or out.';
			return;
		}
		if (!model.profile) {
			this.error = 'Mark a Customer Profile on the Relationships page first.';
			return;
		}
		if (validateSegment(definition, model, { segments }).some((p) => p.code !== 'invalidName')) {
			this.error =
				'This segment has problems to fix in the builder before it can explain a customer.';
			return;
		}
		this.busy = true;
		try {
			const ask = (sql: string) => engine().rows(sql, { label: 'Explaining a customer' });
			const result = await explainCustomer(definition, model, workspaceClock(), key, ask, {
				segments
			});
			const label =
				result.found && result.member
					? await explainLabel(definition, model, workspaceClock(), key, ask, { segments })
					: null;
			if (generation === this.generation) {
				this.result = result;
				this.label = label;
			}
		} catch {
			if (generation === this.generation) {
				this.result = null;
				this.error = 'The engine could not check this customer. Try again in a moment.';
			}
		} finally {
			if (generation === this.generation) this.busy = false;
		}
	}
}
