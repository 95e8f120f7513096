import { afterEach, describe, expect, it } from 'vitest';
import { type SandboxConnector, startSandboxConnector } from './testing/sandbox-connector.js';

let setup: SandboxConnector | undefined;
afterEach(async () => {
  await setup?.sandbox.stop();
  setup = undefined;
});

/** A PDF header followed by every byte value: nothing may be decoded as text on the way. */
const pdf = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...Array.from({ length: 256 }, (_, i) => i)]);

describe('Fortnox files sent with sales invoices against the sandbox (SE-FX-46, X-25)', () => {
  it('should upload a PDF to the customer-invoice inbox, connect it to the invoice for sending, and list it', async () => {
    setup = await startSandboxConnector();
    const { connector, sandbox } = setup;
    const documentNumber = String([...sandbox.store.invoices.keys()][0]);
    expect(await connector.listInvoiceAttachments?.(documentNumber)).toEqual({ ok: true, value: [] });

    const attached = await connector.attachInvoiceFile?.(documentNumber, { fileName: 'underlag.pdf', contentType: 'application/pdf', bytes: pdf });
    expect(attached).toMatchObject({ ok: true, value: { fileName: 'underlag.pdf' } });
    if (!attached?.ok) return;
    const [connection] = sandbox.store.invoiceFileConnections.get(Number(documentNumber)) ?? [];
    expect(connection).toMatchObject({ fileId: attached.value.externalId, includeOnSend: true });
    const stored = sandbox.store.archiveFiles.get(attached.value.externalId);
    expect(stored?.folder).toBe('inbox_kf');
    expect(Buffer.from(stored!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(await connector.listInvoiceAttachments?.(documentNumber)).toEqual({ ok: true, value: [{ externalId: attached.value.externalId, fileName: 'underlag.pdf' }] });
  });

  it('should pass on Fortnox\'s refusal of a non-PDF and of an unknown invoice, and a failed upload as temporary', async () => {
    setup = await startSandboxConnector();
    const { connector, sandbox } = setup;
    const documentNumber = String([...sandbox.store.invoices.keys()][0]);
    const png = await connector.attachInvoiceFile?.(documentNumber, { fileName: 'foto.png', contentType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) });
    expect(png).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    expect(png?.ok === false && png.error.message).toContain('PDF');
    const unknown = await connector.attachInvoiceFile?.('99999', { fileName: 'a.pdf', contentType: 'application/pdf', bytes: pdf });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    sandbox.store.failInboxUploads = true;
    const failed = await connector.attachInvoiceFile?.(documentNumber, { fileName: 'a.pdf', contentType: 'application/pdf', bytes: pdf });
    expect(failed).toMatchObject({ ok: false, error: { code: 'TEMPORARY' } });
    expect(sandbox.store.invoiceFileConnections.get(Number(documentNumber)) ?? []).toEqual([]);
  });
});
