import type { CanonicalRecords, Connector, ConnectorManifest } from '@ledgerbridge/connectors';
import { fieldError, type ConnectionTransferRules, type FieldError, type TransferRules } from '@ledgerbridge/domain';

const at = (key: string) => ['rules', 'inventoryValue', key];

/**
 * What only the ERP can tell about the inventory value settings (RB-27, RB-28): the journal exists
 * and takes financial vouchers, and both accounts exist. Checked when the settings are saved, so
 * a wrong journal is refused there instead of failing every night.
 */
export async function checkInventoryValueInErp(connector: Connector<CanonicalRecords> | string, rules: TransferRules): Promise<FieldError[]> {
  const iv = rules.inventoryValue;
  if (!iv.isEnabled) return [];
  if (typeof connector === 'string') return [fieldError('INVALID_VALUE', `The ERP cannot be asked to check the settings: ${connector}`, at('isEnabled'))];
  if (!connector.postFinanceVoucher || !connector.listReferenceData) return [fieldError('INVALID_VALUE', 'This system cannot take inventory value vouchers', at('isEnabled'))];
  const [journals, accounts] = await Promise.all([connector.listReferenceData('journals'), connector.listReferenceData('accounts')]);
  if (!journals.ok || !accounts.ok) {
    const problem = !journals.ok ? journals.error.message : !accounts.ok ? accounts.error.message : '';
    return [fieldError('INVALID_VALUE', `The ERP's journals and accounts could not be read to check the settings: ${problem}`, at('isEnabled'))];
  }
  const errors: FieldError[] = [];
  const journal = journals.value.find((j) => j.externalId === iv.journalNumber);
  if (!journal) errors.push(fieldError('NOT_FOUND', `Journal ${iv.journalNumber ?? ''} does not exist in the ERP`, at('journalNumber')));
  else if (journal.entryTypes && !journal.entryTypes.includes('financeVoucher')) {
    errors.push(fieldError('INVALID_VALUE', `Journal ${journal.externalId} (${journal.name}) cannot take financial vouchers; choose one that can (RB-27)`, at('journalNumber')));
  }
  for (const key of ['inventoryAccountNumber', 'offsetAccountNumber'] as const) {
    if (!accounts.value.some((a) => a.externalId === iv[key])) errors.push(fieldError('NOT_FOUND', `Account ${iv[key] ?? ''} does not exist in the ERP`, at(key)));
  }
  return errors;
}

/**
 * Source invoice numbering only where the ERP takes our numbers (X-08, SE-FX-32): Fortnox, for
 * one, always assigns DocumentNumber itself, so choosing the source there is refused when saved
 * instead of failing every invoice later.
 */
export function checkInvoiceNumbering(manifest: ConnectorManifest | undefined, rules: ConnectionTransferRules): FieldError[] {
  if (rules.registers.invoiceNumbering !== 'SOURCE' || manifest?.sourceInvoiceNumbers) return [];
  return [fieldError('INVALID_VALUE', `${manifest?.displayName ?? 'This ERP'} numbers invoices and credit notes itself; it cannot take invoice numbers from the source (X-08)`, ['rules', 'registers', 'invoiceNumbering'])];
}
