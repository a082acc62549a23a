import { describe, expect, it } from 'vitest';
import { EXAMPLE_SEGMENTS } from './example-segments';
import { parseDefinition } from '$lib/segments/parse';
import { validateSegment } from '$lib/segments/validate';
import { demoModel } from '../../../../tests/helpers/demo-model';

describe('example segments', () => {
	it('parse and are complete on the demo data model', () => {
		for (const raw of EXAMPLE_SEGMENTS) {
			const parsed = parseDefinition(raw);
			expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
			if (!parsed.ok) continue;
			expect(validateSegment(parsed.definition, demoModel(), {}), parsed.definition.name).toEqual(
				[]
			);
		}
	});
});
