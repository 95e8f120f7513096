import type { WriteAnswer } from './connector.js';
import type { ConnectorError } from './connector-error.js';
import { redactPayload } from './redact.js';

/** How much of a vendor's body a transfer item keeps: enough to read any validation answer, small enough for a log row. */
export const VENDOR_BODY_LIMIT_BYTES = 16 * 1024;

/** The vendor's answer to one call, as stored on a transfer item and shown to the admin. */
export interface VendorAnswer {
  readonly [key: string]: unknown;
  /** null when the vendor never answered (timeout, network error). */
  readonly httpStatus: number | null;
  readonly code: string;
  readonly message: string;
  /** The parsed body, secrets redacted; a string prefix when the body was larger than the limit. */
  readonly body: unknown;
  readonly truncated: boolean;
}

/**
 * Turns a failed call into what a transfer item keeps. The payload is redacted once more on the
 * way out so a connector that built its error by hand still cannot leak a token into storage.
 */
export function vendorAnswer(error: ConnectorError, limitBytes = VENDOR_BODY_LIMIT_BYTES): VendorAnswer {
  const body = error.providerPayload === undefined ? null : redactPayload(error.providerPayload);
  return { httpStatus: error.httpStatus ?? null, code: error.code, message: error.message, ...capped(body, limitBytes) };
}

/** The vendor's answer to a successful write as a transfer item keeps it (ADR 0022). */
export interface AcceptedAnswer {
  readonly [key: string]: unknown;
  readonly httpStatus: number;
  /** The parsed body, secrets redacted; a string prefix when the body was larger than the limit. */
  readonly body: unknown;
  readonly truncated: boolean;
}

/** Same redaction and cap as {@link vendorAnswer}, for the answer the connector got to a write that worked. */
export function acceptedAnswer(answer: WriteAnswer, limitBytes = VENDOR_BODY_LIMIT_BYTES): AcceptedAnswer {
  return { httpStatus: answer.httpStatus, ...capped(redactPayload(answer.body ?? null), limitBytes) };
}

function capped(body: unknown, limitBytes: number): { body: unknown; truncated: boolean } {
  const encoded = new TextEncoder().encode(JSON.stringify(body) ?? 'null');
  if (encoded.byteLength <= limitBytes) return { body, truncated: false };
  // A cut may split a multi-byte character; the decoder then ends on U+FFFD, which is harmless here.
  return { body: new TextDecoder().decode(encoded.subarray(0, limitBytes)), truncated: true };
}
