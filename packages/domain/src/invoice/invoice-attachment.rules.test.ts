import { describe, expect, it } from 'vitest';
import { transferRulesSchema } from '../transfer-rules/transfer-rules.js';
import { INVOICE_ATTACHMENT_MAX_BYTES, checkInvoiceAttachment, detectInvoiceAttachmentType } from './invoice-attachment.rules.js';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Base64 written out here: the domain compiles without Node or DOM globals such as btoa. */
function b64(input: number[] | Uint8Array): string {
  const bytes = [...input];
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + (b === undefined ? '=' : alphabet[(n >> 6) & 63]!) + (c === undefined ? '=' : alphabet[n & 63]!);
  }
  return out;
}
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
    const everyByte = new Uint8Array([...pdf, ...Array.from({ length: 256 }, (_, i) => i)]);
    for (const cut of [0, 1, 2]) {
      const bytes = everyByte.subarray(0, everyByte.length - cut);
      expect(checkInvoiceAttachment({ fileName: 'a.pdf', contentBase64: b64(bytes) })).toEqual({ ok: true, value: { fileName: 'a.pdf', contentType: 'application/pdf', bytes } });
    }
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
    expect(checkInvoiceAttachment({ fileName: 'big.pdf', contentBase64: b64(atCap) }).ok).toBe(true);
    const over = new Uint8Array(INVOICE_ATTACHMENT_MAX_BYTES + 1);
    over.set(pdf);
    expect(checkInvoiceAttachment({ fileName: 'big.pdf', contentBase64: b64(over) })).toMatchObject({ ok: false, error: [{ code: 'TOO_LARGE', field: ['contentBase64'] }] });
  });

  it('should leave "send invoice attachments" off by default — the seed states no default — and accept only a boolean (SE-FX-46)', () => {
    expect(transferRulesSchema.parse({}).transferInvoiceAttachments).toBe(false);
    expect(transferRulesSchema.parse({ transferInvoiceAttachments: true }).transferInvoiceAttachments).toBe(true);
    expect(transferRulesSchema.safeParse({ transferInvoiceAttachments: 'yes' }).error?.issues[0]?.path).toEqual(['transferInvoiceAttachments']);
  });
});
