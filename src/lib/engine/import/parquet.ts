// Parquet files are read by parquet-wasm (DuckDB-WASM has no Parquet reader built in and must not
// download one), one row group at a time, each handed to DuckDB as an Arrow IPC stream.
interface ParquetTable {
	intoIPCStream(): Uint8Array;
}
interface ParquetFileLike {
	metadata(): { numRowGroups(): number };
	read(options: { rowGroups: number[]; batchSize: number }): Promise<ParquetTable>;
	free(): void;
}
export interface ParquetFileClass {
	fromFile(file: Blob): Promise<ParquetFileLike>;
}

export async function* parquetRowGroups(
	ParquetFile: ParquetFileClass,
	file: Blob
): AsyncGenerator<{ ipc: Uint8Array; done: number; total: number }> {
	const pf = await ParquetFile.fromFile(file);
	try {
		const total = pf.metadata().numRowGroups();
		for (let i = 0; i < total; i++) {
			const table = await pf.read({ rowGroups: [i], batchSize: 65_536 });
			yield { ipc: table.intoIPCStream(), done: i + 1, total };
		}
	} finally {
		pf.free();
	}
}
