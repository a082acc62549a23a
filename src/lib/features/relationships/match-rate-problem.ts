// Why a relationship's match rate could not be computed, as a sentence a user can act on: the
// engine's error (a missing table, a missing column, keys of different types) is translated, never
// shown as it is.
import { errorMessage } from '$lib/error-message';
import { userMessage } from '$lib/engine/errors';
import type { DataModel, Relationship } from '$lib/segments/data-model';

/** The engine's full text of an error (EngineError keeps DuckDB's own message as `detail`). */
function rawText(error: unknown): string {
	if (error && typeof error === 'object' && 'detail' in error && typeof error.detail === 'string')
		return error.detail;
	return errorMessage(error);
}

/** A sentence saying why the match rate of `rel` is unknown and what to do about it. */
export function matchRateProblem(model: DataModel, rel: Relationship, error: unknown): string {
	for (const end of [rel.from, rel.to]) {
		const entity = model.entities.find((e) => e.name === end.entity);
		if (!entity)
			return `The entity “${end.entity}” no longer exists, so this relationship cannot be checked. Edit or delete the relationship.`;
		if (!entity.attributes.some((a) => a.name === end.attribute))
			return `${end.entity} has no attribute “${end.attribute}” any more. Edit the relationship to choose another key.`;
	}
	const raw = rawText(error);
	const table = /Table with name (.+?) does not exist/i.exec(raw)?.[1];
	if (table) {
		const entity = model.entities.find((e) => e.table === table.replace(/^"|"$/g, ''));
		const which = entity ? `The rows of ${entity.name} are` : 'The rows of one of its entities are';
		return `${which} missing from this browser, so the match rate cannot be checked. Import the file again, or restore a backup that includes the data.`;
	}
	if (/Referenced column .* not found|column .* does not exist/i.test(raw))
		return `A key column of this relationship is missing from the stored rows, so the match rate cannot be checked. Import the entity's file again.`;
	if (/Cannot compare values of type|No function matches|Could not convert/i.test(raw))
		return `${rel.from.entity}.${rel.from.attribute} and ${rel.to.entity}.${rel.to.attribute} hold different kinds of values, so no row can match. Edit the relationship to join keys of the same type.`;
	const detail = userMessage(raw).replace(/[.!]+$/, '');
	return `The match rate could not be checked (${detail}). Reload the page to try again.`;
}
