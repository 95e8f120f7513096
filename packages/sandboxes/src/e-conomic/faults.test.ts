import { afterEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { economicRateLimit, startEconomicSandbox } from './index.js';
import type { EconomicStore } from './store.js';
import { draftBody, testClient } from './testing/test-client.js';

let sandbox: StartedSandbox<EconomicStore> | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

const customer = { name: 'Drop ApS', currency: 'DKK', customerGroup: { customerGroupNumber: 1 }, paymentTerms: { paymentTermsNumber: 1 }, vatZone: { vatZoneNumber: 1 } };

describe('e-conomic sandbox limits and faults', () => {
  it('should apply the fair-use budget of 50 000 calls per 24 h by default', async () => {
    sandbox = await startEconomicSandbox({});
    expect(sandbox.limiter.rate).toEqual(economicRateLimit);
  });

  it('should answer 429 with Retry-After and the vendor body past a tighter limit, per agreement', async () => {
    sandbox = await startEconomicSandbox({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const client = testClient(sandbox);
    expect((await client.get('/self')).status).toBe(200);
    expect((await client.get('/self')).status).toBe(200);
    const limited = await client.get('/self');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ httpStatusCode: 429 });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const otherAgreement = testClient(sandbox, { 'X-AppSecretToken': 'demo', 'X-AgreementGrantToken': 'demo' });
    expect((await otherAgreement.get('/self')).status).toBe(200);
  });

  it('should keep a customer created when the connection drops after the commit', async () => {
    sandbox = await startEconomicSandbox({ faults: { dropAfterCommitRate: 1 } });
    await expect(testClient(sandbox).post('/customers', customer)).rejects.toThrow();
    expect([...sandbox.store.customers.values()].some((c) => c.name === 'Drop ApS')).toBe(true);
  });

  it('should keep a draft and a booking when their responses are lost', async () => {
    sandbox = await startEconomicSandbox({ faults: { dropAfterCommitRate: 1 } });
    const client = testClient(sandbox);
    await expect(client.post('/invoices/drafts', draftBody())).rejects.toThrow();
    expect(sandbox.store.drafts.get(1)?.referenceOther).toBe('LB-INV-1');
    await expect(client.post('/invoices/booked', { draftInvoice: { draftInvoiceNumber: 1 } })).rejects.toThrow();
    expect(sandbox.store.booked.get(1001)?.referenceOther).toBe('LB-INV-1');
    sandbox.faults.update({ dropAfterCommitRate: 0 });
    expect((await client.get('/invoices/booked/1001')).status).toBe(200);
  });

  it('should not drop reads, which commit nothing', async () => {
    sandbox = await startEconomicSandbox({ faults: { dropAfterCommitRate: 1 } });
    expect((await testClient(sandbox).get('/customers/101')).status).toBe(200);
  });
});
