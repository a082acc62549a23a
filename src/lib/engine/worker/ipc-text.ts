// The text of a one-column result, straight from the engine's Arrow IPC stream chunks: each record
// batch's UTF-8 data buffer, cut to its rows, without building Arrow vectors in JavaScript. Used
// for the CSV lines DuckDB writes (csv-sql.ts), where every value is a finished line and only the
// bytes are wanted. Uncompressed IPC only (DuckDB-WASM does not compress its results).
import { Message, MessageHeader } from 'apache-arrow';

const CONTINUATION = 0xffffffff;

/** A record batch's rows and the bytes of its first (text) column's values. */
export interface TextBatch {
	rows: number;
	bytes: Uint8Array;
}

function* batchesOf(chunk: Uint8Array): Generator<TextBatch> {
	const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
	let pos = 0;
	while (pos + 8 <= chunk.byteLength) {
		let metaLength = view.getUint32(pos, true);
		pos += 4;
		if (metaLength === CONTINUATION) {
			metaLength = view.getInt32(pos, true);
			pos += 4;
		}
		if (metaLength === 0) return; // end of stream
		if (pos + metaLength > chunk.byteLength)
			throw new Error('An Arrow message was split across result chunks');
		const message = Message.decode(chunk.subarray(pos, pos + metaLength));
		pos += metaLength;
		const bodyStart = pos;
		pos += Number(message.bodyLength);
		if (pos > chunk.byteLength) throw new Error('An Arrow message body was split across chunks');
		if (message.headerType !== MessageHeader.RecordBatch) continue;
		const header = message.header() as unknown as {
			length: number;
			buffers: { offset: number; length: number }[];
			compression: unknown;
		};
		if (header.compression) throw new Error('Compressed Arrow results are not read here');
		const rows = Number(header.length);
		if (rows === 0) continue;
		const [, offsetsRegion, dataRegion] = header.buffers;
		if (!offsetsRegion || !dataRegion) throw new Error('The result has no text column');
		const offsets = new DataView(
			chunk.buffer,
			chunk.byteOffset + bodyStart + Number(offsetsRegion.offset),
			(rows + 1) * 4
		);
		const first = offsets.getInt32(0, true);
		const last = offsets.getInt32(rows * 4, true);
		const data = bodyStart + Number(dataRegion.offset);
		yield { rows, bytes: chunk.subarray(data + first, data + last) };
	}
}

/** Each record batch of an IPC stream (given in whole messages per chunk) as rows and text bytes. */
export async function* ipcTextBatches(
	chunks: AsyncIterable<Uint8Array>
): AsyncGenerator<TextBatch> {
	for await (const chunk of chunks) yield* batchesOf(chunk);
}
