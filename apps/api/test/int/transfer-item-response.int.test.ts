import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const ITEMS = `query ($filter: TransferItemFilter) { transferItems(first: 10, filter: $filter) { nodes { register outcome errorCode request response } } }`;

describe('transfer item: the vendor answer (issue #6 screen 6)', () => {
  it('should keep e-conomic\'s status and validation body on the failed item, with a secret in it redacted (X-28, PV-22)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t, { customerGroupNumber: 999 });
    // e-conomic echoes a refused value back as inputValue: a city over its 50 characters carries a secret-looking parameter
    const city = 'Aarhus C password=hunter2-never-stored and a district name far too long';
    const customer = await gql(app, `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { customer { id } errors { message } } }`, {
      input: { number: '1401', name: 'Aarhus Tømrer ApS', billingAddress: { line1: 'Vestergade 4', postalCode: '8000', city, countryCode: 'DK' } },
    }, t.apiKey);
    expect(customer.data.upsertCustomer.errors).toEqual([]);

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({ outcome: 'FAILED', errorCode: 'REJECTED' })]);

    const items = await gql(app, ITEMS, { filter: { connectionId, outcomes: ['FAILED'] } }, t.token);
    const [item] = items.data.transferItems.nodes;
    expect(item.response).toMatchObject({ httpStatus: 400, code: 'REJECTED', truncated: false, body: { errorCode: 'E04300', httpStatusCode: 400 } });
    const body = JSON.stringify(item.response.body);
    expect(body).toContain('E07140'); // the customer group e-conomic does not know
    expect(body).toContain('password=[REDACTED]');
    expect(JSON.stringify(item)).not.toContain('hunter2');
    expect(item.request).toMatchObject({ name: 'Aarhus Tømrer ApS' });
  });

  it('should leave response empty on items that never called the ERP (X-28)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t, {});
    await gql(app, `mutation { upsertCustomer(input: { number: "1402", name: "Skipped ApS" }) { errors { message } } }`, {}, t.apiKey);
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    const again = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(again.items).toEqual([expect.objectContaining({ outcome: 'SKIPPED' })]);
    const items = await gql(app, ITEMS, { filter: { connectionId, outcomes: ['SKIPPED'] } }, t.token);
    expect(items.data.transferItems.nodes).toEqual([expect.objectContaining({ outcome: 'SKIPPED', response: null })]);
  });
});
