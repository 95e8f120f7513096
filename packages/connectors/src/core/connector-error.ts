import type { ConnectorId } from './manifest.js';
import { redactPayload } from './redact.js';

/**
 * Why a call to an external system failed, normalised across vendors so the transfer engine
 * can decide on retries and the admin can show a consistent reason.
 */
export type ConnectorErrorCode =
  | 'AUTH_INVALID'
  | 'PERMISSION_DENIED'
  | 'RATE_LIMITED'
  | 'TEMPORARY'
  | 'NOT_FOUND'
  | 'REJECTED'
  | 'DUPLICATE'
  | 'UNSUPPORTED'
  /** The record exists in the other system but is inactive there, while it is active here (SE-FX-18). */
  | 'INACTIVE_IN_OTHER_SYSTEM'
  | 'UNKNOWN';

/** Every {@link ConnectorErrorCode}, for exhaustive tests and GraphQL enum registration. */
export const connectorErrorCodes: readonly ConnectorErrorCode[] = [
  'AUTH_INVALID',
  'PERMISSION_DENIED',
  'RATE_LIMITED',
  'TEMPORARY',
  'NOT_FOUND',
  'REJECTED',
  'DUPLICATE',
  'UNSUPPORTED',
  'INACTIVE_IN_OTHER_SYSTEM',
  'UNKNOWN',
];

/** An expected failure returned (never thrown) by every {@link Connector} method. */
export interface ConnectorError {
  readonly code: ConnectorErrorCode;
  readonly message: string;
  /** Whether sending the same request again later can succeed; derived from `code`. */
  readonly retryable: boolean;
  /** How long the vendor asked us to wait (from `Retry-After` or a rate-limit header). */
  readonly retryAfterMs?: number;
  /** The vendor's error body, with secrets already redacted; safe to log and store. */
  readonly providerPayload?: unknown;
  /** The HTTP status the vendor answered with; absent when no answer came (timeout, network). */
  readonly httpStatus?: number;
  readonly connectorId: ConnectorId;
}

export interface ConnectorErrorInput {
  readonly connectorId: ConnectorId;
  readonly code: ConnectorErrorCode;
  readonly message: string;
  readonly retryAfterMs?: number;
  /** Redacted here, so a raw vendor body can be passed as is. */
  readonly providerPayload?: unknown;
  /** Extra keys to redact from `providerPayload`, typically the manifest's `secretFields`. */
  readonly secretFields?: readonly string[];
}

/**
 * Only throttling and transient faults are worth retrying: every other code means the same
 * request will fail the same way until a person changes credentials, data or settings.
 */
export function isRetryableCode(code: ConnectorErrorCode): boolean {
  switch (code) {
    case 'RATE_LIMITED':
    case 'TEMPORARY':
      return true;
    case 'AUTH_INVALID':
    case 'PERMISSION_DENIED':
    case 'NOT_FOUND':
    case 'REJECTED':
    case 'DUPLICATE':
    case 'UNSUPPORTED':
    case 'INACTIVE_IN_OTHER_SYSTEM':
    case 'UNKNOWN':
      return false;
    default:
      return assertNever(code);
  }
}

/** Builds a {@link ConnectorError}, deriving `retryable` and redacting the provider payload. */
export function connectorError(input: ConnectorErrorInput): ConnectorError {
  const { connectorId, code, message, retryAfterMs, providerPayload, secretFields } = input;
  return {
    code,
    message,
    retryable: isRetryableCode(code),
    connectorId,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs: Math.max(0, retryAfterMs) }),
    ...(providerPayload === undefined ? {} : { providerPayload: redactPayload(providerPayload, secretFields) }),
  };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled connector error code: ${String(value)}`);
}
