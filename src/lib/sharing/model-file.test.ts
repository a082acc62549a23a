import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import { buildModelFile, readModelFile, serializeModelFile } from './model-file';

const roundTrip = (value: unknown) => readModelFile(JSON.parse(JSON.stringify(value)));

describe('model file for the command line', () => {
	it('reads back what it writes: the model and the definitions', () => {
		const file = buildModelFile(demoModel(), [], new Date('2026-12-01T00:00:00Z'));
		const r = readModelFile(JSON.parse(serializeModelFile(file)));
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.model.profile).toEqual({ entity: 'Customers', key: 'id' });
			expect(r.model.entities.map((e) => e.name)).toEqual(
				[...demoModel().entities.map((e) => e.name)].sort()
			);
		}
	});

	it('carries the workspace’s time zone when one was chosen, and refuses one that is not a zone', () => {
		const at = new Date('2026-12-01T00:00:00Z');
		const zoned = roundTrip(buildModelFile(demoModel(), [], at, 'Asia/Tokyo'));
		expect(zoned.ok && zoned.timeZone).toBe('Asia/Tokyo');
		const plain = roundTrip(buildModelFile(demoModel(), [], at));
		expect(plain.ok && plain.timeZone).toBe(null);
		const bad = roundTrip({ ...buildModelFile(demoModel(), [], at), timeZone: 'Mars/Base' });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.problems[0]?.message).toContain('timeZone is not a time zone');
	});

	it('refuses a newer version, a broken record and a dangling reference, each in a sentence', () => {
		const file = buildModelFile(demoModel(), [], new Date('2026-12-01T00:00:00Z'));
		const first = (v: unknown) => {
			const r = roundTrip(v);
			return r.ok ? null : r.problems[0]!.message;
		};
		expect(first({ ...file, version: 7 })).toMatch(
			/^This model file uses format version 7, which is newer than this version of Segments can read/
		);
		const noType = structuredClone(file);
		(noType.model.entities[0]!.attributes[0] as { type: string }).type = 'money';
		expect(first(noType)).toMatch(/^model\.entities\[0\]\.attributes\[0\]\.type is not/);
		const dangling = structuredClone(file);
		dangling.model.relationships[0]!.to.entity = 'Clients';
		expect(first(dangling)).toBe(
			'model.relationships[0].to names the entity “Clients”, which is not in this model file.'
		);
		expect(first({ format: 'segments.bundle' })).toBe('This file is not a Segments model file.');
	});
});
