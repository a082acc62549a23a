// The value a freshly chosen aggregate comparison or ranking starts with, so the editor shows a
// sensible default instead of an empty, invalid field.
import type { OperandKind } from '$lib/segments/operators';

export function aggregateDefaultValue(kind: OperandKind): unknown {
	switch (kind) {
		case 'number':
			return 0;
		case 'numberRange':
			return { from: 0, to: 0 };
		case 'relative':
			return { amount: 30, unit: 'days' };
		case 'period':
			return { unit: 'month' };
		case 'days':
			return { amount: 7, unit: 'days' };
		case 'weekdays':
			return [];
		default:
			return undefined;
	}
}
