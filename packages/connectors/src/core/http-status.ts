import type { ConnectorErrorCode } from './connector-error.js';

/**
 * The usual meaning of an HTTP status, as a starting point for each connector's
 * `parse<Id>Error`; vendors that signal errors differently (a 400 carrying "duplicate number",
 * a 200 with an error envelope) override it from the body.
 */
export function errorCodeForStatus(status: number): ConnectorErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'REJECTED';
    case 401:
      return 'AUTH_INVALID';
    case 402:
    case 403:
      return 'PERMISSION_DENIED';
    case 404:
    case 410:
      return 'NOT_FOUND';
    case 409:
      return 'DUPLICATE';
    case 405:
    case 501:
      return 'UNSUPPORTED';
    case 408:
    case 425:
      return 'TEMPORARY';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 500 && status <= 599 ? 'TEMPORARY' : 'UNKNOWN';
  }
}
