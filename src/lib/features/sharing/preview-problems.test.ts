import { describe, expect, it } from 'vitest';
import { validateSegment } from '$lib/segments/validate';
import { emptyDefinition } from '$lib/segments/definition';
import type { DataModel } from '$lib/segments/data-model';
import { previewProblemLines } from './preview-problems';

const customers = {
	name: 'Customers',
	displayName: 'Customers',
	table: 'customers',
	attributes: [
		{ name: 'id', displayName: 'id', type: 'number' as const },
		{ name: 'country', displayName: 'country', type: 'string' as const }
	],
	rowCount: 3,
	sourceFile: 'customers.csv',
	sourceFormat: 'csv' as const,
	importedAt: '2026-12-01T00:00:00.000Z'
};
const model: DataModel = {
	entities: [customers],
	relationships: [],
	profile: { entity: 'Customers', key: 'id' }
};

function definitionOn(entity: string, attribute: string) {
	const d = emptyDefinition('imported', 'dynamic');
	d.groups = [
		{
			id: 'g',
			path: { start: entity, steps: [] },
			where: {
				kind: 'and',
				id: 'b',
				children: [
					{
						kind: 'condition',
						id: 'c',
						entity,
						attribute,
						operator: 'equals',
						value: 'Germany'
					}
				]
			},
			aggregates: []
		}
	];
	return d;
}

describe('the problems on an imported definition’s card', () => {
	it('say an entity the workspace lacks once, without the fields of the file', () => {
		const problems = validateSegment(definitionOn('Clients', 'country'), model);
		expect(problems.length).toBeGreaterThan(1);
		expect(previewProblemLines(problems)).toEqual([
			'The data model has no entity “Clients”: it was deleted or renamed, or its data is not imported here.'
		]);
	});

	it('say where a problem found at one place is, in the user’s words', () => {
		const problems = validateSegment(definitionOn('Customers', 'land'), model);
		expect(previewProblemLines(problems)).toEqual([
			'Group 1, condition 1: Customers has no attribute “land”: it was renamed, or the data imported here does not have it.'
		]);
	});
});
