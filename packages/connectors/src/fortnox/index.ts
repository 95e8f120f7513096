import type { Connector } from '../core/connector.js';
import type { Clock, ConnectorFactoryOptions, FetchLike } from '../core/connector-context.js';
import type { ConnectorError } from '../core/connector-error.js';
import type { ConnectorManifest } from '../core/manifest.js';
import { buildAuthorizeUrl, createOauthTokenManager, exchangeAuthorizationCode, type OauthTokens } from '../core/oauth.js';
import type { CanonicalRecords } from '../core/records.js';
import type { Result } from '../core/result.js';
import { bucketFromHint } from '../core/token-bucket.js';
import { createFortnoxClient } from './client.js';
import {
  fortnoxAuthorizeUrl,
  type FortnoxCredentials,
  fortnoxCredentialsSchema,
  fortnoxScopes,
  type FortnoxSettings,
  fortnoxSettingsSchema,
  fortnoxTokenUrl,
} from './config.js';
import { createInvoiceMethods } from './invoices.js';
import { createInvoiceFileMethods } from './invoice-files.js';
import { createReadMethods } from './reads.js';
import { createRegisterMethods } from './registers.js';

export * from './config.js';
export { parseFortnoxError } from './fortnox-error.js';

/** What Ledgerbridge knows about Fortnox (API v3, §2) before talking to it. */
export const fortnoxManifest = {
  id: 'fortnox',
  displayName: 'Fortnox',
  docsUrl: 'https://www.fortnox.se/developer',
  authMode: 'oauth2',
  credentialsSchema: fortnoxCredentialsSchema,
  secretFields: ['clientSecret', 'accessToken', 'refreshToken'],
  settingsSchema: fortnoxSettingsSchema,
  capabilities: {
    customers: ['read', 'write'],
    products: ['read', 'write'],
    projects: ['read', 'write'],
    invoices: ['write', 'read'],
    creditNotes: ['write', 'read'],
    payments: ['read'],
    projectCosts: ['read'],
    referenceData: ['read'],
    attachments: ['read', 'write'],
  },
  // 25 requests per 5 s per access token (§2.4).
  rateLimit: { requests: 25, perMs: 5_000 },
  // DocumentNumber is read-only and server-assigned (§2): Fortnox always numbers invoices itself
  sourceInvoiceNumbers: null,
  // read-only `OCR` on the invoice (§2.8): the document number with a Luhn check digit
  paymentReferences: { kind: 'OCR', description: 'OCR number: the invoice number followed by a modulus-10 (Luhn) check digit' },
} satisfies ConnectorManifest<typeof fortnoxCredentialsSchema, typeof fortnoxSettingsSchema>;

/** {@link createFortnoxConnector}'s options: the usual factory options plus token persistence. */
export type FortnoxConnectorOptions = ConnectorFactoryOptions<FortnoxCredentials, FortnoxSettings> & {
  /**
   * Stores a rotated token pair. Fortnox invalidates the old refresh token as soon as it is used
   * (§2.1), so the API must persist this before anything else relies on the stored credentials.
   */
  readonly onTokens: (tokens: OauthTokens) => Promise<void>;
};

/**
 * A connector for one Fortnox company: OAuth2 bearer tokens refreshed (and rotated) on expiry or
 * 401, requests paced to Fortnox's rate limit, and exactly the methods the manifest declares.
 */
export function createFortnoxConnector(options: FortnoxConnectorOptions): Connector<CanonicalRecords> {
  const credentials = fortnoxCredentialsSchema.parse(options.credentials);
  const settings = fortnoxSettingsSchema.parse(options.settings);
  const { fetch, clock, logger } = options;
  const tokens = createOauthTokenManager({
    connectorId: 'fortnox',
    tokenUrl: credentials.tokenUrl,
    clientId: credentials.clientId,
    clientSecret: credentials.clientSecret,
    fetch,
    clock,
    logger,
    tokens: { accessToken: credentials.accessToken, refreshToken: credentials.refreshToken, expiresAt: credentials.expiresAt },
    onTokens: options.onTokens,
  });
  const client = createFortnoxClient({
    baseUrl: credentials.baseUrl,
    fetch,
    clock,
    logger,
    tokens,
    budget: options.rateBudget ?? bucketFromHint(fortnoxManifest.rateLimit, clock),
    ...(options.ratePriority === undefined ? {} : { priority: options.ratePriority }),
    secretFields: fortnoxManifest.secretFields,
    ...(options.requestTimeoutMs === undefined ? {} : { timeoutMs: options.requestTimeoutMs }),
  });
  const deps = { client, settings };
  const reads = createReadMethods(deps);
  return {
    id: 'fortnox',
    ...reads,
    ...createRegisterMethods(deps),
    ...createInvoiceMethods(deps),
    ...createInvoiceFileMethods(deps),
  };
}

/** Where to send a tenant's Fortnox administrator to approve the integration (§2.1, SE-FX-35). */
export function buildFortnoxAuthorizeUrl(args: { clientId: string; redirectUri: string; state: string; authorizeUrl?: string }): string {
  return buildAuthorizeUrl({
    authorizeUrl: args.authorizeUrl ?? fortnoxAuthorizeUrl,
    clientId: args.clientId,
    redirectUri: args.redirectUri,
    scope: fortnoxScopes,
    state: args.state,
    // Without offline access Fortnox issues no refresh token and the connection dies in an hour.
    extraParams: { access_type: 'offline' },
  });
}

/** Exchanges the code from Fortnox's redirect for the connection's first token pair. */
export function exchangeFortnoxCode(args: {
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  fetch: FetchLike;
  clock: Clock;
  tokenUrl?: string;
}): Promise<Result<OauthTokens, ConnectorError>> {
  return exchangeAuthorizationCode({
    connectorId: 'fortnox',
    tokenUrl: args.tokenUrl ?? fortnoxTokenUrl,
    clientId: args.clientId,
    clientSecret: args.clientSecret,
    code: args.code,
    redirectUri: args.redirectUri,
    fetch: args.fetch,
    clock: args.clock,
  });
}
