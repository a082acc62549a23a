// The Parquet worker: parquet-wasm in a worker of its own, made by the engine worker at its first
// Parquet file or export (import/parquet-worker-client.ts). It decodes a file's row groups into
// Arrow IPC streams, staying at most `ahead` row groups in front of the engine, which inserts
// them meanwhile; and writes exports' Arrow IPC as Parquet. Only the app's own assets are loaded.
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { errorMessage } from '../error-message';
import { parquetRowGroups } from './import/parquet';
import type { ParquetReply, ParquetRequest } from './import/parquet-messages';

type ParquetWasm = typeof import('parquet-wasm/esm');
let parquetModule: Promise<ParquetWasm> | null = null;

function loadParquet(): Promise<ParquetWasm> {
	parquetModule ??= import('parquet-wasm/esm').then(async (parquet) => {
		await parquet.default({ module_or_path: parquetWasm });
		return parquet;
	});
	parquetModule.catch(() => (parquetModule = null));
	return parquetModule;
}

/** Row groups each decode may still send before the engine asks for more. */
const credits = new Map<number, number>();
const cancelled = new Set<number>();
const waiting = new Map<number, () => void>();

function reply(r: ParquetReply, transfer: Transferable[] = []): void {
	(self as unknown as Worker).postMessage(r, transfer);
}

/** A buffer of its own, so handing it over detaches nothing else. */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
	return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
		? (bytes as Uint8Array<ArrayBuffer>)
		: (bytes.slice() as Uint8Array<ArrayBuffer>);
}

async function decode(id: number, file: Blob, ahead: number): Promise<void> {
	credits.set(id, ahead);
	try {
		const { ParquetFile } = await loadParquet();
		for await (const part of parquetRowGroups(ParquetFile, file)) {
			while ((credits.get(id) ?? 0) <= 0 && !cancelled.has(id))
				await new Promise<void>((r) => waiting.set(id, r));
			if (cancelled.has(id)) return;
			credits.set(id, (credits.get(id) ?? 0) - 1);
			const ipc = own(part.ipc);
			reply({ id, type: 'part', ipc, done: part.done, total: part.total }, [ipc.buffer]);
		}
		reply({ id, type: 'end' });
	} catch (e) {
		reply({ id, type: 'error', message: errorMessage(e) });
	} finally {
		credits.delete(id);
		cancelled.delete(id);
		waiting.delete(id);
	}
}

async function encode(id: number, ipc: Uint8Array): Promise<void> {
	try {
		const { Table, writeParquet } = await loadParquet();
		const bytes = own(writeParquet(Table.fromIPCStream(ipc)));
		reply({ id, type: 'encoded', bytes }, [bytes.buffer]);
	} catch (e) {
		reply({ id, type: 'error', message: errorMessage(e) });
	}
}

self.onmessage = (e: MessageEvent<ParquetRequest>) => {
	const m = e.data;
	if (m.type === 'decode') void decode(m.id, m.file, m.ahead);
	else if (m.type === 'encode') void encode(m.id, m.ipc);
	else {
		if (m.type === 'more') credits.set(m.id, (credits.get(m.id) ?? 0) + 1);
		else cancelled.add(m.id);
		const wake = waiting.get(m.id);
		waiting.delete(m.id);
		wake?.();
	}
};
