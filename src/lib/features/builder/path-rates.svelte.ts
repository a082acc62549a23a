// Match rates of the relationships the builder has to choose between (the same check as the
// Relationships page), so an ambiguous path defaults to the one whose joins hold best. Only
// relationships on a choice are checked; results are kept per relationship and data version.
import { engine } from '$lib/engine';
import type { DataModel, Relationship } from '$lib/segments/data-model';
import { readRelationshipCheck, relationshipCheckSql } from '$lib/segments/model-checks';
import type { MatchRateMap } from '$lib/segments/paths';

/** Across builder visits in this tab: a relationship over unchanged data keeps its rate. */
const cache = new Map<string, number>();

function cacheKey(model: DataModel, rel: Relationship): string {
	const version = (name: string) => {
		const e = model.entities.find((x) => x.name === name);
		return e ? [e.table, e.rowCount, e.importedAt] : null;
	};
	return JSON.stringify([rel, version(rel.from.entity), version(rel.to.entity)]);
}

export class PathRates {
	/** Known rates by relationship name, for the current model. */
	rates = $state<MatchRateMap>({});
	private generation = 0;

	/** Make sure the rates of `names` are known (checks the missing ones, one at a time). */
	async need(model: DataModel, names: ReadonlySet<string>): Promise<void> {
		const generation = ++this.generation;
		const next: Record<string, number> = {};
		const missing: Relationship[] = [];
		for (const rel of model.relationships) {
			if (!names.has(rel.name)) continue;
			const known = cache.get(cacheKey(model, rel));
			if (known === undefined) missing.push(rel);
			else next[rel.name] = known;
		}
		this.rates = { ...next };
		for (const rel of missing) {
			try {
				const rows = await engine().rows(relationshipCheckSql(model, rel), {
					label: `Checking relationship ${rel.name}`,
					priority: 'background'
				});
				const rate = readRelationshipCheck(rows[0]).matchRate;
				cache.set(cacheKey(model, rel), rate);
				next[rel.name] = rate;
			} catch {
				// no rate: the path ranks by length, as before rates were known
			}
			if (generation !== this.generation) return;
			this.rates = { ...next };
		}
	}
}
