// Customers, products and projects: upsert by number (GET, then PUT the merged document or POST),
// and incremental listing. A replayed write that changes nothing answers `unchanged`.
import { z } from 'zod';
import type { ExternalRecordRef, ListQuery, Page, RemoteRecord, WriteOptions, WriteOutcome } from '../core/connector.js';
import { inactiveInOtherSystem, refusesInactiveMatch } from '../core/inactive-match.js';
import { connectorError, type ConnectorError } from '../core/connector-error.js';
import type { CustomerRecord, ProductRecord, ProjectRecord } from '../core/records.js';
import { err, ok, type Result } from '../core/result.js';
import type { Res } from './client.js';
import type { EconomicContext } from './context.js';
import { fromEconomicCustomer } from './mappers/from-economic-customer.js';
import { fromEconomicProduct } from './mappers/from-economic-product.js';
import { fromEconomicProject } from './mappers/from-economic-project.js';
import { customerDiffers, mergeCustomer, paymentTermsFor, toEconomicCustomer, vatZoneFor } from './mappers/to-economic-customer.js';
import { mergeProduct, productDiffers, productGroupOf, toEconomicProduct } from './mappers/to-economic-product.js';
import { mergeProject, projectDiffers, toEconomicProject } from './mappers/to-economic-project.js';
import { customerSchema, productSchema, projectCursorPageSchema, projectSchema, type EconomicCustomer, type EconomicProject } from './schemas.js';
import { encodeKey, filterValue, toEconomicTimestamp } from './wire.js';

const rejected = (message: string): Result<never, ConnectorError> => err(connectorError({ connectorId: 'e-conomic', code: 'REJECTED', message }));

/** A GET that treats 404 as "not there yet" rather than as a failure. */
async function find<T>(res: Result<T, ConnectorError>): Res<T | undefined> {
  if (res.ok) return res;
  return res.error.code === 'NOT_FOUND' ? ok(undefined) : res;
}

function numberRef(n: number, remoteVersion?: string): ExternalRecordRef {
  return { externalId: String(n), externalNumber: String(n), ...(remoteVersion === undefined ? {} : { remoteVersion }) };
}

function skipPagesFrom(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return 0;
  return /^\d{1,6}$/.test(cursor) ? Number(cursor) : undefined;
}

/**
 * Without a customer number (PV-26: e-conomic assigns it) the customer is found by CVR, else by
 * name and e-mail, so a create whose response was lost is not repeated.
 */
async function findCustomerByNaturalKey(ctx: EconomicContext, record: CustomerRecord): Res<EconomicCustomer | undefined> {
  const filter = record.organizationNumber !== undefined
    ? `corporateIdentificationNumber$eq:${filterValue(record.organizationNumber)}`
    : `name$eq:${filterValue(record.name)}${record.email === undefined ? '' : `$and:email$eq:${filterValue(record.email)}`}`;
  const page = await ctx.client.page('customers', customerSchema, { filter, pagesize: 2 });
  if (!page.ok) return page;
  if (page.value.items.length > 1) return rejected(`Several e-conomic customers match ${record.name}; set the customer number to choose one`);
  return ok(page.value.items[0]);
}

export async function upsertCustomer(ctx: EconomicContext, record: CustomerRecord, options?: Pick<WriteOptions, 'refuseInactiveMatch'>): Res<WriteOutcome> {
  const { client, settings } = ctx;
  if (record.number !== undefined && (!/^\d{1,9}$/.test(record.number) || Number(record.number) < 1)) {
    return rejected(`e-conomic customer numbers are whole numbers from 1 to 999999999, got "${record.number}"`);
  }
  const terms = await ctx.paymentTerms();
  if (!terms.ok) return terms;
  const mapped = toEconomicCustomer(record, {
    customerGroupNumber: settings.customerGroupNumber,
    paymentTermsNumber: paymentTermsFor(record.paymentTermsDays, terms.value, settings.paymentTermsNumber),
    vatZoneNumber: record.vatZoneNumber !== undefined && /^\d{1,9}$/.test(record.vatZoneNumber)
      ? Number(record.vatZoneNumber)
      : vatZoneFor(record, { domestic: settings.vatZoneNumber, eu: settings.euVatZoneNumber, abroad: settings.abroadVatZoneNumber }),
  });
  const existing = record.number === undefined ? await findCustomerByNaturalKey(ctx, record) : await find(await client.get(`customers/${record.number}`, customerSchema));
  if (!existing.ok) return existing;
  const current = existing.value;
  if (current && refusesInactiveMatch(options, record.isActive, current.barred !== true)) return err(inactiveInOtherSystem('e-conomic', 'e-conomic', String(current.customerNumber)));
  if (current) {
    // The number is the URL key and never changes (PV-25); only the other fields are written.
    if (!customerDiffers(current, mapped)) return ok({ ref: numberRef(current.customerNumber, current.lastUpdated), operation: 'unchanged' });
    const put = await client.sendAnswered('PUT', `customers/${current.customerNumber}`, mergeCustomer(current, mapped), customerSchema);
    return put.ok ? ok({ ref: numberRef(put.value.value.customerNumber, put.value.value.lastUpdated), operation: 'updated', answer: put.value.answer }) : put;
  }
  const post = await client.sendAnswered('POST', 'customers', mapped, customerSchema);
  return post.ok ? ok({ ref: numberRef(post.value.value.customerNumber, post.value.value.lastUpdated), operation: 'created', answer: post.value.answer }) : post;
}

export async function listCustomers(ctx: EconomicContext, query: ListQuery): Res<Page<RemoteRecord<CustomerRecord>>> {
  const skippages = skipPagesFrom(query.cursor);
  if (skippages === undefined) return rejected(`Not an e-conomic customer cursor: "${query.cursor ?? ''}"`);
  const terms = await ctx.paymentTerms();
  if (!terms.ok) return terms;
  const days = new Map(terms.value.map((t) => [t.paymentTermsNumber, t.daysOfCredit ?? 0]));
  const filter = query.updatedSince === undefined ? undefined : `lastUpdated$gte:${toEconomicTimestamp(query.updatedSince)}`;
  const page = await ctx.client.page('customers', customerSchema, { skippages, sort: 'customerNumber', ...(filter === undefined ? {} : { filter }) });
  if (!page.ok) return page;
  const items = page.value.items.map((c) => ({
    ref: numberRef(c.customerNumber, c.lastUpdated),
    record: fromEconomicCustomer(c, (n) => days.get(n)),
    ...(c.lastUpdated === undefined ? {} : { updatedAt: new Date(c.lastUpdated) }),
  }));
  return ok({ items, nextCursor: page.value.nextSkipPages === null ? null : String(page.value.nextSkipPages) });
}

export async function upsertProduct(ctx: EconomicContext, record: ProductRecord): Res<WriteOutcome> {
  const { client, settings } = ctx;
  if (record.number.trim() === '' || record.number.length > 25) return rejected(`e-conomic product numbers are 1-25 characters, got "${record.number}"`);
  const units = await ctx.units();
  if (!units.ok) return units;
  const unitNumber = units.value.find((u) => u.name.trim().toLowerCase() === record.unit.trim().toLowerCase())?.unitNumber;
  const path = `products/${encodeKey(record.number)}`;
  const existing = await find(await client.get(path, productSchema));
  if (!existing.ok) return existing;
  const current = existing.value;
  const mapped = toEconomicProduct(record, {
    productGroupNumber: productGroupOf(record) ?? current?.productGroup.productGroupNumber ?? settings.productGroupNumber,
    ...(unitNumber === undefined ? {} : { unitNumber }),
  });
  const ref = (productNumber: string, lastUpdated?: string): ExternalRecordRef => ({ externalId: productNumber, externalNumber: productNumber, ...(lastUpdated === undefined ? {} : { remoteVersion: lastUpdated }) });
  if (current) {
    if (!productDiffers(current, mapped)) return ok({ ref: ref(current.productNumber, current.lastUpdated), operation: 'unchanged' });
    const put = await client.sendAnswered('PUT', path, mergeProduct(current, mapped), productSchema);
    return put.ok ? ok({ ref: ref(put.value.value.productNumber, put.value.value.lastUpdated), operation: 'updated', answer: put.value.answer }) : put;
  }
  const post = await client.sendAnswered('POST', 'products', mapped, productSchema);
  return post.ok ? ok({ ref: ref(post.value.value.productNumber, post.value.value.lastUpdated), operation: 'created', answer: post.value.answer }) : post;
}

export async function listProducts(ctx: EconomicContext, query: ListQuery): Res<Page<RemoteRecord<ProductRecord>>> {
  const skippages = skipPagesFrom(query.cursor);
  if (skippages === undefined) return rejected(`Not an e-conomic product cursor: "${query.cursor ?? ''}"`);
  const filter = query.updatedSince === undefined ? undefined : `lastUpdated$gte:${toEconomicTimestamp(query.updatedSince)}`;
  const page = await ctx.client.page('products', productSchema, { skippages, sort: 'productNumber', ...(filter === undefined ? {} : { filter }) });
  if (!page.ok) return page;
  const items = page.value.items.map((p) => ({
    ref: { externalId: p.productNumber, externalNumber: p.productNumber, ...(p.lastUpdated === undefined ? {} : { remoteVersion: p.lastUpdated }) },
    record: fromEconomicProduct(p),
    ...(p.lastUpdated === undefined ? {} : { updatedAt: new Date(p.lastUpdated) }),
  }));
  return ok({ items, nextCursor: page.value.nextSkipPages === null ? null : String(page.value.nextSkipPages) });
}

async function putProject(ctx: EconomicContext, current: EconomicProject, record: ProjectRecord): Res<WriteOutcome> {
  const mapped = toEconomicProject(record, current.projectGroupNumber);
  if (!projectDiffers(current, mapped)) return ok({ ref: numberRef(current.number, current.objectVersion), operation: 'unchanged' });
  const put = await ctx.client.projects.sendAnswered('PUT', 'projects', mergeProject(current, mapped), z.unknown());
  if (!put.ok) return put;
  // PUT answers 204; read the new objectVersion back for the ref.
  const fresh = await ctx.client.projects.get(`projects/${current.number}`, projectSchema);
  return ok({ ref: numberRef(current.number, fresh.ok ? fresh.value.objectVersion : undefined), operation: 'updated', answer: put.value.answer });
}

export async function upsertProject(ctx: EconomicContext, record: ProjectRecord): Res<WriteOutcome> {
  if (!/^\d{1,9}$/.test(record.number)) return rejected(`e-conomic project numbers are whole numbers up to 999999999, got "${record.number}"`);
  const path = `projects/${record.number}`;
  const existing = await find(await ctx.client.projects.get(path, projectSchema));
  if (!existing.ok) return existing;
  if (existing.value) {
    const put = await putProject(ctx, existing.value, record);
    if (put.ok || put.error.code !== 'TEMPORARY') return put;
    // A stale objectVersion (409): someone changed it meanwhile; read it again and retry once.
    const again = await ctx.client.projects.get(path, projectSchema);
    return again.ok ? putProject(ctx, again.value, record) : again;
  }
  const post = await ctx.client.projects.sendAnswered('POST', 'projects', toEconomicProject(record, ctx.settings.projectGroupNumber), z.object({ number: z.number().int() }));
  return post.ok ? ok({ ref: numberRef(post.value.value.number), operation: 'created', answer: post.value.answer }) : post;
}

export async function listProjects(ctx: EconomicContext, query: ListQuery): Res<Page<RemoteRecord<ProjectRecord>>> {
  const filter = query.updatedSince === undefined ? undefined : `lastUpdated$gte:${toEconomicTimestamp(query.updatedSince)}`;
  const page = await ctx.client.projects.get('projects', projectCursorPageSchema, { cursor: query.cursor, filter });
  if (!page.ok) return page;
  const items = page.value.items.map((p) => ({
    ref: numberRef(p.number, p.objectVersion),
    record: fromEconomicProject(p),
    ...(p.lastUpdated === undefined ? {} : { updatedAt: new Date(p.lastUpdated) }),
  }));
  return ok({ items, nextCursor: page.value.cursor ?? null });
}
