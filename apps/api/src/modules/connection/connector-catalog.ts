import type { CanonicalRecords, Connector, ConnectorContext, ConnectorError, ConnectorManifest, ReferenceDataKind, Result } from '@ledgerbridge/connectors';
import type { z } from 'zod';

/** How the API builds and authorizes one kind of connector. */
export interface CatalogEntry {
  readonly manifest: ConnectorManifest;
  /**
   * A live connector for one connection. `persistCredentials` stores credentials the connector
   * changed itself (rotated OAuth tokens), encrypted, before the old ones stop working.
   */
  create(args: {
    credentials: Record<string, unknown>;
    settings: unknown;
    context: ConnectorContext;
    persistCredentials: (next: Record<string, unknown>) => Promise<void>;
  }): Connector<CanonicalRecords>;
  readonly preflight?: PreflightRules;
  /** Present for OAuth authorization-code systems. */
  readonly oauth?: {
    /** What the admin supplies before authorizing (the integration's client, endpoints): no tokens yet. */
    readonly clientSchema: z.ZodObject;
    authorizeUrl(credentials: Record<string, unknown>, redirectUri: string, state: string): string;
    /** The credentials with the token set from the code added. */
    exchangeCode(credentials: Record<string, unknown>, code: string, redirectUri: string, context: ConnectorContext): Promise<Result<Record<string, unknown>, ConnectorError>>;
  };
}

/** What an ERP accepts as a record number, checked before go-live (X-09, SE-EE-30, SE-FX-19). */
export interface NumberRule {
  readonly pattern: RegExp;
  readonly description: string;
}

/** What the pre-flight check verifies for a connector, beside its credentials. */
export interface PreflightRules {
  /** Settings that name ERP reference data which must exist (e.g. e-conomic payment terms, PV-22). */
  readonly referenceSettings?: readonly { readonly setting: string; readonly kind: ReferenceDataKind; readonly label: string }[];
  /** Our products' units must exist in the ERP (SE-FX-25). */
  readonly unitsMustExist?: boolean;
  readonly numbers?: { readonly customers?: NumberRule; readonly products?: NumberRule; readonly projects?: NumberRule };
}

export type ConnectorCatalog = ReadonlyMap<string, CatalogEntry>;

export function catalogOf(entries: readonly CatalogEntry[]): ConnectorCatalog {
  return new Map(entries.map((e) => [e.manifest.id, e]));
}
