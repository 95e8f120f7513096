import { randomBytes } from 'node:crypto';
import { err, fieldError, fieldErrorsFromZod, ok, type FieldError, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { ConnectionEntity } from './connection.entity.js';
import type { ConnectorCatalog } from './connector-catalog.js';
import { OAUTH_STATE_TTL_MS, OauthStateEntity } from './oauth-state.entity.js';
import type { CredentialVault } from './vault.js';

export interface ReauthorizeDeps {
  readonly catalog: ConnectorCatalog;
  readonly vault: CredentialVault;
  readonly oauthCallbackUrl: () => string;
}

const notFound = (): FieldError[] => [fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])];

/**
 * Starts the OAuth flow again for an existing connection, so its id, links, rules,
 * mappings and history stay. Nothing on the connection changes here: the client the flow uses
 * waits sealed in the state row, and only a successful callback replaces the stored credentials
 * (ADR 0021). Client credentials come from the stored ones unless the admin supplies new ones;
 * a disconnected connection has none left, so then they are required.
 */
export async function startReauthorization(
  db: TenantDb,
  deps: ReauthorizeDeps,
  tenantId: string,
  connectionId: string,
  supplied: Record<string, unknown> | null | undefined,
): Promise<Result<{ connection: ConnectionEntity; authorizeUrl: string }, FieldError[]>> {
  const connection = await db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: connectionId }));
  const entry = connection && deps.catalog.get(connection.connectorId);
  if (!connection || !entry) return err(notFound());
  if (!entry.oauth) {
    return err([fieldError('INVALID_VALUE', `${entry.manifest.displayName} is not authorized by signing in; reconnect it with new credentials instead`, ['connectionId'])]);
  }
  const binding = { tenantId, connectionId };
  const hasSupplied = supplied !== null && supplied !== undefined && Object.keys(supplied).length > 0;
  // with nothing supplied and nothing stored, parsing {} yields the REQUIRED errors per field
  const source = hasSupplied ? supplied : connection.credentials ? deps.vault.open(binding, connection.credentials) : {};
  const client = entry.oauth.clientSchema.safeParse(source);
  if (!client.success) return err(fieldErrorsFromZod(client.error).map((e) => ({ ...e, field: ['credentials', ...e.field] })));
  const clientCredentials = client.data as Record<string, unknown>;

  const state = randomBytes(24).toString('base64url');
  const redirectUri = deps.oauthCallbackUrl();
  await db.write(tenantId, async (m) => {
    // one authorization in flight per connection: an older link stops working
    await m.delete(OauthStateEntity, { tenantId, connectionId });
    await m.save(OauthStateEntity, Object.assign(new OauthStateEntity(), {
      state, tenantId, connectionId, connectorId: connection.connectorId, name: connection.name, redirectUri,
      purpose: 'REAUTHORIZE', clientCredentials: deps.vault.seal(binding, clientCredentials),
      expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS),
    }));
  });
  return ok({ connection, authorizeUrl: entry.oauth.authorizeUrl(clientCredentials, redirectUri, state) });
}
