import { silentLogger, type ConnectorLogger } from './connector-context.js';
import type { ConnectorError } from './connector-error.js';
import type { HttpClientOptions } from './http-client.js';
import { requestTokens, type OauthTokens, type TokenEndpointOptions } from './oauth-token-endpoint.js';
import { redactPayload } from './redact.js';
import { err, ok, type Result } from './result.js';

export {
  buildAuthorizeUrl,
  exchangeAuthorizationCode,
  requestTokens,
  type AuthorizeUrlOptions,
  type ExchangeAuthorizationCodeOptions,
  type OauthTokens,
  type TokenEndpointOptions,
  type TokenEndpointResult,
} from './oauth-token-endpoint.js';

export interface OauthTokenManagerOptions extends TokenEndpointOptions {
  /** The connection's current tokens, as last persisted. */
  readonly tokens: OauthTokens;
  /**
   * Persists a rotated pair (the API stores it encrypted). Awaited before the new access token
   * is handed out; if it throws, the pair is kept in memory, logged, and saving is retried on
   * the next call, because the old refresh token is already dead at the vendor.
   */
  readonly onTokens: (tokens: OauthTokens) => Promise<void>;
  /** Refresh this long before expiry, so a token does not lapse mid-request. @default 60_000 */
  readonly skewMs?: number;
  /** @default silentLogger */
  readonly logger?: ConnectorLogger;
}

/** Hands out a valid access token for one connection, refreshing (and rotating) as needed. */
export interface OauthTokenManager {
  /** The current access token, refreshed first when it is within `skewMs` of expiry. */
  accessToken(): Promise<Result<string, ConnectorError>>;
  /**
   * Refreshes now, after the vendor answered 401. Pass the rejected token: when another caller
   * has refreshed since, the newer token is returned without spending the refresh token again.
   */
  forceRefresh(rejectedAccessToken?: string): Promise<Result<string, ConnectorError>>;
  /** The tokens in use, for diagnostics and tests. */
  current(): OauthTokens;
}

/**
 * Creates the token manager for an authorization-code connection with rotating refresh tokens.
 *
 * Refreshes are single-flight: concurrent callers share one in-flight refresh. That is not an
 * optimisation — Fortnox invalidates a refresh token once used, so a second, parallel refresh
 * with the same token fails with `invalid_grant` and would disconnect the tenant.
 * After `invalid_grant` the manager stays failed (`AUTH_INVALID`) until a reconnect replaces
 * it, instead of hammering the token endpoint with a dead token.
 */
export function createOauthTokenManager(options: OauthTokenManagerOptions): OauthTokenManager {
  const skewMs = options.skewMs ?? 60_000;
  const logger = options.logger ?? silentLogger;
  let tokens = options.tokens;
  let inFlight: Promise<Result<string, ConnectorError>> | undefined;
  let deadError: ConnectorError | undefined;
  let unsaved: OauthTokens | undefined;

  const isFresh = () => Date.parse(tokens.expiresAt) - skewMs > options.clock.now().getTime();

  async function persist(next: OauthTokens): Promise<void> {
    try {
      await options.onTokens(next);
      if (unsaved === next) unsaved = undefined;
    } catch (thrown) {
      unsaved = next;
      logger.error(
        { connectorId: options.connectorId, error: redactPayload(thrown) },
        'could not persist rotated OAuth tokens; the stored refresh token is no longer valid',
      );
    }
  }

  async function refresh(): Promise<Result<string, ConnectorError>> {
    const result = await requestTokens(options, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken });
    if (!result.ok) {
      if (result.error.code === 'AUTH_INVALID') deadError = result.error;
      logger.warn({ connectorId: options.connectorId, code: result.error.code }, 'OAuth token refresh failed');
      return result;
    }
    const { accessToken, refreshToken, expiresAt, scope } = result.value;
    // Swap in memory before persisting, so nothing can reach for the spent refresh token.
    tokens = { accessToken, refreshToken: refreshToken ?? tokens.refreshToken, expiresAt, ...(scope === undefined ? {} : { scope }) };
    await persist(tokens);
    logger.debug({ connectorId: options.connectorId, expiresAt }, 'OAuth token refreshed');
    return ok(accessToken);
  }

  function singleFlight(): Promise<Result<string, ConnectorError>> {
    inFlight ??= refresh().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  async function settle(): Promise<Result<string, ConnectorError> | undefined> {
    if (deadError !== undefined) return err(deadError);
    if (unsaved !== undefined) await persist(unsaved);
    return inFlight;
  }

  return {
    async accessToken() {
      const pending = await settle();
      if (pending !== undefined) return pending;
      return isFresh() ? ok(tokens.accessToken) : singleFlight();
    },
    async forceRefresh(rejectedAccessToken) {
      const pending = await settle();
      if (pending !== undefined) return pending;
      if (rejectedAccessToken !== undefined && rejectedAccessToken !== tokens.accessToken && isFresh()) {
        return ok(tokens.accessToken);
      }
      return singleFlight();
    },
    current: () => tokens,
  };
}

/**
 * Wires a token manager into `createHttpClient`: a bearer header per attempt, and a refresh
 * on 401 that a concurrent 401 for the same stale token does not repeat.
 */
export function oauthHttpAuth(manager: OauthTokenManager): Pick<HttpClientOptions, 'headers' | 'onUnauthorized'> {
  return {
    async headers() {
      const token = await manager.accessToken();
      // The client turns a thrown ConnectorError into the request's result.
      if (!token.ok) throw token.error;
      return { Authorization: `Bearer ${token.value}` };
    },
    async onUnauthorized(rejectedHeaders) {
      const rejected = rejectedHeaders['Authorization']?.replace(/^Bearer\s+/i, '');
      const result = await manager.forceRefresh(rejected);
      return result.ok;
    },
  };
}
