import { describe, expect, it } from 'vitest';
import { connectorError } from './connector-error.js';
import { createHttpClient } from './http-client.js';
import { errorCodeForStatus } from './http-status.js';
import { buildAuthorizeUrl, createOauthTokenManager, exchangeAuthorizationCode, oauthHttpAuth, type OauthTokens } from './oauth.js';
import { createFakeClock, flushPromises } from './testing/fake-clock.js';
import { createFakeFetch, deferred, jsonResponse, type FakeHandler, type RecordedRequest } from './testing/fake-http.js';

const tokenUrl = 'https://apps.fortnox.test/oauth-v1/token';
const start = '2025-01-01T00:00:00.000Z';

/** A token endpoint with Fortnox's rotation: each refresh token works exactly once. */
function rotatingTokenServer() {
  let generation = 1;
  let validRefreshToken = 'rt-1';
  return (req: RecordedRequest) => {
    const form = new URLSearchParams(req.body);
    if (req.url.toString() !== tokenUrl) return jsonResponse(404, {});
    if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== validRefreshToken) {
      return jsonResponse(400, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
    }
    generation += 1;
    validRefreshToken = `rt-${generation}`;
    return jsonResponse(200, { access_token: `at-${generation}`, refresh_token: validRefreshToken, expires_in: 3600, token_type: 'bearer', scope: 'invoice' });
  };
}

function setup(handler: FakeHandler = rotatingTokenServer(), tokens: Partial<OauthTokens> = {}) {
  const clock = createFakeClock({ start });
  const fake = createFakeFetch(handler);
  const saved: OauthTokens[] = [];
  const manager = createOauthTokenManager({
    connectorId: 'fortnox',
    tokenUrl,
    clientId: 'client',
    clientSecret: 'secret',
    fetch: fake.fetch,
    clock,
    tokens: { accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: '2025-01-01T01:00:00.000Z', ...tokens },
    onTokens: (next) => {
      saved.push(next);
      return Promise.resolve();
    },
  });
  return { manager, clock, calls: fake.calls, saved };
}

describe('createOauthTokenManager', () => {
  it('should hand out the current token without calling the endpoint while it is fresh', async () => {
    const { manager, calls } = setup();
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-1' });
    expect(calls).toHaveLength(0);
  });

  it('should refresh within the skew, with Basic client auth and a form body, and persist the rotated pair', async () => {
    const { manager, clock, calls, saved } = setup();
    clock.set('2025-01-01T00:59:30.000Z');
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-2' });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('authorization')).toBe(`Basic ${Buffer.from('client:secret').toString('base64')}`);
    expect(calls[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(calls[0]?.body).toBe('grant_type=refresh_token&refresh_token=rt-1');
    expect(saved).toEqual([{ accessToken: 'at-2', refreshToken: 'rt-2', expiresAt: '2025-01-01T01:59:30.000Z', scope: 'invoice' }]);
  });

  it('should share one refresh between concurrent callers', async () => {
    const response = deferred<Response>();
    const { manager, clock, calls } = setup(() => response.promise);
    clock.set('2025-01-01T02:00:00.000Z');
    const first = manager.accessToken();
    const second = manager.accessToken();
    const forced = manager.forceRefresh('at-1');
    await flushPromises();
    response.resolve(jsonResponse(200, { access_token: 'at-2', refresh_token: 'rt-2', expires_in: 3600 }));
    expect(await Promise.all([first, second, forced])).toEqual([
      { ok: true, value: 'at-2' },
      { ok: true, value: 'at-2' },
      { ok: true, value: 'at-2' },
    ]);
    expect(calls).toHaveLength(1);
  });

  it('should use the rotated refresh token for the next refresh', async () => {
    const { manager, clock, calls } = setup();
    clock.set('2025-01-01T02:00:00.000Z');
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-2' });
    clock.set('2025-01-01T04:00:00.000Z');
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-3' });
    expect(calls.map((call) => new URLSearchParams(call.body).get('refresh_token'))).toEqual(['rt-1', 'rt-2']);
    expect(manager.current().refreshToken).toBe('rt-3');
  });

  it('should not refresh again for a 401 on a token that was already replaced', async () => {
    const { manager, calls } = setup();
    expect(await manager.forceRefresh('at-1')).toEqual({ ok: true, value: 'at-2' });
    expect(await manager.forceRefresh('at-1')).toEqual({ ok: true, value: 'at-2' });
    expect(calls).toHaveLength(1);
    expect(await manager.forceRefresh('at-2')).toEqual({ ok: true, value: 'at-3' });
  });

  it('should map invalid_grant to AUTH_INVALID and stop calling the endpoint', async () => {
    const { manager, calls } = setup(rotatingTokenServer(), { refreshToken: 'rt-spent', expiresAt: start });
    const result = await manager.accessToken();
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID', retryable: false, connectorId: 'fortnox', message: expect.stringMatching(/reconnect/) as string } });
    expect(await manager.forceRefresh()).toEqual(result);
    expect(calls).toHaveLength(1);
  });

  it('should report an unreachable token endpoint as TEMPORARY and try again next time', async () => {
    let count = 0;
    const { manager, calls } = setup(() => (++count === 1 ? jsonResponse(503, {}) : jsonResponse(200, { access_token: 'at-9', refresh_token: 'rt-9', expires_in: 3600 })), {
      expiresAt: start,
    });
    expect(await manager.accessToken()).toMatchObject({ ok: false, error: { code: 'TEMPORARY', retryable: true } });
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-9' });
    expect(calls).toHaveLength(2);
  });

  it('should keep a rotated pair it failed to persist and save it on the next call', async () => {
    const clock = createFakeClock({ start });
    const fake = createFakeFetch(rotatingTokenServer());
    let failures = 1;
    const saved: OauthTokens[] = [];
    const errors: string[] = [];
    const manager = createOauthTokenManager({
      connectorId: 'fortnox', tokenUrl, clientId: 'c', clientSecret: 's', fetch: fake.fetch, clock,
      tokens: { accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: start },
      onTokens: (next) => (failures-- > 0 ? Promise.reject(new Error('db down')) : (saved.push(next), Promise.resolve())),
      logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (_, message) => errors.push(message) },
    });
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-2' });
    expect(errors).toHaveLength(1);
    expect(await manager.accessToken()).toEqual({ ok: true, value: 'at-2' });
    expect(saved.map((tokens) => tokens.refreshToken)).toEqual(['rt-2']);
  });
});

describe('oauthHttpAuth with createHttpClient', () => {
  it('should refresh once for concurrent 401s and retry each request with the new token', async () => {
    const clock = createFakeClock({ start });
    const tokenServer = rotatingTokenServer();
    const fake = createFakeFetch((req) => {
      if (req.url.toString() === tokenUrl) return tokenServer(req);
      return req.headers.get('authorization') === 'Bearer at-2' ? jsonResponse(200, { ok: true }) : jsonResponse(401, {});
    });
    // The vendor revoked at-1 early, so the manager still thinks it is fresh.
    const manager = createOauthTokenManager({
      connectorId: 'fortnox', tokenUrl, clientId: 'c', clientSecret: 's', fetch: fake.fetch, clock,
      tokens: { accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: '2025-01-01T01:00:00.000Z' },
      onTokens: () => Promise.resolve(),
    });
    const client = createHttpClient({
      baseUrl: 'https://api.fortnox.test/3', fetch: fake.fetch, clock, logger: { debug() {}, info() {}, warn() {}, error() {} }, connectorId: 'fortnox',
      parseError: (status) => connectorError({ connectorId: 'fortnox', code: errorCodeForStatus(status), message: `HTTP ${status}` }),
      ...oauthHttpAuth(manager),
    });
    const results = await Promise.all([client.request({ method: 'GET', path: 'a' }), client.request({ method: 'POST', path: 'b', body: {} })]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    expect(fake.calls.filter((call) => call.url.toString() === tokenUrl)).toHaveLength(1);
  });
});

describe('exchangeAuthorizationCode', () => {
  const base = { connectorId: 'fortnox' as const, tokenUrl, clientId: 'c', clientSecret: 's', code: 'code-1', redirectUri: 'https://app.test/cb', clock: createFakeClock({ start }) };

  it('should post the code and return the token set', async () => {
    const fake = createFakeFetch(() => jsonResponse(200, { access_token: 'at', refresh_token: 'rt', expires_in: '3600', token_type: 'bearer' }));
    expect(await exchangeAuthorizationCode({ ...base, fetch: fake.fetch })).toEqual({
      ok: true,
      value: { accessToken: 'at', refreshToken: 'rt', expiresAt: '2025-01-01T01:00:00.000Z' },
    });
    expect(fake.calls[0]?.body).toBe('grant_type=authorization_code&code=code-1&redirect_uri=https%3A%2F%2Fapp.test%2Fcb');
  });

  it('should fail with AUTH_INVALID when no refresh token is issued', async () => {
    const fake = createFakeFetch(() => jsonResponse(200, { access_token: 'at', expires_in: 3600 }));
    expect(await exchangeAuthorizationCode({ ...base, fetch: fake.fetch })).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID' } });
  });

  it('should map a rejected client to AUTH_INVALID and a hung endpoint to TEMPORARY', async () => {
    const rejected = createFakeFetch(() => jsonResponse(401, { error: 'invalid_client' }));
    expect(await exchangeAuthorizationCode({ ...base, fetch: rejected.fetch })).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID' } });
    const hung = createFakeFetch(() => new Promise<Response>(() => undefined));
    expect(await exchangeAuthorizationCode({ ...base, fetch: hung.fetch, timeoutMs: 10 })).toMatchObject({ ok: false, error: { code: 'TEMPORARY' } });
  });

  it('should redact tokens from the provider payload of an unexpected response', async () => {
    const fake = createFakeFetch(() => jsonResponse(200, { refresh_token: 'rt-secret' }));
    const result = await exchangeAuthorizationCode({ ...base, fetch: fake.fetch });
    expect(JSON.stringify(result)).not.toContain('rt-secret');
  });
});

describe('buildAuthorizeUrl', () => {
  it('should build the authorize URL with code flow parameters and vendor extras', () => {
    const url = new URL(buildAuthorizeUrl({
      authorizeUrl: 'https://apps.fortnox.test/oauth-v1/auth',
      clientId: 'client',
      redirectUri: 'https://app.test/cb',
      scope: ['customer', 'invoice'],
      state: 'st-1',
      extraParams: { access_type: 'offline' },
    }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client', redirect_uri: 'https://app.test/cb', scope: 'customer invoice', state: 'st-1', response_type: 'code', access_type: 'offline',
    });
  });
});
