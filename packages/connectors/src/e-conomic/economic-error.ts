import { connectorError, type ConnectorError, type ConnectorErrorCode } from '../core/connector-error.js';
import { errorCodeForStatus } from '../core/http-status.js';
import { parseRetryAfter } from '../core/retry-policy.js';

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** One property error, wherever it sat in the annotated tree. */
export interface EconomicFieldError {
  /** Dotted path with array indexes, e.g. `lines[1].unitNetPrice`. */
  readonly path: string;
  readonly message: string;
  readonly errorCode?: string;
}

/**
 * Flattens e-conomic's annotated errors (§1.3): property-keyed objects whose leaves are
 * `{ errors: [{ errorMessage | message, errorCode }] }`, arrays of `{ arrayIndex, … }` (lines,
 * vouchers), and the plain string arrays some endpoints send.
 */
export function flattenEconomicErrors(errors: unknown, path = ''): EconomicFieldError[] {
  if (Array.isArray(errors)) {
    return errors.flatMap((item, i) => {
      if (typeof item === 'string') return [{ path, message: item }];
      const record = asRecord(item);
      const index = typeof record?.arrayIndex === 'number' ? record.arrayIndex : i;
      return flattenEconomicErrors(record, `${path}[${index}]`);
    });
  }
  const record = asRecord(errors);
  if (!record) return [];
  const out: EconomicFieldError[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'arrayIndex') continue;
    const child = asRecord(value);
    const list = key === 'errors' ? value : child?.errors;
    const here = key === 'errors' ? path : path === '' ? key : `${path}.${key}`;
    if (Array.isArray(list) && list.every((e) => asRecord(e) !== undefined && (asRecord(e)?.errorMessage !== undefined || asRecord(e)?.message !== undefined))) {
      for (const e of list.map(asRecord)) {
        const message = text(e?.errorMessage) ?? text(e?.message) ?? 'invalid';
        const errorCode = text(e?.errorCode);
        out.push({ path: here, message, ...(errorCode === undefined ? {} : { errorCode }) });
      }
    } else if (key !== 'errors' || Array.isArray(value)) {
      out.push(...flattenEconomicErrors(value, here));
    }
  }
  return out;
}

/** The parts of an e-conomic (REST or Projects API) error body worth showing. */
export interface EconomicErrorDetail {
  readonly message?: string;
  readonly errorCode?: string;
  readonly fields: readonly EconomicFieldError[];
}

export function readEconomicErrorDetail(body: unknown): EconomicErrorDetail {
  const record = asRecord(body);
  if (!record) return { ...(text(body) === undefined ? {} : { message: text(body)?.slice(0, 300) }), fields: [] };
  const fields = flattenEconomicErrors(record.errors);
  // The Projects API reports one problem with the property it concerns.
  const property = text(record.property);
  const message = text(record.message);
  if (fields.length === 0 && property !== undefined && message !== undefined) fields.push({ path: property, message });
  const errorCode = text(record.errorCode) ?? text(record.code);
  return { ...(message === undefined ? {} : { message }), ...(errorCode === undefined ? {} : { errorCode }), fields };
}

const duplicateHint = /already (in use|exists|used)|AlreadyExists/i;
const versionConflict = /version/i;

function codeFor(status: number, detail: EconomicErrorDetail, body: unknown): ConnectorErrorCode {
  const texts = [detail.message ?? '', detail.errorCode ?? '', ...detail.fields.flatMap((f) => [f.message, f.errorCode ?? ''])];
  if (status === 409) {
    // The Projects API answers a stale objectVersion with 409: re-reading and resending fixes it.
    return versionConflict.test(String(asRecord(body)?.property ?? '')) || versionConflict.test(detail.message ?? '') ? 'TEMPORARY' : 'DUPLICATE';
  }
  if (status === 400 && texts.some((t) => duplicateHint.test(t))) return 'DUPLICATE';
  return errorCodeForStatus(status);
}

const fallbackMessages: Readonly<Partial<Record<ConnectorErrorCode, string>>> = {
  AUTH_INVALID: 'e-conomic did not accept the app secret or agreement grant token; the grant may have been revoked, so reconnect the integration',
  PERMISSION_DENIED: 'The e-conomic grant does not give access to this (module or role missing)',
  RATE_LIMITED: 'e-conomic fair-use limit reached (50 000 calls per 24 hours per agreement)',
  TEMPORARY: 'e-conomic is temporarily unavailable',
  NOT_FOUND: 'The record does not exist in e-conomic',
};

/**
 * Maps any non-2xx e-conomic answer to a shared {@link ConnectorError}: 400 → REJECTED with the
 * vendor's property messages joined ("customerGroup: CustomerGroup '1' not found. (E07140)"),
 * or DUPLICATE when a key is already in use; 401 → AUTH_INVALID; 403 → PERMISSION_DENIED;
 * 404 → NOT_FOUND; 409 → DUPLICATE (a Projects API version conflict → TEMPORARY); 429 →
 * RATE_LIMITED with `Retry-After`; 5xx → TEMPORARY. The body travels along as `providerPayload`.
 */
export function parseEconomicError(status: number, body: unknown, headers?: Headers): ConnectorError {
  const detail = readEconomicErrorDetail(body);
  const code = codeFor(status, detail, body);
  const fieldText = detail.fields.map((f) => `${f.path === '' ? '' : `${f.path}: `}${f.message}${f.errorCode === undefined ? '' : ` (${f.errorCode})`}`).join('; ');
  const fallback = fallbackMessages[code];
  let message: string;
  if (fieldText !== '') message = `e-conomic refused the request: ${fieldText}`;
  else if (fallback !== undefined) message = detail.message === undefined ? fallback : `${fallback} (${detail.message})`;
  else message = detail.message === undefined ? `e-conomic answered HTTP ${status}` : `${detail.message}${detail.errorCode === undefined ? '' : ` (${detail.errorCode})`}`;
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(headers?.get('retry-after') ?? null, new Date()) : undefined;
  return connectorError({ connectorId: 'e-conomic', code, message, providerPayload: body, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}
