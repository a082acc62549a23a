// Backing up and restoring the workspace from the Sharing page. A restore is shown first (what it
// replaces, table by table and by name), applied only on confirmation, and then held open: the
// workspace as it was stays in memory (and replaced data tables stay set aside in the engine)
// until the user keeps or reverts it. Reloading the page before deciding keeps the restore (the
// copies set aside are dropped at the next start: restore-cleanup.ts). One instance for the app
// (workspaceBackup): leaving the Sharing page and coming back still offers Keep and Revert. A
// reload in the middle of a restore is said when the page is back (interruptedRestore).
import { errorMessage } from '$lib/error-message';
import { database } from '$lib/db/schema';
import { engine } from '$lib/engine';
import { captureWorkspace, summarizeRestore, type RestoreSummary } from '$lib/sharing/backup';
import type { BackupFileResult } from '$lib/sharing/backup-archive';
import { readBackupFile, type ReadProgress } from '$lib/sharing/backup-reader';
import { MAX_BACKUP_ARCHIVE_BYTES } from '$lib/sharing/backup-archive';
import { tooLarge } from '$lib/sharing/json-text';
import { datedFileName, openFileSink } from '$lib/sharing/save-file';
import {
	keepRestore,
	restoreBackup,
	revertRestore,
	writeBackup,
	type RevertPoint
} from '$lib/sharing/workspace-backup';
import type { Problem } from '$lib/segments/problems';
import { RESTORE_PENDING_LOCK } from '$lib/sharing/backup-data';
import { markBusy } from '$lib/busy';
import { appDataEngine } from './engine-adapter';
import {
	interruptedRestore,
	restoreAwaitsDecision,
	restoreFinished,
	restoreStarted,
	type RestoreNote
} from './restore-interrupted';

export type RestoreStatus = 'idle' | 'reading' | 'refused' | 'confirm' | 'restoring' | 'decide';

type Readable = Extract<BackupFileResult, { ok: true }>;

export class WorkspaceBackup {
	includeData = $state(false);
	saving = $state(false);
	progress = $state('');
	/** While a chosen file is read and checked (in a worker): how far it got. */
	reading = $state.raw<ReadProgress | null>(null);
	status = $state<RestoreStatus>('idle');
	fileName = $state('');
	problems = $state.raw<Problem[]>([]);
	error = $state<string | null>(null);
	backup = $state.raw<Readable | null>(null);
	/** The file read: a failed restore reads it again (its data went to the engine, moved). */
	private file: File | null = null;
	summary = $state.raw<RestoreSummary | null>(null);
	/** Entities whose table is not in this browser and that the backup brings no data for. */
	withoutData = $state.raw<string[]>([]);
	private point: RevertPoint | null = null;

	/** Said once after a reload cut a restore off (or came before Keep or Revert). */
	note = $state.raw<RestoreNote | null>(null);

	constructor() {
		this.note = interruptedRestore();
	}

	async download(): Promise<string | null> {
		this.saving = true;
		this.error = null;
		const archive = this.includeData;
		const name = datedFileName('segments-backup', archive ? 'zip' : 'json');
		try {
			const sink = await openFileSink(
				name,
				archive ? 'application/zip' : 'application/json',
				archive ? 'zip' : 'json'
			);
			try {
				await writeBackup(database(), (chunk) => sink.write(chunk), {
					engine: archive ? appDataEngine() : null,
					onProgress: (m) => (this.progress = m)
				});
				await sink.close();
			} catch (e) {
				await sink.abort().catch(() => undefined);
				throw e;
			}
			return name;
		} catch (e) {
			if (e instanceof Error && e.name === 'SaveCancelled') return null;
			this.error = `The backup failed: ${errorMessage(e)}`;
			return null;
		} finally {
			this.saving = false;
			this.progress = '';
		}
	}

	async open(file: File): Promise<void> {
		// keep or revert the restore in progress first: its revert point must not be lost
		if (this.status === 'decide' || this.status === 'restoring') return;
		this.cancel();
		this.note = null;
		this.fileName = file.name;
		this.file = file;
		if (file.size > MAX_BACKUP_ARCHIVE_BYTES) {
			this.problems = [tooLarge(file.size, MAX_BACKUP_ARCHIVE_BYTES, 'a backup')];
			this.status = 'refused';
			return;
		}
		this.status = 'reading';
		this.reading = { stage: 'reading', fraction: 0 };
		try {
			const r = await readBackupFile(file, (p) => (this.reading = p));
			if (!r.ok) {
				this.problems = r.problems;
				this.status = 'refused';
				return;
			}
			const current = await captureWorkspace(database());
			this.backup = r;
			this.summary = summarizeRestore(current, r.document.tables);
			const withData = new Set(r.document.data?.files.map((f) => f.entity) ?? []);
			const tables = new Set(
				await engine()
					.tables()
					.catch(() => [] as string[])
			);
			this.withoutData = r.document.tables.entities
				.filter((e) => !withData.has(e.name) && !tables.has(e.table))
				.map((e) => e.name);
			this.status = 'confirm';
		} catch (e) {
			this.problems = [
				{
					path: [],
					code: 'unreadable',
					message: `This file could not be read: ${errorMessage(e)}`
				}
			];
			this.status = 'refused';
		} finally {
			this.reading = null;
		}
	}

	async restore(): Promise<void> {
		if (!this.backup || this.status !== 'confirm') return;
		this.status = 'restoring';
		this.error = null;
		// held from the first table set aside until Keep or Revert
		this.holdDecision();
		restoreStarted(this.fileName, !!this.backup.document.data);
		try {
			const data = this.backup.document.data ? appDataEngine() : null;
			this.point = await restoreBackup(database(), this.backup, data, (m) => (this.progress = m));
			restoreAwaitsDecision(this.fileName);
			this.status = 'decide';
		} catch (e) {
			this.releaseDecision();
			restoreFinished();
			this.error = `The restore failed and nothing was changed: ${errorMessage(e)}`;
			// the data files were moved to the engine, not copied: read them again for a retry
			const again = this.file && this.backup.document.data ? await this.reread(this.file) : true;
			this.status = again ? 'confirm' : 'refused';
		} finally {
			this.progress = '';
		}
	}

	async keep(): Promise<void> {
		if (!this.point || !this.backup) return;
		// the engine is left holding exactly the restored workspace (other entities' tables go)
		await keepRestore(appDataEngine(), this.point, this.backup.document.tables).catch(
			() => undefined
		);
		this.point = null;
		restoreFinished();
		this.releaseDecision();
		this.reset();
	}

	async revert(): Promise<void> {
		if (!this.point) return;
		this.error = null;
		try {
			await revertRestore(database(), this.point.data ? appDataEngine() : null, this.point);
			this.point = null;
			restoreFinished();
			this.releaseDecision();
			this.reset();
		} catch (e) {
			this.error = `Reverting failed: ${errorMessage(e)}`;
		}
	}

	private releaseDecision: () => void = () => {};

	/**
	 * While the restore waits for Keep or Revert: other tabs leave its set-aside copies alone (a
	 * Web Lock they can see), and an app update asks before reloading (a reload keeps the restore).
	 */
	private holdDecision(): void {
		const idle = markBusy('A backup restore, until you keep or revert it');
		let unlock: () => void = () => {};
		if (typeof navigator !== 'undefined' && 'locks' in navigator)
			void navigator.locks.request(
				RESTORE_PENDING_LOCK,
				() => new Promise<void>((resolve) => (unlock = resolve))
			);
		this.releaseDecision = () => {
			idle();
			unlock();
			this.releaseDecision = () => {};
		};
	}

	/** Read the same file again after a failed restore; false if it can no longer be read. */
	private async reread(file: File): Promise<boolean> {
		try {
			const r = await readBackupFile(file, () => {});
			if (!r.ok) {
				this.problems = r.problems;
				return false;
			}
			this.backup = r;
			return true;
		} catch (e) {
			this.problems = [
				{
					path: [],
					code: 'unreadable',
					message: `This file could not be read again: ${errorMessage(e)}`
				}
			];
			return false;
		}
	}

	/** Drop a previewed (not applied) restore. */
	cancel(): void {
		if (this.status === 'decide' || this.status === 'restoring') return;
		this.reset();
	}

	private reset(): void {
		this.status = 'idle';
		this.fileName = '';
		this.file = null;
		this.problems = [];
		this.backup = null;
		this.summary = null;
		this.withoutData = [];
	}
}

/** The app's one backup and restore: it outlives the Sharing page (Keep and Revert wait there). */
export const workspaceBackup = new WorkspaceBackup();
