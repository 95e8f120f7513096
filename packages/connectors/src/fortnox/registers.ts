import { z } from 'zod';
import type { ConnectorResult, ListQuery, Page, RemoteRecord, WriteOptions, WriteOutcome } from '../core/connector.js';
import type { ConnectorError } from '../core/connector-error.js';
import type { CustomerRecord, ProductRecord, ProjectRecord } from '../core/records.js';
import { inactiveInOtherSystem, refusesInactiveMatch } from '../core/inactive-match.js';
import { err, ok, type Result } from '../core/result.js';
import { fromFortnoxArticle } from './mappers/from-fortnox-article.js';
import { fromFortnoxCustomer } from './mappers/from-fortnox-customer.js';
import { fromFortnoxProject } from './mappers/from-fortnox-project.js';
import type { FortnoxPayload } from './mappers/payload.js';
import { defaultPriceList, toFortnoxArticle, toFortnoxPrice } from './mappers/to-fortnox-article.js';
import { toFortnoxCustomer } from './mappers/to-fortnox-customer.js';
import { toFortnoxProject } from './mappers/to-fortnox-project.js';
import { type FortnoxDeps, listPage, pageSizes, segment } from './paging.js';
import { articleSchema, customerSchema, priceSchema, projectSchema } from './schemas.js';

/** A keyed Fortnox register: where it lives and what its entity is called. */
interface Register<S extends z.ZodType> {
  readonly path: string;
  readonly entity: string;
  readonly plural: string;
  readonly schema: S;
  /** The key field, e.g. `CustomerNumber`. */
  readonly keyField: string;
  readonly keyOf: (value: z.output<S>) => string;
}

const customers: Register<typeof customerSchema> = {
  path: '3/customers', entity: 'Customer', plural: 'Customers', schema: customerSchema, keyField: 'CustomerNumber', keyOf: (c) => c.CustomerNumber,
};
const articles: Register<typeof articleSchema> = {
  path: '3/articles', entity: 'Article', plural: 'Articles', schema: articleSchema, keyField: 'ArticleNumber', keyOf: (a) => a.ArticleNumber,
};
const projects: Register<typeof projectSchema> = {
  path: '3/projects', entity: 'Project', plural: 'Projects', schema: projectSchema, keyField: 'ProjectNumber', keyOf: (p) => p.ProjectNumber,
};

/** A list item reduced to its key; list items are subsets whose other fields are not relied on. */
function keySchema(keyField: string) {
  return z.object({ [keyField]: z.union([z.string(), z.number()]) }).transform((item) => String(item[keyField]));
}

/**
 * Creates or updates by the record's number: GET decides between PUT (partial update) and POST,
 * so a write replayed after a lost response updates instead of failing on a taken number. A
 * record without a number is created and Fortnox assigns one.
 */
async function upsertByNumber<S extends z.ZodType>(
  deps: FortnoxDeps,
  register: Register<S>,
  number: string | undefined,
  payload: FortnoxPayload,
  /** Judges the record already there before it is overwritten; an error stops the write. */
  check?: (current: z.output<S>) => ConnectorError | null,
): Promise<Result<{ outcome: WriteOutcome; value: z.output<S> }, ConnectorError>> {
  const { client } = deps;
  let exists = false;
  if (number !== undefined) {
    const current = await client.get(`${register.path}/${segment(number)}`, register.entity, register.schema);
    if (!current.ok && current.error.code !== 'NOT_FOUND') return current;
    exists = current.ok;
    const refused = current.ok ? check?.(current.value) ?? null : null;
    if (refused) return err(refused);
  }
  const written = exists
    ? await client.sendAnswered('PUT', `${register.path}/${segment(number ?? '')}`, register.entity, payload, register.schema)
    : await client.sendAnswered('POST', register.path, register.entity, payload, register.schema);
  if (!written.ok) return written;
  const key = register.keyOf(written.value.value);
  return ok({ outcome: { ref: { externalId: key, externalNumber: key }, operation: exists ? 'updated' : 'created', answer: written.value.answer }, value: written.value.value });
}

/**
 * Sets the sales price in the default price list: PUT, and POST when there is no price yet. PUT
 * comes first even for a new article, since whether Fortnox seeds a price row for new articles
 * is not documented; this order works either way.
 */
async function writeSalesPrice(deps: FortnoxDeps, product: ProductRecord): Promise<Result<void, ConnectorError>> {
  const price = toFortnoxPrice(product);
  const path = `3/prices/${defaultPriceList}/${segment(product.number)}/0`;
  const updated = await deps.client.send('PUT', path, 'Price', { Price: price.Price }, priceSchema);
  if (updated.ok) return ok(undefined);
  if (updated.error.code !== 'NOT_FOUND') return updated;
  const created = await deps.client.send('POST', '3/prices', 'Price', price, priceSchema);
  return created.ok ? ok(undefined) : created;
}

/** Lists a register whose list items are subsets: one GET per item for the full record. */
function listWithDetails<S extends z.ZodType, R>(deps: FortnoxDeps, register: Register<S>, map: (value: z.output<S>) => RemoteRecord<R>) {
  return (query: ListQuery): ConnectorResult<Page<RemoteRecord<R>>> =>
    listPage(
      (params) => deps.client.list(register.path, register.plural, keySchema(register.keyField), params),
      query,
      pageSizes.withDetails,
      async (key) => {
        const full = await deps.client.get(`${register.path}/${segment(key)}`, register.entity, register.schema);
        return full.ok ? ok([map(full.value)]) : full;
      },
    );
}

/** Customers, products (articles + sales price) and projects. */
export function createRegisterMethods(deps: FortnoxDeps) {
  return {
    listCustomers: listWithDetails(deps, customers, fromFortnoxCustomer),
    async upsertCustomer(customer: CustomerRecord, options: WriteOptions): ConnectorResult<WriteOutcome> {
      const result = await upsertByNumber(deps, customers, customer.number, toFortnoxCustomer(customer), (current) =>
        refusesInactiveMatch(options, customer.isActive, current.Active !== false) ? inactiveInOtherSystem('fortnox', 'Fortnox', current.CustomerNumber) : null);
      return result.ok ? ok(result.value.outcome) : result;
    },

    listProducts: listWithDetails(deps, articles, fromFortnoxArticle),
    async upsertProduct(product: ProductRecord, _options: WriteOptions): ConnectorResult<WriteOutcome> {
      const result = await upsertByNumber(deps, articles, product.number, toFortnoxArticle(product));
      if (!result.ok) return result;
      const price = await writeSalesPrice(deps, product);
      return price.ok ? ok(result.value.outcome) : price;
    },

    // The project list returns whole projects, so no GET per item is needed.
    listProjects: (query: ListQuery): ConnectorResult<Page<RemoteRecord<ProjectRecord>>> =>
      listPage((params) => deps.client.list(projects.path, projects.plural, projectSchema, params), query, pageSizes.subsets, (item) =>
        Promise.resolve(ok([fromFortnoxProject(item)])),
      ),
    async upsertProject(project: ProjectRecord, _options: WriteOptions): ConnectorResult<WriteOutcome> {
      const result = await upsertByNumber(deps, projects, project.number, toFortnoxProject(project));
      return result.ok ? ok(result.value.outcome) : result;
    },
  };
}
