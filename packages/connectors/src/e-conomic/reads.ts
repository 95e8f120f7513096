// The agreement behind the tokens, customer payments from the booked ledger, and reference data.
import { z } from 'zod';
import type { AccountInfo, ListQuery, Page, ReferenceDataKind, ReferenceItem, RemoteRecord } from '../core/connector.js';
import { connectorError } from '../core/connector-error.js';
import type { PaymentRecord } from '../core/records.js';
import { err, ok } from '../core/result.js';
import type { Res } from './client.js';
import type { EconomicContext } from './context.js';
import { paymentFromEntry } from './mappers/from-economic-entry.js';
import { accountingYearSchema, entrySchema, selfSchema } from './schemas.js';

/** `/self` answers for any valid token pair, so it is the cheapest credentials check. */
export async function verifyCredentials(ctx: EconomicContext): Res<AccountInfo> {
  const self = await ctx.client.get('self', selfSchema);
  return self.ok ? ok({ accountName: self.value.company.name, accountId: String(self.value.agreementNumber) }) : self;
}

/**
 * Customer payments as the booked ledger shows them (`/accounting-years/:year/entries`, entry type
 * `customerPayment`), year by year. The cursor is `<year>:<skippages>`. Entries carry no change
 * time, so `updatedSince` only skips accounting years that ended before it.
 */
export async function listPayments(ctx: EconomicContext, query: ListQuery): Res<Page<RemoteRecord<PaymentRecord>>> {
  const years = await ctx.client.all('accounting-years', accountingYearSchema);
  if (!years.ok) return years;
  const since = query.updatedSince?.toISOString().slice(0, 10);
  const open = years.value.filter((y) => since === undefined || y.toDate >= since).map((y) => y.year).sort();
  let [year, skippages] = [open[0], 0];
  if (query.cursor !== undefined) {
    const m = /^(.+):(\d{1,6})$/.exec(query.cursor);
    if (!m || !open.includes(m[1] ?? '')) return err(connectorError({ connectorId: 'e-conomic', code: 'REJECTED', message: `Not an e-conomic payment cursor: "${query.cursor}"` }));
    [year, skippages] = [m[1], Number(m[2])];
  }
  if (year === undefined) return ok({ items: [], nextCursor: null });
  const page = await ctx.client.page(`accounting-years/${encodeURIComponent(year)}/entries`, entrySchema, { skippages, filter: 'entryType$eq:customerPayment' });
  if (!page.ok) return page;
  const items = page.value.items.flatMap((entry) => paymentFromEntry(entry, year) ?? []);
  const nextYear = open[open.indexOf(year) + 1];
  const nextCursor = page.value.nextSkipPages !== null ? `${year}:${page.value.nextSkipPages}` : nextYear === undefined ? null : `${nextYear}:0`;
  return ok({ items, nextCursor });
}

const referenceSources: Readonly<Record<ReferenceDataKind, { readonly path: string; readonly key: string; readonly isCode?: boolean }>> = {
  accounts: { path: 'accounts', key: 'accountNumber' },
  vatCodes: { path: 'vat-accounts', key: 'vatCode', isCode: true },
  paymentTerms: { path: 'payment-terms', key: 'paymentTermsNumber' },
  units: { path: 'units', key: 'unitNumber' },
  productGroups: { path: 'product-groups', key: 'productGroupNumber' },
  currencies: { path: 'currencies', key: 'code', isCode: true },
};

/** One reference register, every page, as id + code + name. */
export async function listReferenceData(ctx: EconomicContext, kind: ReferenceDataKind): Res<readonly ReferenceItem[]> {
  const source = referenceSources[kind];
  const row = z.looseObject({ name: z.string().optional() }).transform((r, issue) => {
    const key: unknown = (r as Record<string, unknown>)[source.key];
    if (typeof key !== 'string' && typeof key !== 'number') {
      issue.addIssue({ code: 'custom', message: `missing ${source.key}` });
      return z.NEVER;
    }
    return { id: String(key), name: r.name };
  });
  const rows = await ctx.client.all(source.path, row);
  if (!rows.ok) return rows;
  return ok(rows.value.map(({ id, name }): ReferenceItem => ({ externalId: id, ...(source.isCode ? { code: id } : {}), name: name ?? id })));
}
