import type { RemoteRecord } from '../../core/connector.js';
import type { ProductRecord } from '../../core/records.js';
import type { FortnoxArticle } from '../schemas.js';
import { optional, present } from './payload.js';

/** A Fortnox article as a canonical product; `SalesPrice` is the default price list's price. */
export function fromFortnoxArticle(article: FortnoxArticle): RemoteRecord<ProductRecord> {
  const record: ProductRecord = {
    number: article.ArticleNumber,
    name: article.Description,
    unit: present(article.Unit) ?? '',
    salesPrice: article.SalesPrice ?? '0',
    ...optional('costPrice', article.PurchasePrice ?? undefined),
    ...optional('vatRate', article.VAT ?? undefined),
    isActive: article.Active ?? true,
  };
  return { ref: { externalId: article.ArticleNumber, externalNumber: article.ArticleNumber }, record };
}
