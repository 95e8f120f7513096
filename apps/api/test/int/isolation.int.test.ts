import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { createTenant, gql, type TestTenant } from '../gql.js';
import { seedCustomer, seedInvoice } from '../seed.js';

let app: TestApp;
let a: TestTenant;
let b: TestTenant;
let customerA: string;
let invoiceA: string;

beforeAll(async () => {
  app = await createTestApp();
  a = await createTenant(app);
  b = await createTenant(app);
  customerA = await seedCustomer(app, a.apiKey, '500', 'Secret Customer A/S');
  invoiceA = (await seedInvoice(app, a.apiKey, customerA)).id;
});
afterAll(async () => {
  await app?.stop();
});

describe('tenant isolation', () => {
  it('should not let tenant B read A\'s records by id, even through node(id)', async () => {
    const res = await gql(app, `query ($c: ID!, $i: ID!) { customer(id: $c) { id } invoice(id: $i) { id } nc: node(id: $c) { id } ni: node(id: $i) { id } }`, { c: customerA, i: invoiceA }, b.apiKey);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ customer: null, invoice: null, nc: null, ni: null });
    const own = await gql(app, `query ($c: ID!) { node(id: $c) { id ... on Customer { name } } }`, { c: customerA }, a.apiKey);
    expect(own.data.node).toEqual({ id: customerA, name: 'Secret Customer A/S' });
  });

  it('should not list A\'s records to B', async () => {
    const res = await gql(app, `{ customers { totalCount nodes { id } } invoices { totalCount } }`, {}, b.apiKey);
    expect(res.data.customers.totalCount).toBe(0);
    expect(res.data.invoices.totalCount).toBe(0);
    const search = await gql(app, `{ customers(filter: { search: "Secret" }) { totalCount } }`, {}, b.apiKey);
    expect(search.data.customers.totalCount).toBe(0);
  });

  it('should not let B update, transition or credit A\'s records', async () => {
    const upd = await gql(app, `mutation ($id: ID!) { upsertCustomer(input: { id: $id, name: "Hijacked" }) { customer { id } errors { code field } } }`, { id: customerA }, b.apiKey);
    expect(upd.data.upsertCustomer.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    // a third tenant, so this test leaves B empty for the others whatever the (shuffled) order
    const c = await createTenant(app);
    const sameNumber = await gql(app, `mutation { upsertCustomer(input: { number: "500", name: "C's own" }) { customer { id } created errors { code } } }`, {}, c.apiKey);
    expect(sameNumber.data.upsertCustomer.created).toBe(true);
    expect(sameNumber.data.upsertCustomer.customer.id).not.toBe(customerA);
    const tr = await gql(app, `mutation ($id: ID!) { transitionInvoiceStatus(input: { invoiceId: $id, toStatusKey: "send-to-erp" }) { errors { code field } } }`, { id: invoiceA }, b.apiKey);
    expect(tr.data.transitionInvoiceStatus.errors).toEqual([{ code: 'NOT_FOUND', field: ['invoiceId'] }]);
    const cn = await gql(app, `mutation ($id: ID!) { createCreditNote(input: { invoiceId: $id, issueDate: "2026-11-02" }) { errors { code field } } }`, { id: invoiceA }, b.apiKey);
    expect(cn.data.createCreditNote.errors).toEqual([{ code: 'NOT_FOUND', field: ['invoiceId'] }]);
    const check = await gql(app, `query ($c: ID!, $i: ID!) { customer(id: $c) { name } invoice(id: $i) { status { key } } }`, { c: customerA, i: invoiceA }, a.apiKey);
    expect(check.data).toEqual({ customer: { name: 'Secret Customer A/S' }, invoice: { status: { key: 'draft' } } });
  });

  it('should keep each tenant\'s invoice statuses to itself', async () => {
    const res = await gql(app, `{ invoiceStatuses { totalCount nodes { id key } } }`, {}, a.apiKey);
    const statusOfA = res.data.invoiceStatuses.nodes[0].id;
    const fromB = await gql(app, `query ($id: ID!) { node(id: $id) { id } }`, { id: statusOfA }, b.apiKey);
    expect(fromB.data.node).toBeNull();
  });
});
