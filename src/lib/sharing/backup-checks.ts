// What must hold across the records of a backup, beyond each record's shape: keys and names are
// unique, every reference resolves (runs to segments, member changes to runs, relationships and
// the Customer Profile to entities and attributes), and each entity has a table of its own. A
// backup breaking any of these would restore into pages that fail, so it is refused instead.
import { identifierProblem } from '../segments/data-model';
import type { Problem, ProblemPath } from '../segments/problems';
import { formatPath } from './json-text';
import { formerRelationshipsSchema, profileValueSchema } from './backup-records';
import type { BackupDataFile, WorkspaceTables } from './backup-format';
import { issueSentence, located } from './backup-issues';

const lower = (s: string) => s.toLowerCase();

/** The first problem across the records, or null when the workspace holds together. */
export function workspaceProblem(
	tables: WorkspaceTables,
	files: BackupDataFile[] | null
): Problem | null {
	const t = (...path: (string | number)[]): ProblemPath => ['tables', ...path];
	const checks: (() => Problem | null)[] = [
		() => unique(tables.entities, (e) => e.id, t('entities'), 'id'),
		() => unique(tables.entities, (e) => lower(e.name), t('entities'), 'name'),
		() => unique(tables.entities, (e) => lower(e.table), t('entities'), 'table'),
		() => unique(tables.relationships, (r) => r.id, t('relationships'), 'id'),
		() => unique(tables.relationships, (r) => r.name, t('relationships'), 'name'),
		() => unique(tables.settings, (s) => s.key, t('settings'), 'key'),
		() => unique(tables.segments, (s) => s.id, t('segments'), 'id'),
		() => unique(tables.segments, (s) => s.name, t('segments'), 'name'),
		() => unique(tables.runs, (r) => r.id, t('runs'), 'id'),
		() => unique(tables.runChanges, (r) => r.runId, t('runChanges'), 'runId'),
		() => unique(tables.importMappings, (m) => m.from, t('importMappings'), 'from'),
		() => entityProblem(tables),
		() => relationshipProblem(tables),
		() => settingsProblem(tables),
		() => runProblem(tables),
		() => (files ? dataProblem(tables, files) : null)
	];
	for (const check of checks) {
		const p = check();
		if (p) return p;
	}
	return null;
}

function unique<T>(
	rows: T[],
	keyOf: (row: T) => string,
	path: ProblemPath,
	field: string
): Problem | null {
	const seen = new Map<string, number>();
	for (const [i, row] of rows.entries()) {
		const k = keyOf(row);
		const first = seen.get(k);
		if (first !== undefined)
			return located(
				[...path, i, field],
				'duplicateKey',
				`is the same as ${formatPath([...path.slice(1), first, field])}; each must be different.`
			);
		seen.set(k, i);
	}
	return null;
}

function entityProblem(tables: WorkspaceTables): Problem | null {
	for (const [i, e] of tables.entities.entries()) {
		const p = identifierProblem(e.name);
		if (p) return located(['tables', 'entities', i, 'name'], 'invalidName', `is not valid: ${p}`);
		const d = unique(
			e.attributes,
			(a) => lower(a.name),
			['tables', 'entities', i, 'attributes'],
			'name'
		);
		if (d) return d;
	}
	return null;
}

/** Where `ref` fails to resolve, as the rest of a sentence; null when it resolves. */
function unresolved(tables: WorkspaceTables, entity: string, attribute: string): string | null {
	const e = tables.entities.find((x) => x.name === entity);
	if (!e) return `names the entity “${entity}”, which is not in this backup.`;
	if (!e.attributes.some((a) => a.name === attribute))
		return `names the attribute “${attribute}”, which ${entity} does not have.`;
	return null;
}

function relationshipProblem(tables: WorkspaceTables): Problem | null {
	for (const [i, r] of tables.relationships.entries())
		for (const end of ['from', 'to'] as const) {
			const why = unresolved(tables, r[end].entity, r[end].attribute);
			if (why) return located(['tables', 'relationships', i, end], 'unknownReference', why);
		}
	return null;
}

function settingsProblem(tables: WorkspaceTables): Problem | null {
	for (const [i, s] of tables.settings.entries()) {
		const path = ['tables', 'settings', i, 'value'];
		if (s.key === 'profile') {
			const r = profileValueSchema.safeParse(s.value);
			if (!r.success) return issueSentence(r.error.issues[0]!, path);
			if (r.data) {
				const why = unresolved(tables, r.data.entity, r.data.key);
				if (why) return located(path, 'unknownReference', why);
			}
		} else if (s.key === 'formerRelationships') {
			const r = formerRelationshipsSchema.safeParse(s.value);
			if (!r.success) return issueSentence(r.error.issues[0]!, path);
		}
	}
	return null;
}

function runProblem(tables: WorkspaceTables): Problem | null {
	const segments = new Set(tables.segments.map((s) => s.id));
	const finished = new Map<string, number>();
	for (const [i, r] of tables.runs.entries()) {
		if (!segments.has(r.segmentId))
			return located(
				['tables', 'runs', i, 'segmentId'],
				'unknownReference',
				'names a segment that is not in this backup.'
			);
		if (r.finishedAt === null) continue;
		// the trend chart draws one point per finish time of a segment
		const k = `${r.segmentId}\u0000${r.finishedAt}`;
		const first = finished.get(k);
		if (first !== undefined)
			return located(
				['tables', 'runs', i, 'finishedAt'],
				'duplicateKey',
				`is the same as runs[${first}].finishedAt of the same segment; two runs cannot finish at the same moment.`
			);
		finished.set(k, i);
	}
	const runs = new Map(tables.runs.map((r) => [r.id, r]));
	for (const [i, c] of tables.runChanges.entries()) {
		const run = runs.get(c.runId);
		if (!run)
			return located(
				['tables', 'runChanges', i, 'runId'],
				'unknownReference',
				'names a run that is not in this backup.'
			);
		if (run.segmentId !== c.segmentId)
			return located(
				['tables', 'runChanges', i, 'segmentId'],
				'unknownReference',
				'is not the segment of its run.'
			);
	}
	return null;
}

function dataProblem(tables: WorkspaceTables, files: BackupDataFile[]): Problem | null {
	const seen = new Set<string>();
	for (const [i, f] of files.entries()) {
		const e = tables.entities.find((x) => x.name === f.entity);
		if (!e)
			return located(
				['data', 'files', i, 'entity'],
				'unknownEntity',
				`names the entity “${f.entity}”, which is not in this backup.`
			);
		if (seen.has(f.entity))
			return located(['data', 'files', i, 'entity'], 'duplicateKey', 'has a second data file.');
		seen.add(f.entity);
	}
	return null;
}
