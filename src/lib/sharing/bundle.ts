// The file teams share: segment definitions plus a manifest of what they need from the data
// (entities, typed attributes, relationships, the Customer Profile). Never data, never SQL.
// Written with sorted keys and indentation so it diffs well in git.
import type {
	AttributeType,
	CustomerProfile,
	DataModel,
	Relationship
} from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';
import { upToDate } from '../segments/parse';
import { referencesOf } from '../segments/references';

export const BUNDLE_FORMAT = 'segments.bundle';
export const BUNDLE_VERSION = 1;
export const APP_VERSION = '0.1.0';

export interface ManifestEntity {
	name: string;
	attributes: { name: string; type: AttributeType | 'unknown' }[];
}

export interface Manifest {
	profile: CustomerProfile | null;
	entities: ManifestEntity[];
	relationships: Relationship[];
}

export interface Bundle {
	format: typeof BUNDLE_FORMAT;
	version: number;
	app: { name: 'Segments'; version: string };
	exportedAt: string;
	manifest: Manifest;
	segments: SegmentDefinition[];
}

export function buildManifest(definitions: SegmentDefinition[], model: DataModel): Manifest {
	const attrs = new Map<string, Set<string>>();
	const need = (entity: string, attribute?: string) => {
		if (!entity) return;
		const set = attrs.get(entity) ?? new Set<string>();
		if (attribute) set.add(attribute);
		attrs.set(entity, set);
	};
	const relationships = new Map<string, Relationship>();
	for (const d of definitions) {
		const refs = referencesOf(d);
		for (const e of refs.entities) need(e);
		for (const key of refs.attributes) {
			const dot = key.indexOf('.');
			need(key.slice(0, dot), key.slice(dot + 1));
		}
		for (const name of refs.relationships) {
			const r = model.relationships.find((x) => x.name === name);
			if (r) {
				relationships.set(name, r);
				need(r.from.entity, r.from.attribute);
				need(r.to.entity, r.to.attribute);
			}
		}
	}
	if (model.profile && definitions.length) need(model.profile.entity, model.profile.key);
	const typeOf = (entity: string, attribute: string): AttributeType | 'unknown' =>
		model.entities.find((e) => e.name === entity)?.attributes.find((a) => a.name === attribute)
			?.type ?? 'unknown';
	return {
		profile: definitions.length ? model.profile : null,
		entities: [...attrs.entries()]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([name, set]) => ({
				name,
				attributes: [...set].sort().map((a) => ({ name: a, type: typeOf(name, a) }))
			})),
		relationships: [...relationships.values()].sort((a, b) => a.name.localeCompare(b.name))
	};
}

export function buildBundle(definitions: SegmentDefinition[], model: DataModel, at: Date): Bundle {
	// definitions saved by an older version are shared as the current version they are read as
	const segments = definitions.map(upToDate).sort((a, b) => a.name.localeCompare(b.name));
	return {
		format: BUNDLE_FORMAT,
		version: BUNDLE_VERSION,
		app: { name: 'Segments', version: APP_VERSION },
		exportedAt: at.toISOString(),
		manifest: buildManifest(segments, model),
		segments
	};
}

/** Pretty JSON with object keys sorted (arrays keep their order: groups and conditions mean it). */
export function serializeBundle(bundle: Bundle): string {
	return JSON.stringify(sortKeys(bundle), null, 2) + '\n';
}

/** Object keys sorted at every level; `undefined` fields dropped (JSON has none). */
export function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.filter(([, v]) => v !== undefined)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([k, v]) => [k, sortKeys(v)])
		);
	}
	return value;
}

export function bundleFileName(names: string[]): string {
	const base = names.length === 1 ? names[0]! : `segments-${names.length}`;
	return `${base.replace(/[^A-Za-z0-9_-]+/g, '_')}.segments.json`;
}
