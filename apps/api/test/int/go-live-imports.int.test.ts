import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectFortnox, fortnoxCall, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { DECIDE, initialSyncDone, START_INITIAL } from '../reconcile-helpers.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

// Register rules' go-live baseline (ADR 0006) together with the register comparison and the
// initial sync (ADR 0009): one go-live for both directions, and decisions over the baseline.

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

async function ourNumbers(t: AdminTenant, register: 'customers' | 'products'): Promise<string[]> {
  const res = await gql(app, `{ ${register}(first: 100) { nodes { number } } }`, {}, t.apiKey);
  return res.data[register].nodes.map((n: { number: string | null }) => n.number);
}

describe('ERP imports after go-live and register decisions (SE-FX-22, SE-FX-23, X-10)', () => {
  it('should never import a Fortnox customer decided IGNORE, while importing another created after go-live (X-10, SE-FX-42)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect((await fortnoxCall(sandbox, 'POST', '/3/customers', { Customer: { CustomerNumber: '6301', Name: 'Ignoreras AB', Currency: 'SEK' } })).status).toBe(201);
    expect((await fortnoxCall(sandbox, 'POST', '/3/customers', { Customer: { CustomerNumber: '6302', Name: 'Importeras AB', Currency: 'SEK' } })).status).toBe(201);
    const decided = await gql(app, DECIDE, { input: { connectionId, register: 'CUSTOMERS', decisions: [{ action: 'IGNORE', externalId: '6301' }] } }, t.token);
    expect(decided.data.decideRegisterRecords.errors).toEqual([]);

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toContainEqual(expect.objectContaining({ register: 'customers', direction: 'PULL', outcome: 'TRANSFERRED', externalId: '6302' }));
    expect(run.items.filter((i) => i.externalId === '6301')).toEqual([]);
    const numbers = await ourNumbers(t, 'customers');
    expect(numbers).toContain('6302');
    expect(numbers).not.toContain('6301');
  }, 120_000);

  it('should take the initial sync as go-live: an article made in Fortnox before it is not imported, one made after it is (SE-FX-22, SE-FX-23, X-11)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    // ordinary runs before the initial sync already took a go-live list
    await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect((await fortnoxCall(sandbox, 'POST', '/3/articles', { Article: { ArticleNumber: 'FORE-1', Description: 'Före driftstart', Unit: 'st' } })).status).toBe(201);

    const started = await gql(app, START_INITIAL, { input: { connectionId } }, t.token);
    expect(started.data.startInitialSync.errors).toEqual([]);
    const sync = await initialSyncDone(app, t.token, connectionId);
    const before = sync.run.items.filter((i: { externalId: string | null }) => i.externalId === 'FORE-1');
    // reported once as not transferred by the initial sync, and not imported by its pull either
    expect(before).toEqual([expect.objectContaining({ register: 'products', direction: 'PULL', outcome: 'SKIPPED', message: expect.stringContaining('SE-FX-22') })]);
    expect(await ourNumbers(t, 'products')).not.toContain('FORE-1');

    expect((await fortnoxCall(sandbox, 'POST', '/3/articles', { Article: { ArticleNumber: 'EFTER-1', Description: 'Efter driftstart', Unit: 'st' } })).status).toBe(201);
    const run = await runAndWait(app, t.apiKey, connectionId, ['products']);
    expect(run.items).toContainEqual(expect.objectContaining({ register: 'products', direction: 'PULL', outcome: 'TRANSFERRED', externalId: 'EFTER-1' }));
    expect(run.items.filter((i) => i.externalId === 'FORE-1')).toEqual([]);
    const numbers = await ourNumbers(t, 'products');
    expect(numbers).toContain('EFTER-1');
    expect(numbers).not.toContain('FORE-1');
  }, 120_000);
});
