// The app's EngineCore running in Node on duckdb-wasm's Node build: the same import, query and
// export code the worker runs, with files registered as buffers instead of browser File handles.
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { EngineCore } from '../../src/lib/engine/worker/core';
import { parquetRowGroups } from '../../src/lib/engine/import/parquet';
import type { ImportProgress, StagedFile, StageOptions } from '../../src/lib/engine/protocol';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

export async function openNodeEngine(): Promise<EngineCore> {
	const bindings = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await bindings.instantiate(() => {});
	bindings.open({});
	const { ParquetFile, Table, writeParquet } = await import('parquet-wasm/node');
	return new EngineCore(bindings, {
		parquetToIpc: (file) => parquetRowGroups(ParquetFile, file),
		ipcToParquet: (ipc) => Promise.resolve(writeParquet(Table.fromIPCStream(ipc))),
		async registerFile(p, file) {
			bindings.registerFileBuffer(p, new Uint8Array(await file.arrayBuffer()));
		},
		dropFile(p) {
			bindings.dropFile(p);
		}
	});
}

export async function fileFrom(p: string, name = path.basename(p)): Promise<File> {
	return new File([await readFile(p)], name);
}

export function stageFile(
	core: EngineCore,
	file: File,
	options: StageOptions = {},
	progress: ImportProgress[] = []
): Promise<StagedFile> {
	return core.stage(file, file.name, options, (p) => progress.push(p));
}
