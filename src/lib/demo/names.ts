// Reference lists for customer profiles: countries (weighted, with their own cities and a name
// culture so that "Müller in München" and "Silva in São Paulo" line up), names and e-mail
// domains. Non-ASCII letters and apostrophes are deliberate: the demo should exercise UTF-8 and
// quoting everywhere the real imports would.
import { Weighted } from './prng';

/** 'a|b|c' → ['a', 'b', 'c']: keeps the long lists readable and compact. */
function list(items: string): readonly string[] {
	return items.split('|');
}

interface Culture {
	first: readonly string[];
	last: readonly string[];
}

const CULTURES = {
	en: {
		first: list(
			'James|Mary|John|Patricia|Robert|Jennifer|Michael|Linda|William|Elizabeth|David|Sarah|Emma|Olivia|Liam|Noah|Ava|Sophia|Mason|Chloe|Ethan|Grace|Zoë|Siobhán'
		),
		last: list(
			"Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Taylor|Anderson|Thomas|Moore|Martin|Lee|Thompson|White|Harris|Clark|Lewis|Walker|O'Brien|O'Connor|Young|King|Wright|Scott|Baker-Hughes"
		)
	},
	de: {
		first: list(
			'Lukas|Leon|Finn|Jonas|Paul|Felix|Mia|Hannah|Lea|Lena|Emilia|Sophie|Jürgen|Käthe|Anna|Maximilian'
		),
		last: list(
			'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Groß'
		)
	},
	fr: {
		first: list(
			'Louis|Gabriel|Léo|Jules|Lucas|Hugo|Chloé|Léa|Manon|Camille|Inès|Zoé|Élodie|François'
		),
		last: list(
			"Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Fournier|Girard|D'Amboise"
		)
	},
	es: {
		first: list(
			'Hugo|Martín|Lucas|Mateo|Leo|Daniel|Lucía|Sofía|Martina|María|Paula|Julia|José|Alejandro|Valentina|Camila'
		),
		last: list(
			'García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Ruiz|Hernández|Díaz|Moreno|Álvarez|Muñoz'
		)
	},
	pt: {
		first: list(
			'Miguel|Arthur|Heitor|Bernardo|Davi|Helena|Alice|Laura|Valentina|João|Ana|Beatriz|Gabriel'
		),
		last: list(
			'Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Conceição'
		)
	},
	it: {
		first: list(
			'Leonardo|Francesco|Alessandro|Lorenzo|Mattia|Sofia|Giulia|Aurora|Alice|Ginevra|Niccolò'
		),
		last: list(
			'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|De Luca'
		)
	},
	nl: {
		first: list('Daan|Sem|Lucas|Levi|Emma|Julia|Mila|Tess|Sophie|Bram|Fleur'),
		last: list('de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer')
	},
	sv: {
		first: list('William|Liam|Noah|Hugo|Alice|Maja|Elsa|Astrid|Björn|Åsa|Linnéa'),
		last: list(
			'Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Öberg'
		)
	},
	pl: {
		first: list(
			'Antoni|Jan|Aleksander|Franciszek|Zuzanna|Julia|Zofia|Hanna|Łukasz|Małgorzata|Wojciech'
		),
		last: list(
			'Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak'
		)
	},
	ja: {
		first: list('Haruto|Sota|Yuto|Hinata|Ren|Yui|Himari|Mei|Sakura|Aoi|Hina'),
		last: list('Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato')
	},
	hi: {
		first: list('Aarav|Vivaan|Aditya|Vihaan|Arjun|Saanvi|Ananya|Diya|Aadhya|Priya|Rohan|Ishaan'),
		last: list('Sharma|Verma|Gupta|Singh|Kumar|Patel|Reddy|Iyer|Nair|Mehta|Chatterjee|Das')
	}
} satisfies Record<string, Culture>;

export interface Country {
	name: string;
	culture: Culture;
	/** Cities, most populous first; sampled with a rank-decaying weight. */
	cities: Weighted<string>;
	/** Whether a ", Jr."-style suffix occurs (it puts a comma inside the name: CSV quoting). */
	suffixes: boolean;
}

function country(
	name: string,
	culture: Culture,
	cities: readonly string[],
	suffixes = false
): Country {
	return {
		name,
		culture,
		cities: new Weighted(cities.map((c, i) => [c, 1 / Math.pow(i + 1, 0.8)] as const)),
		suffixes
	};
}

export const COUNTRIES = new Weighted<Country>([
	[
		country(
			'United States',
			CULTURES.en,
			list('New York|Los Angeles|Chicago|Houston|Phoenix|Seattle|Boston|Austin|Denver|Miami'),
			true
		),
		22
	],
	[
		country(
			'United Kingdom',
			CULTURES.en,
			list('London|Manchester|Birmingham|Glasgow|Leeds|Bristol|Edinburgh')
		),
		10
	],
	[
		country(
			'Germany',
			CULTURES.de,
			list('Berlin|Hamburg|München|Köln|Frankfurt am Main|Stuttgart|Düsseldorf|Leipzig')
		),
		10
	],
	[
		country(
			'France',
			CULTURES.fr,
			list('Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Bordeaux')
		),
		8
	],
	[
		country('Spain', CULTURES.es, list('Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Bilbao')),
		6
	],
	[country('Italy', CULTURES.it, list('Roma|Milano|Napoli|Torino|Palermo|Bologna|Firenze')), 5],
	[country('Netherlands', CULTURES.nl, list('Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven')), 4],
	[country('Sweden', CULTURES.sv, list('Stockholm|Göteborg|Malmö|Uppsala')), 3],
	[country('Poland', CULTURES.pl, list('Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk')), 3],
	[
		country(
			'Brazil',
			CULTURES.pt,
			list('São Paulo|Rio de Janeiro|Brasília|Salvador|Fortaleza|Belo Horizonte|Curitiba')
		),
		6
	],
	[
		country(
			'Mexico',
			CULTURES.es,
			list('Ciudad de México|Guadalajara|Monterrey|Puebla|Tijuana|Mérida')
		),
		4
	],
	[
		country(
			'Canada',
			CULTURES.en,
			list('Toronto|Montréal|Vancouver|Calgary|Ottawa|Edmonton|Québec City'),
			true
		),
		6
	],
	[country('Australia', CULTURES.en, list('Sydney|Melbourne|Brisbane|Perth|Adelaide')), 4],
	[country('India', CULTURES.hi, list('Mumbai|Delhi|Bengaluru|Hyderabad|Chennai|Kolkata|Pune')), 6],
	[country('Japan', CULTURES.ja, list('Tokyo|Osaka|Yokohama|Nagoya|Sapporo|Fukuoka|Kyoto')), 3]
]);

export const NAME_SUFFIXES: readonly string[] = [', Jr.', ', Sr.', ' III'];

/** Only reserved example domains (RFC 2606/6761): generated addresses can never reach anyone. */
export const EMAIL_DOMAINS = new Weighted<string>([
	['example.com', 35],
	['example.net', 20],
	['example.org', 15],
	['mail.example', 15],
	['inbox.test', 10],
	['corp.example', 5]
]);

const slugCache = new Map<string, string>();

/** A name as an e-mail local-part fragment: lower-case ASCII letters only ('Müller' → 'muller'). */
export function emailSlug(name: string): string {
	let slug = slugCache.get(name);
	if (slug === undefined) {
		slug = name
			.toLowerCase()
			.replace(/ł/g, 'l')
			.replace(/ß/g, 'ss')
			.normalize('NFD')
			.replace(/[^a-z]/g, '');
		slugCache.set(name, slug);
	}
	return slug;
}
