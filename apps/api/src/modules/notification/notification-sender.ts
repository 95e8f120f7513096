import { randomUUID } from 'node:crypto';
import type { TenantDb } from '../../db/tenant-db.js';
import type { MailDeps } from '../../mail/mail-deps.js';
import type { OutgoingMail } from '../../mail/mailer.js';
import { NotificationEntity, type NotificationKind } from './notification.entity.js';

/** What one notification is about: a run's failures, or one invoice's delivery. */
export type NotificationKey =
  | { readonly kind: 'TRANSFER_FAILURES'; readonly runId: string; readonly connectionId: string }
  | { readonly kind: 'INVOICE'; readonly invoiceId: string; readonly connectionId: string };

/** Either an e-mail to send, or a decision not to send that is recorded with its reason. */
export type NotificationOutcome =
  | { readonly send: Omit<OutgoingMail, 'from' | 'messageId'> & { readonly fromName: string } }
  | { readonly record: 'SKIPPED' | 'FAILED'; readonly reason: string; readonly recipients: readonly string[]; readonly subject: string };

function subjectOf(outcome: NotificationOutcome): string {
  return 'send' in outcome ? outcome.send.subject : outcome.subject;
}

function recipientsOf(outcome: NotificationOutcome): string[] {
  return [...('send' in outcome ? outcome.send.to : outcome.recipients)];
}

/**
 * At most one notification per key, recorded before anything is sent: a run resumed after a
 * crash, or retried, finds the record and does not e-mail again. A record still PENDING means
 * its sender died mid-send; it is sent again with the same Message-ID, so a mail client can
 * recognise the rare repeat (ADR 0011). Without SMTP the record says NOT_CONFIGURED.
 */
export class NotificationSender {
  constructor(private readonly db: TenantDb, private readonly mail: MailDeps) {}

  async once(tenantId: string, key: NotificationKey, outcome: NotificationOutcome): Promise<NotificationEntity> {
    const claimed = await this.claim(tenantId, key, outcome);
    if (claimed.status !== 'PENDING') return claimed;
    // a re-send (after a crash, or by an admin) says who it went to this time
    await this.db.write(tenantId, (m) => m.update(NotificationEntity, { tenantId, id: claimed.id }, { recipients: recipientsOf(outcome), subject: subjectOf(outcome) }));
    if ('record' in outcome) return this.finish(tenantId, claimed, outcome.record, outcome.reason);
    if (!this.mail.mailer.isConfigured) return this.finish(tenantId, claimed, 'NOT_CONFIGURED', 'SMTP_URL is not set, so no e-mail can be sent');
    await this.db.write(tenantId, (m) => m.increment(NotificationEntity, { tenantId, id: claimed.id }, 'attempts', 1));
    const sent = await this.mail.mailer.send({
      ...outcome.send, from: { name: outcome.send.fromName, address: this.mail.fromAddress }, messageId: claimed.messageId,
    });
    return sent.ok ? this.finish(tenantId, claimed, 'SENT', null) : this.finish(tenantId, claimed, 'FAILED', `The mail server refused: ${sent.error}`);
  }

  private async claim(tenantId: string, key: NotificationKey, outcome: NotificationOutcome): Promise<NotificationEntity> {
    const column = key.kind === 'INVOICE' ? 'invoice_id' : 'run_id';
    const subjectId = key.kind === 'INVOICE' ? key.invoiceId : key.runId;
    const domain = this.mail.fromAddress.split('@')[1] ?? 'ledgerbridge.localhost';
    return this.db.write(tenantId, async (m) => {
      await m.query(
        `INSERT INTO notification (id, tenant_id, kind, connection_id, ${column}, recipients, subject, status, message_id, attempts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'PENDING', $8, 0)
         ON CONFLICT (tenant_id, ${column}) WHERE kind = '${key.kind}' DO NOTHING`,
        [randomUUID(), tenantId, key.kind, key.connectionId, subjectId, recipientsOf(outcome), subjectOf(outcome), `<${key.kind.toLowerCase()}.${subjectId}@${domain}>`],
      );
      return m.findOneByOrFail(NotificationEntity, { tenantId, kind: key.kind as NotificationKind, ...(key.kind === 'INVOICE' ? { invoiceId: key.invoiceId } : { runId: key.runId }) });
    });
  }

  private async finish(tenantId: string, row: NotificationEntity, status: NotificationEntity['status'], reason: string | null): Promise<NotificationEntity> {
    return this.db.write(tenantId, async (m) => {
      await m.update(NotificationEntity, { tenantId, id: row.id }, { status, reason, ...(status === 'SENT' ? { sentAt: new Date() } : {}) });
      return m.findOneByOrFail(NotificationEntity, { tenantId, id: row.id });
    });
  }
}
