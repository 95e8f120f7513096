import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TEST_OPERATOR_TOKEN, type TestApp } from './create-test-app.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; requestId?: string; [k: string]: unknown }; path?: unknown[] }[];
  requestId: string;
}

/** POSTs a GraphQL operation as a partner app or admin would. */
export async function gql<T = any>(app: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status' | 'requestId'>;
  return { status: res.status, ...body, requestId: res.headers.get('x-request-id') ?? '' };
}

export interface TestTenant {
  id: string;
  name: string;
  apiKey: string;
}

let tenantCounter = 0;

/** Every test seeds its own tenant (house style): no shared fixtures, no truncation. */
export async function createTenant(app: TestApp, name = `Tenant ${++tenantCounter} ${Date.now()}`): Promise<TestTenant> {
  const res = await gql(app, `mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id name } apiKey errors { code message field } } }`, { input: { name } }, TEST_OPERATOR_TOKEN);
  const payload = res.data?.createTenant;
  if (!payload?.tenant) throw new Error(`createTenant failed: ${JSON.stringify(res)}`);
  return { id: payload.tenant.id, name: payload.tenant.name, apiKey: payload.apiKey };
}

export function wsClient(app: TestApp, token: string | undefined, extra: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  return createClient({
    url: `${app.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    ...extra,
  });
}

/** Collects `count` results of a subscription (or fails with the first error). */
export function take<T>(client: Client, query: string, variables: Record<string, unknown>, count: number, onSubscribed?: () => void): { done: Promise<T[]>; stop: () => void } {
  const items: T[] = [];
  let stop = (): void => undefined;
  const done = new Promise<T[]>((resolve, reject) => {
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (v) => {
          if (v.errors) return reject(new Error(JSON.stringify(v.errors)));
          items.push(v.data as T);
          if (items.length === count) {
            stop();
            resolve(items);
          }
        },
        error: (e) => reject(e instanceof Error ? e : new Error(describeError(e))),
        complete: () => resolve(items),
      },
    );
    onSubscribed?.();
  });
  return { done, stop: () => stop() };
}

function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && 'reason' in e) return `closed ${String(e.code)} ${String(e.reason)}`;
  return JSON.stringify(e);
}
