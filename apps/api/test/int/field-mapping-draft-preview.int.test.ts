import { startEconomicSandbox, type EconomicStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
const sandboxes: StartedSandbox<EconomicStore>[] = [];

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((s) => s.stop()));
});
afterAll(async () => {
  await app?.stop();
});

async function economicFor(t: AdminTenant): Promise<{ sandbox: StartedSandbox<EconomicStore>; connectionId: string }> {
  const sandbox = await startEconomicSandbox({ seedData: false, rateLimit: null });
  sandboxes.push(sandbox);
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id } errors { code message field } } }`, {
    input: { connectorId: 'e-conomic', name: 'e-conomic', credentials: sandbox.credentials },
  }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return { sandbox, connectionId: res.data.connectSystem.connection.id };
}

const ROW = 'target sourceKind source transform transformLength isRequired mode origin';
const MAPPING = `query ($c: ID!, $r: FieldMappingRegister!) { fieldMapping(connectionId: $c, register: $r) { rows { ${ROW} } } }`;
const UPDATE = `mutation ($input: UpdateFieldMappingInput!) { updateFieldMapping(input: $input) { fieldMapping { rows { target origin } } errors { code message field } } }`;
const DRAFT_PREVIEW = `query ($c: ID!, $r: FieldMappingRegister!, $id: ID!, $rows: [FieldMappingRowInput!], $resets: [String!]) {
  fieldMappingPreview(connectionId: $c, register: $r, recordId: $id, rows: $rows, resetTargets: $resets) { payload operation errors { code message field } rowErrors { code message field } }
}`;

interface Preview {
  payload: Record<string, unknown> | null;
  operation: string;
  errors: { code: string; message: string; field: string[] | null }[];
  rowErrors: { code: string; message: string; field: string[] | null }[];
}

async function preview(key: string, vars: { c: string; r: string; id: string; rows?: unknown[]; resets?: string[] }): Promise<Preview> {
  const res = await gql(app, DRAFT_PREVIEW, vars, key);
  expect(res.errors).toBeUndefined();
  return res.data.fieldMappingPreview as Preview;
}

async function savedRows(key: string, connectionId: string, register = 'CUSTOMERS'): Promise<{ target: string; origin: string; transform: string | null; source: string }[]> {
  return (await gql(app, MAPPING, { c: connectionId, r: register }, key)).data.fieldMapping.rows;
}

const shortName = { target: 'name', sourceKind: 'FIELD', source: 'name', transform: 'TRUNCATE', transformLength: 8, isRequired: true };
const fixedEmail = { target: 'email', sourceKind: 'FIXED', source: 'udkast@example.dk' };

describe('fieldMappingPreview of unsaved rows (X-13, X-14; issue #6 screen 4)', () => {
  it('should reject unauthenticated callers', async () => {
    const res = await gql(app, DRAFT_PREVIEW, { c: 'Q29ubmVjdGlvbjp4', r: 'CUSTOMERS', id: 'Q3VzdG9tZXI6eA==', rows: [fixedEmail] });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should not preview a draft on another tenant\'s connection or record', async () => {
    const owner = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(owner);
    const customerId = await seedCustomer(app, owner.apiKey, '4101');
    const other = await tenantWithAdmin(app);
    const foreignConnection = await preview(other.apiKey, { c: connectionId, r: 'CUSTOMERS', id: customerId, rows: [fixedEmail] });
    expect(foreignConnection).toMatchObject({ payload: null, errors: [{ code: 'NOT_FOUND', field: ['connectionId'] }] });
    const own = await economicFor(other);
    const foreignRecord = await preview(other.apiKey, { c: own.connectionId, r: 'CUSTOMERS', id: customerId, rows: [fixedEmail] });
    expect(foreignRecord).toMatchObject({ payload: null, errors: [{ code: 'NOT_FOUND', field: ['recordId'] }] });
    expect((await savedRows(owner.apiKey, connectionId)).every((r) => r.origin === 'DEFAULT')).toBe(true);
  });

  it('should preview edited rows and a reset on a customer already in e-conomic, and save and send nothing', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await economicFor(t);
    const customerId = await seedCustomer(app, t.apiKey, '4201', 'Aarhus Tømrer og Snedker ApS');
    await seedInvoice(app, t.apiKey, customerId);
    const saved = await gql(app, UPDATE, { input: { connectionId, register: 'CUSTOMERS', rows: [{ ...shortName, transformLength: 5 }] } }, t.token);
    expect(saved.data.updateFieldMapping.errors).toEqual([]);
    const first = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(first.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const inErp = structuredClone(sandbox.store.customers.get(4201));
    expect(inErp).toMatchObject({ name: 'Aarhu' });

    const draft = await preview(t.apiKey, { c: connectionId, r: 'CUSTOMERS', id: customerId, rows: [shortName, fixedEmail] });
    expect(draft).toMatchObject({ operation: 'UPDATE', errors: [], rowErrors: [], payload: { number: '4201', name: 'Aarhus T', email: 'udkast@example.dk' } });
    const reset = await preview(t.apiKey, { c: connectionId, r: 'CUSTOMERS', id: customerId, resets: ['name'] });
    expect(reset).toMatchObject({ rowErrors: [], payload: { name: 'Aarhus Tømrer og Snedker ApS' } });
    expect(reset.payload?.['email']).toBeUndefined();

    // read-only: the stored table, the saved preview and the ERP's record are as before
    const rows = await savedRows(t.apiKey, connectionId);
    expect(rows.filter((r) => r.origin === 'OVERRIDDEN')).toEqual([expect.objectContaining({ target: 'name', transform: 'TRUNCATE', transformLength: 5 })]);
    expect(rows.find((r) => r.target === 'email')).toMatchObject({ origin: 'DEFAULT', sourceKind: 'FIELD', source: 'email' });
    expect((await preview(t.apiKey, { c: connectionId, r: 'CUSTOMERS', id: customerId })).payload).toMatchObject({ name: 'Aarhu' });
    expect(sandbox.store.customers.get(4201)).toEqual(inErp);
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(quiet.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });
  });

  it('should give invalid draft rows the same typed errors as updateFieldMapping, leave only them out, and not crash', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    const customerId = await seedCustomer(app, t.apiKey, '4301', 'Fynske VVS ApS');
    const rows = [
      { target: 'name', sourceKind: 'TEMPLATE', source: '{name} {secret}', isRequired: true },
      fixedEmail,
      { target: 'phone', sourceKind: 'FIELD', source: 'phone', transform: 'TRUNCATE' },
      { target: 'paymentTermsDays', sourceKind: 'FIXED', source: 'thirty', isRequired: true },
      { target: 'colour', sourceKind: 'FIXED', source: 'blue' },
    ];
    const draft = await preview(t.apiKey, { c: connectionId, r: 'CUSTOMERS', id: customerId, rows, resets: ['nope'] });
    const codes = (errors: Preview['rowErrors']) => errors.map((e) => [e.code, (e.field ?? []).join('.')]).sort();
    expect(codes(draft.rowErrors)).toEqual([
      ['INVALID_VALUE', 'resetTargets.0'],
      ['INVALID_VALUE', 'rows.0.source'],
      ['INVALID_VALUE', 'rows.3.source'],
      ['INVALID_VALUE', 'rows.4.target'],
      ['REQUIRED', 'rows.2.transformLength'],
    ]);
    const update = await gql(app, UPDATE, { input: { connectionId, register: 'CUSTOMERS', rows, resetTargets: ['nope'] } }, t.token);
    expect(codes(draft.rowErrors)).toEqual(codes(update.data.updateFieldMapping.errors));
    expect(draft.rowErrors.map((e) => e.message).sort()).toEqual(update.data.updateFieldMapping.errors.map((e: { message: string }) => e.message).sort());
    // the valid row is previewed; the invalid rows' targets are left out rather than filled from the saved table
    expect(draft.payload).toMatchObject({ number: '4301', email: 'udkast@example.dk' });
    expect(draft.payload).not.toHaveProperty('name');
    expect(draft.payload).not.toHaveProperty('paymentTermsDays');
    expect(draft.errors).toEqual([]);
    expect((await savedRows(t.apiKey, connectionId)).every((r) => r.origin === 'DEFAULT')).toBe(true);
  });

  it('should preview unsaved invoice-line rows inside the whole invoice draft (X-14)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await economicFor(t);
    const customerId = await seedCustomer(app, t.apiKey, '4401');
    const invoice = await seedInvoice(app, t.apiKey, customerId);
    const lines = await preview(t.apiKey, { c: connectionId, r: 'INVOICE_LINES', id: invoice.id, rows: [{ target: 'description', sourceKind: 'FIELD', source: 'description', transform: 'UPPER', isRequired: true }] });
    expect(lines).toMatchObject({ errors: [], rowErrors: [], payload: { customerNumber: '4401', lines: [{ description: 'SERVICE VISIT', quantity: '2.0000' }] } });
    expect((await preview(t.apiKey, { c: connectionId, r: 'INVOICE_LINES', id: invoice.id })).payload).toMatchObject({ lines: [{ description: 'Service visit' }] });
    expect((await savedRows(t.apiKey, connectionId, 'INVOICE_LINES')).every((r) => r.origin === 'DEFAULT')).toBe(true);
  });
});
