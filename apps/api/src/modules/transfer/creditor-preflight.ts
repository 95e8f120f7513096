import type { CanonicalRecords, Connector } from '@ledgerbridge/connectors';
import { transferRulesSchema, undecidedCells } from '@ledgerbridge/domain';
import type { TenantDb } from '../../db/tenant-db.js';
import type { ConnectionEntity } from '../connection/connection.entity.js';
import { productGroupsInUse } from '../creditor/product-groups.js';
import type { PreflightFinding } from './preflight.js';

const EXAMPLES = 5;

/**
 * The creditor integration's part of the pre-flight check, once it is activated (RB-07): the
 * company's country, every undecided matrix cell of the product groups in our graph (RB-11,
 * RB-12), and the accounts and journal the settings name, against the ERP's own lists (RB-08..RB-10).
 */
export async function creditorPreflight(args: { tenantId: string; connection: ConnectionEntity; connector: Connector<CanonicalRecords>; db: TenantDb }): Promise<PreflightFinding[]> {
  const rules = transferRulesSchema.parse(args.connection.rules ?? {});
  const creditor = rules.creditor;
  if (!creditor?.isEnabled) return [];
  const findings: PreflightFinding[] = [];
  const error = (code: string, message: string, examples: string[] = []) => findings.push({ code, severity: 'ERROR', message, examples: examples.slice(0, EXAMPLES) });
  const { connector } = args;
  if (!connector.createSupplierInvoiceVoucher) {
    error('CREDITOR_UNSUPPORTED', `${args.connection.connectorId} cannot file supplier invoices in a journal (RB-09)`);
    return findings;
  }
  if (!rules.companyCountry) error('CREDITOR_COUNTRY', 'The company\'s country is not set, so no supplier\'s VAT zone can be decided (RB-11)');
  const undecided = undecidedCells(await productGroupsInUse(args.db, args.tenantId), creditor.postingMatrix);
  if (undecided.length > 0) {
    error('POSTING_MATRIX', `${undecided.length} cell(s) of the posting matrix are undecided; supplier invoices with those product groups and origins will be refused (RB-11, RB-12)`,
      undecided.map((c) => `${c.productGroup} × ${c.vatZone}`));
  }
  if (!connector.listReferenceData) return findings;
  const [accounts, journals] = [await connector.listReferenceData('accounts'), await connector.listReferenceData('journals')];
  if (accounts.ok) {
    const byId = new Map(accounts.value.map((a) => [a.externalId, a]));
    const named: [string, string | undefined][] = [['Creditors control account (RB-08)', creditor.supplierControlAccount], ['Fallback account (RB-10)', creditor.fallbackAccount]];
    for (const [label, account] of named) {
      if (account === undefined) continue;
      if (!byId.has(account)) error('REFERENCE_DATA', `${label} ${account} does not exist in the ERP`);
      else if (byId.get(account)?.isBlocked) error('REFERENCE_DATA', `${label} ${account} is blocked in the ERP`);
    }
    const fallbackUsable = creditor.fallbackAccount !== undefined && byId.has(creditor.fallbackAccount) && !byId.get(creditor.fallbackAccount)?.isBlocked;
    const unusable = [...new Set(creditor.postingMatrix.map((c) => c.accountNumber))].filter((a) => !byId.has(a) || byId.get(a)?.isBlocked);
    if (unusable.length > 0) {
      findings.push({
        code: 'REFERENCE_DATA', severity: fallbackUsable ? 'WARNING' : 'ERROR', examples: unusable.slice(0, EXAMPLES),
        message: fallbackUsable
          ? `${unusable.length} matrix account(s) are unknown or blocked in the ERP; the fallback account ${creditor.fallbackAccount!} will be used for them (RB-10)`
          : `${unusable.length} matrix account(s) are unknown or blocked in the ERP and there is no usable fallback account (RB-10)`,
      });
    }
  }
  if (journals.ok && creditor.journalNumber !== undefined && !journals.value.some((j) => j.externalId === creditor.journalNumber)) {
    error('REFERENCE_DATA', `Journal ${creditor.journalNumber} for supplier invoices does not exist in the ERP (RB-09)`, journals.value.map((j) => `${j.externalId} ${j.name}`));
  }
  return findings;
}
