import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { createTenant, gql, type TestTenant } from '../gql.js';
import { INVOICE_FIELDS, seedCustomer, seedInvoice, seedProject } from '../seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const CREATE = `mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } errors { code message field } } }`;
const UPDATE = `mutation ($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } errors { code message field } } }`;
const TRANSITION = `mutation ($input: TransitionInvoiceStatusInput!) { transitionInvoiceStatus(input: $input) { invoice { id status { key } } errors { code message field } } }`;
const CREDIT = `mutation ($input: CreateCreditNoteInput!) { createCreditNote(input: $input) { invoice { ${INVOICE_FIELDS} creditedInvoice { id } } errors { code message field } } }`;

async function tenantWithCustomer(): Promise<{ t: TestTenant; customerId: string }> {
  const t = await createTenant(app);
  return { t, customerId: await seedCustomer(app, t.apiKey, '1') };
}

describe('invoices', () => {
  it('should reject unauthenticated calls', async () => {
    const res = await gql(app, `{ invoices { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should compute exact totals with per-line rounding (0.1 + 0.2 = 0.3)', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const res = await gql(app, CREATE, { input: { customerId, currency: 'DKK', issueDate: '2026-11-02', lines: [
      { description: 'a', quantity: '1', unitPrice: '0.10', vatRate: '0' },
      { description: 'b', quantity: '1', unitPrice: '0.20', vatRate: '0' },
      { description: 'c', quantity: '3', unitPrice: '33.335', vatRate: '25' },
    ] } }, t.apiKey);
    expect(res.data.createInvoice.errors).toEqual([]);
    const inv = res.data.createInvoice.invoice;
    expect(inv.lines.map((l: { netAmount: string }) => l.netAmount)).toEqual(['0.10', '0.20', '100.01']);
    expect(inv.netAmount).toBe('100.31');
    expect(inv.vatAmount).toBe('25.00');
    expect(inv.grossAmount).toBe('125.31');
    expect(inv.status.key).toBe('draft');
    expect(inv.number).toBeNull();
  });

  it('should fill line defaults from the product', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const p = await gql(app, `mutation { upsertProduct(input: { number: "P-1", name: "Hourly work", unit: "hours", salesPrice: "650.00", vatRate: "25" }) { product { id } errors { field message } } }`, {}, t.apiKey);
    const productId = p.data.upsertProduct.product.id;
    const res = await gql(app, CREATE, { input: { customerId, currency: 'DKK', issueDate: '2026-11-02', lines: [{ productId, quantity: '1.5' }] } }, t.apiKey);
    expect(res.data.createInvoice.errors).toEqual([]);
    expect(res.data.createInvoice.invoice.lines[0]).toMatchObject({ description: 'Hourly work', unitPrice: '650.0000', netAmount: '975.00' });
  });

  it('should return field errors with input paths and never INTERNAL_SERVER_ERROR', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const res = await gql(app, CREATE, { input: { customerId, currency: 'dkk', issueDate: '2026-02-30', dueDate: '2026-01-01', lines: [
      { description: '', quantity: 'abc', unitPrice: '1.00', vatRate: '25' },
      { description: 'ok', quantity: '1', unitPrice: '1.123456', vatRate: '125' },
    ] } }, t.apiKey);
    expect(res.errors).toBeUndefined();
    const fields = res.data.createInvoice.errors.map((e: { field: string[] }) => e.field.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['currency', 'issueDate', 'lines.0.description', 'lines.0.quantity', 'lines.1.unitPrice', 'lines.1.vatRate']));
    expect(res.data.createInvoice.invoice).toBeNull();
  });

  it('should report an unknown or foreign customer as NOT_FOUND at customerId', async () => {
    const a = await tenantWithCustomer();
    const b = await createTenant(app);
    const res = await gql(app, CREATE, { input: { customerId: a.customerId, currency: 'DKK', issueDate: '2026-11-02', lines: [{ description: 'x', quantity: '1', unitPrice: '1', vatRate: '25' }] } }, b.apiKey);
    expect(res.data.createInvoice.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['customerId'] })]);
    const garbage = await gql(app, CREATE, { input: { customerId: 'nope', currency: 'DKK', issueDate: '2026-11-02', lines: [{ description: 'x', quantity: '1', unitPrice: '1', vatRate: '25' }] } }, b.apiKey);
    expect(garbage.data.createInvoice.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['customerId'] });
  });

  it('should refuse a JSON number for a money field (floats never enter)', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const res = await gql(app, CREATE, { input: { customerId, currency: 'DKK', issueDate: '2026-11-02', lines: [{ description: 'x', quantity: 1, unitPrice: '1', vatRate: '25' }] } }, t.apiKey);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should update an editable invoice, keep omitted fields and check the version', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const inv = await seedInvoice(app, t.apiKey, customerId, { reference: 'PO-7' });
    const res = await gql(app, UPDATE, { input: { id: inv.id, expectedVersion: 1, notes: 'Call before arrival' } }, t.apiKey);
    expect(res.data.updateInvoice.errors).toEqual([]);
    expect(res.data.updateInvoice.invoice.version).toBe(2);
    expect(res.data.updateInvoice.invoice.grossAmount).toBe('1125.00');
    const stale = await gql(app, UPDATE, { input: { id: inv.id, expectedVersion: 1, notes: 'x' } }, t.apiKey);
    expect(stale.data.updateInvoice.errors[0]).toMatchObject({ code: 'CONFLICT', field: ['expectedVersion'] });
  });

  it('should refuse edits once the status is not editable (SE-VN-41)', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const inv = await seedInvoice(app, t.apiKey, customerId);
    const moved = await gql(app, TRANSITION, { input: { invoiceId: inv.id, toStatusKey: 'send-to-erp' } }, t.apiKey);
    expect(moved.data.transitionInvoiceStatus.errors).toEqual([]);
    const res = await gql(app, UPDATE, { input: { id: inv.id, notes: 'too late' } }, t.apiKey);
    expect(res.data.updateInvoice.errors[0]).toMatchObject({ code: 'NOT_EDITABLE' });
  });

  it('should refuse a transition the pipeline does not allow (X-19)', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const inv = await seedInvoice(app, t.apiKey, customerId);
    const res = await gql(app, TRANSITION, { input: { invoiceId: inv.id, toStatusKey: 'paid' } }, t.apiKey);
    expect(res.data.transitionInvoiceStatus.errors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['toStatusKey'] });
  });

  it('should credit an invoice in the credit-note default status and never beyond the original (SE-VN-45)', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const inv = await seedInvoice(app, t.apiKey, customerId);
    const lineId = inv.lines[0]!.lineId;
    const part = await gql(app, CREDIT, { input: { invoiceId: inv.id, issueDate: '2026-11-05', lines: [{ lineId, quantity: '1.5' }] } }, t.apiKey);
    expect(part.data.createCreditNote.errors).toEqual([]);
    expect(part.data.createCreditNote.invoice).toMatchObject({ kind: 'CREDIT_NOTE', grossAmount: '-843.75', status: { key: 'send-to-erp' }, creditedInvoice: { id: inv.id } });
    const tooMuch = await gql(app, CREDIT, { input: { invoiceId: inv.id, issueDate: '2026-11-05', lines: [{ lineId, quantity: '1' }] } }, t.apiKey);
    expect(tooMuch.data.createCreditNote.errors[0]).toMatchObject({ code: 'TOO_LARGE', field: ['lines', '0', 'quantity'] });
    const rest = await gql(app, CREDIT, { input: { invoiceId: inv.id, issueDate: '2026-11-06' } }, t.apiKey);
    expect(rest.data.createCreditNote.invoice.lines[0].quantity).toBe('-0.5000');
  });

  it('should page, filter and sort invoices', async () => {
    const { t, customerId } = await tenantWithCustomer();
    const other = await seedCustomer(app, t.apiKey, '2');
    for (let i = 1; i <= 5; i++) await seedInvoice(app, t.apiKey, i % 2 ? customerId : other, { issueDate: `2026-10-0${i}` });
    const q = `query ($after: String, $filter: InvoiceFilter) { invoices(first: 2, after: $after, filter: $filter, sort: { field: ISSUE_DATE, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } nodes { issueDate } } }`;
    const p1 = await gql(app, q, {}, t.apiKey);
    expect(p1.data.invoices.totalCount).toBe(5);
    expect(p1.data.invoices.nodes.map((n: { issueDate: string }) => n.issueDate)).toEqual(['2026-10-01', '2026-10-02']);
    const p2 = await gql(app, q, { after: p1.data.invoices.pageInfo.endCursor }, t.apiKey);
    expect(p2.data.invoices.nodes.map((n: { issueDate: string }) => n.issueDate)).toEqual(['2026-10-03', '2026-10-04']);
    const filtered = await gql(app, q, { filter: { customerId: other } }, t.apiKey);
    expect(filtered.data.invoices.totalCount).toBe(2);
  });

  it('should read 50 invoices with lines, customer and project in at most 5 SQL statements', async () => {
    const t = await createTenant(app);
    const customers = await Promise.all([1, 2, 3].map((n) => seedCustomer(app, t.apiKey, `C${n}`)));
    const projects = await Promise.all(customers.map((c, i) => seedProject(app, t.apiKey, `P${i}`, c)));
    for (let i = 0; i < 50; i++) {
      await seedInvoice(app, t.apiKey, customers[i % 3]!, { projectId: projects[i % 3], lines: [
        { description: 'a', quantity: '1', unitPrice: '10', vatRate: '25' }, { description: 'b', quantity: '2', unitPrice: '5', vatRate: '25' },
      ] });
    }
    const res = await gql(app, `{ invoices(first: 50) { totalCount nodes { id grossAmount lines { description netAmount } customer { name } project { name } } } }`, {}, t.apiKey);
    expect(res.errors).toBeUndefined();
    expect(res.data.invoices.nodes).toHaveLength(50);
    expect(res.data.invoices.nodes.every((n: { lines: unknown[]; project: unknown }) => n.lines.length === 2 && n.project)).toBe(true);
    const statements = app.queriesByRequest.get(res.requestId) ?? [];
    // transaction framing (BEGIN, the tenant setting, COMMIT) is not data access
    const dataStatements = statements.filter((s) => !/^(START TRANSACTION|BEGIN|COMMIT|SELECT set_config)/i.test(s.trim()));
    expect(dataStatements.length).toBeGreaterThan(0);
    expect(dataStatements.length).toBeLessThanOrEqual(5);
  });
});
