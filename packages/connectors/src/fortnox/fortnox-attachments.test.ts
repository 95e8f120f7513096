import { connectSupplierInvoiceFile } from '@ledgerbridge/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import { type SandboxConnector, startSandboxConnector } from './testing/sandbox-connector.js';

let setup: SandboxConnector | undefined;
afterEach(async () => {
  await setup?.sandbox.stop();
  setup = undefined;
});

describe('Fortnox supplier-invoice files against the sandbox (X-25, SE-FX-51)', () => {
  it('should name the supplier invoice on each project cost so its files can be found', async () => {
    setup = await startSandboxConnector();
    const costs = await setup.connector.listProjectCosts?.({});
    expect(costs).toMatchObject({ ok: true, value: { items: [{ record: { projectNumber: 'P100', supplierInvoiceExternalId: '1' } }] } });
  });

  it('should list the files connected to a supplier invoice and download each byte for byte with its content type', async () => {
    setup = await startSandboxConnector();
    const { connector, sandbox } = setup;
    const bytes = new Uint8Array(256).map((_, i) => i); // every byte value: nothing may be decoded as text
    connectSupplierInvoiceFile(sandbox.store, 1, { name: 'bilaga.png', contentType: 'image/png', bytes });
    const listed = await connector.listSupplierInvoiceAttachments?.('1');
    expect(listed).toMatchObject({ ok: true, value: [{ fileName: 'F-88123.pdf' }, { fileName: 'bilaga.png' }] });
    if (!listed?.ok) return;
    const png = await connector.getAttachment?.(listed.value[1]!);
    expect(png).toEqual({ ok: true, value: { fileName: 'bilaga.png', contentType: 'image/png', bytes } });
    const pdf = await connector.getAttachment?.(listed.value[0]!);
    expect(pdf?.ok && new TextDecoder().decode(pdf.value.bytes).startsWith('%PDF-')).toBe(true);
    expect(pdf?.ok && pdf.value.contentType).toBe('application/pdf');
  });

  it('should list no files for an invoice without any, and report a missing file as NOT_FOUND', async () => {
    setup = await startSandboxConnector();
    expect(await setup.connector.listSupplierInvoiceAttachments?.('999')).toEqual({ ok: true, value: [] });
    const missing = await setup.connector.getAttachment?.({ externalId: 'no-such-file', fileName: 'x.pdf' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
