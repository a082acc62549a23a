// Writing a file the user keeps: streamed to disk through the File System Access API where the
// browser has it (Chromium), else collected and handed over as a download. Automated browsers
// (navigator.webdriver) cannot answer a save dialog, so they always get the download.

export interface FileSink {
	write(chunk: Uint8Array | string): Promise<void>;
	close(): Promise<void>;
	abort(): Promise<void>;
	/** 'disk' when streamed to a file the user picked, 'download' otherwise. */
	readonly mode: 'disk' | 'download';
}

interface SavePickerWindow {
	showSaveFilePicker?: (options: {
		suggestedName: string;
		types?: { description: string; accept: Record<string, string[]> }[];
	}) => Promise<FileSystemFileHandle>;
}

/** Bytes of chunks gathered before they are folded into a Blob (download fallback). */
const FOLD_BYTES = 8 * 1024 * 1024;

export class SaveCancelled extends Error {
	constructor() {
		super('Saving was cancelled.');
		this.name = 'SaveCancelled';
	}
}

export async function openFileSink(
	name: string,
	mime: string,
	extension: string
): Promise<FileSink> {
	const picker = (window as unknown as SavePickerWindow).showSaveFilePicker;
	if (picker && !navigator.webdriver) {
		let handle: FileSystemFileHandle;
		try {
			handle = await picker({
				suggestedName: name,
				types: [{ description: extension.toUpperCase(), accept: { [mime]: [`.${extension}`] } }]
			});
		} catch (e) {
			if (e instanceof DOMException && e.name === 'AbortError') throw new SaveCancelled();
			throw e;
		}
		const writable = await handle.createWritable();
		return {
			mode: 'disk',
			write: (chunk) => writable.write(typeof chunk === 'string' ? chunk : new Uint8Array(chunk)),
			close: () => writable.close(),
			abort: () => writable.abort()
		};
	}
	// chunks are folded into a Blob every few MB as they arrive, so the file is never one big copy
	// at the end (at a million rows that final copy blocked the page for over 100 ms)
	const folded: Blob[] = [];
	let parts: BlobPart[] = [];
	let partBytes = 0;
	return {
		mode: 'download',
		write: (chunk) => {
			const part = typeof chunk === 'string' ? chunk : new Uint8Array(chunk);
			parts.push(part);
			partBytes += typeof part === 'string' ? part.length : part.byteLength;
			if (partBytes >= FOLD_BYTES) {
				folded.push(new Blob(parts));
				parts = [];
				partBytes = 0;
			}
			return Promise.resolve();
		},
		close: () => {
			downloadBlob(new Blob([...folded, ...parts], { type: mime }), name);
			return Promise.resolve();
		},
		abort: () => {
			folded.length = 0;
			parts = [];
			return Promise.resolve();
		}
	};
}

export function downloadBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "high_value_customers-2026-11-28.csv" */
export function datedFileName(base: string, extension: string, date = new Date()): string {
	const safe = base.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80) || 'segment';
	const d = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
	return `${safe}-${d}.${extension}`;
}
