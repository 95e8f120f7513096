import { afterEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { fortnoxDemoClient, type FortnoxStore } from './index.js';
import { type Api, at, atString, basicAuth, readResponse, startTestSandbox } from './testing/api.js';

const redirectUri = 'http://localhost:4000/oauth/fortnox/callback';
let sandbox: StartedSandbox<FortnoxStore>;
let api: Api;

afterEach(async () => {
  await sandbox.stop();
});

async function setUp(options: Parameters<typeof startTestSandbox>[0] = {}): Promise<void> {
  ({ sandbox, api } = await startTestSandbox(options));
}

async function authorize(scope = 'companyinformation customer', state = 'xyz-123'): Promise<URL> {
  const query = new URLSearchParams({ client_id: fortnoxDemoClient.clientId, redirect_uri: redirectUri, scope, state, access_type: 'offline', response_type: 'code' });
  const page = await fetch(`${sandbox.baseUrl}/oauth-v1/auth?${query}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('action="/oauth-v1/auth/approve"');
  expect(html).toContain('Allow');
  const form = new URLSearchParams({ client_id: fortnoxDemoClient.clientId, redirect_uri: redirectUri, scope, state, response_type: 'code', decision: 'allow' });
  const approved = await fetch(`${sandbox.baseUrl}/oauth-v1/auth/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  expect(approved.status).toBe(302);
  return new URL(approved.headers.get('location') ?? '');
}

async function token(form: Record<string, string>, secret: string = fortnoxDemoClient.clientSecret) {
  const res = await fetch(`${sandbox.baseUrl}/oauth-v1/token`, {
    method: 'POST',
    headers: { authorization: basicAuth(fortnoxDemoClient.clientId, secret), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return readResponse(res);
}

describe('Fortnox sandbox OAuth2', () => {
  it('should complete the authorization code flow and accept the access token on the API', async () => {
    await setUp();
    const callback = await authorize();
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe('xyz-123');
    const code = callback.searchParams.get('code') ?? '';

    const exchanged = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toMatchObject({ token_type: 'bearer', expires_in: 3600, scope: 'companyinformation customer' });
    const accessToken = atString(exchanged.body, 'access_token');
    expect(accessToken.split('.')).toHaveLength(3); // a JWT, as Fortnox issues

    const company = await api('GET', '/3/companyinformation', undefined, accessToken);
    expect(company.status).toBe(200);
    expect(at(company.body, 'CompanyInformation', 'CompanyName')).toBe('Lindgrens Installation AB');
  });

  it('should accept an authorization code only once', async () => {
    await setUp();
    const code = (await authorize()).searchParams.get('code') ?? '';
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri })).status).toBe(200);
    const reused = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri });
    expect(reused.status).toBe(400);
    expect(at(reused.body, 'error')).toBe('invalid_grant');
  });

  it('should refuse a code exchange whose redirect_uri differs from the authorize request', async () => {
    await setUp();
    const code = (await authorize()).searchParams.get('code') ?? '';
    const res = await token({ grant_type: 'authorization_code', code, redirect_uri: 'http://localhost:4000/elsewhere' });
    expect(res.status).toBe(400);
    expect(at(res.body, 'error')).toBe('invalid_grant');
  });

  it('should refuse wrong client credentials with 401 invalid_client', async () => {
    await setUp();
    const res = await token({ grant_type: 'refresh_token', refresh_token: sandbox.credentials.refreshToken ?? '' }, 'wrong-secret');
    expect(res.status).toBe(401);
    expect(at(res.body, 'error')).toBe('invalid_client');
  });

  it('should redirect with access_denied when the user does not allow access', async () => {
    await setUp();
    const form = new URLSearchParams({ client_id: fortnoxDemoClient.clientId, redirect_uri: redirectUri, scope: 'customer', state: 's1', response_type: 'code', decision: 'deny' });
    const res = await fetch(`${sandbox.baseUrl}/oauth-v1/auth/approve`, { method: 'POST', body: form, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('s1');
  });

  it('should show an error page for an unknown client_id', async () => {
    await setUp();
    const res = await fetch(`${sandbox.baseUrl}/oauth-v1/auth?client_id=nope&scope=customer&state=s&response_type=code`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('ClientID supplied is invalid');
  });

  it('should rotate the refresh token and reject the old one once used', async () => {
    await setUp();
    const first = sandbox.credentials.refreshToken ?? '';
    const rotated = await token({ grant_type: 'refresh_token', refresh_token: first });
    expect(rotated.status).toBe(200);
    const second = atString(rotated.body, 'refresh_token');
    expect(second).not.toBe(first);

    const reuse = await token({ grant_type: 'refresh_token', refresh_token: first });
    expect(reuse.status).toBe(400);
    expect(reuse.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
    expect((await token({ grant_type: 'refresh_token', refresh_token: second })).status).toBe(200);
  });

  it('should answer 401 for an access token expired through the store hook, and accept the refreshed one', async () => {
    await setUp();
    sandbox.store.expireAccessToken(sandbox.credentials.accessToken ?? '');
    const expired = await api('GET', '/3/customers');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ message: 'unauthorized' });

    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: sandbox.credentials.refreshToken ?? '' });
    expect((await api('GET', '/3/customers', undefined, atString(refreshed.body, 'access_token'))).status).toBe(200);
  });

  it('should expire access tokens after the configured lifetime', async () => {
    await setUp({ settings: { accessTokenTtlMs: 60_000 } });
    expect(sandbox.credentials.expiresAt).toBe(new Date(Date.parse(sandbox.credentials.expiresAt ?? '')).toISOString());
    expect((await api('GET', '/3/units')).status).toBe(200);
    const start = Date.now();
    sandbox.store.now = () => start + 61_000;
    expect((await api('GET', '/3/units')).status).toBe(401);
  });

  it('should answer 401 for an unknown or missing bearer token', async () => {
    await setUp();
    expect((await api('GET', '/3/customers', undefined, 'not-a-token')).status).toBe(401);
    const bare = await fetch(`${sandbox.baseUrl}/3/customers`);
    expect(bare.status).toBe(401);
  });

  it('should answer 403 with ErrorInformation when the token lacks the resource scope', async () => {
    await setUp();
    const code = (await authorize('companyinformation')).searchParams.get('code') ?? '';
    const narrow = atString((await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri })).body, 'access_token');
    const res = await api('GET', '/3/invoices', undefined, narrow);
    expect(res.status).toBe(403);
    expect(at(res.body, 'ErrorInformation', 'code')).toBe(2003275);
  });
});
