import { type FieldError, fieldError } from '../errors.js';
import { err, ok, type Result } from '../result.js';

/**
 * Largest file a partner may attach to a sales invoice, decoded. Chosen so the base64 text plus the
 * GraphQL envelope stays under the API's 1 MB request body limit (ADR 0031); Fortnox itself takes
 * up to 5 MB per file.
 */
export const INVOICE_ATTACHMENT_MAX_BYTES = 700 * 1024;

export type InvoiceAttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface InvoiceAttachmentInput {
  fileName: string;
  contentBase64: string;
  /** What the caller says the file is; optional, and refused when the bytes say otherwise. */
  contentType?: string | null;
}

export interface AcceptedInvoiceAttachment {
  fileName: string;
  contentType: InvoiceAttachmentType;
  bytes: Uint8Array;
}

const base64Shape = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The type the bytes are, whatever the name or the caller claims: only PDF, JPEG and PNG are taken. */
export function detectInvoiceAttachmentType(bytes: Uint8Array): InvoiceAttachmentType | null {
  const starts = (sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes text already checked against base64Shape; own code because the domain runs without Node or DOM globals. */
function decodeBase64(text: string): Uint8Array {
  const body = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (const ch of body) {
    bits = ((bits << 6) | alphabet.indexOf(ch)) & 0xffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[at++] = (bits >> count) & 0xff;
    }
  }
  return out;
}

/** Checks a partner's file for one of our sales invoices (SE-FX-46, X-25): a name, real base64, the size cap, a PDF/JPEG/PNG. */
export function checkInvoiceAttachment(input: InvoiceAttachmentInput): Result<AcceptedInvoiceAttachment, FieldError[]> {
  const fileName = input.fileName.trim();
  if (fileName.length === 0) return err([fieldError('REQUIRED', 'Give the file a name', ['fileName'])]);
  if (fileName.length > 200) return err([fieldError('TOO_LONG', 'File names are at most 200 characters', ['fileName'])]);
  const text = input.contentBase64.replace(/\s+/g, '');
  if (text.length === 0) return err([fieldError('REQUIRED', 'The file is empty', ['contentBase64'])]);
  // checked before decoding so an oversized upload is not decoded at all
  const decodedSize = Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
  if (decodedSize > INVOICE_ATTACHMENT_MAX_BYTES) {
    return err([fieldError('TOO_LARGE', `${fileName} is ${decodedSize} bytes; invoice attachments are at most ${INVOICE_ATTACHMENT_MAX_BYTES} bytes`, ['contentBase64'])]);
  }
  if (!base64Shape.test(text)) return err([fieldError('INVALID_FORMAT', 'contentBase64 is not base64', ['contentBase64'])]);
  const bytes = decodeBase64(text);
  const contentType = detectInvoiceAttachmentType(bytes);
  if (!contentType) return err([fieldError('INVALID_FORMAT', `${fileName} is not a PDF, JPEG or PNG file`, ['contentBase64'])]);
  const claimed = input.contentType?.trim().toLowerCase();
  if (claimed && claimed !== contentType) return err([fieldError('INVALID_FORMAT', `The file is ${contentType}, not ${claimed}`, ['contentType'])]);
  return ok({ fileName, contentType, bytes });
}
