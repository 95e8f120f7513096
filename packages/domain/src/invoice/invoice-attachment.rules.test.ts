import { describe, expect, it } from 'vitest';
import { transferRulesSchema } from '../transfer-rules/transfer-rules.js';
import { INVOICE_ATTACHMENT_MAX_BYTES, checkInvoiceAttachment, detectInvoiceAttachmentType } from './invoice-attachment.rules.js';

const b64 = (bytes: number[] | Uint8Array) => btoa(String.fromCharCode(...bytes));
const pdf = [...'%PDF-1.4\n%fake but typed by its bytes\n'].map((c) => c.charCodeAt(0));
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16];

describe('invoice attachments from partners (SE-FX-46, X-25)', () => {
  it('should type a file by its bytes, not its name: PDF, JPEG and PNG only', () => {
    expect(detectInvoiceAttachmentType(new Uint8Array(pdf))).toBe('application/pdf');
    expect(detectInvoiceAttachmentType(new Uint8Array(jpeg))).toBe('image/jpeg');
    expect(detectInvoiceAttachmentType(new Uint8Array(png))).toBe('image/png');
    expect(detectInvoiceAttachmentType(new Uint8Array([0x50, 0x4b, 3, 4]))).toBeNull();
    const renamed = checkInvoiceAttachment({ fileName: 'looks.pdf', contentBase64: b64([0x50, 0x4b, 3, 4, 0, 0]) });
    expect(renamed).toMatchObject({ ok: false, error: [{ code: 'INVALID_FORMAT', field: ['contentBase64'] }] });
  });

  it('should decode the file byte for byte and keep the detected type', () => {
    const accepted = checkInvoiceAttachment({ fileName: ' bilaga.png ', contentBase64: b64(png) });
    expect(accepted).toEqual({ ok: true, value: { fileName: 'bilaga.png', contentType: 'image/png', bytes: new Uint8Array(png) } });
    expect(checkInvoiceAttachment({ fileName: 'b.png', contentBase64: b64(png), contentType: 'IMAGE/PNG' }).ok).toBe(true);
    expect(checkInvoiceAttachment({ fileName: 'b.pdf', contentBase64: b64(png), contentType: 'application/pdf' }))
      .toMatchObject({ ok: false, error: [{ code: 'INVALID_FORMAT', field: ['contentType'] }] });
  });

  it('should refuse text that is not base64, an empty file and a missing name, each on its field', () => {
    expect(checkInvoiceAttachment({ fileName: 'a.pdf', contentBase64: 'not base64!' })).toMatchObject({ ok: false, error: [{ code: 'INVALID_FORMAT', field: ['contentBase64'] }] });
    expect(checkInvoiceAttachment({ fileName: 'a.pdf', contentBase64: '' })).toMatchObject({ ok: false, error: [{ code: 'REQUIRED', field: ['contentBase64'] }] });
    expect(checkInvoiceAttachment({ fileName: '  ', contentBase64: b64(pdf) })).toMatchObject({ ok: false, error: [{ code: 'REQUIRED', field: ['fileName'] }] });
  });

  it('should take a file of exactly the cap and refuse one byte more as TOO_LARGE', () => {
    const atCap = new Uint8Array(INVOICE_ATTACHMENT_MAX_BYTES);
    atCap.set(pdf);
    const text = (bytes: Uint8Array) => { let s = ''; for (const b of bytes) s += String.fromCharCode(b); return btoa(s); };
    expect(checkInvoiceAttachment({ fileName: 'big.pdf', contentBase64: text(atCap) }).ok).toBe(true);
    const over = new Uint8Array(INVOICE_ATTACHMENT_MAX_BYTES + 1);
    over.set(pdf);
    expect(checkInvoiceAttachment({ fileName: 'big.pdf', contentBase64: text(over) })).toMatchObject({ ok: false, error: [{ code: 'TOO_LARGE', field: ['contentBase64'] }] });
  });

  it('should leave "send invoice attachments" off by default — the seed states no default — and accept only a boolean (SE-FX-46)', () => {
    expect(transferRulesSchema.parse({}).transferInvoiceAttachments).toBe(false);
    expect(transferRulesSchema.parse({ transferInvoiceAttachments: true }).transferInvoiceAttachments).toBe(true);
    expect(transferRulesSchema.safeParse({ transferInvoiceAttachments: 'yes' }).error?.issues[0]?.path).toEqual(['transferInvoiceAttachments']);
  });
});
