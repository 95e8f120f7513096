import { connectorError, type ConnectorError, type ConnectorErrorCode } from '../core/connector-error.js';
import { errorCodeForStatus } from '../core/http-status.js';

/** The parts of a Fortnox error body worth showing: its message and numeric code. */
export interface FortnoxErrorDetail {
  readonly message?: string;
  readonly code?: number;
}

function pick(record: Record<string, unknown>, name: string): unknown {
  // Fortnox capitalises the keys inconsistently (`message` vs `Message`, §2.3), so match any case.
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Reads the three error shapes Fortnox answers with: the API's `ErrorInformation` envelope, the
 * OAuth server's `{ error, error_description }`, and the gateway's bare `{ message }` (401, 429).
 */
export function readFortnoxErrorDetail(body: unknown): FortnoxErrorDetail {
  const record = asRecord(body);
  if (record === undefined) return typeof body === 'string' && body.trim() !== '' ? { message: body.trim().slice(0, 300) } : {};
  const info = asRecord(pick(record, 'ErrorInformation')) ?? record;
  const message = pick(info, 'message') ?? pick(info, 'error_description') ?? pick(info, 'error');
  const code = Number(pick(info, 'code'));
  return {
    ...(typeof message === 'string' && message.trim() !== '' ? { message: message.trim() } : {}),
    ...(Number.isInteger(code) && code > 0 ? { code } : {}),
  };
}

const fallbackMessages: Readonly<Partial<Record<ConnectorErrorCode, string>>> = {
  AUTH_INVALID: 'Fortnox did not accept the access token and it could not be refreshed; reconnect the integration',
  PERMISSION_DENIED: 'The Fortnox user or integration lacks the permission (scope or licence) for this request',
  RATE_LIMITED: 'Fortnox rate limit reached (25 requests per 5 seconds per token)',
  TEMPORARY: 'Fortnox is temporarily unavailable',
  NOT_FOUND: 'The record does not exist in Fortnox',
};

/**
 * Maps any non-2xx Fortnox answer to a shared {@link ConnectorError}: 400 → REJECTED carrying
 * the vendor's (often Swedish) message and code, 401 → AUTH_INVALID (the HTTP client has
 * already tried a refresh), 403 → PERMISSION_DENIED, 404 → NOT_FOUND, 429 → RATE_LIMITED,
 * 5xx → TEMPORARY. The raw body travels along, redacted, as `providerPayload`.
 */
export function parseFortnoxError(status: number, body: unknown, _headers?: Headers): ConnectorError {
  const code = errorCodeForStatus(status);
  const detail = readFortnoxErrorDetail(body);
  const fallback = fallbackMessages[code];
  let message: string;
  if (detail.message !== undefined && detail.code !== undefined) message = `${detail.message} (Fortnox error ${detail.code})`;
  // Gateway bodies ("unauthorized") say little on their own; lead with what it means for us.
  else if (fallback !== undefined) message = detail.message === undefined ? fallback : `${fallback} (${detail.message})`;
  else message = detail.message ?? `Fortnox answered HTTP ${status}`;
  return connectorError({ connectorId: 'fortnox', code, message, providerPayload: body });
}
