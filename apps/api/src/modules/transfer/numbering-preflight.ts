import type { CanonicalRecords, Connector } from '@ledgerbridge/connectors';
import { numberSeriesCollisions, statusRoles, transferRulesFor } from '@ledgerbridge/domain';
import { IsNull, Not } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { InvoiceStatusService } from '../invoice-status/invoice-status.service.js';
import { readErpRegister } from '../reconciliation/erp-register.reader.js';
import { ExternalRefEntity } from './external-ref.entity.js';
import type { PreflightFinding } from './preflight.js';

const EXAMPLES = 5;
/** Each of our next invoice numbers is one lookup in the ERP; the lowest this many are checked. */
const INVOICE_LOOKUPS = 50;

/**
 * Number series must not overlap: our invoice numbers still to be sent that the ERP has
 * already used when the source numbers invoices (SE-FX-33), invoices waiting to be sent without
 * the number the source owes (SE-FX-32), and, when the ERP numbers customers, our unlinked
 * customers whose numbers the ERP already gives to a differently named customer (SE-EE-06).
 */
export async function numberingPreflight(args: { tenantId: string; connection: ConnectionEntity; connector: Connector<CanonicalRecords>; db: TenantDb; statuses: InvoiceStatusService }): Promise<PreflightFinding[]> {
  const { tenantId, connection, connector, db } = args;
  const rules = transferRulesFor(connection.connectorId, connection.rules).registers;
  const findings: PreflightFinding[] = [];
  if (rules.invoiceNumbering === 'SOURCE') findings.push(...await invoiceSeries(args));
  if (rules.customerNumbering === 'ERP') {
    const [ours, links] = await db.read(tenantId, async (m) => [
      await m.find(CustomerEntity, { where: { tenantId, number: Not(IsNull()) }, select: { id: true, number: true, name: true } }),
      await m.find(ExternalRefEntity, { where: { tenantId, connectionId: connection.id, recordType: 'customer' }, select: { recordId: true, externalId: true } }),
    ] as const);
    const linkedOurs = new Set(links.map((l) => l.recordId));
    const unlinked = ours.filter((c) => !linkedOurs.has(c.id));
    if (unlinked.length === 0) return findings;
    const theirs = await readErpRegister(connector, 'customers');
    if (!theirs.ok || !theirs.value) return findings;
    const linkedTheirs = new Set(links.map((l) => l.externalId));
    const nameOf = new Map(theirs.value.filter((t) => !linkedTheirs.has(t.id) && t.number).map((t) => [t.number!.trim(), t.name.trim().toLowerCase()]));
    const clashing = numberSeriesCollisions(unlinked.map((c) => c.number!), [...nameOf.keys()])
      .filter((n) => unlinked.some((c) => c.number === n && nameOf.get(n.trim()) !== c.name.trim().toLowerCase()));
    if (clashing.length) {
      findings.push({ code: 'CUSTOMER_NUMBER_SERIES', severity: 'WARNING', message: `${clashing.length} customer number(s) of ours are used in the ERP by a customer with another name; the two number series overlap, and these customers would be linked to the wrong ERP customers (SE-EE-06)`, examples: clashing.slice(0, EXAMPLES) });
    }
  }
  return findings;
}

async function invoiceSeries(args: { tenantId: string; connection: ConnectionEntity; connector: Connector<CanonicalRecords>; db: TenantDb; statuses: InvoiceStatusService }): Promise<PreflightFinding[]> {
  const { tenantId, connection, connector, db } = args;
  const findings: PreflightFinding[] = [];
  const { pipeline, rows } = await args.statuses.load(tenantId);
  const trigger = rows.find((r) => r.key === statusRoles(pipeline).trigger);
  const [invoices, links] = await db.read(tenantId, async (m) => [
    await m.find(InvoiceEntity, { where: { tenantId }, select: { id: true, sourceNumber: true, statusId: true } }),
    await m.find(ExternalRefEntity, { where: { tenantId, connectionId: connection.id, recordType: 'invoice' }, select: { recordId: true } }),
  ] as const);
  const linked = new Set(links.map((l) => l.recordId));
  const pending = invoices.filter((i) => !linked.has(i.id));
  const unnumbered = pending.filter((i) => i.sourceNumber === null && trigger && i.statusId === trigger.id);
  if (unnumbered.length) {
    findings.push({ code: 'INVOICE_NUMBER_REQUIRED', severity: 'ERROR', message: `${unnumbered.length} invoice(s) waiting to be sent have no number, and the source numbers invoices on this connection; they will not be sent (SE-FX-32)`, examples: unnumbered.slice(0, EXAMPLES).map((i) => i.id) });
  }
  if (!connector.findInvoice) return findings;
  const next = pending.map((i) => i.sourceNumber).filter((n): n is string => n !== null)
    .sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, INVOICE_LOOKUPS);
  const used: string[] = [];
  for (const number of next) {
    const found = await connector.findInvoice({ number });
    if (found.ok && found.value) used.push(number);
  }
  const clashing = numberSeriesCollisions(next, used);
  if (clashing.length) {
    findings.push({ code: 'INVOICE_NUMBER_SERIES', severity: 'WARNING', message: `${clashing.length} of our next invoice number(s) are already used in the ERP; the number series overlap, so those invoices would be refused there. Continue our series after the ERP's last number (SE-FX-33)`, examples: clashing.slice(0, EXAMPLES) });
  }
  return findings;
}
