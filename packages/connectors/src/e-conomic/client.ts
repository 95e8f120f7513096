import { z } from 'zod';
import type { WriteAnswer } from '../core/connector.js';
import type { Clock, ConnectorLogger, FetchLike } from '../core/connector-context.js';
import { connectorError, type ConnectorError } from '../core/connector-error.js';
import { createHttpClient, type HttpClient } from '../core/http-client.js';
import { redactPayload } from '../core/redact.js';
import { err, ok, type Result } from '../core/result.js';
import type { RateBudget, RatePriority } from '../core/rate-budget.js';
import { parseEconomicError } from './economic-error.js';
import { paginationSchema } from './schemas.js';

/** e-conomic's page-size ceiling (§1.2); the connector always asks for full pages. */
export const MAX_PAGE_SIZE = 1000;

export type Res<T> = Promise<Result<T, ConnectorError>>;

/** One page of a REST collection, unwrapped. */
export interface EconomicPage<T> {
  readonly items: readonly T[];
  /** `skippages` of the next page; null on the last one. */
  readonly nextSkipPages: number | null;
}

export interface CollectionQuery {
  readonly skippages?: number;
  readonly pagesize?: number;
  readonly filter?: string;
  readonly sort?: string;
}

/** One of e-conomic's two APIs (REST or Projects), validated with zod at the edge. */
export interface EconomicApi {
  get<S extends z.ZodType>(path: string, schema: S, query?: Readonly<Record<string, string | number | undefined>>): Res<z.output<S>>;
  /** POST or PUT a JSON document; `schema` reads the answer (use `z.unknown()` for none). */
  send<S extends z.ZodType>(method: 'POST' | 'PUT', path: string, body: unknown, schema: S): Res<z.output<S>>;
  /** {@link send}, plus the answer as received, for writes whose answer the transfer log keeps. */
  sendAnswered<S extends z.ZodType>(method: 'POST' | 'PUT', path: string, body: unknown, schema: S): Res<{ readonly value: z.output<S>; readonly answer: WriteAnswer }>;
  remove(path: string): Res<void>;
}

/** The REST API plus collection paging, and the Projects API beside it. */
export interface EconomicClient extends EconomicApi {
  page<S extends z.ZodType>(path: string, schema: S, query?: CollectionQuery): Res<EconomicPage<z.output<S>>>;
  /** Every item of a collection, page by page (reference data, lookups). */
  all<S extends z.ZodType>(path: string, schema: S, query?: Omit<CollectionQuery, 'skippages' | 'pagesize'>): Res<readonly z.output<S>[]>;
  readonly projects: EconomicApi;
}

export interface EconomicClientOptions {
  readonly restUrl: string;
  readonly projectsUrl: string;
  readonly appSecretToken: string;
  readonly agreementGrantToken: string;
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly logger: ConnectorLogger;
  /** Shared by both APIs: the fair-use budget is per agreement (§1.4). */
  readonly budget: RateBudget;
  /** @default 'USER' */
  readonly priority?: RatePriority;
  readonly secretFields: readonly string[];
  /** @default the HTTP client's 30 s */
  readonly timeoutMs?: number;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): Result<z.output<S>, ConnectorError> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return err(connectorError({ connectorId: 'e-conomic', code: 'UNKNOWN', message: `e-conomic returned an unexpected ${what}: ${issues}`, providerPayload: value }));
}

function api(http: HttpClient, secretFields: readonly string[]): EconomicApi {
  return {
    async get(path, schema, query) {
      const res = await http.request<unknown>({ method: 'GET', path, ...(query === undefined ? {} : { query }) });
      return res.ok ? parse(schema, res.value.body, `answer to GET ${path}`) : res;
    },
    async send(method, path, body, schema) {
      const res = await http.request<unknown>({ method, path, body });
      return res.ok ? parse(schema, res.value.body, `answer to ${method} ${path}`) : res;
    },
    async sendAnswered(method, path, body, schema) {
      const res = await http.request<unknown>({ method, path, body });
      if (!res.ok) return res;
      const parsed = parse(schema, res.value.body, `answer to ${method} ${path}`);
      return parsed.ok ? ok({ value: parsed.value, answer: { httpStatus: res.value.status, body: redactPayload(res.value.body, secretFields) } }) : parsed;
    },
    async remove(path) {
      const res = await http.request<unknown>({ method: 'DELETE', path });
      return res.ok ? ok(undefined) : res;
    },
  };
}

/** Creates the client for one agreement: both token headers, one throttle, shared retries. */
export function createEconomicClient(options: EconomicClientOptions): EconomicClient {
  const common = {
    fetch: options.fetch,
    clock: options.clock,
    logger: options.logger,
    connectorId: 'e-conomic' as const,
    headers: () => ({ 'X-AppSecretToken': options.appSecretToken, 'X-AgreementGrantToken': options.agreementGrantToken }),
    parseError: parseEconomicError,
    budget: options.budget,
    ...(options.priority === undefined ? {} : { priority: options.priority }),
    secretFields: options.secretFields,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  const rest = api(createHttpClient({ ...common, baseUrl: options.restUrl }), options.secretFields);
  const projects = api(createHttpClient({ ...common, baseUrl: options.projectsUrl }), options.secretFields);

  async function page<S extends z.ZodType>(path: string, schema: S, query: CollectionQuery = {}): Res<EconomicPage<z.output<S>>> {
    const envelope = z.object({ collection: z.array(schema), pagination: paginationSchema });
    const res = await rest.get(path, envelope, { skippages: query.skippages ?? 0, pagesize: query.pagesize ?? MAX_PAGE_SIZE, filter: query.filter, sort: query.sort });
    if (!res.ok) return res;
    const { collection, pagination } = res.value;
    return ok({ items: collection, nextSkipPages: pagination.nextPage === undefined ? null : pagination.skipPages + 1 });
  }

  return {
    ...rest,
    page,
    async all(path, schema, query = {}) {
      const items: z.output<typeof schema>[] = [];
      for (let skippages: number | null = 0; skippages !== null; ) {
        const res: Result<EconomicPage<z.output<typeof schema>>, ConnectorError> = await page(path, schema, { ...query, skippages });
        if (!res.ok) return res;
        items.push(...res.value.items);
        skippages = res.value.nextSkipPages;
      }
      return ok(items);
    },
    projects,
  };
}
