import { afterEach, describe, expect, it } from 'vitest';
import type { Connector } from '../core/connector.js';
import type { CanonicalRecords } from '../core/records.js';
import { type SandboxConnector, startSandboxConnector } from './testing/sandbox-connector.js';

let setup: SandboxConnector;
afterEach(async () => {
  await setup.sandbox.stop();
});

function verify(connector: Connector<CanonicalRecords>) {
  return connector.verifyCredentials();
}

describe('Fortnox connector OAuth refresh (against the sandbox)', () => {
  it('should refresh an expired access token transparently and hand the rotated pair to onTokens', async () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    setup = await startSandboxConnector({ credentials: { expiresAt: past } });
    setup.sandbox.store.expireAccessToken(setup.credentials.accessToken);

    const account = await verify(setup.connector);
    expect(account).toEqual({ ok: true, value: { accountName: 'Lindgrens Installation AB', accountId: '559123-4567' } });
    expect(setup.persisted).toHaveLength(1);
    const [rotated] = setup.persisted;
    expect(rotated?.accessToken).not.toBe(setup.credentials.accessToken);
    expect(rotated?.refreshToken).not.toBe(setup.credentials.refreshToken);
    expect(Date.parse(rotated?.expiresAt ?? '')).toBeGreaterThan(Date.now());
    // the old refresh token is spent at the vendor; the new one is what must be stored
    expect(setup.sandbox.store.refreshTokens.get(setup.credentials.refreshToken)?.usedAt).toBeDefined();
  });

  it('should refresh after a 401 when Fortnox expired the token before its expiresAt', async () => {
    setup = await startSandboxConnector();
    setup.sandbox.store.expireAllAccessTokens();
    const result = await setup.connector.listReferenceData?.('units');
    expect(result?.ok).toBe(true);
    expect(setup.persisted).toHaveLength(1);
  });

  it('should refresh once for concurrent calls that all find the token expired', async () => {
    setup = await startSandboxConnector({ credentials: { expiresAt: new Date(0).toISOString() } });
    const results = await Promise.all([verify(setup.connector), verify(setup.connector), setup.connector.getInvoiceStatus?.('1001')]);
    expect(results.every((r) => r?.ok === true)).toBe(true);
    expect(setup.persisted).toHaveLength(1);
  });

  it('should fail with AUTH_INVALID, not throw, when the refresh token was already used elsewhere', async () => {
    setup = await startSandboxConnector({ credentials: { expiresAt: new Date(0).toISOString() } });
    const { clientId, clientSecret, refreshToken } = setup.credentials;
    const stolen = await fetch(`${setup.sandbox.baseUrl}/oauth-v1/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    });
    expect(stolen.status).toBe(200);
    const result = await verify(setup.connector);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'AUTH_INVALID', connectorId: 'fortnox' });
    expect(setup.persisted).toHaveLength(0);
  });
});
