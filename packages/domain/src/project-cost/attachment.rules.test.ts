import { describe, expect, it } from 'vitest';
import { transferRulesSchema } from '../transfer-rules/transfer-rules.js';
import { ATTACHMENT_MAX_BYTES, checkAttachmentSize } from './attachment.rules.js';

describe('supplier-invoice files (X-25, SE-FX-51)', () => {
  it('should keep a file up to 10 MB and refuse one byte more, naming the file and sizes', () => {
    expect(ATTACHMENT_MAX_BYTES).toBe(10_485_760);
    expect(checkAttachmentSize('scan.pdf', ATTACHMENT_MAX_BYTES)).toEqual({ ok: true, value: ATTACHMENT_MAX_BYTES });
    expect(checkAttachmentSize('scan.pdf', ATTACHMENT_MAX_BYTES + 1)).toEqual({
      ok: false, error: { code: 'TOO_LARGE', message: 'scan.pdf is 10.0 MB; supplier-invoice files above 10.0 MB are not kept' },
    });
  });

  it('should leave "transfer supplier-invoice images" off by default and accept only a boolean (SE-FX-51)', () => {
    expect(transferRulesSchema.parse({}).transferSupplierInvoiceImages).toBe(false);
    expect(transferRulesSchema.parse({ transferSupplierInvoiceImages: true }).transferSupplierInvoiceImages).toBe(true);
    const bad = transferRulesSchema.safeParse({ transferSupplierInvoiceImages: 'yes' });
    expect(bad.error?.issues[0]?.path).toEqual(['transferSupplierInvoiceImages']);
  });
});
