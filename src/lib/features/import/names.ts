// Names for new entities and their tables.
import { IDENTIFIER_MAX } from '$lib/segments/data-model';

/** "Order Details (2024).csv" → "Order_Details_2024", unique among `taken` (case-insensitive). */
export function suggestEntityName(fileName: string, taken: string[]): string {
	let base = fileName
		.replace(/\.(csv|tsv|txt|parquet|pq|json|ndjson|jsonl)$/i, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9_]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.replace(/_+/g, '_');
	if (!/^[A-Za-z]/.test(base)) base = 'Data_' + base;
	base = base.slice(0, IDENTIFIER_MAX - 4) || 'Data';
	const lower = new Set(taken.map((t) => t.toLowerCase()));
	let name = base;
	for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}_${n}`;
	return name;
}

/** The DuckDB table for a new entity: stable, unrelated to later renames. */
export function newTableName(entityName: string): string {
	const suffix = crypto.randomUUID().replaceAll('-', '').slice(0, 8);
	return `t_${entityName.toLowerCase().slice(0, 40)}_${suffix}`;
}
