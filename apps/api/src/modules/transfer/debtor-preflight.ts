import type { CanonicalRecords, Connector } from '@ledgerbridge/connectors';
import { debtorRuleWarnings, ERP_QUANTITY_DECIMALS, transferRulesSchema } from '@ledgerbridge/domain';
import { IsNull, Not } from 'typeorm';
import type { TenantDb } from '../../db/tenant-db.js';
import { checkInventoryValueInErp } from '../connection/transfer-rules-patch.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import { InvoiceLineEntity } from '../invoice/invoice-line.entity.js';
import { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { InvoiceStatusService } from '../invoice-status/invoice-status.service.js';
import type { PreflightFinding } from './preflight.js';

const EXAMPLES = 5;

/**
 * The debtor rules' part of the pre-flight check: quantities the ERP cannot take (RB-15),
 * settings without effect (RB-18), layouts (RB-23, RB-24) and the inventory value journal and
 * accounts (RB-27, RB-28).
 */
export async function debtorPreflight(args: { tenantId: string; connection: ConnectionEntity; connector: Connector<CanonicalRecords>; db: TenantDb; statuses: InvoiceStatusService }): Promise<PreflightFinding[]> {
  const { tenantId, connector, db } = args;
  const rules = transferRulesSchema.parse(args.connection.rules ?? {});
  const findings: PreflightFinding[] = debtorRuleWarnings(rules.debtor).map((w) => ({ code: 'RULES', severity: 'WARNING', message: w.message, examples: [] }));
  if (!rules.debtor.isEnabled) findings.push({ code: 'RULES', severity: 'WARNING', message: 'The debtor integration is off: customers, invoices and payments are not transferred (RB-13)', examples: [] });
  if (rules.debtor.isEnabled && rules.debtor.useActualQuantity) {
    const { rows } = await args.statuses.load(tenantId);
    const trigger = rows.find((r) => r.isTransferTrigger);
    const lines = trigger ? await db.read(tenantId, (m) => m.createQueryBuilder(InvoiceLineEntity, 'l')
      .innerJoin(InvoiceEntity, 'i', 'i.id = l.invoice_id AND i.tenant_id = l.tenant_id')
      .where('l.tenant_id = :tenantId AND i.status_id = :statusId', { tenantId, statusId: trigger.id })
      .andWhere('l.quantity <> round(l.quantity, :decimals)', { decimals: ERP_QUANTITY_DECIMALS })
      .select(['l.invoiceId', 'l.position', 'l.quantity']).orderBy('l.invoice_id').addOrderBy('l.position').getMany()) : [];
    if (lines.length) {
      findings.push({
        code: 'QUANTITY_DECIMALS', severity: 'WARNING',
        message: `${lines.length} invoice line(s) waiting for transfer have quantities with more than ${ERP_QUANTITY_DECIMALS} decimals; with "use actual quantity" on, those invoices fail rather than being rounded (RB-15)`,
        examples: lines.slice(0, EXAMPLES).map((l) => `invoice ${l.invoiceId} line ${l.position + 1}: ${l.quantity}`),
      });
    }
  }
  const layouts = rules.debtor.layoutMappings;
  const customerLayouts = await db.read(tenantId, (m) => m.find(CustomerEntity, { where: { tenantId, layout: Not(IsNull()) }, select: { number: true, layout: true } }));
  const unmapped = customerLayouts.filter((c) => !layouts.some((l) => l.sourceLayout === c.layout));
  if (unmapped.length) findings.push({ code: 'LAYOUTS', severity: 'WARNING', message: `${unmapped.length} customer(s) use a layout the layout mapping does not pair with an ERP layout; their invoices will fail (RB-23, RB-24)`, examples: unmapped.slice(0, EXAMPLES).map((c) => `${c.number ?? '(no number)'}: ${c.layout ?? ''}`) });
  if (layouts.length && connector.listReferenceData) {
    const erp = await connector.listReferenceData('layouts');
    const missing = erp.ok ? layouts.filter((l) => !erp.value.some((e) => e.externalId === l.erpLayoutNumber)) : [];
    if (missing.length) findings.push({ code: 'LAYOUTS', severity: 'ERROR', message: `${missing.length} layout(s) in the layout mapping do not exist in the ERP (RB-23)`, examples: missing.slice(0, EXAMPLES).map((l) => `${l.sourceLayout} → ${l.erpLayoutNumber}`) });
  }
  for (const problem of await checkInventoryValueInErp(connector, rules)) {
    findings.push({ code: 'INVENTORY_VALUE', severity: 'ERROR', message: problem.message, examples: [] });
  }
  return findings;
}
