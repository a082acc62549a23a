// Click-stream pages as a small Markov chain: a session lands somewhere and wanders the way
// shoppers do (products → cart → checkout, blog → pricing). '/pricing' is deliberately common —
// "visited pricing recently" is the classic intent segment. One search query contains a comma,
// so CSV quoting of text columns is exercised by ClickStream too.
import { Rng, Weighted } from './prng';

type Kind =
	| 'home'
	| 'pricing'
	| 'products'
	| 'product'
	| 'cart'
	| 'checkout'
	| 'complete'
	| 'support'
	| 'supportTopic'
	| 'blogPost'
	| 'account'
	| 'accountOrders'
	| 'search';

/** The concrete paths each kind of page renders as (one is picked uniformly). */
const PATHS: Record<Kind, readonly string[]> = {
	home: ['/'],
	pricing: ['/pricing'],
	products: ['/products'],
	product: [
		'wireless-earbuds',
		'smart-watch',
		'running-shoes',
		'coffee-grinder',
		'yoga-mat',
		'desk-lamp',
		'travel-backpack',
		'water-bottle'
	].map((s) => '/products/' + s),
	cart: ['/cart'],
	checkout: ['/checkout'],
	complete: ['/checkout/complete'],
	support: ['/support'],
	supportTopic: ['returns', 'shipping', 'warranty', 'contact', 'faq'].map((s) => '/support/' + s),
	blogPost: [
		'spring-sale',
		'how-to-choose-running-shoes',
		'coffee-brewing-guide',
		'customer-stories',
		'sustainability-report',
		'gift-guide'
	].map((s) => '/blog/' + s),
	account: ['/account'],
	accountOrders: ['/account/orders'],
	search: ['/search?q=shoes', '/search?q=coffee', '/search?q=red,blue', '/search?q=gift+ideas']
};

const w = (entries: [Kind, number][]): Weighted<Kind> => new Weighted(entries);

const LANDING = w([
	['home', 40],
	['blogPost', 15],
	['pricing', 12],
	['products', 13],
	['product', 12],
	['support', 8]
]);

const NEXT: Record<Kind, Weighted<Kind>> = {
	home: w([
		['products', 30],
		['pricing', 20],
		['blogPost', 10],
		['product', 15],
		['support', 8],
		['account', 10],
		['search', 7]
	]),
	pricing: w([
		['products', 25],
		['home', 15],
		['checkout', 10],
		['cart', 10],
		['support', 10],
		['product', 25],
		['pricing', 5]
	]),
	products: w([
		['product', 60],
		['pricing', 12],
		['search', 10],
		['home', 8],
		['cart', 10]
	]),
	product: w([
		['product', 30],
		['cart', 25],
		['products', 20],
		['pricing', 10],
		['home', 5],
		['support', 5],
		['search', 5]
	]),
	cart: w([
		['checkout', 45],
		['product', 25],
		['products', 15],
		['pricing', 10],
		['home', 5]
	]),
	checkout: w([
		['complete', 60],
		['cart', 25],
		['support', 10],
		['home', 5]
	]),
	complete: w([
		['home', 40],
		['account', 40],
		['products', 20]
	]),
	support: w([
		['supportTopic', 60],
		['home', 15],
		['account', 15],
		['pricing', 10]
	]),
	supportTopic: w([
		['supportTopic', 30],
		['support', 30],
		['home', 20],
		['account', 20]
	]),
	blogPost: w([
		['blogPost', 30],
		['pricing', 20],
		['home', 25],
		['products', 25]
	]),
	account: w([
		['accountOrders', 40],
		['support', 20],
		['home', 20],
		['products', 20]
	]),
	accountOrders: w([
		['support', 30],
		['home', 30],
		['products', 40]
	]),
	search: w([
		['product', 70],
		['search', 15],
		['products', 15]
	])
};

/** Events per session: 1–8, mean ≈ 3.2. */
export const SESSION_LENGTH = new Weighted<number>([
	[1, 25],
	[2, 20],
	[3, 17],
	[4, 13],
	[5, 10],
	[6, 7],
	[7, 5],
	[8, 3]
]);

/** A walker over the chain; `page` is the current path. */
export class PageWalker {
	private kind: Kind = 'home';
	page = '/';

	land(rng: Rng): string {
		return this.go(rng, LANDING.sample(rng));
	}

	step(rng: Rng): string {
		return this.go(rng, NEXT[this.kind].sample(rng));
	}

	private go(rng: Rng, kind: Kind): string {
		this.kind = kind;
		this.page = rng.pick(PATHS[kind]);
		return this.page;
	}
}
