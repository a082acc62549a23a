// What users read when the engine fails: never the JSON wrapper DuckDB-WASM puts around errors.
import { describe, expect, it } from 'vitest';
import { userMessage } from './errors';

describe('userMessage', () => {
	it('unwraps the JSON DuckDB-WASM wraps errors in, even nested in another message', () => {
		const raw =
			'{"exception_type":"Invalid Input","exception_message":"Attempting to fetch from an unsuccessful query result\\nError: TransactionContext Error: Failed to commit: File is not opened in write mode"}';
		const text = userMessage(raw);
		expect(text).not.toMatch(/exception_|[{}"]|TransactionContext|write mode/);
		expect(text).toMatch(/storage refused the write/);
	});

	it('keeps the inner message of a wrapped catalog error', () => {
		const raw =
			'{"exception_type":"Catalog","exception_message":"Table with name orders does not exist!"}';
		expect(userMessage(raw)).toBe('Table with name orders does not exist!');
	});

	it('turns a structured-clone failure into a sentence', () => {
		expect(
			userMessage("Failed to execute 'postMessage' on 'Worker': #<Object> could not be cloned.")
		).toBe('the request could not be passed to the engine');
	});
});
