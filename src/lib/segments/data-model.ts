// The data model a segment is written against: the user's entities (imported tables) with typed
// attributes, the relationships between them, and the Customer Profile whose keys are a segment's
// members. Stored by src/lib/db, read by the compiler; plain data, no behaviour.

/** The five kinds of value a user sees. Every DuckDB column type maps onto one of them. */
export type AttributeType = 'number' | 'string' | 'date' | 'timestamp' | 'boolean';

export const ATTRIBUTE_TYPES: readonly AttributeType[] = [
	'number',
	'string',
	'date',
	'timestamp',
	'boolean'
];

export interface Attribute {
	/** The column name in the entity's table, exactly (may contain any character). */
	name: string;
	/** What the user calls it; defaults to the name. */
	displayName: string;
	type: AttributeType;
}

export interface Entity {
	/** Identifier the user sees and definitions refer to: letter first, then letters/digits/_. */
	name: string;
	displayName: string;
	/** The DuckDB table that holds the rows; internal and stable across renames. */
	table: string;
	attributes: Attribute[];
	rowCount: number;
	sourceFile: string;
	sourceFormat: 'csv' | 'parquet' | 'json' | 'ndjson' | 'demo';
	importedAt: string;
}

export type Cardinality = 'many-to-one' | 'one-to-one';

export interface AttributeRef {
	entity: string;
	attribute: string;
}

/** `from` rows point at one `to` row: orders.customer_id → customers.customer_id. */
export interface Relationship {
	name: string;
	from: AttributeRef;
	to: AttributeRef;
	cardinality: Cardinality;
}

export interface CustomerProfile {
	entity: string;
	key: string;
}

export interface DataModel {
	entities: Entity[];
	relationships: Relationship[];
	profile: CustomerProfile | null;
}

export const IDENTIFIER_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
export const IDENTIFIER_MAX = 64;

/** Why a name is not a valid identifier, or null when it is. Used for entity and segment names. */
export function identifierProblem(name: string, taken: Iterable<string> = []): string | null {
	if (name.length === 0) return 'A name is required.';
	if (/\s/.test(name)) return 'A name cannot contain spaces; use _ instead.';
	if (!/^[A-Za-z]/.test(name)) return 'A name must start with a letter.';
	if (!IDENTIFIER_PATTERN.test(name)) return 'Use only letters, digits and _.';
	if (name.length > IDENTIFIER_MAX) return `A name can have at most ${IDENTIFIER_MAX} characters.`;
	const lower = name.toLowerCase();
	for (const t of taken)
		if (t.toLowerCase() === lower) return `The name “${name}” is already used.`;
	return null;
}

/**
 * `text` made into a valid identifier: accents dropped, every run of other characters one `_`,
 * `prefix` before a start that is not a letter (`fallback` when nothing is left), and unique
 * among `taken` (case-insensitive) by `_2`, `_3`, … ("Big spenders (EU)" → "Big_spenders_EU").
 */
export function identifierFrom(
	text: string,
	taken: Iterable<string> = [],
	prefix = 'x_',
	fallback = 'x'
): string {
	let base = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9_]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.replace(/_+/g, '_');
	if (base && !/^[A-Za-z]/.test(base)) base = prefix + base;
	const room = IDENTIFIER_MAX - 4;
	if (base.length > room) {
		// cut at the last whole word that fits, unless that loses more than half
		const cut = base.slice(0, room + 1);
		const at = cut.lastIndexOf('_');
		base = at > room / 2 ? cut.slice(0, at) : cut.slice(0, room);
	}
	base = base.replace(/_+$/, '') || fallback;
	const lower = new Set([...taken].map((t) => t.toLowerCase()));
	let name = base;
	for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${base}_${n}`;
	return name;
}

/** What a name typed into a form becomes (see typedName). */
export interface TypedName {
	/** The identifier to keep. */
	name: string;
	/** True when it was made from words: the words are then the display name. */
	fromWords: boolean;
	/** Why nothing can be kept (only for what is neither a name nor words). */
	problem: string | null;
}

/**
 * A name as a user types it: a valid identifier stands as typed (and must be free), anything else
 * with a letter or digit in it is made into one (identifierFrom, unique), so "Big spenders (EU)"
 * is not refused for its spaces. `lower` makes names from words in lower case.
 */
export function typedName(
	typed: string,
	taken: Iterable<string>,
	made: { lower?: boolean; prefix: string; fallback: string }
): TypedName {
	const text = typed.trim();
	const asIs = IDENTIFIER_PATTERN.test(text) && text.length <= IDENTIFIER_MAX;
	if (asIs || !/[\p{L}\p{N}]/u.test(text))
		return { name: text, fromWords: false, problem: identifierProblem(text, taken) };
	const words = made.lower ? text.toLowerCase() : text;
	return {
		name: identifierFrom(words, taken, made.prefix, made.fallback),
		fromWords: true,
		problem: null
	};
}

export function findEntity(model: DataModel, name: string): Entity | undefined {
	return model.entities.find((e) => e.name === name);
}

export function findAttribute(entity: Entity, name: string): Attribute | undefined {
	return entity.attributes.find((a) => a.name === name);
}
