import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_TYPES } from './data-model';
import { conditionSchema } from './definition';
import { AGGREGATE_FUNCTION_INFO, NEGATIVE_OPERATORS, OPERATORS, operatorInfo } from './operators';

const schemaOperators = conditionSchema.options.map((o) => o.shape.operator.value as string);

describe('operator catalogue', () => {
	it('covers every operator of the schema, and only those', () => {
		const catalogued = new Set(
			ATTRIBUTE_TYPES.flatMap((t) => OPERATORS[t].map((o) => o.id as string))
		);
		expect([...catalogued].sort()).toEqual([...new Set(schemaOperators)].sort());
	});
	it('marks exactly the negative operators, and offers match case only for text', () => {
		for (const t of ATTRIBUTE_TYPES)
			for (const o of OPERATORS[t]) {
				expect(o.negative).toBe(NEGATIVE_OPERATORS.has(o.id));
				if (o.caseOption) expect(t).toBe('string');
				expect(o.label).toMatch(/^[a-z]/);
			}
	});
	it('gives each type the operators of the specification', () => {
		expect(OPERATORS.boolean.map((o) => o.id)).toEqual([
			'isTrue',
			'isFalse',
			'isEmpty',
			'isNotEmpty'
		]);
		expect(operatorInfo('timestamp', 'before')?.valueKind).toBe('dateOrDateTime');
		expect(operatorInfo('date', 'before')?.valueKind).toBe('date');
		expect(operatorInfo('date', 'contains')).toBeUndefined();
		expect(operatorInfo('number', 'inLast')).toBeUndefined();
	});
	it('describes the aggregate functions', () => {
		const byId = Object.fromEntries(AGGREGATE_FUNCTION_INFO.map((f) => [f.id, f]));
		expect(byId.count?.needsAttribute).toBe(false);
		expect(byId.countDistinct?.attributeTypes).toEqual(ATTRIBUTE_TYPES);
		expect(byId.sum?.attributeTypes).toEqual(['number']);
		expect(byId.max?.attributeTypes).toEqual(['number', 'date', 'timestamp']);
	});
});
