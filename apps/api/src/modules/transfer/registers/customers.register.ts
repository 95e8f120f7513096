import { isCustomerEligibleForTransfer } from '@ledgerbridge/domain';
import type { CustomerRecord } from '@ledgerbridge/connectors';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { InvoiceEntity } from '../../invoice/invoice.entity.js';
import { ProjectEntity } from '../../project/project.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { customerSource, mapForPush, mappingRowsFor } from './mapped-record.js';
import { withOneStopShopZone } from './one-stop-shop.js';
import { pushRecord } from './push-record.js';
import { logSkip, pushGate } from './register-decisions.js';

export function toCustomerRecord(c: CustomerEntity, fallbackCurrency: string): CustomerRecord {
  const a = c.billingAddress ?? c.postalAddress ?? null;
  return {
    ...(c.number ? { number: c.number } : {}),
    name: c.name,
    ...(c.organizationNumber ? { organizationNumber: c.organizationNumber } : {}),
    ...(c.vatNumber ? { vatNumber: c.vatNumber } : {}),
    ...(c.ean ? { ean: c.ean } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(a ? { address: { line1: a.line1, ...(a.line2 ? { line2: a.line2 } : {}), postalCode: a.postalCode, city: a.city, countryCode: a.countryCode } } : {}),
    paymentTermsDays: c.paymentTermsDays,
    currency: c.currency?.trim() || fallbackCurrency,
    isActive: c.isActive,
  };
}

/** Customers to the ERP: eligible ones only (prospects, inactive and internal ones wait; SE-FX-12..15). */
export async function pushCustomers(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const [customers, activeProjectCustomers, invoicedCustomers] = await ctx.db.read(tenantId, async (m) => [
    await m.find(CustomerEntity, { where: { tenantId }, order: { number: 'ASC', id: 'ASC' } }),
    new Set((await m.findBy(ProjectEntity, { tenantId, isActive: true })).map((p) => p.customerId)),
    new Set((await m.createQueryBuilder(InvoiceEntity, 'i').select('DISTINCT i.customer_id', 'customer_id').where('i.tenant_id = :tenantId', { tenantId }).getRawMany<{ customer_id: string }>()).map((r) => r.customer_id)),
  ] as const);
  const refs = await ctx.refs.all('customer');
  const currency = String(ctx.settings['defaultCurrency'] ?? 'DKK');
  const upsert = ctx.connector.upsertCustomer?.bind(ctx.connector);
  const rows = mappingRowsFor(ctx.connection, 'customers');
  const gate = await pushGate(ctx, 'customers');
  for (const c of customers) {
    const ref = refs.get(c.id);
    const decided = gate.skipReason(c, Boolean(ref));
    if (decided) {
      await logSkip(ctx, 'customers', c.id, decided);
      continue;
    }
    const eligible = isCustomerEligibleForTransfer(c, { hasActiveProject: activeProjectCustomers.has(c.id), hasInvoice: invoicedCustomers.has(c.id), previouslyTransferred: Boolean(ref) });
    if (!eligible) {
      await skip(ctx, c.id, ref ? null : 'Not sent: prospect, inactive or internal customer without an active project or invoice');
      continue;
    }
    if (!c.number) {
      await skip(ctx, c.id, 'Not sent: the customer has no number yet');
      continue;
    }
    const built = withOneStopShopZone(toCustomerRecord(c, currency), ctx.rules);
    const record = await mapForPush(ctx, { register: 'customers', recordId: c.id, rows, source: customerSource(c, built), base: built, isUpdate: Boolean(ref) });
    if (!record) continue;
    await pushRecord(ctx, { register: 'customers', recordType: 'customer', recordId: c.id, record, hash: contentHash(record), ref, write: upsert });
  }
}

async function skip(ctx: RegisterContext, recordId: string, reason: string | null): Promise<void> {
  if (ctx.plan) ctx.plan.push({ register: 'customers', recordId, action: 'SKIP', reason, payload: null, errors: [] });
  else if (reason) await ctx.log.item({ register: 'customers', recordId, direction: 'PUSH', outcome: 'SKIPPED', message: reason });
}
