// The files this module publishes: the JSON Schema (must match the zod schema it is generated from)
// and the seed example (must parse, validate against the demo data model, compile and run).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema, SCHEMA_FILE } from '../../../scripts/write-json-schema';
import { openTestDb } from '../../../tests/helpers/duckdb';
import { demoModel } from '../../../tests/helpers/demo-model';
import { createTable } from '../../../tests/helpers/segment-db';
import { compileSegment } from './compile';
import { definitionSchema } from './definition';
import { parseDefinition } from './parse';
import { validateSegment } from './validate';

describe('published files', () => {
	it('the JSON Schema file is what the script writes now (run: npx tsx scripts/write-json-schema.ts)', async () => {
		expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await renderJsonSchema());
	});

	it('every field in the JSON Schema says what it is for (a description)', () => {
		const schema: unknown = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
		const undescribed: string[] = [];
		const walk = (node: unknown, where: string): void => {
			if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
			if (!node || typeof node !== 'object') return;
			const properties = (node as { properties?: Record<string, unknown> }).properties;
			for (const [name, field] of Object.entries(properties ?? {}))
				if (!(field as { description?: string }).description) undescribed.push(`${where}/${name}`);
			for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
		};
		walk(schema, '');
		expect(undescribed).toEqual([]);
	});

	it('the seed example validates, compiles and finds the right customers', async () => {
		const json: unknown = JSON.parse(
			readFileSync('src/lib/demo/examples/seed-example.json', 'utf8')
		);
		expect(definitionSchema.safeParse(json).success).toBe(true);
		const parsed = parseDefinition(json);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const model = demoModel();
		expect(validateSegment(parsed.definition, model)).toEqual([]);
		const compiled = compileSegment(parsed.definition, model, {
			today: '2025-06-30',
			now: '2025-06-30T12:00:00'
		});
		if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));

		const db = await openTestDb();
		try {
			createTable(db, {
				table: 'demo_customers',
				columns: [{ name: 'id', type: 'INTEGER' }],
				rows: [1, 2, 3, 4].map((id) => ({ id }))
			});
			createTable(db, {
				table: 'demo_orders',
				columns: [
					{ name: 'id', type: 'INTEGER' },
					{ name: 'customer_id', type: 'INTEGER' },
					{ name: 'order_date', type: 'DATE' },
					{ name: 'total_amount', type: 'DOUBLE' }
				],
				rows: [
					{ id: 1, customer_id: 1, order_date: '2025-06-01', total_amount: 900 }, // big, recent
					{ id: 2, customer_id: 2, order_date: '2025-06-01', total_amount: 100 }, // small
					{ id: 3, customer_id: 3, order_date: '2025-01-01', total_amount: 900 }, // too old
					{ id: 4, customer_id: 4, order_date: '2025-04-01', total_amount: 500.01 }
				]
			});
			createTable(db, {
				table: 'demo_cases',
				columns: [
					{ name: 'id', type: 'INTEGER' },
					{ name: 'customer_id', type: 'INTEGER' },
					{ name: 'created_at', type: 'TIMESTAMP' },
					{ name: 'escalated', type: 'BOOLEAN' }
				],
				rows: [
					{ id: 1, customer_id: 1, created_at: '2025-06-20 09:00:00', escalated: true },
					{ id: 2, customer_id: 2, created_at: '2025-06-20 09:00:00', escalated: true },
					{ id: 3, customer_id: 4, created_at: '2025-05-31 11:59:59', escalated: true }, // 30 days + 1 s ago
					{ id: 4, customer_id: 4, created_at: '2025-06-29 10:00:00', escalated: false }
				]
			});
			expect(db.all(compiled.sql.members)).toEqual([{ member_key: 1 }]);
			expect(db.all(compiled.sql.live)).toEqual([{ members: 1, g0: 2, g1: 2 }]);
			expect(db.all(compiled.sql.count)).toEqual([{ members: 1 }]);
		} finally {
			db.close();
		}
	});
});
