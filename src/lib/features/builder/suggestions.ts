// The most common values of a text attribute, offered as suggestions in the value field.
import { engine } from '$lib/engine';
import { quoteIdent } from '$lib/sql/quote';
import type { Entity } from '$lib/segments/data-model';

const cache = new Map<string, Promise<string[]>>();

export function commonValues(entity: Entity, attribute: string, limit = 25): Promise<string[]> {
	const key = `${entity.table}\u0000${attribute}\u0000${entity.importedAt}`;
	let hit = cache.get(key);
	if (!hit) {
		const col = quoteIdent(attribute);
		hit = engine()
			.rows(
				`SELECT ${col} AS v, count(*) AS n FROM ${quoteIdent(entity.table)} WHERE ${col} IS NOT NULL AND ${col} <> '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`,
				{ label: 'Finding common values', priority: 'interactive' }
			)
			.then((rows) => rows.map((r) => String(r['v'])))
			.catch(() => {
				cache.delete(key);
				return [];
			});
		cache.set(key, hit);
	}
	return hit;
}
