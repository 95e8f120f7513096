import 'reflect-metadata';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/graphql/relay.js';
import { createTestApp, TEST_APP_DB_PASSWORD, type TestApp } from '../create-test-app.js';
import { createTenant, gql, type TestTenant } from '../gql.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const ERRORS = 'errors { code message field }';
const INVOICE = 'id invoiceNumber currency issueDate dueDate netAmount vatAmount grossAmount supplier { id name } lines { position productGroup description quantity unitPrice vatRate netAmount vatAmount }';
const CREATE = `mutation ($input: CreateSupplierInvoiceInput!) { createSupplierInvoice(input: $input) { supplierInvoice { ${INVOICE} } ${ERRORS} } }`;
type Err = { code: string; field: string[] | null };
const codes = (errors: Err[]): string[] => errors.map((e) => `${e.code}@${(e.field ?? []).join('.')}`);

async function supplierOf(t: TestTenant, number = '5001'): Promise<string> {
  const res = await gql(app, `mutation ($input: UpsertSupplierInput!) { upsertSupplier(input: $input) { supplier { id } ${ERRORS} } }`, { input: { number, name: `Supplier ${number}` } }, t.apiKey);
  return res.data.upsertSupplier.supplier.id;
}

async function productOf(t: TestTenant, number: string, productGroup: string): Promise<string> {
  const res = await gql(app, `mutation ($input: UpsertProductInput!) { upsertProduct(input: $input) { product { id } ${ERRORS} } }`, { input: { number, name: `Product ${number}`, salesPrice: '10', productGroup } }, t.apiKey);
  return res.data.upsertProduct.product.id;
}

const input = (supplierId: string, extra: Record<string, unknown> = {}) => ({
  supplierId, invoiceNumber: 'F-123', currency: 'DKK', issueDate: '2026-05-02', dueDate: '2026-06-01',
  lines: [{ productGroup: 'Rør', description: 'Rør og fittings', quantity: '3', unitPrice: '33.3333', vatRate: '25' }],
  ...extra,
});

describe('supplier invoices (RB-07, RB-11)', () => {
  it.each([
    `{ supplierInvoices { totalCount } }`,
    `mutation { createSupplierInvoice(input: { supplierId: "x", invoiceNumber: "1", currency: "DKK", issueDate: "2026-01-01", lines: [] }) { errors { code } } }`,
  ])('should reject unauthenticated %s with UNAUTHENTICATED', async (query) => {
    expect((await gql(app, query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should store decimal amounts rounded per line, with the product group from the line or its product (RB-11)', async () => {
    const t = await createTenant(app);
    const supplierId = await supplierOf(t);
    const productId = await productOf(t, 'VT-1', 'Værktøj');
    const res = await gql(app, CREATE, { input: input(supplierId, { lines: [...input(supplierId).lines, { productId, quantity: '1', unitPrice: '200', vatRate: '25' }] }) }, t.apiKey);
    expect(res.data.createSupplierInvoice.errors).toEqual([]);
    const invoice = res.data.createSupplierInvoice.supplierInvoice;
    expect(invoice).toMatchObject({ invoiceNumber: 'F-123', netAmount: '300.00', vatAmount: '75.00', grossAmount: '375.00', supplier: { id: supplierId } });
    expect(invoice.lines).toEqual([
      { position: 0, productGroup: 'Rør', description: 'Rør og fittings', quantity: '3.0000', unitPrice: '33.3333', vatRate: '25.00', netAmount: '100.00', vatAmount: '25.00' },
      { position: 1, productGroup: 'Værktøj', description: 'Product VT-1', quantity: '1.0000', unitPrice: '200.0000', vatRate: '25.00', netAmount: '200.00', vatAmount: '50.00' },
    ]);
    const node = await gql(app, `query ($id: ID!) { node(id: $id) { ... on SupplierInvoice { invoiceNumber grossAmount } } }`, { id: invoice.id }, t.apiKey);
    expect(node.data.node).toEqual({ invoiceNumber: 'F-123', grossAmount: '375.00' });
  });

  it('should refuse a missing product group, float money, an unknown supplier and a duplicate invoice number with typed errors', async () => {
    const t = await createTenant(app);
    const supplierId = await supplierOf(t);
    const bad = await gql(app, CREATE, { input: input('U3VwcGxpZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw', { lines: [{ description: 'X', quantity: '1', unitPrice: '1', vatRate: '25' }] }) }, t.apiKey);
    expect(bad.errors).toBeUndefined();
    expect(codes(bad.data.createSupplierInvoice.errors)).toEqual(['NOT_FOUND@supplierId', 'REQUIRED@lines.0.productGroup']);
    const float = await gql(app, CREATE, { input: { ...input(supplierId), lines: [{ productGroup: 'Rør', description: 'X', quantity: 1.5, unitPrice: '1', vatRate: '25' }] } }, t.apiKey);
    expect(float.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(app, CREATE, { input: input(supplierId) }, t.apiKey)).data.createSupplierInvoice.errors).toEqual([]);
    const again = await gql(app, CREATE, { input: input(supplierId) }, t.apiKey);
    expect(codes(again.data.createSupplierInvoice.errors)).toEqual(['CONFLICT@invoiceNumber']);
  });

  it('should page with a keyset cursor and not show another tenant\'s invoices', async () => {
    const t = await createTenant(app);
    const other = await createTenant(app);
    const supplierId = await supplierOf(t);
    for (const [n, date] of [['A-1', '2026-01-01'], ['A-2', '2026-01-02'], ['A-3', '2026-01-03']] as const) {
      expect((await gql(app, CREATE, { input: input(supplierId, { invoiceNumber: n, issueDate: date, dueDate: null }) }, t.apiKey)).data.createSupplierInvoice.errors).toEqual([]);
    }
    const LIST = `query ($after: String) { supplierInvoices(first: 2, after: $after, sort: { field: ISSUE_DATE, direction: ASC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { invoiceNumber } } } }`;
    const first = (await gql(app, LIST, {}, t.apiKey)).data.supplierInvoices;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { invoiceNumber: string } }) => e.node.invoiceNumber)).toEqual(['A-1', 'A-2']);
    const second = (await gql(app, LIST, { after: first.pageInfo.endCursor }, t.apiKey)).data.supplierInvoices;
    expect(second.edges.map((e: { node: { invoiceNumber: string } }) => e.node.invoiceNumber)).toEqual(['A-3']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await gql(app, `{ supplierInvoices { totalCount } }`, {}, other.apiKey)).data.supplierInvoices.totalCount).toBe(0);
    const someId = (await gql(app, `{ supplierInvoices(first: 1) { edges { node { id } } } }`, {}, t.apiKey)).data.supplierInvoices.edges[0].node.id;
    expect((await gql(app, `query ($id: ID!) { supplierInvoice(id: $id) { id } }`, { id: someId }, other.apiKey)).data.supplierInvoice).toBeNull();
    const foreignSupplier = await gql(app, CREATE, { input: input(supplierId) }, other.apiKey);
    expect(codes(foreignSupplier.data.createSupplierInvoice.errors)).toEqual(['NOT_FOUND@supplierId']);
  });

  it('should hide a tenant\'s supplier invoices and lines from the app role under another tenant or none (RLS, second wall)', async () => {
    const t = await createTenant(app);
    const other = await createTenant(app);
    expect((await gql(app, CREATE, { input: input(await supplierOf(t)) }, t.apiKey)).data.createSupplierInvoice.errors).toEqual([]);
    const url = new URL(app.databaseUrl);
    url.username = 'ledgerbridge_app';
    url.password = TEST_APP_DB_PASSWORD;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const counts = async (tenantGlobalId: string | null) => {
      await client.query('BEGIN');
      if (tenantGlobalId) await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [fromGlobalId(tenantGlobalId)!.id]);
      const res = await client.query(`SELECT (SELECT count(*) FROM supplier_invoice)::int AS invoices, (SELECT count(*) FROM supplier_invoice_line)::int AS lines`);
      await client.query('COMMIT');
      return res.rows[0];
    };
    try {
      expect(await counts(null)).toEqual({ invoices: 0, lines: 0 });
      expect(await counts(other.id)).toEqual({ invoices: 0, lines: 0 });
      expect(await counts(t.id)).toEqual({ invoices: 1, lines: 1 });
    } finally {
      await client.end();
    }
  });
});
