// Which typed-in condition values would leave with an exported definition and look like they
// identify a person: values compared with an attribute whose name says email, phone, a person's
// name, an address or an official number, or that holds Customer Profile keys (the key itself, or
// a key that a relationship joins to it). A definition file carries no rows, but an in-list of
// emails is customer data all the same; the export shows these values before the file is written.
import { segmentLabel } from './label';
import type { ConditionNode, SegmentDefinition } from './definition';
import { isConditionBlock } from './definition';
import type { DataModel } from './data-model';

export interface LeavingValues {
	/** The segment's display name (or name). */
	segment: string;
	entity: string;
	attribute: string;
	/** Why the attribute looks identifying, e.g. "looks like an email address". */
	why: string;
	/** The distinct values, as written in the file. */
	values: string[];
}

/** Operators whose value is compared with the attribute's own values. */
const VALUE_OPERATORS = new Set([
	'equals',
	'notEquals',
	'inList',
	'notInList',
	'contains',
	'notContains',
	'startsWith',
	'endsWith'
]);

/** "customerEmail", "first_name", "E-Mail Address" → customer email / first name / e mail address. */
function words(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

const PERSON_NAME_PARTS = new Set([
	'first',
	'last',
	'full',
	'given',
	'family',
	'middle',
	'maiden',
	'sur',
	'contact',
	'customer',
	'person',
	'user',
	'member',
	'client',
	'display'
]);

/** Why an attribute name looks like it holds personal data, or null. */
export function identifyingName(name: string, onProfileEntity: boolean): string | null {
	const w = words(name);
	const joined = w.join('');
	if (w.includes('email') || w.includes('mail') || joined.includes('email'))
		return 'looks like an email address';
	if (w.some((x) => /^(phone|telephone|tel|mobile|cell|cellphone|fax|msisdn)$/.test(x)))
		return 'looks like a phone number';
	if (
		w.some((x) =>
			/^(firstname|lastname|fullname|surname|forename|givenname|familyname|middlename)$/.test(x)
		)
	)
		return "looks like a person's name";
	const at = w.indexOf('name');
	if (at >= 0 && (onProfileEntity || w.some((x) => PERSON_NAME_PARTS.has(x))))
		return "looks like a person's name";
	if (w.some((x) => /^(address|street|postcode|zipcode|zip)$/.test(x)))
		return 'looks like a postal address';
	if (w.some((x) => /^(ssn|iban|passport|nino|sin)$/.test(x)) || joined.includes('socialsecurity'))
		return 'looks like an official number';
	if (
		w.some((x) => /^(birthdate|dob|birthday)$/.test(x)) ||
		joined.includes('dateofbirth') ||
		joined.includes('birthdate')
	)
		return 'looks like a date of birth';
	return null;
}

/** Why `entity.attribute` looks identifying in this model, or null. */
export function identifyingAttribute(
	model: DataModel,
	entity: string,
	attribute: string
): string | null {
	const profile = model.profile;
	if (profile && profile.entity === entity && profile.key === attribute)
		return 'is the Customer Profile key';
	if (profile)
		for (const r of model.relationships) {
			const ends = [
				[r.from, r.to],
				[r.to, r.from]
			] as const;
			for (const [here, there] of ends)
				if (
					here.entity === entity &&
					here.attribute === attribute &&
					there.entity === profile.entity &&
					there.attribute === profile.key
				)
					return 'holds Customer Profile keys';
		}
	const attr = model.entities
		.find((e) => e.name === entity)
		?.attributes.find((a) => a.name === attribute);
	const onProfile = profile?.entity === entity;
	return (
		identifyingName(attribute, onProfile) ??
		(attr && attr.displayName !== attribute ? identifyingName(attr.displayName, onProfile) : null)
	);
}

function valuesOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.map(String);
	if (typeof value === 'string' || typeof value === 'number') return [String(value)];
	return [];
}

/** Every identifying value the definitions would carry, grouped by segment and attribute. */
export function identifyingValues(
	definitions: readonly SegmentDefinition[],
	model: DataModel
): LeavingValues[] {
	const out: LeavingValues[] = [];
	for (const def of definitions) {
		const byAttribute = new Map<string, LeavingValues>();
		const visit = (node: ConditionNode | null) => {
			if (node === null) return;
			if (isConditionBlock(node)) return node.children.forEach(visit);
			if (!VALUE_OPERATORS.has(node.operator) || !('value' in node)) return;
			const values = valuesOf(node.value).filter((v) => v !== '');
			if (values.length === 0) return;
			const why = identifyingAttribute(model, node.entity, node.attribute);
			if (!why) return;
			const key = JSON.stringify([node.entity, node.attribute]);
			let entry = byAttribute.get(key);
			if (!entry) {
				entry = {
					segment: segmentLabel(def),
					entity: node.entity,
					attribute: node.attribute,
					why,
					values: []
				};
				byAttribute.set(key, entry);
			}
			for (const v of values) if (!entry.values.includes(v)) entry.values.push(v);
		};
		for (const group of def.groups) visit(group.where);
		out.push(...byAttribute.values());
	}
	return out;
}
