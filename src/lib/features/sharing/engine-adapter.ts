// The app's engine client as the DataEngine the backup code expects (src/lib/sharing/backup-data).
import { engine } from '$lib/engine';
import type { DataEngine } from '$lib/sharing/backup-data';

export function appDataEngine(): DataEngine {
	const e = engine();
	return {
		tables: () => e.tables(),
		exec: (sql) => e.exec(sql, { label: 'Restoring a backup' }),
		exportArrow: (sql, onChunk) =>
			e.exportArrow(sql, (chunk) => onChunk(chunk), { label: 'Backing up the data' }),
		importArrow: (table, ipc) => e.importArrow(table, ipc, { label: 'Restoring the data' }),
		stage: (file, options, onProgress) =>
			e.stage(file, options, onProgress, { label: `Reading ${file.name}` }),
		commit: (stageId, table, choices, onProgress) =>
			e.commit(stageId, table, choices, onProgress, { label: 'Restoring the data' }),
		discard: (stageId) => e.discard(stageId)
	};
}
