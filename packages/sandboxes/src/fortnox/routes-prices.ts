import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { toScaled } from './decimal.js';
import { isResponse, resourceUrl } from './listing.js';
import { requireToken } from './oauth.js';
import { unwrap } from './registers.js';
import type { FortnoxStore, StoredPrice } from './store.js';
import { fortnoxCodes, notFound, rejected } from './style.js';

/** The price list whose quantity-0 price is the article's `SalesPrice` (Fortnox's default list). */
export const defaultPriceList = 'A';

export function priceKey(priceList: string, articleNumber: string, fromQuantity: number): string {
  return `${priceList}/${articleNumber}/${fromQuantity}`;
}

/** Stores a price; the default list's base price is mirrored into the article's read-only SalesPrice. */
export function setPrice(store: FortnoxStore, price: Omit<StoredPrice, 'modifiedAt'>): StoredPrice {
  const stored: StoredPrice = { ...price, modifiedAt: store.now() };
  store.prices.set(priceKey(price.priceList, price.articleNumber, price.fromQuantity), stored);
  const article = store.articles.get(price.articleNumber);
  if (article && price.priceList === defaultPriceList && price.fromQuantity === 0) {
    article.fields.SalesPrice = price.price;
    article.modifiedAt = store.now();
  }
  return stored;
}

function view(req: SandboxRequest, p: StoredPrice): Record<string, unknown> {
  return {
    '@url': resourceUrl(req, `prices/${encodeURIComponent(p.priceList)}/${encodeURIComponent(p.articleNumber)}/${p.fromQuantity}`),
    ArticleNumber: p.articleNumber,
    Date: new Date(p.modifiedAt).toISOString().slice(0, 10),
    FromQuantity: p.fromQuantity,
    Percent: 0,
    Price: p.price,
    PriceList: p.priceList,
  };
}

function readPrice(input: Record<string, unknown>): number | SandboxResponse {
  const scaled = toScaled(input.Price, 4);
  return scaled === null ? rejected('Fältet Price måste vara numeriskt.', fortnoxCodes.notNumeric) : Number(input.Price);
}

function create(store: FortnoxStore, req: SandboxRequest): SandboxResponse {
  const input = unwrap(req.body, 'Price');
  if (isResponse(input)) return input;
  const articleNumber = String(input.ArticleNumber ?? '');
  const priceList = String(input.PriceList ?? defaultPriceList);
  const fromQuantity = Number(input.FromQuantity ?? 0);
  if (!store.articles.has(articleNumber)) return rejected(`Artikel ${articleNumber} finns inte.`, fortnoxCodes.unknownReference);
  if (!store.priceLists.has(priceList)) return rejected(`Prislista ${priceList} finns inte.`, fortnoxCodes.unknownReference);
  if (!Number.isFinite(fromQuantity) || fromQuantity < 0) return rejected('Ogiltig FromQuantity.', fortnoxCodes.notNumeric);
  if (store.prices.has(priceKey(priceList, articleNumber, fromQuantity))) {
    return rejected(`Pris för ${articleNumber} i prislista ${priceList} finns redan.`, fortnoxCodes.numberInUse);
  }
  const price = readPrice(input);
  if (isResponse(price)) return price;
  return { status: 201, body: { Price: view(req, setPrice(store, { priceList, articleNumber, fromQuantity, price })) }, committed: true };
}

/**
 * Mounts `/3/prices` (§2.6 🟡): article sales prices live in price lists, one price per list,
 * article and starting quantity, addressed as `/3/prices/{PriceList}/{ArticleNumber}/{FromQuantity}`.
 */
export function mountPrices(router: Router, store: FortnoxStore): void {
  const path = '/3/prices/:list/:article/:from';
  const find = (req: SandboxRequest) => store.prices.get(priceKey(req.params.list!, req.params.article!, Number(req.params.from)));
  router.on('POST', '/3/prices', requireToken(store, 'price', (req) => create(store, req)));
  router.on('GET', path, requireToken(store, 'price', (req) => {
    const price = find(req);
    return price ? { status: 200, body: { Price: view(req, price) } } : notFound('priset');
  }));
  router.on('PUT', path, requireToken(store, 'price', (req) => {
    const existing = find(req);
    if (!existing) return notFound('priset');
    const input = unwrap(req.body, 'Price');
    if (isResponse(input)) return input;
    const price = readPrice(input);
    if (isResponse(price)) return price;
    return { status: 200, body: { Price: view(req, setPrice(store, { ...existing, price })) }, committed: true };
  }));
}
