import { effectiveInvoicing, waitsForNightlyRun, type InvoicingOverrides, type InvoicingSettings } from '@ledgerbridge/domain';
import type { InvoiceEntity } from '../../invoice/invoice.entity.js';
import type { RegisterContext } from '../register-context.js';

/**
 * Why an invoice made "before the job is completed" must still wait (PV-10, PV-12): its job day
 * (the issue date) has not been opened by a nightly run yet. Invoices on completion (PV-11, the
 * default) and credit notes never wait. Loaded once per run.
 */
export async function nightlyHolds(ctx: RegisterContext, company: InvoicingSettings): Promise<(invoice: InvoiceEntity, customer: InvoicingOverrides | undefined) => string | null> {
  const nights = await ctx.services.nightlyInvoicing.get(ctx.tenantId);
  const now = new Date();
  return (invoice, customer) => {
    if (invoice.kind !== 'INVOICE' || effectiveInvoicing(company, customer ?? {}).invoicingTime !== 'BEFORE_WORKDAY') return null;
    return waitsForNightlyRun(invoice.issueDate, { now, timeZone: nights.timeZone, openedThrough: nights.openedThrough });
  };
}

/** Logs (or plans) a waiting invoice as skipped with its reason; true when it waits. */
export async function heldForNight(ctx: RegisterContext, register: string, invoiceId: string, reason: string | null): Promise<boolean> {
  if (reason === null) return false;
  if (ctx.plan) ctx.plan.push({ register, recordId: invoiceId, action: 'SKIP', reason, payload: null, errors: [] });
  else await ctx.log.item({ register, recordId: invoiceId, direction: 'PUSH', outcome: 'SKIPPED', message: reason });
  return true;
}
