// Data files of version-1 backups: CSV written by the app itself (RFC 4180, a BOM, a header of the
// attribute names in attribute order). The importer decides a file's format from its first bytes,
// and a header such as `[CustomerID],…` reads as JSON; so the header is replaced by plain
// positional names before the file is staged, and the columns are mapped back by position. Such
// files cannot tell an empty text from a missing value; version 2 writes Arrow instead.
import type { ColumnChoice, StagedFile } from '../engine/protocol';
import type { EntityRecord } from '../db/records';

/** The header's names and where the rows start, reading quoted fields as RFC 4180 does. */
function splitHeader(text: string): { names: string[]; rest: number } | null {
	const names: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			names.push(field);
			field = '';
		} else if (c === '\r' || c === '\n') {
			names.push(field);
			return { names, rest: i + (c === '\r' && text[i + 1] === '\n' ? 2 : 1) };
		} else field += c;
	}
	return null;
}

const positional = (i: number) => `c${i}`;

/**
 * The CSV with positional column names, or why it cannot be read as `entity`'s data. Only the
 * header is decoded; the rows are passed on as the bytes they are.
 */
export function legacyCsv(
	entity: EntityRecord,
	bytes: Uint8Array
): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const head = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
		bytes.subarray(bom, bom + 1024 * 1024)
	);
	const header = splitHeader(head);
	const expected = entity.attributes.map((a) => a.name);
	if (!header || header.names.join('\u0000') !== expected.join('\u0000'))
		return {
			ok: false,
			message: `The data of ${entity.name} does not have the columns of its attributes, in order.`
		};
	const headerBytes = new TextEncoder().encode(head.slice(0, header.rest)).length;
	const replaced = new TextEncoder().encode(
		expected.map((_, i) => positional(i)).join(',') + '\r\n'
	);
	const out = new Uint8Array(replaced.length + bytes.length - bom - headerBytes);
	out.set(replaced);
	out.set(bytes.subarray(bom + headerBytes), replaced.length);
	return { ok: true, bytes: out };
}

/** Choices that read the positional columns back as the entity's attributes, with their types. */
export function legacyChoices(entity: EntityRecord, staged: StagedFile): ColumnChoice[] | null {
	const choices = entity.attributes.map((a, i): ColumnChoice | null => {
		const column = staged.columns.find((c) => c.source === positional(i));
		return column ? { source: column.source, name: a.name, kind: a.type, include: true } : null;
	});
	const found = choices.filter((c): c is ColumnChoice => c !== null);
	return found.length === choices.length && staged.columns.length === found.length ? found : null;
}
