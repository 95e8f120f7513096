import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Handler, Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import type { FortnoxStore, OauthClient } from './store.js';
import { bearerToken, fortnoxCodes, fortnoxError, unauthorized } from './style.js';

/** What `POST /oauth-v1/token` returns (§2.1). */
export interface TokenResponse {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly scope: string;
  readonly expires_in: number;
  readonly token_type: 'bearer';
}

// Signs the sandbox's JWTs; a fresh key per process, since tokens never outlive the sandbox.
const signingKey = randomBytes(32);

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** Fortnox access tokens are JWTs (§2.1); clients may read `exp`, so the sandbox mints real ones. */
function mintJwt(clientId: string, scope: string, issuedAt: number, expiresAt: number): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ iss: 'fortnox-sandbox', client_id: clientId, scope, iat: Math.floor(issuedAt / 1000), exp: Math.floor(expiresAt / 1000), jti: randomUUID() }),
  );
  const signature = createHmac('sha256', signingKey).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Issues a fresh access + refresh token pair for a client, as after a completed grant. */
export function issueTokenPair(store: FortnoxStore, clientId: string, scope: string): TokenResponse {
  const now = store.now();
  const accessExpiresAt = now + store.settings.accessTokenTtlMs;
  const accessToken = mintJwt(clientId, scope, now, accessExpiresAt);
  const refreshToken = randomUUID();
  store.accessTokens.set(accessToken, { clientId, scope, expiresAt: accessExpiresAt });
  store.refreshTokens.set(refreshToken, { clientId, scope, expiresAt: now + store.settings.refreshTokenTtlMs });
  return {
    access_token: accessToken,
    refresh_token: refreshToken,
    scope,
    expires_in: Math.round(store.settings.accessTokenTtlMs / 1000),
    token_type: 'bearer',
  };
}

function redirectAllowed(client: OauthClient, uri: string): boolean {
  return client.redirectUris.some((allowed) => (allowed.endsWith('*') ? uri.startsWith(allowed.slice(0, -1)) : uri === allowed));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function htmlPage(status: number, title: string, body: string): SandboxResponse {
  return { status, text: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>` };
}

function field(source: unknown, name: string): string | null {
  if (typeof source !== 'object' || source === null) return null;
  const value = (source as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Validates an authorize request (query or approve form); an HTML error page when it is not valid. */
function readAuthorizeRequest(store: FortnoxStore, get: (name: string) => string | null) {
  const clientId = get('client_id');
  const client = clientId ? store.clients.get(clientId) : undefined;
  if (!clientId || !client) return htmlPage(400, 'Fel', '<h1>Error: Auth code or ClientID supplied is invalid</h1>');
  if (get('response_type') !== 'code') return htmlPage(400, 'Fel', '<h1>Error: response_type must be code</h1>');
  const scope = get('scope');
  const state = get('state');
  if (!scope || !state) return htmlPage(400, 'Fel', '<h1>Error: scope and state are required</h1>');
  const redirectUri = get('redirect_uri');
  const target = redirectUri ?? client.redirectUris.find((u) => !u.endsWith('*'));
  if (!target || !redirectAllowed(client, target)) return htmlPage(400, 'Fel', '<h1>Error: redirect_uri does not match the registered one</h1>');
  return { clientId, client, scope, state, redirectUri, target };
}

function redirect(target: string, params: Record<string, string>): SandboxResponse {
  const url = new URL(target);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return { status: 302, headers: { location: url.toString() } };
}

function oauthError(status: number, error: string, description: string): SandboxResponse {
  return { status, body: { error, error_description: description } };
}

function clientFromBasic(store: FortnoxStore, req: SandboxRequest): string | null {
  const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const clientId = decoded.slice(0, colon);
  return store.clients.get(clientId)?.clientSecret === decoded.slice(colon + 1) ? clientId : null;
}

// Token answers are not marked `committed`: dropping one would strand the client without its
// rotated refresh token, which ends the connection for good instead of testing duplicate handling.
function tokenEndpoint(store: FortnoxStore): Handler {
  return (req) => {
    const clientId = clientFromBasic(store, req);
    if (!clientId) return oauthError(401, 'invalid_client', 'Invalid client credentials');
    const grantType = field(req.body, 'grant_type');
    const now = store.now();
    if (grantType === 'authorization_code') {
      const code = field(req.body, 'code');
      const grant = code ? store.authCodes.get(code) : undefined;
      if (!code || !grant || grant.used || grant.clientId !== clientId || grant.expiresAt <= now) {
        return oauthError(400, 'invalid_grant', 'Auth code or ClientID supplied is invalid');
      }
      const redirectUri = field(req.body, 'redirect_uri');
      if (grant.redirectUri !== null && redirectUri !== grant.redirectUri) return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
      grant.used = true; // single use, even when the rest of the exchange fails
      return { status: 200, body: issueTokenPair(store, clientId, grant.scope) };
    }
    if (grantType === 'refresh_token') {
      const token = field(req.body, 'refresh_token');
      const issued = token ? store.refreshTokens.get(token) : undefined;
      if (!token || !issued || issued.usedAt !== undefined || issued.clientId !== clientId || issued.expiresAt <= now) {
        return oauthError(400, 'invalid_grant', 'Invalid refresh token');
      }
      issued.usedAt = now; // rotation: the old refresh token is spent the moment a new pair exists
      return { status: 200, body: issueTokenPair(store, clientId, issued.scope) };
    }
    return oauthError(400, 'unsupported_grant_type', `Unsupported grant_type: ${grantType ?? '(none)'}`);
  };
}

/**
 * Mounts Fortnox's OAuth2 authorization-code flow: the authorize page, its approve form (the
 * sandbox skips the Fortnox login, the user is "logged in") and the token endpoint (§2.1).
 */
export function mountOauth(router: Router, store: FortnoxStore): void {
  router.on('GET', '/oauth-v1/auth', (req) => {
    const request = readAuthorizeRequest(store, (name) => req.query.get(name));
    if ('status' in request) return request;
    const hidden = (['client_id', 'redirect_uri', 'scope', 'state', 'response_type'] as const)
      .map((name) => [name, name === 'redirect_uri' ? request.redirectUri : req.query.get(name)] as const)
      .filter(([, value]) => value !== null)
      .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value ?? '')}">`)
      .join('');
    const scopes = request.scope.split(' ').map((s) => `<li>${escapeHtml(s)}</li>`).join('');
    return htmlPage(
      200,
      'Fortnox – godkänn integration',
      `<h1>${escapeHtml(request.client.name)} vill ansluta till ditt Fortnox-konto</h1><ul>${scopes}</ul>` +
        `<form method="post" action="/oauth-v1/auth/approve">${hidden}` +
        `<button type="submit" name="decision" value="allow">Allow</button> <button type="submit" name="decision" value="deny">Deny</button></form>`,
    );
  });

  router.on('POST', '/oauth-v1/auth/approve', (req) => {
    const request = readAuthorizeRequest(store, (name) => field(req.body, name));
    if ('status' in request) return request;
    if (field(req.body, 'decision') !== 'allow') return redirect(request.target, { error: 'access_denied', state: request.state });
    const code = randomUUID();
    store.authCodes.set(code, {
      clientId: request.clientId,
      scope: request.scope,
      redirectUri: request.redirectUri,
      expiresAt: store.now() + store.settings.authCodeTtlMs,
      used: false,
    });
    return redirect(request.target, { code, state: request.state });
  });

  router.on('POST', '/oauth-v1/token', tokenEndpoint(store));
}

/**
 * Wraps an API handler with Fortnox's bearer check: a missing, unknown or expired token is
 * answered 401 by the gateway, a token without the resource's scope 403 (§2.3).
 */
export function requireToken(store: FortnoxStore, scope: string, handler: Handler): Handler {
  return (req) => {
    const token = bearerToken(req);
    const issued = token ? store.accessTokens.get(token) : undefined;
    if (!issued || issued.expiresAt <= store.now()) return unauthorized();
    if (!issued.scope.split(' ').includes(scope)) {
      return fortnoxError(403, `Saknar behörighet för scope ${scope}.`, fortnoxCodes.missingScope);
    }
    return handler(req);
  };
}
