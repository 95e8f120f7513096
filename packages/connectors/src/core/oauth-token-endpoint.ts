import { z } from 'zod';
import type { Clock, FetchLike } from './connector-context.js';
import { connectorError, type ConnectorError, type ConnectorErrorCode } from './connector-error.js';
import type { ConnectorId } from './manifest.js';
import { err, ok, type Result } from './result.js';

/** The token set an OAuth2 connection keeps, as stored (encrypted) by the API. */
export interface OauthTokens {
  readonly accessToken: string;
  /** Rotating at Fortnox and eAccounting: each refresh invalidates the one it used. */
  readonly refreshToken: string;
  /** ISO 8601 instant the access token stops working. */
  readonly expiresAt: string;
  /** Scopes actually granted, space-separated, when the server reports them. */
  readonly scope?: string;
}

/** A token endpoint's answer; `refreshToken` is absent when the server did not rotate it. */
export interface TokenEndpointResult {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly expiresAt: string;
  readonly scope?: string;
}

/** The client credentials and transport every token-endpoint call needs. */
export interface TokenEndpointOptions {
  readonly connectorId: ConnectorId;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly fetch: FetchLike;
  readonly clock: Clock;
  /** @default 30_000 */
  readonly timeoutMs?: number;
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive().optional(),
  scope: z.string().optional(),
});

const tokenErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

/** Without `expires_in` we assume the common one hour (Fortnox's and Visma's lifetime). */
const defaultExpiresInSeconds = 3_600;

/**
 * POSTs a grant to the token endpoint (form-encoded, client authenticated with HTTP Basic as
 * Fortnox requires) and maps every failure to a `ConnectorError`: `invalid_grant`,
 * `invalid_client` and `unauthorized_client` mean the connection must be re-authorised
 * (`AUTH_INVALID`); throttling and 5xx are retryable; anything else is `UNKNOWN`.
 */
export async function requestTokens(
  options: TokenEndpointOptions,
  form: Readonly<Record<string, string>>,
): Promise<Result<TokenEndpointResult, ConnectorError>> {
  const { connectorId, clock } = options;
  const fail = (code: ConnectorErrorCode, message: string, providerPayload?: unknown) =>
    err(connectorError({ connectorId, code, message, providerPayload }));
  const controller = new AbortController();
  let isTimedOut = false;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timer = setTimeout(() => {
    isTimedOut = true;
    controller.abort();
  }, timeoutMs);

  let status: number;
  let text: string;
  try {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');
    const response = await options.fetch(options.tokenUrl, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: new URLSearchParams(form).toString(),
      signal: controller.signal,
    });
    status = response.status;
    text = await response.text();
  } catch (thrown) {
    const reason = isTimedOut ? `timed out after ${timeoutMs} ms` : 'network error';
    return fail('TEMPORARY', `Token request ${reason}`, isTimedOut ? undefined : thrown);
  } finally {
    clearTimeout(timer);
  }

  const body = parseJson(text);
  if (status >= 200 && status <= 299) {
    const parsed = tokenResponseSchema.safeParse(body);
    if (!parsed.success) return fail('UNKNOWN', 'Token endpoint returned an unexpected response', body ?? text);
    const expiresInMs = (parsed.data.expires_in ?? defaultExpiresInSeconds) * 1_000;
    return ok({
      accessToken: parsed.data.access_token,
      expiresAt: new Date(clock.now().getTime() + expiresInMs).toISOString(),
      ...(parsed.data.refresh_token === undefined ? {} : { refreshToken: parsed.data.refresh_token }),
      ...(parsed.data.scope === undefined ? {} : { scope: parsed.data.scope }),
    });
  }

  const oauthError = tokenErrorSchema.safeParse(body);
  const errorName = oauthError.success ? oauthError.data.error : undefined;
  const detail = oauthError.success ? (oauthError.data.error_description ?? oauthError.data.error) : `HTTP ${status}`;
  if (errorName === 'invalid_grant') {
    return fail('AUTH_INVALID', `The authorisation has expired or was revoked; reconnect the integration (${detail})`, body);
  }
  if (errorName === 'invalid_client' || errorName === 'unauthorized_client' || (errorName === undefined && status === 401)) {
    return fail('AUTH_INVALID', `The OAuth client credentials were rejected (${detail})`, body ?? text);
  }
  if (status === 429) return fail('RATE_LIMITED', `Token endpoint is rate limiting (${detail})`, body ?? text);
  if (status >= 500) return fail('TEMPORARY', `Token endpoint failed (${detail})`, body ?? text);
  return fail('UNKNOWN', `Token request failed (${detail})`, body ?? text);
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface ExchangeAuthorizationCodeOptions extends TokenEndpointOptions {
  /** The `code` the vendor appended to our redirect; single use and short-lived (Fortnox: 10 min). */
  readonly code: string;
  /** Must equal the `redirect_uri` of the authorize request. */
  readonly redirectUri: string;
}

/**
 * Completes the authorization-code flow. Fails with `AUTH_INVALID` when the server issues no
 * refresh token, since the connection would die with the first access token (at Fortnox,
 * request `access_type=offline`).
 */
export async function exchangeAuthorizationCode(
  options: ExchangeAuthorizationCodeOptions,
): Promise<Result<OauthTokens, ConnectorError>> {
  const result = await requestTokens(options, {
    grant_type: 'authorization_code',
    code: options.code,
    redirect_uri: options.redirectUri,
  });
  if (!result.ok) return result;
  const { refreshToken, ...rest } = result.value;
  if (refreshToken === undefined) {
    return err(connectorError({
      connectorId: options.connectorId,
      code: 'AUTH_INVALID',
      message: 'The authorisation server issued no refresh token; offline access was not granted',
    }));
  }
  return ok({ ...rest, refreshToken });
}

export interface AuthorizeUrlOptions {
  readonly authorizeUrl: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** Space-joined when given as a list. */
  readonly scope: string | readonly string[];
  /** Opaque CSRF value the callback must echo; bind it to the tenant's session. */
  readonly state: string;
  /** Vendor extras, e.g. Fortnox's `{ access_type: 'offline' }`. */
  readonly extraParams?: Readonly<Record<string, string>>;
}

/** The URL to send the tenant's admin to so they can grant access (`response_type=code`). */
export function buildAuthorizeUrl(options: AuthorizeUrlOptions): string {
  const url = new URL(options.authorizeUrl);
  const scope = typeof options.scope === 'string' ? options.scope : options.scope.join(' ');
  const params: Record<string, string> = {
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    scope,
    state: options.state,
    response_type: 'code',
    ...options.extraParams,
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
