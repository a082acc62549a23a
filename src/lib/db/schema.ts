// The IndexedDB schema (Dexie). Versions only grow: a new version adds stores or indexes and, if
// needed, an upgrade function; the test in schema.test.ts opens databases written by every
// earlier version (fixtures in tests/fixtures/dexie/) and checks nothing is lost.
import { Dexie, type EntityTable } from 'dexie';
import { installWriteFaults } from './faults';
import type {
	EntityRecord,
	ImportMappingRecord,
	RelationshipRecord,
	RunChangeRecord,
	RunRecord,
	SegmentRecord,
	SettingRecord
} from './records';

export const DATABASE_NAME = 'segments';

/** Every schema version ever shipped, oldest first. Never edit a shipped entry; add one. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
	{
		version: 1,
		stores: {
			entities: 'id, &name',
			relationships: 'id, &name',
			settings: 'key',
			segments: 'id, &name, state, nextRunAt',
			runs: 'id, segmentId, [segmentId+startedAt], status, startedAt',
			runChanges: 'runId, segmentId',
			importMappings: 'from'
		}
	}
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class SegmentsDatabase extends Dexie {
	entities!: EntityTable<EntityRecord, 'id'>;
	relationships!: EntityTable<RelationshipRecord, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	segments!: EntityTable<SegmentRecord, 'id'>;
	runs!: EntityTable<RunRecord, 'id'>;
	runChanges!: EntityTable<RunChangeRecord, 'runId'>;
	importMappings!: EntityTable<ImportMappingRecord, 'from'>;

	constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
	}
}

let instance: SegmentsDatabase | null = null;
const conflictListeners = new Set<(message: string) => void>();

/**
 * Told when this tab must stop using the database: another tab opened it with a newer schema (an
 * update was deployed), or the stored data is newer than this tab's code. The tab then asks the
 * user to reload instead of writing with an old schema.
 */
export function onSchemaConflict(listener: (message: string) => void): () => void {
	conflictListeners.add(listener);
	return () => conflictListeners.delete(listener);
}

function conflict(message: string): void {
	for (const l of conflictListeners) l(message);
}

/** The app's database (one per tab). */
export function database(): SegmentsDatabase {
	if (!instance) {
		const db = new SegmentsDatabase();
		// test builds only: the e2e tests make chosen writes fail as a full disk would
		if (__SEGMENTS_TEST_HOOKS__) installWriteFaults(db);
		db.on('versionchange', () => {
			db.close();
			conflict(
				'A newer version of Segments was opened in another tab. Reload this tab to keep working; nothing is lost.'
			);
			return false;
		});
		db.open().catch((e: unknown) => {
			if (e instanceof Error && /VersionError/.test(e.name + e.message))
				conflict('Your data was saved by a newer version of Segments. Reload to get that version.');
		});
		instance = db;
	}
	return instance;
}

/** For tests: use another database instance as the app's. */
export function setDatabase(db: SegmentsDatabase | null): void {
	instance = db;
}

export function newId(): string {
	return crypto.randomUUID();
}
