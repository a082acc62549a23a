// The backup file on disk: a pretty JSON document when the data is left out, or a zip archive
// (workspace.json plus data/<entity>.arrow) when it is included. The zip is written as a stream so a
// large table never has to sit in memory twice; reading checks names and declared sizes before
// anything is inflated, so an archive cannot claim more memory than the limit.
import { Zip, ZipDeflate, unzipSync, type UnzipFileInfo } from 'fflate';
import { problem, type Problem } from '../segments/problems';
import {
	BACKUP_DOCUMENT,
	DATA_PATH,
	MAX_BACKUP_DEPTH,
	MAX_BACKUP_JSON_BYTES,
	readBackupDocument,
	type BackupDocument
} from './backup-format';
import { decodeText, parseJsonText, tooLarge } from './json-text';
import { arrowDataProblem } from './backup-arrow';

/** Everything inside one archive, uncompressed: what a browser tab can hold at once. */
export const MAX_BACKUP_ARCHIVE_BYTES = 1536 * 1024 * 1024;

export type BackupFileResult =
	| { ok: true; document: BackupDocument; files: Map<string, Uint8Array>; archive: boolean }
	| { ok: false; problems: Problem[] };

const fail = (code: string, message: string): BackupFileResult => ({
	ok: false,
	problems: [problem([], code, message)]
});

export const isZip = (bytes: Uint8Array) =>
	bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

export function readBackupBytes(bytes: Uint8Array): BackupFileResult {
	if (!isZip(bytes)) {
		if (bytes.length > MAX_BACKUP_JSON_BYTES)
			return { ok: false, problems: [tooLarge(bytes.length, MAX_BACKUP_JSON_BYTES, 'a backup')] };
		const r = readDocumentBytes(bytes);
		if (!r.ok) return r;
		if (r.document.data)
			return fail(
				'missingData',
				'This backup lists data files but is a plain JSON file; restore the .zip file it came in.'
			);
		return { ...r, files: new Map(), archive: false };
	}
	let total = 0;
	let refused: string | null = null;
	const filter = (f: UnzipFileInfo) => {
		if (f.name !== BACKUP_DOCUMENT && !DATA_PATH.test(f.name)) return false; // ignored, not read
		if (f.compression !== 0 && f.compression !== 8) {
			refused = `${f.name} is compressed in a way this app does not read`;
			return false;
		}
		total += f.originalSize;
		if (total > MAX_BACKUP_ARCHIVE_BYTES) {
			refused = `its contents add up to more than ${Math.round(MAX_BACKUP_ARCHIVE_BYTES / 1024 / 1024)} MB`;
			return false;
		}
		return true;
	};
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, { filter });
	} catch {
		return fail('badArchive', 'This zip archive is damaged or incomplete.');
	}
	if (refused) return fail('badArchive', `This archive cannot be restored: ${refused}.`);
	const json = entries[BACKUP_DOCUMENT];
	if (!json)
		return fail(
			'notOurFormat',
			`This zip archive is not a Segments backup: it has no ${BACKUP_DOCUMENT}.`
		);
	const r = readDocumentBytes(json);
	if (!r.ok) return r;
	const files = new Map<string, Uint8Array>();
	for (const f of r.document.data?.files ?? []) {
		const data = entries[f.path];
		if (!data) return fail('missingData', `The archive lists ${f.path} but does not contain it.`);
		// every batch is read here, in the reader's worker, so a file whose rows or columns do not
		// match the manifest is refused before the backup is offered (restore then reads the schema only)
		const entity = r.document.tables.entities.find((e) => e.name === f.entity);
		if (r.document.data?.format === 'arrow' && entity) {
			const problem = arrowDataProblem(entity, f.path, data, f.rows);
			if (problem) return fail('badData', problem);
		}
		files.set(f.path, data);
	}
	return { ok: true, document: r.document, files, archive: true };
}

function readDocumentBytes(
	bytes: Uint8Array
): { ok: true; document: BackupDocument } | { ok: false; problems: Problem[] } {
	if (bytes.length > MAX_BACKUP_JSON_BYTES)
		return { ok: false, problems: [tooLarge(bytes.length, MAX_BACKUP_JSON_BYTES, 'a backup')] };
	const text = decodeText(bytes);
	if (!text.ok) return text;
	const parsed = parseJsonText(text.text, MAX_BACKUP_DEPTH, 'a workspace backup');
	if (!parsed.ok) return parsed;
	return readBackupDocument(parsed.value);
}

/**
 * A zip archive written as it is produced: each file's chunks are compressed and handed to
 * `write` in order; `write` is awaited, so a slow disk slows the producer instead of filling memory.
 */
export class ZipStreamWriter {
	private pending: Promise<void> = Promise.resolve();
	private failure: unknown = null;
	private readonly zip: Zip;

	constructor(write: (chunk: Uint8Array) => Promise<void>) {
		this.zip = new Zip((error, data) => {
			if (error) this.failure = error;
			else this.pending = this.pending.then(() => write(data));
		});
	}

	private async settle(): Promise<void> {
		await this.pending;
		if (this.failure) throw this.failure;
	}

	/** Add a file whose chunks `produce` pushes (and awaits). */
	async addFile(
		name: string,
		produce: (push: (chunk: Uint8Array) => Promise<void>) => Promise<void>
	): Promise<void> {
		const file = new ZipDeflate(name, { level: 6 });
		this.zip.add(file);
		await produce(async (chunk) => {
			file.push(chunk);
			await this.settle();
		});
		file.push(new Uint8Array(0), true);
		await this.settle();
	}

	addText(name: string, text: string): Promise<void> {
		return this.addFile(name, (push) => push(new TextEncoder().encode(text)));
	}

	async finish(): Promise<void> {
		this.zip.end();
		await this.settle();
	}
}
