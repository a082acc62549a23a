// Where RFM scores can come from in this data model: entities with a path to the Customer Profile
// that have a date (or timestamp) and a number — the purchases — with the first of each proposed.
import type { DataModel } from '$lib/segments/data-model';
import { findPaths } from '$lib/segments/paths';
import type { RfmSource } from '$lib/segments/rfm';

export interface RfmCandidate {
	entity: string;
	displayName: string;
	path: RfmSource['path'];
	dates: { name: string; displayName: string }[];
	amounts: { name: string; displayName: string }[];
}

export function rfmCandidates(model: DataModel): RfmCandidate[] {
	if (!model.profile) return [];
	return model.entities.flatMap((e) => {
		if (e.name === model.profile?.entity) return [];
		const path = findPaths(model, e.name)[0];
		const pick = (types: string[]) =>
			e.attributes
				.filter((a) => types.includes(a.type))
				.map((a) => ({ name: a.name, displayName: a.displayName }));
		const dates = pick(['date', 'timestamp']);
		const amounts = pick(['number']).filter(
			// keys are numbers too, but nobody sums them
			(a) => !/(^id$|_id$|^id_)/i.test(a.name)
		);
		if (!path || !dates.length || !amounts.length) return [];
		return [
			{
				entity: e.name,
				displayName: e.displayName,
				path: { start: e.name, steps: path.steps },
				dates,
				amounts
			}
		];
	});
}
