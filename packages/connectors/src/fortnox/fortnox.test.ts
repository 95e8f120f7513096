import { afterEach, describe, expect, it } from 'vitest';
import { createConnectorRegistry } from '../core/registry.js';
import type { InvoiceDraftRecord } from '../core/records.js';
import { fortnoxCredentialsSchema, fortnoxManifest, fortnoxSettingsSchema } from './index.js';
import { type SandboxConnector, startSandboxConnector } from './testing/sandbox-connector.js';

let setup: SandboxConnector | undefined;
afterEach(async () => {
  await setup?.sandbox.stop();
  setup = undefined;
});

async function start(): Promise<SandboxConnector> {
  setup = await startSandboxConnector();
  return setup;
}

const draft = (reference: string): InvoiceDraftRecord => ({
  reference, customerNumber: '1', currency: 'SEK', issueDate: '2024-05-01', dueDate: '2024-05-31',
  lines: [{ productNumber: 'MONT', description: 'Montör', quantity: '8', unit: 'tim', unitPrice: '650', discountPercent: '0', vatRate: '25', netAmount: '5200.00' }],
  netAmount: '5200.00', vatAmount: '1300.00', grossAmount: '6500.00',
});

describe('Fortnox manifest', () => {
  it('should register, mark the token pair and client secret as secret, and default URLs and settings', () => {
    expect(createConnectorRegistry([fortnoxManifest]).get('fortnox')?.rateLimit).toEqual({ requests: 25, perMs: 5000 });
    expect(fortnoxManifest.secretFields).toEqual(['clientSecret', 'accessToken', 'refreshToken']);
    const credentials = fortnoxCredentialsSchema.parse({ clientId: 'c', clientSecret: 's', accessToken: 'a', refreshToken: 'r', expiresAt: '2025-01-01T00:00:00Z' });
    expect(credentials).toMatchObject({ baseUrl: 'https://api.fortnox.se', tokenUrl: 'https://apps.fortnox.se/oauth-v1/token' });
    expect(fortnoxSettingsSchema.parse({})).toEqual({ bookInvoices: false, projectNameLimit: 50 });
  });
});

describe('Fortnox connector against the sandbox', () => {
  it('should return Fortnox\'s 400 as REJECTED for a project name over 50 characters, without truncating it', async () => {
    const { connector, sandbox } = await start();
    const name = 'Renovering av kök, badrum och tvättstuga, Vestergatan 4';
    const result = await connector.upsertProject?.({ number: 'P900', name, isActive: true }, { idempotencyKey: 'k' });
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.error).toMatchObject({ code: 'REJECTED', retryable: false, message: expect.stringMatching(/50.*\(Fortnox error \d+\)/) });
    expect(sandbox.store.projects.has('P900')).toBe(false);
  });

  it('should find a created invoice whose response was lost by our reference, instead of creating it again', async () => {
    const { connector, sandbox } = await start();
    sandbox.faults.update({ dropAfterCommitRate: 1 });
    const lost = await connector.createInvoice?.(draft('lb-lost-1'), { idempotencyKey: 'k1' });
    sandbox.faults.update({ dropAfterCommitRate: 0 });
    expect(lost?.ok === false && lost.error.code).toBe('TEMPORARY');
    expect(sandbox.store.invoices.size).toBe(2); // the POST was not resent

    const found = await connector.findInvoice?.({ reference: 'lb-lost-1' });
    expect(found).toEqual({ ok: true, value: { externalId: '1002', externalNumber: '1002' } });
    expect(await connector.findInvoice?.({ number: '1002', reference: 'other' })).toEqual({ ok: true, value: null });
    expect(await connector.findInvoice?.({ number: '9999' })).toEqual({ ok: true, value: null });
  });

  it('should book, report the ERP totals, and treat a replayed booking as done', async () => {
    const { connector } = await start();
    const created = await connector.createInvoice?.(draft('lb-book-1'), { idempotencyKey: 'k' });
    const id = created?.ok ? created.value.ref.externalId : '';
    const booked = await connector.bookInvoice?.(id);
    expect(booked).toMatchObject({ ok: true, value: { state: 'booked', grossAmount: '6500.00', remainingAmount: '6500', paymentReference: expect.stringMatching(/^1002/) } });
    expect((await connector.bookInvoice?.(id))?.ok).toBe(true);
  });

  it('should cancel a draft for deleteInvoiceDraft so the reference no longer resolves', async () => {
    const { connector } = await start();
    const created = await connector.createInvoice?.(draft('lb-del-1'), { idempotencyKey: 'k' });
    const id = created?.ok ? created.value.ref.externalId : '';
    expect(await connector.deleteInvoiceDraft?.(id)).toEqual({ ok: true, value: undefined });
    expect(await connector.deleteInvoiceDraft?.(id)).toEqual({ ok: true, value: undefined });
    expect(await connector.getInvoiceStatus?.(id)).toMatchObject({ ok: true, value: { state: 'cancelled' } });
    expect(await connector.findInvoice?.({ reference: 'lb-del-1' })).toEqual({ ok: true, value: null });
  });

  it('should reuse the credit invoice when a credit note is sent again', async () => {
    const { connector, sandbox } = await start();
    const credit = { ...draft('lb-credit-1'), creditedExternalId: '1001', lines: draft('x').lines.map((l) => ({ ...l, quantity: '-8', netAmount: '-5200.00' })) };
    const first = await connector.createCreditNote?.(credit, { idempotencyKey: 'k' });
    const second = await connector.createCreditNote?.(credit, { idempotencyKey: 'k' });
    expect(first).toMatchObject({ ok: true, value: { ref: { externalId: '1002' } } });
    expect(second).toMatchObject({ ok: true, value: { ref: { externalId: '1002' } } });
    expect(sandbox.store.invoices.size).toBe(2);
    expect(await connector.findInvoice?.({ reference: 'lb-credit-1' })).toEqual({ ok: true, value: { externalId: '1002', externalNumber: '1002' } });
  });

  it('should list project costs, payments and units, and refuse reference data it does not offer', async () => {
    const { connector, sandbox } = await start();
    const costs = await connector.listProjectCosts?.({});
    expect(costs).toMatchObject({ ok: true, value: { nextCursor: null, items: [{ record: { projectNumber: 'P100', amount: '1000.00' } }] } });

    // A payment registered in Fortnox directly, as a bank import would.
    await fetch(`${sandbox.baseUrl}/3/invoicepayments`, {
      method: 'POST',
      body: JSON.stringify({ InvoicePayment: { InvoiceNumber: 1001, Amount: 100, PaymentDate: '2024-06-01' } }),
      headers: { authorization: `Bearer ${sandbox.credentials.accessToken ?? ''}`, 'content-type': 'application/json' },
    });
    expect(await connector.listPayments?.({})).toMatchObject({ ok: true, value: { items: [{ record: { invoiceExternalId: '1001', amount: '100', paidOn: '2024-06-01' } }] } });

    const units = await connector.listReferenceData?.('units');
    expect(units?.ok && units.value.map((u) => u.code)).toEqual(expect.arrayContaining(['st', 'tim']));
    expect(await connector.listReferenceData?.('accounts')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    // Fortnox customers carry no group, so there is no list to pick one from (PV-24 is e-conomic's)
    expect(await connector.listReferenceData?.('customerGroups')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('should create then update a customer, let Fortnox number one without a number, and filter by updatedSince', async () => {
    const { connector } = await start();
    const customer = { number: '500', name: 'Acme AB', paymentTermsDays: 30, currency: 'SEK', isActive: true };
    expect(await connector.upsertCustomer?.(customer, { idempotencyKey: 'a' })).toMatchObject({ ok: true, value: { operation: 'created' } });
    expect(await connector.upsertCustomer?.({ ...customer, name: 'Acme Sverige AB' }, { idempotencyKey: 'b' })).toMatchObject({ ok: true, value: { operation: 'updated', ref: { externalId: '500' } } });
    const { number: _omit, ...unnumbered } = customer;
    expect(await connector.upsertCustomer?.(unnumbered, { idempotencyKey: 'c' })).toMatchObject({ ok: true, value: { operation: 'created', ref: { externalId: '501' } } });
    expect(await connector.listCustomers?.({ updatedSince: new Date(Date.now() + 3_600_000) })).toEqual({ ok: true, value: { items: [], nextCursor: null } });
  });

  it('should return REJECTED for an article whose unit Fortnox does not have (SE-FX-25)', async () => {
    const { connector } = await start();
    const result = await connector.upsertProduct?.({ number: 'LIFT', name: 'Saxlift', unit: 'dygn', salesPrice: '900', isActive: true }, { idempotencyKey: 'k' });
    expect(result).toMatchObject({ ok: false, error: { code: 'REJECTED', message: expect.stringContaining('dygn') } });
  });
});
