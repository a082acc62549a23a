import { describe, expect, it } from 'vitest';
import { suggestEntityName, newTableName } from './names';

describe('entity names from file names', () => {
	it('makes identifiers', () => {
		expect(suggestEntityName('Order Details (2024).csv', [])).toBe('Order_Details_2024');
		expect(suggestEntityName('2024-orders.parquet', [])).toBe('Data_2024_orders');
		expect(suggestEntityName('Clients_été.json', [])).toBe('Clients_ete');
	});
	it('avoids taken names ignoring case', () => {
		expect(suggestEntityName('orders.csv', ['Orders', 'orders_2'])).toBe('orders_3');
	});
	it('table names are unique and safe', () => {
		expect(newTableName('Orders')).toMatch(/^t_orders_[0-9a-f]{8}$/);
		expect(newTableName('Orders')).not.toBe(newTableName('Orders'));
	});
});
