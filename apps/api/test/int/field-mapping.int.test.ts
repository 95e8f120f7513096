import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectEconomic, connectFortnox, stopSandboxes } from '../erp-connections.js';
import { gql } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(stopSandboxes);
afterAll(async () => {
  await app?.stop();
});

const ROW = 'target sourceKind source transform transformLength vatRateField default isRequired mode direction origin';
const MAPPING = `query ($c: ID!, $r: FieldMappingRegister!) { fieldMapping(connectionId: $c, register: $r) { connectionId register targetFields sourceFields rows { ${ROW} } } }`;
const UPDATE = `mutation ($input: UpdateFieldMappingInput!) { updateFieldMapping(input: $input) { fieldMapping { rows { ${ROW} } } errors { code message field } } }`;
const PREVIEW = `query ($c: ID!, $r: FieldMappingRegister!, $id: ID!) { fieldMappingPreview(connectionId: $c, register: $r, recordId: $id) { payload operation errors { code message field } } }`;

async function setRows(t: AdminTenant, connectionId: string, register: string, rows: unknown[], resetTargets: string[] = []) {
  const res = await gql(app, UPDATE, { input: { connectionId, register, rows, resetTargets } }, t.token);
  expect(res.errors).toBeUndefined();
  return res.data.updateFieldMapping as { fieldMapping: { rows: Record<string, unknown>[] } | null; errors: { code: string; message: string; field: string[] }[] };
}

describe('field mapping per connection (X-13)', () => {
  it('should reject unauthenticated callers', async () => {
    const res = await gql(app, MAPPING, { c: 'Q29ubmVjdGlvbjp4', r: 'CUSTOMERS' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should not show or change another tenant\'s mapping', async () => {
    const owner = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, owner);
    const other = await tenantWithAdmin(app);
    expect((await gql(app, MAPPING, { c: connectionId, r: 'CUSTOMERS' }, other.apiKey)).data.fieldMapping).toBeNull();
    const update = await setRows(other, connectionId, 'CUSTOMERS', [{ target: 'email', sourceKind: 'FIXED', source: 'x@example.dk' }]);
    expect(update.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['connectionId'] })]);
    const mine = await gql(app, MAPPING, { c: connectionId, r: 'CUSTOMERS' }, owner.apiKey);
    expect(mine.data.fieldMapping.rows.every((r: { origin: string }) => r.origin === 'DEFAULT')).toBe(true);
  });

  it('should list the default table with every field copied through, required where the record needs it', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const res = await gql(app, MAPPING, { c: connectionId, r: 'CUSTOMERS' }, t.apiKey);
    const m = res.data.fieldMapping;
    expect(m).toMatchObject({ connectionId, register: 'CUSTOMERS' });
    expect(m.sourceFields).toContain('billingAddress.line1');
    expect(m.rows.map((r: { target: string }) => r.target)).toEqual(m.targetFields);
    expect(m.rows.find((r: { target: string }) => r.target === 'name')).toEqual({
      target: 'name', sourceKind: 'FIELD', source: 'name', transform: null, transformLength: null, vatRateField: null, default: null,
      isRequired: true, mode: 'ALWAYS', direction: 'TO_ERP', origin: 'DEFAULT',
    });
  });

  it('should refuse invalid rows with typed errors naming the row and field, and store nothing', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const res = await setRows(t, connectionId, 'CUSTOMERS', [
      { target: 'colour', sourceKind: 'FIXED', source: 'blue' },
      { target: 'name', sourceKind: 'TEMPLATE', source: '{name} {secret}', isRequired: true },
      { target: 'paymentTermsDays', sourceKind: 'FIXED', source: 'thirty', isRequired: true },
      { target: 'email', sourceKind: 'FIELD', source: 'email', transform: 'TRUNCATE' },
      { target: 'number', sourceKind: 'FIELD', source: 'number', mode: 'CREATE_ONLY' },
      { target: 'isActive', sourceKind: 'FIELD', source: 'isActive', isRequired: false },
    ], ['nope']);
    expect(res.fieldMapping).toBeNull();
    expect(res.errors.map((e) => [e.code, e.field.join('.')]).sort()).toEqual([
      ['INVALID_VALUE', 'resetTargets.0'],
      ['INVALID_VALUE', 'rows.0.target'],
      ['INVALID_VALUE', 'rows.1.source'],
      ['INVALID_VALUE', 'rows.2.source'],
      ['INVALID_VALUE', 'rows.5.isRequired'],
      ['REQUIRED', 'rows.3.transformLength'],
    ].sort());
    const read = await gql(app, MAPPING, { c: connectionId, r: 'CUSTOMERS' }, t.apiKey);
    expect(read.data.fieldMapping.rows.every((r: { origin: string }) => r.origin === 'DEFAULT')).toBe(true);
  });

  it('should let only admins change a mapping', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectEconomic(app, t);
    const res = await gql(app, UPDATE, { input: { connectionId, register: 'CUSTOMERS', rows: [{ target: 'email', sourceKind: 'FIXED', source: 'x@example.dk' }] } }, t.apiKey);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should send a FIXED value and a TRUNCATE override to e-conomic over HTTP, preview it first, and reset to the default (X-14, SE-FX-28)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '2101', 'Aarhus Tømrer og Snedker ApS');
    await seedInvoice(app, t.apiKey, customerId);
    const set = await setRows(t, connectionId, 'CUSTOMERS', [
      { target: 'name', sourceKind: 'FIELD', source: 'name', transform: 'TRUNCATE', transformLength: 12, isRequired: true },
      { target: 'email', sourceKind: 'FIXED', source: 'bogholderi@example.dk' },
    ]);
    expect(set.errors).toEqual([]);
    expect(set.fieldMapping!.rows.filter((r) => r.origin === 'OVERRIDDEN').map((r) => r.target)).toEqual(['name', 'email']);

    const preview = await gql(app, PREVIEW, { c: connectionId, r: 'CUSTOMERS', id: customerId }, t.apiKey);
    expect(preview.data.fieldMappingPreview).toMatchObject({ operation: 'CREATE', errors: [], payload: { number: '2101', name: 'Aarhus Tømre', email: 'bogholderi@example.dk' } });
    expect(sandbox.store.customers.size).toBe(0); // a preview sends nothing

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(sandbox.store.customers.get(2101)).toMatchObject({ name: 'Aarhus Tømre', text: { email: 'bogholderi@example.dk' } });
    // the pull after the push does not bring the mapped name back over ours
    expect((await gql(app, `query ($id: ID!) { customer(id: $id) { name } }`, { id: customerId }, t.apiKey)).data.customer.name).toBe('Aarhus Tømrer og Snedker ApS');
    const quiet = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(quiet.counts).toMatchObject({ transferred: 0, updated: 0, failed: 0 });

    const reset = await setRows(t, connectionId, 'CUSTOMERS', [], ['name']);
    expect(reset.fieldMapping!.rows.find((r) => r.target === 'name')).toMatchObject({ origin: 'DEFAULT', transform: null });
    const again = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(again.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(sandbox.store.customers.get(2101)).toMatchObject({ name: 'Aarhus Tømrer og Snedker ApS', text: { email: 'bogholderi@example.dk' } });
  });

  it('should fail a customer whose required mapped field is empty, naming the field, and send nothing for it (SE-EE-29)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '2201');
    await seedInvoice(app, t.apiKey, customerId);
    expect((await setRows(t, connectionId, 'CUSTOMERS', [{ target: 'address.postalCode', sourceKind: 'FIELD', source: 'billingAddress.postalCode', isRequired: true }])).errors).toEqual([]);
    const preview = await gql(app, PREVIEW, { c: connectionId, r: 'CUSTOMERS', id: customerId }, t.apiKey);
    expect(preview.data.fieldMappingPreview.errors).toEqual([{ code: 'REQUIRED', field: ['address', 'postalCode'], message: expect.stringContaining('address.postalCode') }]);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.items).toEqual([expect.objectContaining({ register: 'customers', outcome: 'FAILED', errorCode: 'REQUIRED', message: expect.stringContaining('address.postalCode') })]);
    expect(sandbox.store.customers.size).toBe(0);
  });

  it('should set a CREATE_ONLY field when the record is created and leave it out of updates (SE-FX-54)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '2301', 'Først ApS');
    await seedInvoice(app, t.apiKey, customerId);
    await setRows(t, connectionId, 'CUSTOMERS', [{ target: 'email', sourceKind: 'FIXED', source: 'first@example.dk', mode: 'CREATE_ONLY' }]);
    await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(sandbox.store.customers.get(2301)?.text.email).toBe('first@example.dk');
    await setRows(t, connectionId, 'CUSTOMERS', [{ target: 'email', sourceKind: 'FIXED', source: 'second@example.dk', mode: 'CREATE_ONLY' }]);
    await gql(app, `mutation { upsertCustomer(input: { number: "2301", name: "Anden ApS" }) { errors { message } } }`, {}, t.apiKey);
    const preview = await gql(app, PREVIEW, { c: connectionId, r: 'CUSTOMERS', id: customerId }, t.apiKey);
    expect(preview.data.fieldMappingPreview.operation).toBe('UPDATE');
    expect(preview.data.fieldMappingPreview.payload.email).toBeUndefined();
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers']);
    expect(run.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(sandbox.store.customers.get(2301)).toMatchObject({ name: 'Anden ApS', text: { email: 'first@example.dk' } });
  });

  it('should map invoice header and lines: a composed note and a shortened line text arrive in the e-conomic draft (X-14, SE-EE-47)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '2401');
    const invoice = await seedInvoice(app, t.apiKey, customerId);
    expect((await setRows(t, connectionId, 'INVOICES', [{ target: 'notes', sourceKind: 'TEMPLATE', source: 'Faktura {issueDate} i {currency}' }])).errors).toEqual([]);
    expect((await setRows(t, connectionId, 'INVOICE_LINES', [{ target: 'description', sourceKind: 'FIELD', source: 'description', transform: 'UPPER', isRequired: true }])).errors).toEqual([]);
    const preview = await gql(app, PREVIEW, { c: connectionId, r: 'INVOICES', id: invoice.id }, t.apiKey);
    expect(preview.data.fieldMappingPreview).toMatchObject({ errors: [], payload: { notes: 'Faktura 2026-11-02 i DKK', lines: [{ description: 'SERVICE VISIT', quantity: '2.0000' }] } });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const [draft] = [...sandbox.store.drafts.values()];
    expect(draft?.notes.textLine1).toBe('Faktura 2026-11-02 i DKK');
    expect(draft?.lines.map((l) => l.description)).toEqual(['SERVICE VISIT']);
  });

  it('should fail an invoice whose required mapped header field is empty, naming it, and move it to the failed status (SE-EE-46)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectEconomic(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '2501');
    const invoice = await seedInvoice(app, t.apiKey, customerId);
    await setRows(t, connectionId, 'INVOICES', [{ target: 'yourReference', sourceKind: 'FIELD', source: 'yourReference', isRequired: true }]);
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.register === 'invoices')).toEqual([expect.objectContaining({ outcome: 'FAILED', message: expect.stringContaining('yourReference') })]);
    expect(sandbox.store.drafts.size).toBe(0);
  });

  it('should send a shortened project name and a fixed start date to Fortnox over HTTP (SE-FX-28, SE-VN-64)', async () => {
    const t = await tenantWithAdmin(app);
    const { sandbox, connectionId } = await connectFortnox(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '7101');
    await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "9101", name: "Renovering av kontorslokaler på Kungsgatan", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
    expect((await setRows(t, connectionId, 'PROJECTS', [
      { target: 'name', sourceKind: 'FIELD', source: 'name', transform: 'TRUNCATE', transformLength: 20, isRequired: true },
      { target: 'startDate', sourceKind: 'FIXED', source: '2026-01-01', mode: 'CREATE_ONLY' },
    ])).errors).toEqual([]);
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(sandbox.store.projects.get('9101')?.fields).toMatchObject({ Description: 'Renovering av kontor', StartDate: '2026-01-01' });
  });

  it('should compose project-cost descriptions from the ERP line and our supplier\'s name (SE-FX-59, SE-EE-50)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t);
    const customerId = await seedCustomer(app, t.apiKey, '7201');
    await gql(app, `mutation ($c: ID!) { upsertProject(input: { number: "P100", name: "Kök", customerId: $c }) { errors { message } } }`, { c: customerId }, t.apiKey);
    await gql(app, `mutation { upsertSupplier(input: { number: "10", name: "Ahlsell" }) { errors { message } } }`, {}, t.apiKey);
    expect((await setRows(t, connectionId, 'PROJECT_COSTS', [
      { target: 'description', sourceKind: 'TEMPLATE', source: '{date} {supplierInvoiceNumber} {supplierName}', isRequired: true },
    ])).errors).toEqual([]);
    const run = await runAndWait(app, t.apiKey, connectionId, ['projectCosts']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const costs = await gql(app, `{ projectCosts { nodes { description costDate project { number } } } }`, {}, t.apiKey);
    expect(costs.data.projectCosts.nodes).toEqual([{ description: '2024-05-02 F-88123 Ahlsell', costDate: '2024-05-02', project: { number: 'P100' } }]);
  });
});
