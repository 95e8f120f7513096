// The agreement behind the tokens, customer payments and project costs from the booked ledger,
// and reference data.
import { z } from 'zod';
import type { AccountInfo, ListQuery, Page, ReferenceDataKind, ReferenceItem, RemoteRecord } from '../core/connector.js';
import { connectorError } from '../core/connector-error.js';
import type { PaymentRecord, ProjectCostRecord } from '../core/records.js';
import { err, ok } from '../core/result.js';
import type { Res } from './client.js';
import type { EconomicContext } from './context.js';
import { paymentFromEntry, projectCostFromEntry } from './mappers/from-economic-entry.js';
import { accountingYearSchema, entrySchema, selfSchema, type EconomicAccountingYear, type EconomicEntry } from './schemas.js';

/** `/self` answers for any valid token pair, so it is the cheapest credentials check. */
export async function verifyCredentials(ctx: EconomicContext): Res<AccountInfo> {
  const self = await ctx.client.get('self', selfSchema);
  return self.ok ? ok({ accountName: self.value.company.name, accountId: String(self.value.agreementNumber) }) : self;
}

interface LedgerListing<T> {
  /** For the error on a foreign cursor, e.g. "payment". */
  readonly what: string;
  /** The `entryType` the vendor filters the ledger on. */
  readonly entryType: string;
  /** Which accounting years to walk (all of them unless the listing can rule some out). */
  readonly keepYear: (year: EconomicAccountingYear) => boolean;
  /** The record for one entry, or undefined to skip it. */
  readonly map: (entry: EconomicEntry, accountingYear: string) => RemoteRecord<T> | undefined;
}

/**
 * One page of the booked ledger (`/accounting-years/:year/entries`) filtered on an entry type,
 * walking the accounting years oldest first. The cursor is `<year>:<skippages>`; a page whose
 * entries are all skipped comes back empty with a cursor, so callers keep paging until `null`.
 */
async function listLedger<T>(ctx: EconomicContext, query: ListQuery, listing: LedgerListing<T>): Res<Page<RemoteRecord<T>>> {
  const years = await ctx.client.all('accounting-years', accountingYearSchema);
  if (!years.ok) return years;
  const open = years.value.filter(listing.keepYear).map((y) => y.year).sort();
  let [year, skippages] = [open[0], 0];
  if (query.cursor !== undefined) {
    const m = /^(.+):(\d{1,6})$/.exec(query.cursor);
    if (!m || !open.includes(m[1] ?? '')) return err(connectorError({ connectorId: 'e-conomic', code: 'REJECTED', message: `Not an e-conomic ${listing.what} cursor: "${query.cursor}"` }));
    [year, skippages] = [m[1], Number(m[2])];
  }
  if (year === undefined) return ok({ items: [], nextCursor: null });
  const page = await ctx.client.page(`accounting-years/${encodeURIComponent(year)}/entries`, entrySchema, { skippages, filter: `entryType$eq:${listing.entryType}` });
  if (!page.ok) return page;
  const items = page.value.items.flatMap((entry) => listing.map(entry, year) ?? []);
  const nextYear = open[open.indexOf(year) + 1];
  const nextCursor = page.value.nextSkipPages !== null ? `${year}:${page.value.nextSkipPages}` : nextYear === undefined ? null : `${nextYear}:0`;
  return ok({ items, nextCursor });
}

/**
 * Customer payments as the booked ledger shows them (`/accounting-years/:year/entries`, entry type
 * `customerPayment`), year by year. The cursor is `<year>:<skippages>`. Entries carry no change
 * time, so `updatedSince` only skips accounting years that ended before it.
 */
export async function listPayments(ctx: EconomicContext, query: ListQuery): Res<Page<RemoteRecord<PaymentRecord>>> {
  const since = query.updatedSince?.toISOString().slice(0, 10);
  return listLedger(ctx, query, { what: 'payment', entryType: 'customerPayment', keepYear: (y) => since === undefined || y.toDate >= since, map: paymentFromEntry });
}

/**
 * Supplier costs on projects (§1.11, §8; X-24): the booked supplier-invoice entries of the ledger
 * (`/accounting-years/:year/entries`, entry type `supplierInvoice`), one record per entry that
 * carries a project; entries without a project are skipped. Vouchers still in a journal are not
 * costs yet: they count once the bookkeeper books them. The cursor is `<year>:<skippages>`, and
 * `ref.externalId` is `entry:<accountingYear>:<entryNumber>`.
 *
 * `updatedSince` is not applied: ledger entries carry no change or booking time, and an entry's
 * `date` is not when it was booked (supplier invoices are routinely booked into the previous year
 * after it ended), so no year or date can be ruled out without losing costs. Every call reads
 * all accounting years; the caller deduplicates on `ref.externalId`. Whether the vendor can
 * filter entries on `project` is unverified (§8 ❓), so projects are checked here, not in the
 * filter.
 */
export async function listProjectCosts(ctx: EconomicContext, query: ListQuery): Res<Page<RemoteRecord<ProjectCostRecord>>> {
  return listLedger(ctx, query, { what: 'project cost', entryType: 'supplierInvoice', keepYear: () => true, map: projectCostFromEntry });
}

const referenceSources: Readonly<Record<ReferenceDataKind, { readonly path: string; readonly key: string; readonly isCode?: boolean }>> = {
  accounts: { path: 'accounts', key: 'accountNumber' },
  vatCodes: { path: 'vat-accounts', key: 'vatCode', isCode: true },
  paymentTerms: { path: 'payment-terms', key: 'paymentTermsNumber' },
  units: { path: 'units', key: 'unitNumber' },
  productGroups: { path: 'product-groups', key: 'productGroupNumber' },
  currencies: { path: 'currencies', key: 'code', isCode: true },
  journals: { path: 'journals', key: 'journalNumber' },
  layouts: { path: 'layouts', key: 'layoutNumber' },
  // the group new customers go into is the admin's pick (PV-24)
  customerGroups: { path: 'customer-groups', key: 'customerGroupNumber' },
};

/** One reference register, every page, as id + code + name. */
export async function listReferenceData(ctx: EconomicContext, kind: ReferenceDataKind): Res<readonly ReferenceItem[]> {
  const source = referenceSources[kind];
  const row = z.looseObject({ name: z.string().optional(), barred: z.boolean().optional() }).transform((r, issue) => {
    const key: unknown = (r as Record<string, unknown>)[source.key];
    if (typeof key !== 'string' && typeof key !== 'number') {
      issue.addIssue({ code: 'custom', message: `missing ${source.key}` });
      return z.NEVER;
    }
    // a journal set up for one entry type refuses vouchers of any other (RB-27); e-conomic keeps that in its settings
    const settings: unknown = (r as Record<string, unknown>)['settings'];
    const restrictedTo: unknown = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)['entryTypeRestrictedTo'] : undefined;
    return { id: String(key), name: r.name, isBlocked: r.barred === true, ...(typeof restrictedTo === 'string' ? { entryTypes: [restrictedTo] } : {}) };
  });
  const rows = await ctx.client.all(source.path, row);
  if (!rows.ok) return rows;
  return ok(rows.value.map(({ id, name, isBlocked, entryTypes }): ReferenceItem => ({ externalId: id, ...(source.isCode ? { code: id } : {}), name: name ?? id, ...(isBlocked ? { isBlocked } : {}), ...(entryTypes ? { entryTypes } : {}) })));
}
