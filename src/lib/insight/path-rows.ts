// The rows a group's path reaches, as FROM/JOIN lines with the compiler's table aliases (entity
// names, a suffix for a name that differs only in case), so a condition compiled by conditionSql
// reads the same columns here as in the segment's own SQL. Pure: no engine, no UI.
import { findAttribute, findEntity, type DataModel, type Entity } from '../segments/data-model';
import type { Condition, Group } from '../segments/definition';
import { conditionSql } from '../segments/condition-sql';
import type { Clock } from '../segments/dates';
import { resolvePath } from '../segments/paths';
import { quoteIdent } from '../sql/quote';

export interface PathRows {
	/** FROM … JOIN … lines. */
	from: string[];
	/** `"Customers"."id"`: the profile key as reached along the path. */
	key: string;
	/** A column of an entity on the path. */
	column: (entity: string, attribute: string) => string;
	/** The alias of an entity on the path (for `.rowid`). */
	alias: (entity: string) => string;
	/** A condition on a path entity as a boolean SQL expression (NULL possible). */
	condition: (c: Condition) => string;
}

/** Throws when the path does not resolve; callers compile the definition first. */
export function pathRows(group: Group, model: DataModel, clock: Clock): PathRows {
	const resolution = resolvePath(model, group.path);
	if (!resolution.ok) throw new Error('The path of this group does not resolve.');
	const path = resolution.path;
	const aliases = new Map<string, { entity: Entity; alias: string }>();
	const used = new Set<string>();
	path.entities.forEach((name, i) => {
		let alias = name;
		for (let n = i; used.has(alias.toLowerCase()); n++) alias = `${name}_${n}`;
		used.add(alias.toLowerCase());
		aliases.set(name, { entity: findEntity(model, name) as Entity, alias: quoteIdent(alias) });
	});
	const get = (entity: string) => {
		const a = aliases.get(entity);
		if (!a) throw new Error(`${entity} is not on this group's path.`);
		return a;
	};
	const alias = (entity: string) => get(entity).alias;
	const column = (entity: string, attribute: string) => `${alias(entity)}.${quoteIdent(attribute)}`;
	const profile = model.profile;
	if (!profile) throw new Error('There is no Customer Profile.');
	const [first, ...rest] = path.entities;
	const from = [
		`FROM ${quoteIdent(get(first as string).entity.table)} AS ${alias(first as string)}`,
		...rest.map((name, i) => {
			const hop = path.hops[i]!;
			return `JOIN ${quoteIdent(get(name).entity.table)} AS ${alias(name)} ON ${column(hop.current.entity, hop.current.attribute)} = ${column(hop.next.entity, hop.next.attribute)}`;
		})
	];
	const condition = (c: Condition) => {
		const attribute = findAttribute(get(c.entity).entity, c.attribute);
		if (!attribute) throw new Error(`Unknown attribute ${c.attribute}`);
		return conditionSql(column(c.entity, c.attribute), attribute.type, c, clock);
	};
	return { from, key: column(profile.entity, profile.key), column, alias, condition };
}
