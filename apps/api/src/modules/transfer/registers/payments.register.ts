import { compareAmounts, paymentState, statusRoles, subtractAmount, sumAmounts } from '@ledgerbridge/domain';
import { In } from 'typeorm';
import { InvoiceEntity } from '../../invoice/invoice.entity.js';
import { PaymentEntity } from '../../payment/payment.entity.js';
import type { RegisterContext } from '../register-context.js';

/**
 * Paid status back from the ERP (SE-EE-27, SE-VN-54): for each transferred invoice, what the ERP
 * says is still open tells how much was paid; the difference to the payments we already hold is
 * recorded as one payment, and the invoice moves to the partially-paid or paid status.
 */
export async function pullPayments(ctx: RegisterContext): Promise<void> {
  if (!ctx.connector.getInvoiceStatus || ctx.plan) return;
  const { tenantId } = ctx;
  const refs = await ctx.refs.all('invoice');
  if (refs.size === 0) return;
  const invoices = await ctx.db.read(tenantId, (m) => m.findBy(InvoiceEntity, { tenantId, id: In([...refs.keys()]), kind: 'INVOICE' }));
  const { pipeline } = await ctx.services.invoiceStatuses.load(tenantId);
  const roles = statusRoles(pipeline);
  for (const invoice of invoices) {
    const ref = refs.get(invoice.id)!;
    const status = await ctx.connector.getInvoiceStatus(ref.externalId);
    if (!status.ok) {
      await ctx.log.item({ register: 'payments', recordId: invoice.id, direction: 'PULL', outcome: 'FAILED', errorCode: status.error.code, message: status.error.message, vendorError: status.error });
      continue;
    }
    const remaining = status.value.remainingAmount;
    if (remaining === undefined || status.value.state === 'draft') continue;
    const payments = await ctx.db.read(tenantId, (m) => m.findBy(PaymentEntity, { tenantId, invoiceId: invoice.id }));
    const paidInErp = subtractAmount(invoice.grossAmount, remaining);
    const known = sumAmounts(payments.map((p) => p.amount));
    const news = subtractAmount(paidInErp, known);
    if (compareAmounts(news, '0') <= 0) continue;
    await ctx.db.write(tenantId, async (m) => {
      const recorded = await ctx.services.payments.record(tenantId, m, { invoiceId: invoice.id, amount: news, paidOn: new Date().toISOString().slice(0, 10), reference: `${ctx.connection.connectorId}:${ref.externalNumber ?? ref.externalId}` });
      if (!recorded.ok) throw new Error(recorded.error.map((e) => e.message).join('; '));
    });
    const state = paymentState(invoice.grossAmount, [...payments, { amount: news }]);
    const target = state === 'PAID' ? roles.paid : state === 'PARTIALLY_PAID' ? roles.partiallyPaid : undefined;
    const moved = target ? await ctx.services.invoices.applyTransferOutcome(tenantId, invoice.id, { toStatusKey: target, paymentReference: status.value.paymentReference ?? null, connectionId: ctx.connection.id }) : null;
    await ctx.log.item({
      register: 'payments', recordId: invoice.id, direction: 'PULL', outcome: 'UPDATED', externalId: ref.externalId, externalNumber: ref.externalNumber,
      message: `Payment of ${news} recorded (${state === 'PAID' ? 'paid in full' : 'partially paid'})${moved && !moved.ok ? `; status not moved: ${moved.error[0]?.message ?? ''}` : ''}`,
    });
  }
}
