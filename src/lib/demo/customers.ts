// Customers: the Customer Profile. Ids 1..N in signup order; every other column is drawn from the
// customer's own row stream, after the two trait draws shared with the other entities.
import { drawTraits, type Context, type Traits } from './context';
import { civilFromDay, dayFromCivil } from '../segments/dates';
import { COUNTRIES, EMAIL_DOMAINS, NAME_SUFFIXES, emailSlug } from './names';
import { Rng, Weighted } from './prng';
import { columnsByName, defineEntity } from './source';
import type { DemoColumn, DemoEntity } from './types';

export const CUSTOMER_COLUMNS: readonly DemoColumn[] = [
	{ name: 'id', type: 'number', integer: true, nullable: false },
	{ name: 'name', type: 'string', nullable: false },
	{ name: 'email', type: 'string', nullable: true },
	{ name: 'country', type: 'string', nullable: false },
	{ name: 'city', type: 'string', nullable: false },
	{ name: 'birth_date', type: 'date', nullable: false },
	{ name: 'signup_date', type: 'date', nullable: false },
	{ name: 'loyalty_tier', type: 'string', nullable: false },
	{ name: 'is_subscribed', type: 'boolean', nullable: true }
];

type Tier = 'bronze' | 'silver' | 'gold' | 'platinum';

/** Busier customers climb the tiers (so tier and order volume correlate, as they would). */
const TIERS_BY_ACTIVITY: readonly Weighted<Tier>[] = [
	[70, 22, 7, 1],
	[60, 28, 10, 2],
	[40, 35, 19, 6],
	[20, 30, 32, 18]
].map(
	([b, s, g, p]) =>
		new Weighted<Tier>([
			['bronze', b ?? 0],
			['silver', s ?? 0],
			['gold', g ?? 0],
			['platinum', p ?? 0]
		])
);

export function customersEntity(ctx: Context): DemoEntity {
	return defineEntity(
		'Customers',
		CUSTOMER_COLUMNS,
		() => ctx.customers,
		() => {
			const rng = new Rng(0);
			const traits: Traits = { signupDay: 0, activity: 0 };
			const todayYear = civilFromDay(ctx.today).y;
			let id!: Int32Array, birth!: Int32Array, signup!: Int32Array;
			let name!: (string | null)[], email!: (string | null)[], country!: (string | null)[];
			let city!: (string | null)[], tier!: (string | null)[], subscribed!: (boolean | null)[];
			return {
				bind(data) {
					const col = columnsByName(CUSTOMER_COLUMNS, data);
					id = col('id');
					name = col('name');
					email = col('email');
					country = col('country');
					city = col('city');
					birth = col('birth_date');
					signup = col('signup_date');
					tier = col('loyalty_tier');
					subscribed = col('is_subscribed');
				},
				write(row, at) {
					const cid = row + 1;
					drawTraits(ctx, rng, cid, traits); // must stay the first draws of the row
					const where = COUNTRIES.sample(rng);
					const first = rng.pick(where.culture.first);
					const last = rng.pick(where.culture.last);
					const suffix = where.suffixes && rng.chance(0.01) ? rng.pick(NAME_SUFFIXES) : '';

					// Ages 18–90 around 40; a few forced 29 February birthdays so leap-day logic
					// ("birthday today", age arithmetic) has cases even in small worlds.
					const ageYears = Math.min(90, Math.max(18.1, 40 + 14 * rng.normal()));
					let birthDay = ctx.today - Math.floor(ageYears * 365.2425);
					if (rng.chance(0.003)) {
						let year = todayYear - Math.ceil(ageYears);
						year -= ((year % 4) + 4) % 4; // years 1936..2008: every 4th is a leap year
						if (year > todayYear - 19) year -= 4;
						birthDay = dayFromCivil(year, 2, 29);
					}

					id[at] = cid;
					name[at] = `${first} ${last}${suffix}`;
					email[at] = makeEmail(rng, cid, first, last, civilFromDay(birthDay).y);
					country[at] = where.name;
					city[at] = where.cities.sample(rng);
					birth[at] = birthDay;
					signup[at] = traits.signupDay;
					tier[at] = (TIERS_BY_ACTIVITY[traits.activity] ?? TIERS_BY_ACTIVITY[0]!).sample(rng);
					subscribed[at] = rng.chance(0.06) ? null : rng.chance(0.35 + 0.1 * traits.activity);
				}
			};
		}
	);
}

/** ~3% missing, a few empty, otherwise varied patterns; ~30% without a unique suffix. */
function makeEmail(
	rng: Rng,
	id: number,
	first: string,
	last: string,
	birthYear: number
): string | null {
	const r = rng.next();
	if (r < 0.03) return null;
	if (r < 0.035) return '';
	const f = emailSlug(first);
	const l = emailSlug(last);
	let local: string;
	switch (rng.int(5)) {
		case 0:
			local = `${f}.${l}`;
			break;
		case 1:
			local = f + l;
			break;
		case 2:
			local = `${f.slice(0, 1)}.${l}`;
			break;
		case 3:
			local = `${f}_${l}`;
			break;
		default:
			local = `${l}.${f}`;
	}
	const s = rng.next();
	if (s < 0.7) local += String(id);
	else if (s < 0.9) local += String(birthYear % 100).padStart(2, '0');
	if (rng.chance(0.03)) local = local.slice(0, 1).toUpperCase() + local.slice(1);
	return `${local}@${EMAIL_DOMAINS.sample(rng)}`;
}
