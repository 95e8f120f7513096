import type { SandboxRequest, SandboxResponse } from '../core/router.js';
import type { VendorStyle } from '../core/server.js';

/**
 * Fortnox error codes the sandbox answers with. The first group is quoted in
 * vendor-apis.md §2.3 (seen in real responses); the second group are sandbox choices for failures
 * whose real code is not documented, kept distinct so tests and logs can tell them apart.
 */
export const fortnoxCodes = {
  numberInUse: 2000013,
  invalidCharacters: 2000359,
  notAlphanumeric: 2000106,
  notNumeric: 2000108,
  invalidParameter: 2000588,
  invalidVatNumber: 2004194,
  accountNotFound: 2000423,
  missingScope: 2003275,
  invalidCredentials: 2000311,
  // sandbox choices (not in §2.3)
  required: 2000001,
  tooLong: 2000002,
  invalidValue: 2000003,
  unknownReference: 2000004,
  notFound: 2000005,
  documentLocked: 2000006,
  invalidState: 2000007,
  serverError: 2000008,
} as const;

/** A Fortnox `ErrorInformation` response (§2.3), lower-case keys as in the documented example. */
export function fortnoxError(status: number, message: string, code: number): SandboxResponse {
  return { status, body: { ErrorInformation: { error: 1, message, code } } };
}

/** 400 with a validation message, the shape every Fortnox business rule answers with. */
export function rejected(message: string, code: number = fortnoxCodes.invalidValue): SandboxResponse {
  return fortnoxError(400, message, code);
}

/** 404 for a record that does not exist. */
export function notFound(what: string): SandboxResponse {
  return fortnoxError(404, `Kan inte hitta ${what}.`, fortnoxCodes.notFound);
}

/** The bearer token of a request, or null when the header is missing or not a bearer. */
export function bearerToken(req: SandboxRequest): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1]! : null;
}

/**
 * How Fortnox phrases the shell's answers. 401 and 429 come from Fortnox's gateway rather than the
 * API behind it, so they carry a bare `{ "message" }` body (the shape the vendor's own C# SDK
 * parses as a fallback, F1) instead of `ErrorInformation`. Fortnox documents no body and no
 * `Retry-After` for 429 (§2.4, §10 item 11), so none is sent: a client must pace itself.
 */
export const fortnoxStyle: VendorStyle = {
  notFound: (req) => fortnoxError(404, `Ogiltig sökväg: ${req.path}`, fortnoxCodes.notFound),
  methodNotAllowed: (req) => fortnoxError(405, `Metoden ${req.method} stöds inte för ${req.path}.`, fortnoxCodes.invalidParameter),
  serverError: () => fortnoxError(500, 'Ett internt fel uppstod.', fortnoxCodes.serverError),
  tooManyRequests: () => ({ status: 429, body: { message: 'Too many requests' } }),
  badJson: () => fortnoxError(400, 'Ogiltig JSON i anropet.', fortnoxCodes.invalidParameter),
  // The limit is per access token (§2.4); the OAuth endpoints and unauthenticated calls are not counted.
  rateKey: (req) => (req.path.startsWith('/3/') ? bearerToken(req) : null),
};

/** The 401 Fortnox's gateway answers for a missing, unknown or expired access token. */
export function unauthorized(): SandboxResponse {
  return { status: 401, body: { message: 'unauthorized' } };
}
