import type { StartedSandbox } from '../../core/sandbox.js';
import { type FortnoxSandboxOptions, type FortnoxStore, startFortnoxSandbox } from '../index.js';

/** A response as the tests look at it: status, parsed JSON (or text) and headers. */
export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
  readonly headers: Headers;
}

/** Calls the sandbox over real HTTP with the ready bearer token (or `token`). */
export type Api = (method: string, path: string, body?: unknown, token?: string) => Promise<ApiResponse>;

export async function readResponse(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let body: unknown = {};
  try {
    body = text ? (JSON.parse(text) as unknown) : {};
  } catch {
    body = {};
  }
  return { status: res.status, body, text, headers: res.headers };
}

/** Starts a seeded sandbox and an `api` helper bound to it; stop it in `afterEach`. */
export async function startTestSandbox(options: FortnoxSandboxOptions = {}): Promise<{ sandbox: StartedSandbox<FortnoxStore>; api: Api }> {
  const sandbox = await startFortnoxSandbox({ rateLimit: null, ...options });
  const api: Api = async (method, path, body, token = sandbox.credentials.accessToken) => {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${sandbox.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return readResponse(res);
  };
  return { sandbox, api };
}

/** HTTP Basic client authentication, as the token endpoint expects it. */
export function basicAuth(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** The value at `path` inside parsed JSON, or undefined; keeps tests free of casts. */
export function at(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** {@link at} as a string, for keys and numbers that go back into URLs. */
export function atString(value: unknown, ...path: readonly (string | number)[]): string {
  return String(at(value, ...path));
}
