import { customerPushDecision, transferAllDirections } from '@ledgerbridge/domain';
import type { CustomerRecord, WriteOptions } from '@ledgerbridge/connectors';
import { CustomerEntity } from '../../customer/customer.entity.js';
import { InvoiceEntity } from '../../invoice/invoice.entity.js';
import { ProjectEntity } from '../../project/project.entity.js';
import { contentHash, type RegisterContext } from '../register-context.js';
import { adoptErpNumber } from './customer-numbering.js';
import { customerSource, mapForPush, mappedForHash, mappingRowsFor } from './mapped-record.js';
import { withOneStopShopZone } from './one-stop-shop.js';
import { pushRecord } from './push-record.js';
import { logSkip, pushGate } from './register-decisions.js';
import { mayPush, noteSkipped, violationsById } from './register-guards.js';

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

/** The customer as a linked push would send it: OSS zone (RB-21) and field mapping applied. */
export function customerHashRecord(ctx: RegisterContext, c: CustomerEntity, currency: string): CustomerRecord {
  const built = withOneStopShopZone(toCustomerRecord(c, currency), ctx.rules);
  return mappedForHash(ctx.connection, 'customers', customerSource(c, built), built);
}

/**
 * Customers to the ERP: eligible ones only (prospects, inactive and internal ones wait; SE-FX-12..15,
 * PV-05), all active ones in "transfer all customers" mode from the master (SE-FX-37). Where the ERP numbers
 * customers, one without a number is created there and gets the ERP's number (X-08, PV-26, SE-VN-25).
 * Register decisions come first; the number and master checks judge the mapped record.
 */
export async function pushCustomers(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const rules = ctx.rules.registers;
  const sendAll = transferAllDirections(rules).toErp;
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
  const violations = violationsById(ctx, 'customer', customers);
  for (const c of customers) {
    const ref = refs.get(c.id);
    const decided = gate.skipReason(c, Boolean(ref));
    if (decided) {
      await logSkip(ctx, 'customers', c.id, decided);
      continue;
    }
    const decision = customerPushDecision(c, { hasActiveProject: activeProjectCustomers.has(c.id), hasInvoice: invoicedCustomers.has(c.id), previouslyTransferred: Boolean(ref) }, { ...rules, transferAllCustomers: sendAll });
    if (!decision.send) {
      await noteSkipped(ctx, 'customers', c.id, ref ? null : decision.reason);
      continue;
    }
    if (!c.number && rules.customerNumbering === 'SOURCE') {
      await noteSkipped(ctx, 'customers', c.id, 'Not sent: the customer has no number yet, and this connection numbers customers in the source (X-08)');
      continue;
    }
    const built = withOneStopShopZone(toCustomerRecord(c, currency), ctx.rules);
    const record = await mapForPush(ctx, { register: 'customers', recordId: c.id, rows, source: customerSource(c, built), base: built, isUpdate: Boolean(ref) });
    if (!record) continue;
    const hash = contentHash(record);
    if (!(await mayPush(ctx, { register: 'customers', numbered: 'customer', recordId: c.id, number: c.number, ref, violation: violations.get(c.id), master: rules.customerMaster, hash, isLinkedByDecision: gate.isLinkedByDecision(c.id, ref?.externalId) }))) continue;
    // not linked yet: an inactive ERP customer with this number is an error, not a reactivation (SE-FX-18)
    const write = upsert && !ref ? (r: CustomerRecord, o: WriteOptions) => upsert(r, { ...o, refuseInactiveMatch: true }) : upsert;
    const sent = await pushRecord(ctx, { register: 'customers', recordType: 'customer', recordId: c.id, record, hash, ref, write });
    if (!c.number && sent?.externalNumber) {
      await adoptErpNumber(ctx, c.id, sent.externalNumber, contentHash(customerHashRecord(ctx, Object.assign(new CustomerEntity(), c, { number: sent.externalNumber }), currency)));
    }
  }
}
