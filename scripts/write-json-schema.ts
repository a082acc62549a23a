// Writes the published JSON Schema of a segment definition, generated from the zod schema (the single
// source of truth), to static/schema/. Run: npx tsx scripts/write-json-schema.ts
// A unit test compares the committed file with renderJsonSchema(), so it cannot go stale unnoticed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { DEFINITION_VERSION, definitionSchema } from '../src/lib/segments/definition';

export const SCHEMA_FILE = `static/schema/segment-definition.v${DEFINITION_VERSION}.schema.json`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The schema file's exact text, formatted by the repository's Prettier settings (lint checks it). */
export async function renderJsonSchema(): Promise<string> {
	const generated = z.toJSONSchema(definitionSchema) as Record<string, unknown>;
	const { $schema, $defs, ...rest } = generated;
	// zod names the recursive condition node "__schema0"; give it a name a reader understands
	const defs = ($defs ?? {}) as Record<string, unknown>;
	const renamed: Record<string, string> = {};
	Object.keys(defs).forEach((key) => (renamed[key] = key === '__schema0' ? 'ConditionNode' : key));
	const schema = {
		$schema,
		$id: `urn:segments:schema:segment-definition:v${DEFINITION_VERSION}`,
		title: `Segments segment definition, format version ${DEFINITION_VERSION}`,
		description:
			'A customer segment as data: groups of conditions on a data model, combined with set operators. Generated from src/lib/segments/definition.ts; see docs/segment-definitions.md.',
		...rest,
		$defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [renamed[k], v]))
	};
	const text = JSON.stringify(schema, null, '\t').replace(
		/"#\/\$defs\/([^"]+)"/g,
		(_m, key: string) => `"#/$defs/${renamed[key] ?? key}"`
	);
	const target = resolve(root, SCHEMA_FILE);
	return format(text, { ...(await resolveConfig(target)), parser: 'json', filepath: target });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const target = resolve(root, SCHEMA_FILE);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, await renderJsonSchema());
	console.log(`wrote ${SCHEMA_FILE}`);
}
