import type { CanonicalRecords, Connector } from '@ledgerbridge/connectors';
import { Not, IsNull } from 'typeorm';
import { statusRoles, transferRulesFor } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import type { NumberRule, PreflightRules } from '../connection/connector-catalog.js';
import { CustomerEntity } from '../customer/customer.entity.js';
import type { InvoiceStatusService } from '../invoice-status/invoice-status.service.js';
import { creditorPreflight } from './creditor-preflight.js';
import { ProductEntity } from '../product/product.entity.js';
import { ProjectEntity } from '../project/project.entity.js';
import { debtorPreflight } from './debtor-preflight.js';
import { numberRuleFindings } from './register-preflight.js';
import { numberingPreflight } from './numbering-preflight.js';
import { invoiceAttachmentPreflight } from './invoice-attachment-preflight.js';

export interface PreflightFinding {
  code: string;
  severity: 'ERROR' | 'WARNING';
  message: string;
  examples: string[];
}

const EXAMPLES = 5;

/**
 * What would stop transfers on this connection, checked before schedules are switched on:
 * credentials, the ERP reference data the settings name, units, number formats, and the
 * invoice-status roles the engine needs (X-09, X-19, SE-FX-25, PV-22).
 */
export async function preflightCheck(args: {
  tenantId: string;
  connection: ConnectionEntity;
  connector: Connector<CanonicalRecords>;
  rules: PreflightRules | undefined;
  db: TenantDb;
  statuses: InvoiceStatusService;
}): Promise<PreflightFinding[]> {
  const { tenantId, connector, rules, db } = args;
  const findings: PreflightFinding[] = [];
  const verified = await connector.verifyCredentials();
  if (!verified.ok) {
    findings.push({ code: 'CREDENTIALS', severity: 'ERROR', message: `The ERP refused the credentials: ${verified.error.message}`, examples: [] });
    return findings; // nothing else can be read
  }
  for (const ref of rules?.referenceSettings ?? []) {
    const wanted = args.connection.settings[ref.setting];
    if (wanted === undefined || !connector.listReferenceData) continue;
    const items = await connector.listReferenceData(ref.kind);
    if (items.ok && !items.value.some((i) => i.externalId === String(wanted))) {
      findings.push({ code: 'REFERENCE_DATA', severity: 'ERROR', message: `${ref.label} ${String(wanted)} (setting ${ref.setting}) does not exist in the ERP`, examples: items.value.slice(0, EXAMPLES).map((i) => `${i.externalId} ${i.name}`) });
    }
  }
  const [customers, products, projects] = await db.read(tenantId, async (m) => [
    await m.find(CustomerEntity, { where: { tenantId, number: Not(IsNull()) }, select: { number: true } }),
    await m.find(ProductEntity, { where: { tenantId }, select: { number: true, unit: true } }),
    await m.find(ProjectEntity, { where: { tenantId }, select: { number: true } }),
  ] as const);
  if (rules?.unitsMustExist && connector.listReferenceData) {
    const units = await connector.listReferenceData('units');
    if (units.ok) {
      const known = new Set(units.value.flatMap((u) => [u.externalId, u.code ?? '']));
      const missing = [...new Set(products.map((p) => p.unit).filter((u) => !known.has(u)))];
      if (missing.length) findings.push({ code: 'UNITS', severity: 'ERROR', message: `${missing.length} unit(s) used by products do not exist in the ERP; those products will be refused (SE-FX-25)`, examples: missing.slice(0, EXAMPLES) });
    }
  }
  const numberCheck = (register: string, rule: NumberRule | undefined, numbers: (string | null)[]) => {
    if (!rule) return;
    const bad = numbers.filter((n): n is string => n !== null && !rule.pattern.test(n));
    if (bad.length) findings.push({ code: 'NUMBER_FORMAT', severity: 'ERROR', message: `${bad.length} ${register} number(s) are not ${rule.description}, which the ERP requires (X-09)`, examples: bad.slice(0, EXAMPLES) });
  };
  numberCheck('customer', rules?.numbers?.customers, customers.map((c) => c.number));
  numberCheck('product', rules?.numbers?.products, products.map((p) => p.number));
  numberCheck('project', rules?.numbers?.projects, projects.map((p) => p.number));
  findings.push(...numberRuleFindings(transferRulesFor(args.connection.connectorId, args.connection.rules).registers, {
    customer: customers.map((c) => c.number), product: products.map((p) => p.number), project: projects.map((p) => p.number),
  }));
  const { pipeline } = await args.statuses.load(tenantId);
  const roles = statusRoles(pipeline);
  if (!roles.trigger || !roles.afterTransfer) {
    findings.push({ code: 'PIPELINE', severity: 'WARNING', message: 'The invoice-status pipeline has no transfer status or no after-transfer status, so no invoice will be sent (X-19)', examples: [] });
  }
  findings.push(...(await creditorPreflight({ tenantId, connection: args.connection, connector, db })));
  findings.push(...await debtorPreflight({ tenantId, connection: args.connection, connector, db, statuses: args.statuses }));
  findings.push(...await numberingPreflight({ tenantId, connection: args.connection, connector, db, statuses: args.statuses }));
  findings.push(...await invoiceAttachmentPreflight({ tenantId, connection: args.connection, connector, db }));
  return findings;
}
