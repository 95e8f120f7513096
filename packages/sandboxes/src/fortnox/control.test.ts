import { afterEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { fortnoxDemoClient, type FortnoxStore } from './index.js';
import { basicAuth, startTestSandbox, type Api } from './testing/api.js';

let sandbox: StartedSandbox<FortnoxStore>;
let api: Api;

afterEach(async () => {
  await sandbox.stop();
});

describe('Fortnox sandbox control: revoking the integration', () => {
  it('should make the access and the refresh token stop working, as removing the integration in Fortnox does', async () => {
    ({ sandbox, api } = await startTestSandbox());
    expect((await api('GET', '/3/companyinformation')).status).toBe(200);

    const revoke = await fetch(`${sandbox.baseUrl}/__sandbox/oauth/revoke`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: fortnoxDemoClient.clientId }),
    });
    expect(revoke.status).toBe(200);
    expect(await revoke.json()).toEqual({ revoked: 2 });

    expect((await api('GET', '/3/companyinformation')).status).toBe(401);
    const refresh = await fetch(`${sandbox.baseUrl}/oauth-v1/token`, {
      method: 'POST',
      headers: { authorization: basicAuth(fortnoxDemoClient.clientId, fortnoxDemoClient.clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: sandbox.credentials.refreshToken! }),
    });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('should leave other clients\' tokens alone when one client is named', async () => {
    ({ sandbox, api } = await startTestSandbox());
    const revoke = await fetch(`${sandbox.baseUrl}/__sandbox/oauth/revoke`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'SomeOtherApp' }),
    });
    expect(await revoke.json()).toEqual({ revoked: 0 });
    expect((await api('GET', '/3/companyinformation')).status).toBe(200);
  });
});
