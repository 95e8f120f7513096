import type { Handler, SandboxRequest, SandboxResponse } from '../core/router.js';
import { isObject, type JsonBody } from './rules.js';
import { economicCodes, economicError, forbidden, headerValue, unauthorized } from './style.js';
import type { EconomicStore } from './store.js';

/** What a route handler gets besides the request. */
export interface RouteContext {
  readonly store: EconomicStore;
  /** Origin for `self` links: the Host the client called, so links lead back to this server. */
  readonly base: string;
}

export type EconomicHandler = (req: SandboxRequest, ctx: RouteContext) => SandboxResponse | Promise<SandboxResponse>;

/** How one API phrases auth failures; the Projects API has its own error model. */
export interface AuthErrors {
  unauthorized(reason: string): SandboxResponse;
  forbidden(reason: string): SandboxResponse;
  unsupportedMediaType(): SandboxResponse;
}

export const restAuthErrors: AuthErrors = {
  unauthorized,
  forbidden,
  unsupportedMediaType: () =>
    economicError({ status: 415, message: 'Unsupported media type. The API only accepts application/json.', errorCode: economicCodes.unsupportedMediaType, developerHint: 'Send Content-Type: application/json.' }),
};

const DEMO_TOKEN = 'demo';

/**
 * Checks both tokens the way the vendor does: each header is required, each must match, and a
 * revoked grant is a 401. `demo`/`demo` reads the same agreement but may only GET (§1.1).
 */
export function checkAuth(req: SandboxRequest, store: EconomicStore, errors: AuthErrors): SandboxResponse | null {
  const secret = headerValue(req, 'x-appsecrettoken');
  const grant = headerValue(req, 'x-agreementgranttoken');
  if (secret === undefined) return errors.unauthorized('The X-AppSecretToken header is missing.');
  if (grant === undefined) return errors.unauthorized('The X-AgreementGrantToken header is missing.');
  if (secret === DEMO_TOKEN && grant === DEMO_TOKEN) {
    return req.method === 'GET' ? null : errors.forbidden('The demo agreement is read-only; only GET is allowed.');
  }
  if (secret !== store.credentials.appSecretToken) return errors.unauthorized('The X-AppSecretToken is not valid.');
  if (grant !== store.credentials.agreementGrantToken || store.isGrantRevoked) {
    return errors.unauthorized('The X-AgreementGrantToken is not valid or the agreement has revoked the grant.');
  }
  return null;
}

function isJson(req: SandboxRequest): boolean {
  const type = headerValue(req, 'content-type');
  return type === undefined || /application\/(.+\+)?json/i.test(type) || /text\/json/i.test(type);
}

/** Wraps a handler with the vendor's auth, content-type and body checks. */
export function endpoint(store: EconomicStore, handler: EconomicHandler, errors: AuthErrors = restAuthErrors): Handler {
  return (req) => {
    const denied = checkAuth(req, store, errors);
    if (denied) return denied;
    if ((req.method === 'POST' || req.method === 'PUT') && req.rawBody !== '' && !isJson(req)) return errors.unsupportedMediaType();
    const host = headerValue(req, 'host') ?? '127.0.0.1';
    return handler(req, { store, base: `http://${host}` });
  };
}

/** The request body when it is a JSON object, otherwise the vendor's 400 to answer with. */
export function objectBody(req: SandboxRequest): { readonly body: JsonBody } | { readonly refused: SandboxResponse } {
  if (isObject(req.body)) return { body: req.body };
  return {
    refused: economicError({
      status: 400,
      message: 'The request body must be a JSON object.',
      errorCode: economicCodes.invalidValue,
      developerHint: 'Send the full document as a JSON object.',
    }),
  };
}

/** A 201 with the created document and its Location, marked committed for drop-after-commit. */
export function created(body: Record<string, unknown>): SandboxResponse {
  const location = typeof body.self === 'string' ? { Location: body.self } : undefined;
  return { status: 201, body, committed: true, ...(location ? { headers: location } : {}) };
}

/** A 200 after a change (PUT, DELETE with a status body), marked committed. */
export function changed(body: unknown, status = 200): SandboxResponse {
  return { status, committed: true, ...(body === undefined ? {} : { body }) };
}

/** A path segment as a positive integer key, or undefined. */
export function intParam(req: SandboxRequest, name: string): number | undefined {
  const raw = req.params[name];
  return raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}
