import { randomBytes, randomUUID } from 'node:crypto';
import { applyPatch, applyRulesPatch, err, fieldError, fieldErrorsFromZod, mergeRulesPatch, ok, transferRulesFor, transferRulesSchema, type FieldError, type Result } from '@ledgerbridge/domain';
import type { CanonicalRecords, Connector, ConnectorContext, ConnectorError, RatePriority } from '@ledgerbridge/connectors';
import type { DataSource } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { PostgresRateBudget } from '../rate-budget/postgres-rate-budget.js';
import { ConnectionEntity } from './connection.entity.js';
import type { CatalogEntry, ConnectorCatalog } from './connector-catalog.js';
import { OAUTH_STATE_TTL_MS, OauthStateEntity, type TakenOauthState } from './oauth-state.entity.js';
import { checkInventoryValueInErp, checkInvoiceNumbering } from './transfer-rules-patch.js';
import { disconnectConnection } from './connection-disconnect.service.js';
import { startReauthorization } from './connection-reauthorize.service.js';
import type { CredentialVault } from './vault.js';

export interface ConnectionDeps {
  catalog: ConnectorCatalog;
  vault: CredentialVault;
  context: ConnectorContext;
  /** Absolute URL of the OAuth callback route, e.g. http://host/oauth/callback (known once the server listens). */
  oauthCallbackUrl: () => string;
  ds: DataSource;
}

function prefixed(errors: FieldError[], prefix: string): FieldError[] {
  return errors.map((e) => ({ ...e, field: [prefix, ...e.field] }));
}

function expiryOf(credentials: Record<string, unknown>): Date | null {
  const v = credentials['expiresAt'];
  return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : null;
}

/** Connections to external systems: credentials sealed in the vault, settings validated by the connector. */
export class ConnectionService {
  constructor(private readonly db: TenantDb, private readonly deps: ConnectionDeps) {}

  get catalog(): ConnectorCatalog {
    return this.deps.catalog;
  }

  list(tenantId: string): Promise<ConnectionEntity[]> {
    return this.db.read(tenantId, (m) => m.find(ConnectionEntity, { where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  findById(tenantId: string, id: string): Promise<ConnectionEntity | null> {
    return this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id }));
  }

  /**
   * Token systems are verified before anything is stored (bad credentials are refused, not
   * saved). OAuth systems are stored waiting for authorization and return the URL to send the
   * admin to; the callback completes them.
   */
  async connect(tenantId: string, input: { connectorId: string; name: string; credentials: unknown; settings: unknown }): Promise<Result<{ connection: ConnectionEntity; authorizeUrl: string | null }, FieldError[]>> {
    const entry = this.deps.catalog.get(input.connectorId);
    if (!entry) return err([fieldError('NOT_FOUND', `No connector "${input.connectorId}"`, ['connectorId'])]);
    const errors: FieldError[] = [];
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) errors.push(fieldError('INVALID_VALUE', 'Name must be 1 to 100 characters', ['name']));
    const supplied = (input.credentials ?? {}) as Record<string, unknown>;
    const needsAuthorization = entry.oauth !== undefined && typeof supplied['accessToken'] !== 'string';
    const credentials = (needsAuthorization ? entry.oauth!.clientSchema : entry.manifest.credentialsSchema).safeParse(supplied);
    if (!credentials.success) errors.push(...prefixed(fieldErrorsFromZod(credentials.error), 'credentials'));
    const settings = entry.manifest.settingsSchema.safeParse(input.settings ?? {});
    if (!settings.success) errors.push(...prefixed(fieldErrorsFromZod(settings.error), 'settings'));
    if (!credentials.success || !settings.success || errors.length > 0) return err(errors);

    const id = randomUUID();
    const creds = credentials.data as Record<string, unknown>;
    if (!needsAuthorization) {
      const check = await this.instantiate(entry, { tenantId, id, credentials: creds, settings: settings.data }).verifyCredentials();
      if (!check.ok) return err([fieldError('INVALID_VALUE', `${entry.manifest.displayName} refused the credentials: ${check.error.message}`, ['credentials'])]);
    }
    const row = Object.assign(new ConnectionEntity(), {
      id, tenantId, connectorId: entry.manifest.id, name,
      status: needsAuthorization ? 'NEEDS_RECONNECT' : 'ACTIVE',
      statusReason: needsAuthorization ? `Waiting for authorization in ${entry.manifest.displayName}` : null,
      credentials: this.deps.vault.seal({ tenantId, connectionId: id }, creds),
      settings: settings.data as Record<string, unknown>,
      tokenExpiresAt: expiryOf(creds),
      autoTransferInvoices: false,
      rules: {},
      fieldMappings: {},
    });
    const state = randomBytes(24).toString('base64url');
    const saved = await this.db.write(tenantId, async (m) => {
      const c = await m.save(ConnectionEntity, row);
      if (needsAuthorization) {
        await m.save(OauthStateEntity, Object.assign(new OauthStateEntity(), {
          state, tenantId, connectionId: id, connectorId: entry.manifest.id, name, redirectUri: this.deps.oauthCallbackUrl(),
          expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS),
        }));
      }
      return c;
    });
    const authorizeUrl = needsAuthorization ? entry.oauth!.authorizeUrl(creds, this.deps.oauthCallbackUrl(), state) : null;
    return ok({ connection: saved, authorizeUrl });
  }

  /** New credentials for an existing connection (e.g. a rotated agreement token): verified, sealed, active. */
  async reconnect(tenantId: string, connectionId: string, credentials: Record<string, unknown>): Promise<Result<ConnectionEntity, FieldError[]>> {
    const connection = await this.findById(tenantId, connectionId);
    const entry = connection && this.deps.catalog.get(connection.connectorId);
    if (!connection || !entry) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    const parsed = entry.manifest.credentialsSchema.safeParse(credentials);
    if (!parsed.success) return err(prefixed(fieldErrorsFromZod(parsed.error), 'credentials'));
    const creds = parsed.data as Record<string, unknown>;
    const check = await this.instantiate(entry, { tenantId, id: connectionId, credentials: creds, settings: connection.settings }, 'USER').verifyCredentials();
    if (!check.ok) return err([fieldError('INVALID_VALUE', `${entry.manifest.displayName} refused the credentials: ${check.error.message}`, ['credentials'])]);
    return ok(await this.storeCredentials(tenantId, connectionId, creds, 'ACTIVE'));
  }

  /** Starts the OAuth flow again for this connection; the callback gives it new tokens in place (X-02, ADR 0021). */
  reauthorize(tenantId: string, connectionId: string, credentials: Record<string, unknown> | null | undefined): Promise<Result<{ connection: ConnectionEntity; authorizeUrl: string }, FieldError[]>> {
    return startReauthorization(this.db, this.deps, tenantId, connectionId, credentials);
  }

  /** The OAuth callback: the state names tenant and connection; the code becomes tokens. */
  async completeOauth(state: string, code: string): Promise<Result<ConnectionEntity, string>> {
    const rows: TakenOauthState[] = await this.deps.ds.query('SELECT * FROM lb_take_oauth_state($1)', [state]);
    const pending = rows[0];
    if (!pending) return err('This authorization link has expired or was already used; start the connection again.');
    const { tenant_id: tenantId, connection_id: connectionId } = pending;
    const connection = await this.findById(tenantId, connectionId);
    const entry = connection && this.deps.catalog.get(connection.connectorId);
    if (!connection || !entry?.oauth) return err('The connection no longer exists.');
    // a re-authorization brings its client in the state (ADR 0021); a new connection holds it itself
    const sealed = pending.client_credentials ?? connection.credentials;
    if (!sealed) return err('The connection was disconnected meanwhile; connect it again.');
    const current = this.deps.vault.open({ tenantId, connectionId }, sealed);
    const exchanged = await entry.oauth.exchangeCode(current, code, pending.redirect_uri, this.deps.context);
    if (!exchanged.ok) {
      // re-authorizing must not break a connection whose tokens may still work: it stays as it was
      if (pending.purpose !== 'REAUTHORIZE') await this.setStatus(tenantId, connectionId, 'NEEDS_RECONNECT', exchanged.error.message);
      return err(exchanged.error.message);
    }
    return ok(await this.storeCredentials(tenantId, connectionId, exchanged.value, 'ACTIVE'));
  }

  async test(tenantId: string, connectionId: string): Promise<Result<{ connection: ConnectionEntity; accountName: string | null; problem: ConnectorError | null }, FieldError[]>> {
    const connection = await this.findById(tenantId, connectionId);
    if (!connection) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    const connector = this.connectorFor(connection);
    if (!connector.ok) return err([fieldError('INVALID_VALUE', connector.error, ['connectionId'])]);
    const check = await connector.value.verifyCredentials();
    const status = check.ok ? 'ACTIVE' : check.error.code === 'AUTH_INVALID' || check.error.code === 'PERMISSION_DENIED' ? 'NEEDS_RECONNECT' : connection.status;
    const updated = await this.setStatus(tenantId, connectionId, status, check.ok ? null : check.error.message);
    return ok({ connection: updated, accountName: check.ok ? check.value.accountName : null, problem: check.ok ? null : check.error });
  }

  async updateSettings(tenantId: string, connectionId: string, patch: Record<string, unknown>, autoTransferInvoices?: boolean): Promise<Result<ConnectionEntity, FieldError[]>> {
    return this.db.write(tenantId, async (m) => {
      const connection = await m.findOneBy(ConnectionEntity, { tenantId, id: connectionId });
      const entry = connection && this.deps.catalog.get(connection.connectorId);
      if (!connection || !entry) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
      // the connector's settings follow the rules' patch semantics: null clears (ADR 0024)
      const merged = applyPatch(entry.manifest.settingsSchema, connection.settings, patch);
      if (!merged.ok) return err(prefixed(merged.error, 'settings'));
      const parsed = entry.manifest.settingsSchema.safeParse(merged.value);
      if (!parsed.success) return err(prefixed(fieldErrorsFromZod(parsed.error), 'settings'));
      connection.settings = parsed.data as Record<string, unknown>;
      if (autoTransferInvoices !== undefined) connection.autoTransferInvoices = autoTransferInvoices;
      return ok(await m.save(ConnectionEntity, connection));
    });
  }

  /** Replaces the engine's rules for the connection, validated by the domain's schema (paths under `rules`). */
  async updateRules(tenantId: string, connectionId: string, patch: Record<string, unknown>): Promise<Result<ConnectionEntity, FieldError[]>> {
    // the ERP is asked outside the write transaction (RB-27); the write re-validates what it saves
    const before = await this.findById(tenantId, connectionId);
    if (before && 'inventoryValue' in patch) {
      const checked = transferRulesSchema.safeParse(mergeRulesPatch(before.rules, patch));
      const connector = this.connectorFor(before);
      const problems = checked.success ? await checkInventoryValueInErp(connector.ok ? connector.value : connector.error, checked.data) : [];
      if (problems.length) return err(problems);
    }
    return this.db.write(tenantId, async (m) => {
      const connection = await m.findOneBy(ConnectionEntity, { tenantId, id: connectionId });
      if (!connection) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
      // null clears an optional rule or puts a defaulted one back to its default; a required one refuses it (ADR 0024)
      const merged = applyRulesPatch(connection.rules, patch);
      if (!merged.ok) return err(prefixed(merged.error, 'rules'));
      const parsed = transferRulesSchema.safeParse(merged.value);
      if (!parsed.success) return err(prefixed(fieldErrorsFromZod(parsed.error), 'rules'));
      const numbering = checkInvoiceNumbering(this.deps.catalog.get(connection.connectorId)?.manifest, transferRulesFor(connection.connectorId, parsed.data));
      if (numbering.length) return err(numbering);
      connection.rules = parsed.data as Record<string, unknown>;
      return ok(await m.save(ConnectionEntity, connection));
    });
  }

  /**
   * A live connector for a stored connection; rotated tokens are sealed and saved as they come.
   * Its calls draw on the connection's shared rate budget as `priority` (ADR 0010).
   */
  connectorFor(connection: ConnectionEntity, priority: RatePriority = 'USER'): Result<Connector<CanonicalRecords>, string> {
    const entry = this.deps.catalog.get(connection.connectorId);
    if (!entry) return err(`Connector "${connection.connectorId}" is not available in this installation`);
    if (connection.status === 'DISABLED') return err('The connection is disabled');
    if (!connection.credentials) return err('The connection is disconnected; reconnect it first');
    const credentials = this.deps.vault.open({ tenantId: connection.tenantId, connectionId: connection.id }, connection.credentials);
    return ok(this.instantiate(entry, { tenantId: connection.tenantId, id: connection.id, credentials, settings: connection.settings }, priority));
  }

  /** Without a priority (a connection not stored yet, so no other process can call for it) the connector's own bucket paces it. */
  private instantiate(entry: CatalogEntry, c: { tenantId: string; id: string; credentials: Record<string, unknown>; settings: unknown }, priority?: RatePriority): Connector<CanonicalRecords> {
    const { context } = this.deps;
    return entry.create({
      credentials: c.credentials,
      settings: c.settings,
      context: priority === undefined ? context : {
        ...context,
        rateBudget: new PostgresRateBudget({ ds: this.deps.ds, tenantId: c.tenantId, connectionId: c.id, hint: entry.manifest.rateLimit, clock: context.clock }),
        ratePriority: priority,
      },
      persistCredentials: async (next) => {
        await this.storeCredentials(c.tenantId, c.id, next, undefined);
      },
    });
  }

  private async storeCredentials(tenantId: string, connectionId: string, credentials: Record<string, unknown>, status: ConnectionEntity['status'] | undefined): Promise<ConnectionEntity> {
    // its own short transaction: a rotated token must survive even if the caller's work rolls back
    return this.deps.ds.transaction(async (m) => {
      await m.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
      const connection = await m.findOneByOrFail(ConnectionEntity, { tenantId, id: connectionId });
      connection.credentials = this.deps.vault.seal({ tenantId, connectionId }, credentials);
      connection.tokenExpiresAt = expiryOf(credentials);
      if (status) {
        connection.status = status;
        connection.statusReason = null;
      }
      return m.save(ConnectionEntity, connection);
    });
  }

  /**
   * Deactivation only pauses: runs and schedules skip a connection that is not ACTIVE, and its
   * settings, rules and links stay. Activation checks the credentials again, since they may have
   * lapsed meanwhile.
   */
  async setActive(tenantId: string, connectionId: string, isActive: boolean): Promise<Result<ConnectionEntity, FieldError[]>> {
    const connection = await this.findById(tenantId, connectionId);
    if (!connection) return err([fieldError('NOT_FOUND', 'No connection with this id', ['connectionId'])]);
    if (connection.status === 'DISCONNECTED') return err([fieldError('DISCONNECTED', 'The connection is disconnected; reconnect it with new credentials', ['connectionId'])]);
    if (!isActive) return ok(await this.setStatus(tenantId, connectionId, 'DISABLED', 'Deactivated by an admin'));
    if (connection.status !== 'DISABLED') return ok(connection);
    await this.setStatus(tenantId, connectionId, 'ACTIVE', null);
    const checked = await this.test(tenantId, connectionId);
    return checked.ok ? ok(checked.value.connection) : checked;
  }

  /** Deletes the credentials and stops the schedules; history and links stay for a later reconnect. */
  disconnect(tenantId: string, connectionId: string): Promise<Result<ConnectionEntity, FieldError[]>> {
    return disconnectConnection(this.db, tenantId, connectionId);
  }

  /** The ERP refused our access during work: the admin must reconnect; the reason is shown. */
  async markNeedsReconnect(tenantId: string, connectionId: string, reason: string): Promise<void> {
    await this.setStatus(tenantId, connectionId, 'NEEDS_RECONNECT', reason);
  }

  private setStatus(tenantId: string, connectionId: string, status: ConnectionEntity['status'], reason: string | null): Promise<ConnectionEntity> {
    return this.db.write(tenantId, async (m) => {
      const connection = await m.findOneByOrFail(ConnectionEntity, { tenantId, id: connectionId });
      connection.status = status;
      connection.statusReason = reason;
      return m.save(ConnectionEntity, connection);
    });
  }
}
