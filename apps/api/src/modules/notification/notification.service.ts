import {
  failureNotificationSettingsSchema, failureRecipients, ok, parseInput, summariseFailures,
  type FailureNotificationSettings, type FieldError, type NotificationStatus, type Result,
} from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import { plainInput } from '../../graphql/plain-input.js';
import { toGlobalId } from '../../graphql/relay.js';
import type { MailDeps } from '../../mail/mail-deps.js';
import { UserEntity } from '../auth/user.entity.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { TenantEntity } from '../tenant/tenant.entity.js';
import { TransferItemEntity } from '../transfer/transfer-item.entity.js';
import { TransferRunEntity } from '../transfer/transfer-run.entity.js';
import { failureEmail } from './failure-email.js';
import { FailureNotificationSettingsEntity } from './failure-notification-settings.entity.js';
import { NotificationSender } from './notification-sender.js';
import { NotificationEntity, type NotificationKind } from './notification.entity.js';

export interface NotificationFilter {
  kind?: NotificationKind | null;
  status?: NotificationStatus | null;
  connectionId?: string | null;
  runId?: string | null;
  invoiceId?: string | null;
}

/** Failure e-mails per connection (SE-FX-52, X-29) and the record of every notification. */
export class NotificationService {
  private readonly sender: NotificationSender;

  constructor(private readonly db: TenantDb, private readonly mail: MailDeps) {
    this.sender = new NotificationSender(db, mail);
  }

  /** The connection's settings, or the defaults (on, to the admins) until an admin saves them. */
  async settings(tenantId: string, connectionId: string): Promise<FailureNotificationSettings & { isSaved: boolean }> {
    const row = await this.db.read(tenantId, (m) => m.findOneBy(FailureNotificationSettingsEntity, { tenantId, connectionId }));
    return row
      ? { isEnabled: row.isEnabled, includeAdmins: row.includeAdmins, extraRecipients: row.extraRecipients, isSaved: true }
      : { ...failureNotificationSettingsSchema.parse({}), isSaved: false };
  }

  /** Partial input: fields left out keep their current value. */
  async saveSettings(tenantId: string, connectionId: string, input: unknown, actor: string | null): Promise<Result<FailureNotificationSettings & { isSaved: boolean }, FieldError[]>> {
    const { isSaved: _ignored, ...current } = await this.settings(tenantId, connectionId);
    const parsed = parseInput(failureNotificationSettingsSchema, { ...current, ...(plainInput(input) as object) });
    if (!parsed.ok) return parsed;
    await this.db.write(tenantId, (m) => m.save(FailureNotificationSettingsEntity, Object.assign(new FailureNotificationSettingsEntity(), { tenantId, connectionId, ...parsed.value, updatedBy: actor })));
    return ok({ ...parsed.value, isSaved: true });
  }

  async list(tenantId: string, filter: NotificationFilter, first: number): Promise<NotificationEntity[]> {
    return this.db.read(tenantId, (m) => m.find(NotificationEntity, {
      where: {
        tenantId,
        ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.status ? { status: filter.status } : {}),
        ...(filter.connectionId ? { connectionId: filter.connectionId } : {}), ...(filter.runId ? { runId: filter.runId } : {}),
        ...(filter.invoiceId ? { invoiceId: filter.invoiceId } : {}),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: first,
    }));
  }

  async forInvoices(tenantId: string, invoiceIds: readonly string[]): Promise<NotificationEntity[]> {
    if (invoiceIds.length === 0) return [];
    return this.db.read(tenantId, (m) => m.createQueryBuilder(NotificationEntity, 'n')
      .where('n.tenant_id = :tenantId AND n.kind = :kind AND n.invoice_id = ANY(:ids)', { tenantId, kind: 'INVOICE', ids: [...invoiceIds] }).getMany());
  }

  /**
   * After a run: one e-mail summarising its failures by reason, with a link to its log (X-30
   * row 30). Recorded whatever happens (off, no recipients, no SMTP, refused); never throws for
   * a mail problem, so a failed send cannot fail the run.
   */
  async notifyRunFailures(tenantId: string, runId: string): Promise<NotificationEntity | null> {
    const run = await this.db.read(tenantId, (m) => m.findOneBy(TransferRunEntity, { tenantId, id: runId }));
    if (!run || run.isDryRun || (run.counts.FAILED ?? 0) === 0) return null;
    const { connection, tenant, admins, failed } = await this.db.read(tenantId, async (m) => ({
      connection: await m.findOneBy(ConnectionEntity, { tenantId, id: run.connectionId }),
      tenant: await m.findOneBy(TenantEntity, { id: tenantId }),
      admins: await m.find(UserEntity, { where: { tenantId, role: 'ADMIN' }, order: { createdAt: 'ASC' } }),
      failed: await m.find(TransferItemEntity, { where: { tenantId, runId, outcome: 'FAILED' }, order: { createdAt: 'ASC' } }),
    }));
    if (!connection) return null;
    const settings = await this.settings(tenantId, connection.id);
    const recipients = failureRecipients(settings, admins.map((a) => a.email));
    const content = failureEmail({
      tenantName: tenant?.name ?? 'Ledgerbridge', connectionName: connection.name, connectorId: connection.connectorId, runId,
      failedCount: failed.length, groups: summariseFailures(failed), logUrl: `${this.mail.publicUrl()}/admin/transfers/${encodeURIComponent(toGlobalId('TransferRun', runId))}`,
    });
    const key = { kind: 'TRANSFER_FAILURES' as const, runId, connectionId: connection.id };
    if (!settings.isEnabled) return this.sender.once(tenantId, key, { record: 'SKIPPED', reason: 'Failure e-mails are off for this connection', recipients, subject: content.subject });
    if (recipients.length === 0) return this.sender.once(tenantId, key, { record: 'FAILED', reason: 'No recipients: the tenant has no admin users and no extra recipients are set', recipients, subject: content.subject });
    return this.sender.once(tenantId, key, { send: { fromName: tenant?.name ?? 'Ledgerbridge', to: recipients, ...content } });
  }
}
