import { startFortnoxSandbox, type FortnoxStore, type StartedSandbox } from '@ledgerbridge/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { gql } from '../gql.js';
import { seedCustomer } from '../seed.js';
import { runAndWait, tenantWithAdmin, transition, type AdminTenant } from '../transfer-helpers.js';

let app: TestApp;
let fortnox: StartedSandbox<FortnoxStore>;

beforeAll(async () => {
  app = await createTestApp();
  fortnox = await startFortnoxSandbox({ seedData: true, rateLimit: null });
});
afterAll(async () => {
  await fortnox?.stop();
  await app?.stop();
});

const HEADER = 'paymentTerms ourReference reference freeTextAbove notes freeTextBelow language receiverAddress receiverPostalCode receiverCity receiverCountry';
const CREATE = `mutation ($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id ${HEADER} } errors { code message field } } }`;
const UPDATE = `mutation ($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { invoice { id ${HEADER} } errors { code message field } } }`;
const PROJECT = `mutation ($input: UpsertProjectInput!) { upsertProject(input: $input) { project { id description } errors { code message field } } }`;

async function connect(t: AdminTenant): Promise<string> {
  const res = await gql(app, `mutation ($input: ConnectSystemInput!) { connectSystem(input: $input) { connection { id status } errors { code message field } } }`,
    { input: { connectorId: 'fortnox', name: 'Fortnox AB', credentials: fortnox.credentials } }, t.token);
  expect(res.data.connectSystem.errors).toEqual([]);
  return res.data.connectSystem.connection.id;
}

const line = { description: 'Montör', quantity: '2', unitPrice: '650.00', vatRate: '25' };

describe('Fortnox invoice header rows and project comments (SE-FX-55, SE-FX-56)', () => {
  it('should carry the header rows and the project description through GraphQL and a transfer into Fortnox (SE-FX-55 row 5, SE-FX-56 rows 5-7, 9, 11-15)', async () => {
    const t = await tenantWithAdmin(app);
    const connectionId = await connect(t);
    const customerId = await seedCustomer(app, t.apiKey, '7101', 'Malmö Måleri AB');
    const project = await gql(app, PROJECT, { input: { number: '9101', name: 'Målning trapphus', customerId, description: 'Två trapphus, tre våningar' } }, t.apiKey);
    expect(project.data.upsertProject.errors).toEqual([]);
    expect(project.data.upsertProject.project.description).toBe('Två trapphus, tre våningar');
    const created = await gql(app, CREATE, { input: {
      customerId, projectId: project.data.upsertProject.project.id, currency: 'SEK', issueDate: '2026-11-02', lines: [line],
      paymentTerms: '20', ourReference: 'Bo Ek', reference: 'Anna Berg', freeTextAbove: 'Arbete enligt offert', notes: 'Tack för uppdraget',
      freeTextBelow: 'Betala till bankgiro', language: 'en', receiverAddress: 'Box 12', receiverPostalCode: '211 20', receiverCity: 'Malmö', receiverCountry: 'Sverige',
    } }, t.apiKey);
    expect(created.errors).toBeUndefined();
    expect(created.data.createInvoice.errors).toEqual([]);
    const invoice = created.data.createInvoice.invoice;
    expect(invoice).toMatchObject({ paymentTerms: '20', ourReference: 'Bo Ek', language: 'EN', receiverPostalCode: '211 20' });
    await transition(app, t.apiKey, invoice.id, 'send-to-erp');

    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'projects', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    expect(fortnox.store.projects.get('9101')?.fields['Comments']).toBe('Två trapphus, tre våningar');
    const ours = await gql(app, `query ($id: ID!) { invoice(id: $id) { number } }`, { id: invoice.id }, t.apiKey);
    const header = fortnox.store.invoices.get(Number(ours.data.invoice.number))?.header;
    expect(header).toMatchObject({
      TermsOfPayment: '20', OurReference: 'Bo Ek', YourReference: 'Anna Berg', Language: 'EN',
      // row 9: Fortnox takes the customer's name from the customer the number links (row 10)
      CustomerNumber: '7101', CustomerName: 'Malmö Måleri AB',
      Remarks: 'Arbete enligt offert\n\nTack för uppdraget\n\nBetala till bankgiro',
      Address1: 'Box 12', ZipCode: '211 20', City: 'Malmö', Country: 'Sverige',
    });
    // the due date follows the invoice's own terms (20 days), not the customer's 30
    expect(header?.['DueDate']).toBe('2026-11-22');
  });

  it('should refuse over-long header values and project comments with typed errors naming the field, and clear a field sent blank (SE-FX-55, SE-FX-56)', async () => {
    const t = await tenantWithAdmin(app);
    const customerId = await seedCustomer(app, t.apiKey, '7102');
    const refused = await gql(app, CREATE, { input: {
      customerId, currency: 'SEK', issueDate: '2026-11-02', lines: [line],
      ourReference: 'x'.repeat(51), paymentTerms: 'x'.repeat(11), receiverPostalCode: '12345678901', receiverCountry: 'x'.repeat(51), freeTextBelow: 'x'.repeat(1001), language: 'sve',
    } }, t.apiKey);
    expect(refused.data.createInvoice.invoice).toBeNull();
    const codes = Object.fromEntries(refused.data.createInvoice.errors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]));
    expect(codes).toEqual({ ourReference: 'TOO_LONG', paymentTerms: 'TOO_LONG', receiverPostalCode: 'TOO_LONG', receiverCountry: 'TOO_LONG', freeTextBelow: 'TOO_LONG', language: 'INVALID_FORMAT' });

    const created = await gql(app, CREATE, { input: { customerId, currency: 'SEK', issueDate: '2026-11-02', lines: [line], ourReference: 'Bo Ek', receiverCity: 'Lund' } }, t.apiKey);
    const id = created.data.createInvoice.invoice.id;
    const tooLong = await gql(app, UPDATE, { input: { id, receiverAddress: 'x'.repeat(251) } }, t.apiKey);
    expect(tooLong.data.updateInvoice.errors).toEqual([expect.objectContaining({ code: 'TOO_LONG', field: ['receiverAddress'] })]);
    const cleared = await gql(app, UPDATE, { input: { id, ourReference: '', freeTextAbove: 'Ny text' } }, t.apiKey);
    expect(cleared.data.updateInvoice.errors).toEqual([]);
    expect(cleared.data.updateInvoice.invoice).toMatchObject({ ourReference: null, receiverCity: 'Lund', freeTextAbove: 'Ny text' });

    const project = await gql(app, PROJECT, { input: { number: '9102', name: 'Lång', customerId, description: 'x'.repeat(513) } }, t.apiKey);
    expect(project.data.upsertProject.errors).toEqual([expect.objectContaining({ code: 'TOO_LONG', field: ['description'] })]);
  });
});
