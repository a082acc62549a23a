// A dedicated worker that reads a backup file off the page's thread: the bytes are read in
// chunks (progress after each), then unzipped, decoded, parsed and validated by readBackupBytes.
// The result goes back with the data files' buffers transferred, not copied. No UI, no storage.
import { errorMessage } from '../error-message';
import { readBackupBytes } from './backup-archive';
import type { ReaderReply } from './backup-reader';

const post = (reply: ReaderReply, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<File>) => {
	const file = event.data;
	try {
		const bytes = new Uint8Array(file.size);
		let at = 0;
		const reader = file.stream().getReader();
		let lastShown = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			bytes.set(value, at);
			at += value.length;
			// about a hundred messages for any size: enough for a smooth bar, never a flood
			if (at - lastShown >= file.size / 100) {
				lastShown = at;
				post({ kind: 'progress', stage: 'reading', done: at, total: file.size });
			}
		}
		post({ kind: 'progress', stage: 'checking', done: at, total: file.size });
		const result = readBackupBytes(bytes);
		const transfer = result.ok ? [...result.files.values()].map((f) => f.buffer) : [];
		post({ kind: 'result', result }, transfer);
	} catch (e) {
		post({ kind: 'failed', message: errorMessage(e) });
	}
};
