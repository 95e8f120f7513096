import { gql } from './gql.js';
import type { TestApp } from './create-test-app.js';

/** Small builders over the public API, so tests seed exactly what they need as a partner app would. */
export async function seedCustomer(app: TestApp, key: string, number: string, name = `Customer ${number}`): Promise<string> {
  const res = await gql(app, `mutation ($input: UpsertCustomerInput!) { upsertCustomer(input: $input) { customer { id } errors { code message field } } }`, { input: { number, name } }, key);
  const id = res.data?.upsertCustomer?.customer?.id;
  if (!id) throw new Error(`seedCustomer: ${JSON.stringify(res)}`);
  return id;
}

export async function seedProject(app: TestApp, key: string, number: string, customerId: string): Promise<string> {
  const res = await gql(app, `mutation ($input: UpsertProjectInput!) { upsertProject(input: $input) { project { id } errors { code message field } } }`, { input: { number, name: `Project ${number}`, customerId } }, key);
  const id = res.data?.upsertProject?.project?.id;
  if (!id) throw new Error(`seedProject: ${JSON.stringify(res)}`);
  return id;
}

export const INVOICE_FIELDS = `id kind number netAmount vatAmount grossAmount version status { key } lines { lineId description quantity unitPrice netAmount vatAmount }`;

export async function seedInvoice(app: TestApp, key: string, customerId: string, extra: Record<string, unknown> = {}): Promise<{ id: string; lines: { lineId: string }[] }> {
  const input = {
    customerId, currency: 'DKK', issueDate: '2026-11-02',
    lines: [{ description: 'Service visit', quantity: '2', unitPrice: '450.00', vatRate: '25' }],
    ...extra,
  };
  const res = await gql(app, `mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } errors { code message field } } }`, { input }, key);
  const invoice = res.data?.createInvoice?.invoice;
  if (!invoice) throw new Error(`seedInvoice: ${JSON.stringify(res)}`);
  return invoice;
}
