import { describe, expect, it } from 'vitest';
import type { ConnectorLogger } from './connector-context.js';
import { connectorError } from './connector-error.js';
import { createHttpClient, type HttpClientOptions } from './http-client.js';
import { errorCodeForStatus } from './http-status.js';
import { defaultRetryPolicy } from './retry-policy.js';
import { createFakeClock } from './testing/fake-clock.js';
import { createFakeFetch, emptyResponse, jsonResponse, networkError, type FakeHandler } from './testing/fake-http.js';
import { TokenBucket } from './token-bucket.js';

interface LogLine {
  readonly level: string;
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

function setup(handler: FakeHandler, overrides: Partial<HttpClientOptions> = {}) {
  const clock = createFakeClock({ autoAdvance: true });
  const fake = createFakeFetch(handler);
  const logs: LogLine[] = [];
  const log = (level: string) => (fields: Record<string, unknown>, message: string) => logs.push({ level, fields, message });
  const logger: ConnectorLogger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  const client = createHttpClient({
    baseUrl: 'https://api.fortnox.test/3/',
    fetch: fake.fetch,
    clock,
    logger,
    connectorId: 'fortnox',
    headers: () => ({ Authorization: 'Bearer at-1' }),
    parseError: (status, body) =>
      connectorError({ connectorId: 'fortnox', code: errorCodeForStatus(status), message: `HTTP ${status}`, providerPayload: body }),
    retry: defaultRetryPolicy({ random: () => 0.5 }),
    ...overrides,
  });
  return { client, clock, calls: fake.calls, logs };
}

describe('createHttpClient', () => {
  it('should join the base path, drop undefined query values and parse the JSON body', async () => {
    const { client, calls } = setup(() => jsonResponse(200, { Customers: [] }));
    const result = await client.request<{ Customers: unknown[] }>({
      method: 'GET',
      path: '/customers',
      query: { page: 2, limit: 100, lastmodified: undefined },
    });
    expect(result).toMatchObject({ ok: true, value: { status: 200, body: { Customers: [] } } });
    expect(calls[0]?.url.toString()).toBe('https://api.fortnox.test/3/customers?page=2&limit=100');
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer at-1');
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
  });

  it('should send JSON bodies, form bodies and per-request headers', async () => {
    const { client, calls } = setup(() => jsonResponse(201, { ok: 1 }));
    await client.request({ method: 'POST', path: 'invoices', body: { Invoice: { CustomerNumber: '1' } }, headers: { 'Idempotency-Key': 'k-1' } });
    await client.request({ method: 'POST', path: 'token', form: { grant_type: 'refresh_token' } });
    expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    expect(calls[0]?.headers.get('idempotency-key')).toBe('k-1');
    expect(calls[0]?.body).toBe('{"Invoice":{"CustomerNumber":"1"}}');
    expect(calls[1]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(calls[1]?.body).toBe('grant_type=refresh_token');
  });

  it('should put the vendor status and its parsed body on a refused call (issue #6 item detail)', async () => {
    const { client } = setup(() => jsonResponse(400, { ErrorInformation: { message: 'Ogiltigt', code: 2000 } }));
    const result = await client.request({ method: 'POST', path: 'customers', body: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'REJECTED', httpStatus: 400, providerPayload: { ErrorInformation: { message: 'Ogiltigt', code: 2000 } } } });
  });

  it('should return undefined for an empty body', async () => {
    const { client } = setup(() => emptyResponse(204));
    expect(await client.request({ method: 'DELETE', path: 'x/1' })).toMatchObject({ ok: true, value: { status: 204, body: undefined } });
  });

  it('should follow a same-origin absolute link and refuse another origin', async () => {
    const { client, calls } = setup(() => jsonResponse(200, {}));
    await client.request({ method: 'GET', path: 'https://api.fortnox.test/3/customers?page=3' });
    expect(calls[0]?.url.searchParams.get('page')).toBe('3');
    await expect(client.request({ method: 'GET', path: 'https://evil.test/steal' })).rejects.toThrow(/Refusing/);
  });

  it('should turn a timeout into a TEMPORARY error', async () => {
    const { client } = setup(() => new Promise<Response>(() => undefined), { timeoutMs: 20 });
    const result = await client.request({ method: 'POST', path: 'invoices', body: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'TEMPORARY', retryable: true, message: expect.stringMatching(/timed out after 20 ms/) as string } });
  });

  it('should not resend a POST after a dropped connection, since it may have been committed', async () => {
    const { client, calls } = setup(() => Promise.reject(networkError('ECONNRESET', 'socket hang up')));
    const result = await client.request({ method: 'POST', path: 'invoices', body: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'TEMPORARY', message: expect.stringContaining('ECONNRESET') as string } });
    expect(calls).toHaveLength(1);
  });

  it('should not resend a POST after a 5xx, but resend one marked idempotent', async () => {
    const failing = setup(() => jsonResponse(503, { message: 'down' }));
    expect(await failing.client.request({ method: 'POST', path: 'invoices', body: {} })).toMatchObject({ ok: false, error: { code: 'TEMPORARY' } });
    expect(failing.calls).toHaveLength(1);

    let count = 0;
    const recovering = setup(() => (++count === 1 ? jsonResponse(503, {}) : jsonResponse(201, { id: 1 })));
    const result = await recovering.client.request({ method: 'POST', path: 'invoices', body: {}, idempotent: true });
    expect(result.ok).toBe(true);
    expect(recovering.calls).toHaveLength(2);
  });

  it('should retry a GET after a network error with backoff', async () => {
    let count = 0;
    const { client, clock, calls } = setup(() => (++count === 1 ? Promise.reject(networkError()) : jsonResponse(200, [])));
    expect((await client.request({ method: 'GET', path: 'customers' })).ok).toBe(true);
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([100]);
  });

  it('should honour Retry-After on a 429, penalise the bucket and retry even a POST', async () => {
    let count = 0;
    const clock = createFakeClock({ autoAdvance: true });
    const bucket = new TokenBucket({ capacity: 10, refillPerMs: 1, clock });
    const { client, calls } = setup(() => (++count === 1 ? jsonResponse(429, {}, { 'Retry-After': '2' }) : jsonResponse(201, {})), { clock, budget: bucket });
    expect((await client.request({ method: 'POST', path: 'invoices', body: {} })).ok).toBe(true);
    expect(calls).toHaveLength(2);
    // the bucket pause and the policy wait cover the same 2 s; the retry goes out right after it
    expect(clock.now().getTime() - new Date('2025-01-01T00:00:00Z').getTime()).toBeGreaterThanOrEqual(2_000);
    expect(clock.now().getTime() - new Date('2025-01-01T00:00:00Z').getTime()).toBeLessThan(4_100);
  });

  it('should give up after maxAttempts and return the last error', async () => {
    const { client, calls } = setup(() => jsonResponse(502, 'bad gateway'));
    const result = await client.request({ method: 'GET', path: 'customers' });
    expect(result).toMatchObject({ ok: false, error: { code: 'TEMPORARY' } });
    expect(calls).toHaveLength(4);
  });

  it('should call onUnauthorized on a 401 and retry once with fresh headers', async () => {
    let token = 'old';
    let refreshes = 0;
    const { client, calls } = setup((req) => (req.headers.get('authorization') === 'Bearer new' ? jsonResponse(200, { ok: true }) : jsonResponse(401, {})), {
      headers: () => ({ Authorization: `Bearer ${token}` }),
      onUnauthorized: (rejected) => {
        refreshes += 1;
        expect(rejected['Authorization']).toBe('Bearer old');
        token = 'new';
        return Promise.resolve(true);
      },
    });
    expect((await client.request({ method: 'POST', path: 'invoices', body: {} })).ok).toBe(true);
    expect(refreshes).toBe(1);
    expect(calls.map((call) => call.headers.get('authorization'))).toEqual(['Bearer old', 'Bearer new']);
  });

  it('should return AUTH_INVALID when the retried request is still unauthorised', async () => {
    let refreshes = 0;
    const { client, calls } = setup(() => jsonResponse(401, { message: 'revoked' }), {
      onUnauthorized: () => Promise.resolve((refreshes += 1) > 0),
    });
    expect(await client.request({ method: 'GET', path: 'customers' })).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID' } });
    expect(refreshes).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it('should not retry a 401 when the refresh hook declines', async () => {
    const { client, calls } = setup(() => jsonResponse(401, {}), { onUnauthorized: () => Promise.resolve(false) });
    expect(await client.request({ method: 'GET', path: 'customers' })).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID' } });
    expect(calls).toHaveLength(1);
  });

  it('should return a ConnectorError thrown by the headers callback', async () => {
    const authError = connectorError({ connectorId: 'fortnox', code: 'AUTH_INVALID', message: 'reconnect' });
    const { client, calls } = setup(() => jsonResponse(200, {}), {
      headers: () => {
        throw authError;
      },
    });
    expect(await client.request({ method: 'GET', path: 'customers' })).toEqual({ ok: false, error: authError });
    expect(calls).toHaveLength(0);
  });

  it('should pass a non-JSON error page to parseError as text', async () => {
    let seen: unknown;
    const { client } = setup(() => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }), {
      retry: defaultRetryPolicy({ maxAttempts: 1 }),
      parseError: (status, body) => {
        seen = body;
        return connectorError({ connectorId: 'fortnox', code: errorCodeForStatus(status), message: 'x' });
      },
    });
    await client.request({ method: 'GET', path: 'customers' });
    expect(seen).toBe('<html>Bad Gateway</html>');
  });

  it('should report a malformed JSON success body as UNKNOWN', async () => {
    const { client } = setup(() => new Response('{"Customer":', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    expect(await client.request({ method: 'GET', path: 'customers/1' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN' } });
  });

  it('should log method, redacted path, status and duration but never bodies or tokens', async () => {
    const { client, logs } = setup(() => jsonResponse(200, { access_token: 'leak-me' }));
    await client.request({ method: 'POST', path: 'oauth', query: { access_token: 'qs-secret' }, body: { password: 'pw-secret' } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ level: 'debug', fields: { method: 'POST', status: 200, durationMs: 0, path: '/3/oauth?access_token=[REDACTED]' } });
    expect(JSON.stringify(logs)).not.toMatch(/leak-me|qs-secret|pw-secret|at-1/);
  });

  it('should take a bucket token before every attempt', async () => {
    const clock = createFakeClock({ autoAdvance: true });
    const bucket = new TokenBucket({ capacity: 1, refillPerMs: 1 / 1_000, clock });
    let count = 0;
    const { client } = setup(() => (++count < 3 ? jsonResponse(503, {}) : jsonResponse(200, {})), { clock, budget: bucket, retry: defaultRetryPolicy({ random: () => 0 }) });
    await client.request({ method: 'GET', path: 'customers' });
    expect(clock.sleeps).toEqual([1_000, 1_000]);
  });
});
