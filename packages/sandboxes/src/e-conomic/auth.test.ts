import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedSandbox } from '../core/sandbox.js';
import { startEconomicSandbox } from './index.js';
import type { EconomicStore } from './store.js';
import { testClient } from './testing/test-client.js';

let sandbox: StartedSandbox<EconomicStore>;
beforeEach(async () => {
  sandbox = await startEconomicSandbox({});
});
afterEach(async () => {
  await sandbox.stop();
});

const errorEnvelope = ['message', 'errorCode', 'developerHint', 'logId', 'httpStatusCode', 'errors', 'logTime', 'errorCount'];

describe('e-conomic sandbox auth', () => {
  it('should answer /self with the agreement when both tokens are right', async () => {
    const reply = await testClient(sandbox).get('/self');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ agreementNumber: 1234567, company: { name: 'Ledgerbridge Demo ApS' }, self: `${sandbox.baseUrl}/self` });
  });

  it('should refuse a request without X-AppSecretToken with the vendor 401 body', async () => {
    const reply = await testClient(sandbox, { 'X-AgreementGrantToken': sandbox.store.credentials.agreementGrantToken }).get('/customers');
    expect(reply.status).toBe(401);
    expect(Object.keys(reply.body)).toEqual(errorEnvelope);
    expect(reply.body.httpStatusCode).toBe(401);
    expect(String(reply.body.message)).toContain('X-AppSecretToken');
  });

  it('should refuse a request without X-AgreementGrantToken', async () => {
    const reply = await testClient(sandbox, { 'X-AppSecretToken': sandbox.store.credentials.appSecretToken }).get('/customers');
    expect(reply.status).toBe(401);
    expect(String(reply.body.message)).toContain('X-AgreementGrantToken');
  });

  it('should refuse a wrong secret and a wrong grant', async () => {
    const { appSecretToken, agreementGrantToken } = sandbox.store.credentials;
    expect((await testClient(sandbox, { 'X-AppSecretToken': 'nope', 'X-AgreementGrantToken': agreementGrantToken }).get('/customers')).status).toBe(401);
    expect((await testClient(sandbox, { 'X-AppSecretToken': appSecretToken, 'X-AgreementGrantToken': 'nope' }).get('/customers')).status).toBe(401);
  });

  it('should answer 401 once the agreement revoked the grant', async () => {
    sandbox.store.isGrantRevoked = true;
    expect((await testClient(sandbox).get('/self')).status).toBe(401);
  });

  it('should let demo/demo read but not write', async () => {
    const demo = testClient(sandbox, { 'X-AppSecretToken': 'demo', 'X-AgreementGrantToken': 'demo' });
    expect((await demo.get('/customers')).status).toBe(200);
    const write = await demo.post('/customers', { name: 'X' });
    expect(write.status).toBe(403);
    expect(write.body.httpStatusCode).toBe(403);
  });

  it('should answer the Projects API auth failure in that API error model', async () => {
    const reply = await testClient(sandbox, {}).get('/api/v20.0.0/projects');
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ errorCode: 'Unauthorized' });
    expect(reply.body).toHaveProperty('logTimeUtc');
  });

  it('should refuse a non-JSON content type with 415', async () => {
    // The shared shell parses the body before routing, so the body itself must be valid JSON.
    const reply = await testClient(sandbox).request('POST', '/customers', '{"name":"x"}', { 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(415);
  });

  it('should answer unknown paths with the vendor 404 body', async () => {
    const reply = await testClient(sandbox).get('/no-such-thing');
    expect(reply.status).toBe(404);
    expect(Object.keys(reply.body)).toEqual(errorEnvelope);
  });
});
