import type { z } from 'zod';
import type { WriteAnswer } from '../core/connector.js';
import type { Clock, ConnectorLogger, FetchLike } from '../core/connector-context.js';
import { connectorError, type ConnectorError } from '../core/connector-error.js';
import { createHttpClient, type HttpMethod } from '../core/http-client.js';
import { oauthHttpAuth, type OauthTokenManager } from '../core/oauth.js';
import { redactPayload } from '../core/redact.js';
import { err, ok, type Result } from '../core/result.js';
import type { RateBudget, RatePriority } from '../core/rate-budget.js';
import { parseFortnoxError } from './fortnox-error.js';
import { metaSchema } from './schemas.js';

/** Query parameters; `undefined` values are left out. */
export type FortnoxQuery = Readonly<Record<string, string | number | undefined>>;

/** One page of a Fortnox list, unwrapped. */
export interface FortnoxPage<T> {
  readonly items: readonly T[];
  readonly currentPage: number;
  readonly totalPages: number;
}

/**
 * Fortnox API v3 as the connector uses it: every entity wrapped in its name (`{ "Customer": … }`,
 * §2.2) on the way in and out, lists with `MetaInformation`, and responses validated with zod.
 */
export interface FortnoxClient {
  /** GET one wrapped entity, e.g. `get('3/customers/1', 'Customer', customerSchema)`. */
  get<S extends z.ZodType>(path: string, entity: string, schema: S): Promise<Result<z.output<S>, ConnectorError>>;
  /** POST or PUT `{ [entity]: payload }` (PUT actions send no body) and read `{ [entity]: … }` back. */
  send<S extends z.ZodType>(method: Extract<HttpMethod, 'POST' | 'PUT'>, path: string, entity: string, payload: unknown, schema: S): Promise<Result<z.output<S>, ConnectorError>>;
  /** {@link send}, plus the whole answer as received, for writes whose answer the transfer log keeps. */
  sendAnswered<S extends z.ZodType>(method: Extract<HttpMethod, 'POST' | 'PUT'>, path: string, entity: string, payload: unknown, schema: S): Promise<Result<{ readonly value: z.output<S>; readonly answer: WriteAnswer }, ConnectorError>>;
  /** GET one page of a list, e.g. `list('3/invoices', 'Invoices', schema, { page: 1 })`. */
  list<S extends z.ZodType>(path: string, plural: string, schema: S, query: FortnoxQuery): Promise<Result<FortnoxPage<z.output<S>>, ConnectorError>>;
  /** GET a file's bytes as served, with its content type (e.g. `3/archive/:id`). */
  download(path: string): Promise<Result<{ readonly bytes: Uint8Array; readonly contentType: string }, ConnectorError>>;
  /** A request to the newer `/api/` services: plain JSON both ways, no entity envelope. */
  plain<S extends z.ZodType>(method: Extract<HttpMethod, 'GET' | 'POST'>, path: string, payload: unknown, schema: S): Promise<Result<z.output<S>, ConnectorError>>;
  /** POST one file as multipart/form-data (`file`) and read `{ [entity]: … }` back, e.g. `3/inbox`. */
  upload<S extends z.ZodType>(path: string, file: { readonly fileName: string; readonly contentType: string; readonly bytes: Uint8Array }, entity: string, schema: S): Promise<Result<z.output<S>, ConnectorError>>;
}

/** What {@link createFortnoxClient} needs; the token manager and budget are per connection. */
export interface FortnoxClientOptions {
  /** Where `/3/...` lives: https://api.fortnox.se, or a sandbox. */
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  readonly clock: Clock;
  readonly logger: ConnectorLogger;
  readonly tokens: OauthTokenManager;
  readonly budget: RateBudget;
  /** @default 'USER' */
  readonly priority?: RatePriority;
  readonly secretFields: readonly string[];
  /** @default the HTTP client's 30 s */
  readonly timeoutMs?: number;
}

function unexpected(what: string, body: unknown, issues: string): ConnectorError {
  return connectorError({ connectorId: 'fortnox', code: 'UNKNOWN', message: `Fortnox returned an unexpected ${what}: ${issues}`, providerPayload: body });
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string, body: unknown): Result<z.output<S>, ConnectorError> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  return err(unexpected(what, body, issues));
}

/** Creates the Fortnox client for one connection: OAuth bearer with refresh, throttle, retries. */
export function createFortnoxClient(options: FortnoxClientOptions): FortnoxClient {
  const http = createHttpClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    clock: options.clock,
    logger: options.logger,
    connectorId: 'fortnox',
    ...oauthHttpAuth(options.tokens),
    parseError: parseFortnoxError,
    budget: options.budget,
    ...(options.priority === undefined ? {} : { priority: options.priority }),
    secretFields: options.secretFields,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });

  return {
    async get(path, entity, schema) {
      const res = await http.request<unknown>({ method: 'GET', path });
      if (!res.ok) return res;
      return parse(schema, field(res.value.body, entity), entity, res.value.body);
    },
    async send(method, path, entity, payload, schema) {
      const res = await http.request<unknown>({ method, path, ...(payload === undefined ? {} : { body: { [entity]: payload } }) });
      if (!res.ok) return res;
      return parse(schema, field(res.value.body, entity), entity, res.value.body);
    },
    async sendAnswered(method, path, entity, payload, schema) {
      const res = await http.request<unknown>({ method, path, ...(payload === undefined ? {} : { body: { [entity]: payload } }) });
      if (!res.ok) return res;
      const parsed = parse(schema, field(res.value.body, entity), entity, res.value.body);
      return parsed.ok ? ok({ value: parsed.value, answer: { httpStatus: res.value.status, body: redactPayload(res.value.body, options.secretFields) } }) : parsed;
    },
    async list(path, plural, schema, query) {
      const res = await http.request<unknown>({ method: 'GET', path, query });
      if (!res.ok) return res;
      const meta = metaSchema.safeParse(field(res.value.body, 'MetaInformation'));
      if (!meta.success) return err(unexpected('MetaInformation', res.value.body, meta.error.message));
      const rawItems = field(res.value.body, plural);
      if (!Array.isArray(rawItems)) return err(unexpected(plural, res.value.body, 'not a list'));
      const items: z.output<typeof schema>[] = [];
      for (const raw of rawItems) {
        const item = parse(schema, raw, plural, res.value.body);
        if (!item.ok) return item;
        items.push(item.value);
      }
      return ok({ items, currentPage: meta.data['@CurrentPage'], totalPages: meta.data['@TotalPages'] });
    },
    async plain(method, path, payload, schema) {
      const res = await http.request<unknown>({ method, path, ...(payload === undefined ? {} : { body: payload }) });
      if (!res.ok) return res;
      return parse(schema, res.value.body, path, res.value.body);
    },
    async upload(path, file, entity, schema) {
      const form = new FormData();
      form.append('file', new Blob([file.bytes], { type: file.contentType }), file.fileName);
      const res = await http.request<unknown>({ method: 'POST', path, multipart: form });
      if (!res.ok) return res;
      return parse(schema, field(res.value.body, entity), entity, res.value.body);
    },
    async download(path) {
      const res = await http.request<Uint8Array>({ method: 'GET', path, responseType: 'bytes', headers: { Accept: '*/*' } });
      if (!res.ok) return res;
      return ok({ bytes: res.value.body, contentType: res.value.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream' });
    },
  };
}
