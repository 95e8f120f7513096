import { z } from 'zod';

/** Fortnox's API host; `/3/...` paths are appended. */
export const fortnoxApiUrl = 'https://api.fortnox.se';
/** Fortnox's OAuth2 token endpoint (§2.1). */
export const fortnoxTokenUrl = 'https://apps.fortnox.se/oauth-v1/token';
/** Fortnox's OAuth2 authorize page (§2.1). */
export const fortnoxAuthorizeUrl = 'https://apps.fortnox.se/oauth-v1/auth';

/**
 * The scopes the connector asks for: one per resource it reads or writes (units are settings,
 * sales prices live in price lists).
 */
export const fortnoxScopes: readonly string[] = [
  'companyinformation', 'customer', 'article', 'price', 'project', 'invoice', 'payment', 'supplierinvoice', 'settings',
  // supplier-invoice files (X-25, SE-FX-51): which archive files belong to an invoice, and their content
  'connectfile', 'archive',
  // files sent with sales invoices (SE-FX-46): uploaded to the inbox, connected through the file-attachment API
  'inbox',
];

const isoInstant = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expiresAt must be an ISO 8601 instant');

/**
 * A Fortnox connection's credentials: the integration's OAuth client and the tenant's current
 * token pair (rotated on every refresh, §2.1). The URLs default to Fortnox's and are overridden
 * for a sandbox.
 */
export const fortnoxCredentialsSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  /** When the access token expires. */
  expiresAt: isoInstant,
  /** @default https://api.fortnox.se */
  baseUrl: z.url().default(fortnoxApiUrl),
  /** @default https://apps.fortnox.se/oauth-v1/token */
  tokenUrl: z.url().default(fortnoxTokenUrl),
  /** @default https://apps.fortnox.se/oauth-v1/auth */
  authorizeUrl: z.url().default(fortnoxAuthorizeUrl),
});

/** Credentials as stored (defaults not yet applied). */
export type FortnoxCredentials = z.input<typeof fortnoxCredentialsSchema>;

/** Per-connection settings of a Fortnox connection. */
export const fortnoxSettingsSchema = z.object({
  /** Article put on invoice lines that carry no product (Fortnox rows may also have none). */
  defaultArticleNumber: z.string().min(1).max(50).optional(),
  /** Whether the transfer engine books invoices right after creating them. @default false */
  bookInvoices: z.boolean().default(false),
  /** The engine's project-name limit for SE-FX-28 (Fortnox project Description ≤ 50). @default 50 */
  projectNameLimit: z.number().int().min(1).max(50).default(50),
});

/** Settings as stored (defaults not yet applied). */
export type FortnoxSettings = z.input<typeof fortnoxSettingsSchema>;
/** Settings with defaults applied. */
export type FortnoxSettingsValues = z.output<typeof fortnoxSettingsSchema>;
