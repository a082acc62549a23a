// A sequence side's conditions as the builder edits them: a flat "all of" list whose items may be
// nested blocks. Adding to a side whose one item is an "any of" block must wrap both in a new
// "all of" block — never reuse the "any of" block's id (two nodes with one id break the editor and
// validation's locations).
import { describe, expect, it } from 'vitest';
import {
	newSideBlock,
	newSideCondition,
	sideBlockId,
	sideItems,
	sideWhere
} from './sequence-edits';

describe('sequence side items', () => {
	it('a side whose where is an "any of" block: one item, and adding wraps it under a new id', () => {
		const any = newSideBlock('or', 'b1', 'c1', 'Orders');
		expect(sideItems(any)).toEqual([any]);
		expect(sideBlockId(any)).toBeNull();
		const next = sideWhere([any, newSideCondition('c2', 'Orders')], sideBlockId(any) ?? 'b2');
		expect(next).toMatchObject({ kind: 'and', id: 'b2' });
	});

	it('a side whose where is its "all of" list keeps the id of that block as items change', () => {
		const all = sideWhere(
			[newSideCondition('c1', 'Orders'), newSideBlock('or', 'b9', 'c3', 'Orders')],
			'b1'
		)!;
		expect(sideBlockId(all)).toBe('b1');
		const items = sideItems(all);
		expect(items).toHaveLength(2);
		expect(
			sideWhere([...items, newSideCondition('c4', 'Orders')], sideBlockId(all)!)
		).toMatchObject({
			id: 'b1',
			children: [{ id: 'c1' }, { id: 'b9', kind: 'or' }, { id: 'c4' }]
		});
		// down to one item: the item itself, the block gone
		expect(sideWhere(items.slice(1), 'b1')).toMatchObject({ id: 'b9', kind: 'or' });
	});
});
