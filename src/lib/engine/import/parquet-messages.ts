// Messages between the engine worker and the Parquet worker (parquet.worker.ts).
export type ParquetRequest =
	| { id: number; type: 'decode'; file: Blob; ahead: number }
	| { id: number; type: 'more' }
	| { id: number; type: 'cancel' }
	| { id: number; type: 'encode'; ipc: Uint8Array };

export type ParquetReply =
	| { id: number; type: 'part'; ipc: Uint8Array; done: number; total: number }
	| { id: number; type: 'end' }
	| { id: number; type: 'encoded'; bytes: Uint8Array }
	| { id: number; type: 'error'; message: string };
