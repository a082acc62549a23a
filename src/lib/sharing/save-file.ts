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
	const parts: BlobPart[] = [];
	return {
		mode: 'download',
		write: (chunk) => {
			parts.push(typeof chunk === 'string' ? chunk : new Uint8Array(chunk));
			return Promise.resolve();
		},
		close: () => {
			downloadBlob(new Blob(parts, { type: mime }), name);
			return Promise.resolve();
		},
		abort: () => {
			parts.length = 0;
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
