import { randomBytes } from 'node:crypto';
import type { SandboxRequest, SandboxResponse } from '../core/router.js';
import type { VendorStyle } from '../core/server.js';

/**
 * e-conomic error codes the sandbox uses. Sourced (vendor-apis.md §1.3): E04300, E06000, E04740,
 * E07140, E04500, E04730, E04041. The others are the sandbox's stand-ins where no captured body
 * exists; clients must key on the HTTP status and the envelope, not on these values.
 */
export const economicCodes = {
  validationFailed: 'E04300',
  doesNotExist: 'E06000',
  tooManyDecimals: 'E04740',
  customerGroupNotFound: 'E07140',
  noIdentifier: 'E04500',
  requiredWhenProductSet: 'E04730',
  accountOrPeriodBarred: 'E04041',
  // Unverified stand-ins (no captured vendor body):
  required: 'E00200',
  tooLong: 'E00210',
  invalidValue: 'E00220',
  alreadyInUse: 'E07500',
  immutable: 'E07510',
  unauthorized: 'E00500',
  forbidden: 'E00600',
  notFound: 'E04010',
  methodNotAllowed: 'E04020',
  unsupportedMediaType: 'E04030',
  badQuery: 'E04050',
  tooManyRequests: 'E04290',
  serverError: 'E00000',
} as const;

/** One property's error, in the shape of the captured 2023 body (vendor-apis.md §1.3). */
export interface PropertyError {
  readonly propertyName: string;
  readonly errorMessage: string;
  readonly errorCode: string;
  readonly inputValue?: unknown;
  readonly developerHint?: string;
}

/** Property-keyed annotated errors; arrays (`lines`) hold `{ arrayIndex, <prop>: { errors } }`. */
export type AnnotatedErrors = Record<string, unknown>;

const REST_ROOT = 'https://restapi.e-conomic.com';

export function logId(): string {
  return `${randomBytes(8).toString('hex')}-CPH`;
}

/** e-conomic logs times without a zone or fraction, e.g. `2023-06-21T16:29:38`. */
export function logTime(now: Date = new Date()): string {
  return now.toISOString().slice(0, 19);
}

interface ErrorBodyInput {
  readonly status: number;
  readonly message: string;
  readonly errorCode: string;
  readonly developerHint: string;
  readonly errors?: AnnotatedErrors | readonly unknown[];
  readonly errorCount?: number;
}

/** The REST API's error envelope, every field present like the vendor's (§1.3). */
export function economicError(input: ErrorBodyInput, headers?: Record<string, string>): SandboxResponse {
  const body = {
    message: input.message,
    errorCode: input.errorCode,
    developerHint: input.developerHint,
    logId: logId(),
    httpStatusCode: input.status,
    errors: input.errors ?? {},
    logTime: logTime(),
    errorCount: input.errorCount ?? 0,
  };
  return { status: input.status, body, ...(headers ? { headers } : {}) };
}

/** A 400 validation failure; `count` is the number of property errors found. */
export function validationFailed(errors: AnnotatedErrors | readonly unknown[], count: number): SandboxResponse {
  return economicError({
    status: 400,
    message: `Validation failed. ${count} error${count === 1 ? '' : 's'} found.`,
    errorCode: economicCodes.validationFailed,
    developerHint: 'Inspect validation errors and correct your request.',
    errors,
    errorCount: count,
  });
}

export function unauthorized(reason: string): SandboxResponse {
  return economicError({
    status: 401,
    message: `Unauthorized access (401): ${reason}`,
    errorCode: economicCodes.unauthorized,
    developerHint: 'Supply valid X-AppSecretToken and X-AgreementGrantToken headers, or use "demo" for both tokens to read the demo agreement.',
  });
}

export function forbidden(reason: string): SandboxResponse {
  return economicError({ status: 403, message: `Access forbidden (403): ${reason}`, errorCode: economicCodes.forbidden, developerHint: 'The grant does not allow this operation.' });
}

export function notFound(what: string): SandboxResponse {
  return economicError({
    status: 404,
    message: `${what} not found.`,
    errorCode: economicCodes.notFound,
    developerHint: 'Use the self links the API returns instead of building URLs.',
  });
}

export function badQuery(message: string): SandboxResponse {
  return economicError({ status: 400, message, errorCode: economicCodes.badQuery, developerHint: 'Check the query string parameters (skippages, pagesize, filter, sort).' });
}

/** The e-conomic answers the shared shell gives for routing, faults and throttling. */
export const economicStyle: VendorStyle = {
  notFound: (req) => notFound(`The resource at ${req.path}`),
  methodNotAllowed: (req) =>
    economicError({
      status: 405,
      message: `The HTTP method ${req.method} is not allowed on ${req.path}.`,
      errorCode: economicCodes.methodNotAllowed,
      developerHint: 'Booked invoices are read-only; collections accept GET and POST, resources GET, PUT and DELETE.',
    }),
  serverError: () =>
    economicError({ status: 500, message: 'An unexpected error occurred.', errorCode: economicCodes.serverError, developerHint: 'Try again; contact api@e-conomic.com with the logId if it persists.' }),
  tooManyRequests: (retryAfterMs) =>
    economicError(
      {
        status: 429,
        message: 'Too many requests. You have made too many calls towards our API. Check info in the response headers.',
        errorCode: economicCodes.tooManyRequests,
        developerHint: 'The fair-use budget is 50 000 calls per 24 hours per agreement.',
      },
      { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
    ),
  badJson: () =>
    economicError({ status: 400, message: 'The request body is not valid JSON.', errorCode: economicCodes.invalidValue, developerHint: 'Send a JSON document with Content-Type: application/json.' }),
  // The fair-use budget is per agreement, so the grant token is the key (§1.4).
  rateKey: (req: SandboxRequest) => headerValue(req, 'x-agreementgranttoken') ?? null,
};

/** A request header as one string (Node lower-cases names; repeated headers are joined). */
export function headerValue(req: SandboxRequest, name: string): string | undefined {
  const value = req.headers[name];
  if (Array.isArray(value)) return value.join(',');
  return value === undefined || value === '' ? undefined : value;
}

/** The vendor's own developer hint for a reference collection, as in the captured bodies. */
export function listHint(collection: string): string {
  return `Find a list of ${collection.replace(/-/g, ' ')} at ${REST_ROOT}/${collection} .`;
}
