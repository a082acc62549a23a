// Reading a chosen backup file without freezing the page: the work runs in a dedicated worker
// (backup-reader.worker.ts) that reports progress; where there are no workers (Node tests) it
// runs here, with the same result.
import { readBackupBytes, type BackupFileResult } from './backup-archive';

export type ReaderStage = 'reading' | 'checking';

export type ReaderReply =
	| { kind: 'progress'; stage: ReaderStage; done: number; total: number }
	| { kind: 'result'; result: BackupFileResult }
	| { kind: 'failed'; message: string };

export interface ReadProgress {
	stage: ReaderStage;
	/** 0..1 of the file read. */
	fraction: number;
}

/** Read, unzip and validate a backup file; never throws for a bad file (problems come back). */
export async function readBackupFile(
	file: File,
	onProgress: (p: ReadProgress) => void = () => {}
): Promise<BackupFileResult> {
	if (typeof Worker === 'undefined') {
		onProgress({ stage: 'reading', fraction: 0 });
		return readBackupBytes(new Uint8Array(await file.arrayBuffer()));
	}
	const worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url), {
		type: 'module',
		name: 'backup-reader'
	});
	try {
		return await new Promise<BackupFileResult>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<ReaderReply>) => {
				const reply = event.data;
				if (reply.kind === 'progress')
					onProgress({
						stage: reply.stage,
						fraction: reply.total > 0 ? reply.done / reply.total : 1
					});
				else if (reply.kind === 'result') resolve(reply.result);
				else reject(new Error(reply.message));
			};
			worker.onerror = (event) => {
				event.preventDefault();
				reject(new Error('the backup reader stopped'));
			};
			worker.postMessage(file);
		});
	} finally {
		worker.terminate();
	}
}
