// The download fallback hands over exactly the bytes written, in order, however many chunks and
// however large (it folds chunks into Blobs every few MB on the way).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFileSink } from './save-file';

afterEach(() => vi.unstubAllGlobals());

describe('download sink', () => {
	it('downloads every chunk in order, across folds, with the name and type asked for', async () => {
		let downloaded: { blob: Blob; name: string } | null = null;
		let lastBlob: Blob | null = null;
		vi.stubGlobal('window', {});
		vi.stubGlobal('URL', {
			createObjectURL: (b: Blob) => ((lastBlob = b), 'blob:x'),
			revokeObjectURL: () => undefined
		});
		vi.stubGlobal('document', {
			createElement: () => {
				const a = {
					download: '',
					click: () => (downloaded = { blob: lastBlob!, name: a.download }),
					remove: () => undefined
				};
				return a;
			},
			body: { append: () => undefined }
		});
		const sink = await openFileSink('members.csv', 'text/csv', 'csv');
		expect(sink.mode).toBe('download');
		// 20 MB in 1 MB chunks, each filled with its own number, plus a string at the end
		const chunk = 1024 * 1024;
		for (let i = 0; i < 20; i++) await sink.write(new Uint8Array(chunk).fill(i));
		await sink.write('end');
		await sink.close();
		expect(downloaded).not.toBeNull();
		const { blob, name } = downloaded!;
		expect(name).toBe('members.csv');
		expect(blob.type).toBe('text/csv');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		expect(bytes.length).toBe(20 * chunk + 3);
		for (let i = 0; i < 20; i++) {
			expect(bytes[i * chunk]).toBe(i);
			expect(bytes[(i + 1) * chunk - 1]).toBe(i);
		}
		expect(new TextDecoder().decode(bytes.subarray(20 * chunk))).toBe('end');
	});
});
