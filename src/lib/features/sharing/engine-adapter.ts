// The app's engine client as the DataEngine the backup code expects (src/lib/sharing/backup-data).
import { engine } from '$lib/engine';
import type { DataEngine } from '$lib/sharing/backup-data';

export function appDataEngine(): DataEngine {
	const e = engine();
	return {
		tables: () => e.tables(),
		exec: (sql) => e.exec(sql, { label: 'Restoring a backup' }),
		exportCsv: (sql, onChunk) =>
			e.exportCsv(sql, (chunk) => onChunk(chunk), { label: 'Backing up the data' }),
		stage: (file, onProgress) => e.stage(file, {}, onProgress, { label: `Reading ${file.name}` }),
		commit: (stageId, table, choices, onProgress) =>
			e.commit(stageId, table, choices, onProgress, { label: 'Restoring the data' }),
		discard: (stageId) => e.discard(stageId)
	};
}
