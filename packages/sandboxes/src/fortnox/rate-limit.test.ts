import { afterEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { issueTokenPair } from './oauth.js';
import { fortnoxDemoClient, fortnoxRateLimit, fortnoxScopes, type FortnoxStore } from './index.js';
import { type Api, basicAuth, startTestSandbox } from './testing/api.js';

let sandbox: StartedSandbox<FortnoxStore>;
let api: Api;

afterEach(async () => {
  await sandbox.stop();
});

describe('Fortnox sandbox rate limit and faults', () => {
  it('should apply the documented 25 requests per 5 s by default', async () => {
    ({ sandbox, api } = await startTestSandbox({ rateLimit: undefined }));
    expect(sandbox.limiter.rate).toEqual(fortnoxRateLimit);
  });

  it('should answer 429 once a token exceeds a tight limit, per token and not on the OAuth endpoints', async () => {
    ({ sandbox, api } = await startTestSandbox({ rateLimit: { limit: 3, windowMs: 60_000 } }));
    for (let i = 0; i < 3; i += 1) expect((await api('GET', '/3/units')).status).toBe(200);
    const limited = await api('GET', '/3/units');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ message: 'Too many requests' });
    expect(limited.headers.get('retry-after')).toBeNull(); // not documented by Fortnox, so not sent

    const other = issueTokenPair(sandbox.store, fortnoxDemoClient.clientId, fortnoxScopes);
    expect((await api('GET', '/3/units', undefined, other.access_token)).status).toBe(200);

    for (let i = 0; i < 5; i += 1) {
      const res = await fetch(`${sandbox.baseUrl}/oauth-v1/token`, {
        method: 'POST',
        headers: { authorization: basicAuth(fortnoxDemoClient.clientId, fortnoxDemoClient.clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'unknown' }),
      });
      expect(res.status).toBe(400);
    }
  });

  it('should keep an invoice whose response was dropped after commit', async () => {
    ({ sandbox, api } = await startTestSandbox({ faults: { dropAfterCommitRate: 1 } }));
    await expect(api('POST', '/3/invoices', { Invoice: { CustomerNumber: '1', ExternalInvoiceReference1: 'lost-1' } })).rejects.toThrow();
    sandbox.faults.update({ dropAfterCommitRate: 0 });
    const found = await api('GET', '/3/invoices?externalinvoicereference1=lost-1');
    expect(found.body).toMatchObject({ MetaInformation: { '@TotalResources': 1 } });
  });
});
