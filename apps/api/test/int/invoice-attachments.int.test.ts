import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../create-test-app.js';
import { connectFortnox, stopSandboxes } from '../erp-connections.js';
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

const ADD = `mutation ($input: AddInvoiceAttachmentInput!) { addInvoiceAttachment(input: $input) { attachment { id fileName contentType size sha256 kind downloadPath } errors { code field message } } }`;
const REMOVE = `mutation ($input: RemoveInvoiceAttachmentInput!) { removeInvoiceAttachment(input: $input) { invoice { id attachments { id } } errors { code field message } } }`;
const FILES = `query ($id: ID!) { invoice(id: $id) { attachments { id fileName contentType size kind } } }`;

/** Bytes that start like a PDF and then carry every byte value, so nothing may pass through as text. */
const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i))]);
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function invoiceOf(t: AdminTenant, customerNumber = '8701'): Promise<string> {
  const customerId = await seedCustomer(app, t.apiKey, customerNumber);
  return (await seedInvoice(app, t.apiKey, customerId, { currency: 'SEK' })).id;
}

async function add(key: string, invoiceId: string, fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const res = await gql(app, ADD, { input: { invoiceId, fileName, contentBase64: bytes.toString('base64'), ...extra } }, key);
  return res.data.addInvoiceAttachment as { attachment: { id: string; fileName: string; contentType: string; size: number; sha256: string; kind: string; downloadPath: string } | null; errors: { code: string; field: string[] | null }[] };
}

describe('Invoice attachments through the partner API (SE-FX-46, X-25)', () => {
  it('should attach a PDF typed by its bytes, list it on the invoice, serve it byte for byte, and remove it (SE-FX-46)', async () => {
    const t = await tenantWithAdmin(app);
    const invoiceId = await invoiceOf(t);
    const added = await add(t.apiKey, invoiceId, 'underlag.pdf', pdfBytes);
    expect(added.errors).toEqual([]);
    const sha256 = createHash('sha256').update(pdfBytes).digest('hex');
    expect(added.attachment).toEqual({ id: expect.any(String), fileName: 'underlag.pdf', contentType: 'application/pdf', size: pdfBytes.byteLength, sha256, kind: 'INVOICE_FILE', downloadPath: `/files/${added.attachment!.id}` });
    const png = await add(t.apiKey, invoiceId, 'foto.png', pngBytes);
    expect(png.attachment?.contentType).toBe('image/png');

    const listed = await gql(app, FILES, { id: invoiceId }, t.apiKey);
    expect(listed.data.invoice.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['underlag.pdf', 'foto.png']);
    const download = await fetch(`${app.url}${added.attachment!.downloadPath}`, { headers: { authorization: `Bearer ${t.apiKey}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes)).toBe(true);

    const removed = await gql(app, REMOVE, { input: { attachmentId: png.attachment!.id } }, t.apiKey);
    expect(removed.data.removeInvoiceAttachment).toEqual({ invoice: { id: invoiceId, attachments: [{ id: added.attachment!.id }] }, errors: [] });
    const again = await gql(app, REMOVE, { input: { attachmentId: png.attachment!.id } }, t.apiKey);
    expect(again.data.removeInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['attachmentId'] })]);
  });

  it('should refuse a file that is not PDF/JPEG/PNG whatever its name, a wrong claimed type, bad base64 and a file over the cap, each on its field', async () => {
    const t = await tenantWithAdmin(app);
    const invoiceId = await invoiceOf(t);
    const zip = await add(t.apiKey, invoiceId, 'renamed.pdf', Buffer.from([0x50, 0x4b, 3, 4, 20, 0]));
    expect(zip).toEqual({ attachment: null, errors: [expect.objectContaining({ code: 'INVALID_FORMAT', field: ['contentBase64'] })] });
    const claimed = await add(t.apiKey, invoiceId, 'a.png', pngBytes, { contentType: 'application/pdf' });
    expect(claimed.errors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT', field: ['contentType'] })]);
    const notBase64 = await gql(app, ADD, { input: { invoiceId, fileName: 'a.pdf', contentBase64: '%%%not base64' } }, t.apiKey);
    expect(notBase64.data.addInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT', field: ['contentBase64'] })]);
    const big = Buffer.alloc(716_801);
    pdfBytes.copy(big);
    const tooLarge = await add(t.apiKey, invoiceId, 'big.pdf', big);
    expect(tooLarge.errors).toEqual([expect.objectContaining({ code: 'TOO_LARGE', field: ['contentBase64'] })]);
    const unknown = await add(t.apiKey, 'not-an-id', 'a.pdf', pdfBytes);
    expect(unknown.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    expect((await gql(app, FILES, { id: invoiceId }, t.apiKey)).data.invoice.attachments).toEqual([]);
  });

  it('should keep each tenant\'s invoice files to itself: no attaching to, listing, removing or downloading another tenant\'s', async () => {
    const owner = await tenantWithAdmin(app);
    const other = await tenantWithAdmin(app);
    const invoiceId = await invoiceOf(owner);
    const added = await add(owner.apiKey, invoiceId, 'privat.pdf', pdfBytes);
    expect(added.errors).toEqual([]);

    const foreign = await add(other.apiKey, invoiceId, 'intrang.pdf', pdfBytes);
    expect(foreign.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['invoiceId'] })]);
    expect((await gql(app, FILES, { id: invoiceId }, other.apiKey)).data.invoice).toBeNull();
    const remove = await gql(app, REMOVE, { input: { attachmentId: added.attachment!.id } }, other.apiKey);
    expect(remove.data.removeInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const download = await fetch(`${app.url}${added.attachment!.downloadPath}`, { headers: { authorization: `Bearer ${other.apiKey}` } });
    expect(download.status).toBe(404);
    expect((await gql(app, FILES, { id: invoiceId }, owner.apiKey)).data.invoice.attachments).toHaveLength(1);
  });

  it('should read transferInvoiceAttachments off by default, take a boolean, and refuse files once the invoice is in the ERP (SE-FX-46)', async () => {
    const t = await tenantWithAdmin(app);
    const { connectionId } = await connectFortnox(app, t, {});
    const RULES = `mutation ($input: UpdateTransferRulesInput!) { updateTransferRules(input: $input) { connection { rules } errors { code field message } } }`;
    const read = await gql(app, `{ connections { id rules } }`, {}, t.token);
    expect(read.data.connections.find((c: { id: string }) => c.id === connectionId).rules.transferInvoiceAttachments).toBe(false);
    const bad = await gql(app, RULES, { input: { connectionId, rules: { transferInvoiceAttachments: 'yes' } } }, t.token);
    expect(bad.data.updateTransferRules.errors).toEqual([expect.objectContaining({ field: ['rules', 'transferInvoiceAttachments'] })]);
    const set = await gql(app, RULES, { input: { connectionId, rules: { transferInvoiceAttachments: true } } }, t.token);
    expect(set.data.updateTransferRules.connection.rules.transferInvoiceAttachments).toBe(true);

    const invoiceId = await invoiceOf(t);
    const added = await add(t.apiKey, invoiceId, 'underlag.pdf', pdfBytes);
    await transition(app, t.apiKey, invoiceId, 'send-to-erp');
    const run = await runAndWait(app, t.apiKey, connectionId, ['customers', 'invoices']);
    expect(run.items.filter((i) => i.outcome === 'FAILED')).toEqual([]);
    const late = await add(t.apiKey, invoiceId, 'sent.pdf', pdfBytes);
    expect(late.errors).toEqual([expect.objectContaining({ code: 'NOT_EDITABLE', field: ['invoiceId'] })]);
    const remove = await gql(app, REMOVE, { input: { attachmentId: added.attachment!.id } }, t.apiKey);
    expect(remove.data.removeInvoiceAttachment.errors).toEqual([expect.objectContaining({ code: 'NOT_EDITABLE', field: ['attachmentId'] })]);
  });
});
