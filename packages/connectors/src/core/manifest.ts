import type { z } from 'zod';

/** Every external system Ledgerbridge connects to, as used in manifests, settings and URLs. */
export const connectorIds = [
  'e-conomic',
  'fortnox',
  'billy',
  'dinero',
  'visma-eaccounting',
  'visma-net',
  'autoinvoice',
] as const;

export type ConnectorId = (typeof connectorIds)[number];

/** Narrows untrusted input (GraphQL arguments, database rows) to a known {@link ConnectorId}. */
export function isConnectorId(value: string): value is ConnectorId {
  return (connectorIds as readonly string[]).includes(value);
}

/**
 * How a tenant grants access: an OAuth2 flow, a static API token, or e-conomic's
 * app-secret plus agreement-grant token pair.
 */
export type ConnectorAuthMode = 'oauth2' | 'api-token' | 'agreement-grant';

/** The registers (record kinds) a connector can read from or write to. */
export const connectorRegisters = [
  'customers',
  'suppliers',
  'products',
  'projects',
  'invoices',
  'creditNotes',
  'projectCosts',
  'payments',
  'referenceData',
  'supplierInvoices',
  'financeVouchers',
  'attachments',
] as const;

export type ConnectorRegister = (typeof connectorRegisters)[number];

export type CapabilityAccess = 'read' | 'write';

/** Per register, what the connector supports; a missing register means neither. */
export type ConnectorCapabilities = Readonly<Partial<Record<ConnectorRegister, readonly CapabilityAccess[]>>>;

/** A vendor's documented request budget, used to size the per-connection token bucket. */
export interface RateLimitHint {
  /** Requests allowed in each window. */
  readonly requests: number;
  /** Window length in milliseconds. */
  readonly perMs: number;
}

/**
 * Everything the platform needs to know about a connector before talking to it: identity,
 * how to collect and validate credentials and settings, what it can do, and how fast.
 * Declare one per connector with `satisfies ConnectorManifest`.
 */
export interface ConnectorManifest<
  Credentials extends z.ZodObject = z.ZodObject,
  Settings extends z.ZodType = z.ZodType,
> {
  readonly id: ConnectorId;
  readonly displayName: string;
  /** The vendor's API documentation, shown to operators. */
  readonly docsUrl: string;
  readonly authMode: ConnectorAuthMode;
  /** Validates the credentials a tenant supplies (after OAuth: the token set). */
  readonly credentialsSchema: Credentials;
  /**
   * Keys of `credentialsSchema` that are secret: encrypted at rest, never returned over
   * GraphQL, and redacted from logs and error payloads.
   */
  readonly secretFields: readonly (keyof z.output<Credentials> & string)[];
  /** Validates the per-connection settings (base URL, defaults, numbering owner, …). */
  readonly settingsSchema: Settings;
  readonly capabilities: ConnectorCapabilities;
  readonly rateLimit: RateLimitHint;
  /**
   * Whether the ERP takes an invoice number from us (X-08, SE-FX-32) and in what form; null when
   * it always assigns its own, so source numbering cannot be chosen for it (absent: the same).
   */
  readonly sourceInvoiceNumbers?: { readonly pattern: RegExp; readonly description: string } | null;
  /**
   * The payment reference (OCR/KID/FIK) the ERP assigns to a booked invoice and reports in
   * `RemoteInvoiceStatus.paymentReference` (SE-EE-26, X-21); null when its API exposes none, so
   * the written-back reference stays null for it (absent: the same).
   */
  readonly paymentReferences?: { readonly kind: 'OCR' | 'KID' | 'FIK'; readonly description: string } | null;
}

/** Whether `manifest` declares `access` for `register`. */
export function hasCapability(
  manifest: Pick<ConnectorManifest, 'capabilities'>,
  register: ConnectorRegister,
  access: CapabilityAccess,
): boolean {
  return manifest.capabilities[register]?.includes(access) ?? false;
}
