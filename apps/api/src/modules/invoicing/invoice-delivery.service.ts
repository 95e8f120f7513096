import { effectiveInvoicing, invoiceDeliveryPlan, type InvoicingSettings } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import type { Logger } from '../../logging/logger.js';
import type { MailDeps } from '../../mail/mail-deps.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { InvoiceLineEntity } from '../invoice/invoice-line.entity.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';
import { NotificationSender } from '../notification/notification-sender.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
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
