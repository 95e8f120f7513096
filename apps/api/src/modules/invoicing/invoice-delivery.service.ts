import { effectiveInvoicing, err, fieldError, invoiceDeliveryPlan, ok, type FieldError, type InvoicingSettings, type Result } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import type { Logger } from '../../logging/logger.js';
import type { MailDeps } from '../../mail/mail-deps.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { InvoiceLineEntity } from '../invoice/invoice-line.entity.js';
import { ConnectionEntity } from '../connection/connection.entity.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import { NotificationSender } from '../notification/notification-sender.js';
import { NotificationEntity } from '../notification/notification.entity.js';
import { TenantEntity } from '../tenant/tenant.entity.js';
import { invoiceEmail } from './invoice-email.js';

interface DeliveryInput {
  invoice: InvoiceEntity;
  number: string | null;
  connectionId: string;
  connectorId: string;
  company: InvoicingSettings;
}

/**
 * E-mails a booked invoice to its customer where the ERP cannot (PV-28, X-22), once per invoice
 * whatever retries and crashes happen (the `notification` record is claimed before sending).
 * The outcome is on the invoice (`Invoice.delivery`); it never fails the invoice's transfer.
 */
export class InvoiceDeliveryService {
  private readonly sender: NotificationSender;

  constructor(private readonly db: TenantDb, mail: MailDeps, private readonly logger: Logger) {
    this.sender = new NotificationSender(db, mail);
  }

  async afterBooked(tenantId: string, input: DeliveryInput): Promise<NotificationEntity | null> {
    try {
      return await this.deliver(tenantId, input);
    } catch (error) {
      this.logger.error({ err: error, invoiceId: input.invoice.id }, 'invoice delivery could not be recorded');
      return null;
    }
  }

  /**
   * Sends an invoice again whose e-mail failed or could not be sent (e.g. after the admin added
   * the customer's address or configured SMTP). A SENT one is refused: exactly one delivery.
   */
  async resend(tenantId: string, invoiceId: string, company: InvoicingSettings): Promise<Result<NotificationEntity, FieldError[]>> {
    const { row, invoice } = await this.db.read(tenantId, async (m) => ({
      row: await m.findOneBy(NotificationEntity, { tenantId, kind: 'INVOICE', invoiceId }),
      invoice: await m.findOneBy(InvoiceEntity, { tenantId, id: invoiceId }),
    }));
    if (!invoice) return err([fieldError('NOT_FOUND', 'No invoice with this id', ['invoiceId'])]);
    if (!row) return err([fieldError('NOT_FOUND', 'The integration has not delivered this invoice: it is not booked, or the ERP sends it', ['invoiceId'])]);
    if (row.status !== 'FAILED' && row.status !== 'NOT_CONFIGURED') {
      return err([fieldError('CONFLICT', `The invoice e-mail is ${row.status}; only a failed or unsent one can be sent again`, ['invoiceId'])]);
    }
    const connection = row.connectionId ? await this.db.read(tenantId, (m) => m.findOneBy(ConnectionEntity, { tenantId, id: row.connectionId! })) : null;
    if (!connection) return err([fieldError('NOT_FOUND', 'The connection the invoice was booked through no longer exists', ['invoiceId'])]);
    const customer = await this.db.read(tenantId, (m) => m.findOneBy(CustomerEntity, { tenantId, id: invoice.customerId }));
    const plan = customer ? invoiceDeliveryPlan({ connectorId: connection.connectorId, delivery: effectiveInvoicing(company, customer).delivery, customer }) : { action: 'NONE' as const };
    if (plan.action === 'NONE') return err([fieldError('INVALID_VALUE', 'The invoice is no longer to be e-mailed (its delivery setting or customer changed)', ['invoiceId'])]);
    // back to PENDING only from a final failure, so two admins clicking at once send it once
    const reopened: [unknown[], number] = await this.db.write(tenantId, (m) => m.query(
      `UPDATE notification SET status = 'PENDING', reason = NULL, updated_at = now() WHERE tenant_id = $1 AND id = $2 AND status IN ('FAILED', 'NOT_CONFIGURED')`, [tenantId, row.id],
    ));
    if (reopened[1] !== 1) return err([fieldError('CONFLICT', 'The invoice e-mail is being sent already', ['invoiceId'])]);
    const sent = await this.deliver(tenantId, { invoice, number: invoice.number, connectionId: connection.id, connectorId: connection.connectorId, company });
    return sent ? ok(sent) : err([fieldError('NOT_FOUND', 'The invoice\'s customer no longer exists', ['invoiceId'])]);
  }

  private async deliver(tenantId: string, input: DeliveryInput): Promise<NotificationEntity | null> {
    const { invoice } = input;
    const { customer, tenant, lines } = await this.db.read(tenantId, async (m) => ({
      customer: await m.findOneBy(CustomerEntity, { tenantId, id: invoice.customerId }),
      tenant: await m.findOneBy(TenantEntity, { id: tenantId }),
      lines: await m.find(InvoiceLineEntity, { where: { tenantId, invoiceId: invoice.id }, order: { position: 'ASC' } }),
    }));
    if (!customer) return null;
    const plan = invoiceDeliveryPlan({ connectorId: input.connectorId, delivery: effectiveInvoicing(input.company, customer).delivery, customer });
    if (plan.action === 'NONE') return null;
    const tenantName = tenant?.name ?? 'Ledgerbridge';
    const content = invoiceEmail({
      tenantName, customerName: customer.name, kind: invoice.kind, number: input.number ?? invoice.number, currency: invoice.currency.trim(),
      issueDate: invoice.issueDate, dueDate: invoice.dueDate, reference: invoice.reference,
      lines: lines.map((l) => ({ description: l.description, quantity: l.quantity, unit: l.unit, unitPrice: l.unitPrice, netAmount: l.netAmount })),
      netAmount: invoice.netAmount, vatAmount: invoice.vatAmount, grossAmount: invoice.grossAmount,
    });
    const key = { kind: 'INVOICE' as const, invoiceId: invoice.id, connectionId: input.connectionId };
    if (plan.action === 'FAIL') return this.sender.once(tenantId, key, { record: 'FAILED', reason: plan.reason, recipients: [], subject: content.subject });
    return this.sender.once(tenantId, key, { send: { fromName: tenantName, to: [plan.to], ...content } });
  }
}
