import type { InvoiceDraftRecord } from '@ledgerbridge/connectors';
import { lineQuantity, type DebtorRules } from '@ledgerbridge/domain';

export interface DebtorInvoice {
  record: InvoiceDraftRecord | null;
  problems: string[];
  /** The transfer item's error code when the debtor rules refuse the invoice. */
  code: 'QUANTITY_DECIMALS' | 'LAYOUT_NOT_MAPPED' | null;
}

/**
 * The debtor rules applied to a built invoice: quantities as RB-14/RB-15 say, and the layout
 * chosen on the customer mapped to the ERP's (RB-23, RB-24). A customer layout the mapping does
 * not know fails the invoice: guessing a layout would send it looking wrong to the customer.
 */
export function applyDebtorRules(record: InvoiceDraftRecord | null, customer: { readonly layout: string | null } | undefined, rules: DebtorRules): DebtorInvoice {
  if (!record) return { record, problems: [], code: null };
  const problems: string[] = [];
  let code: DebtorInvoice['code'] = null;
  const lines = record.lines.map((line, i) => {
    const sent = lineQuantity(line, rules.useActualQuantity, i + 1);
    if (!sent.ok) {
      problems.push(sent.message);
      code ??= 'QUANTITY_DECIMALS';
      return line;
    }
    return rules.useActualQuantity ? line : { ...line, quantity: sent.quantity, unitPrice: sent.unitPrice, discountPercent: '0' };
  });
  let layoutNumber: string | undefined;
  if (customer?.layout) {
    layoutNumber = rules.layoutMappings.find((m) => m.sourceLayout === customer.layout)?.erpLayoutNumber;
    if (layoutNumber === undefined) {
      problems.push(`The customer's layout "${customer.layout}" is not in the connection's layout mapping (RB-23)`);
      code ??= 'LAYOUT_NOT_MAPPED';
    }
  }
  if (problems.length) return { record: null, problems, code };
  return { record: { ...record, lines, ...(layoutNumber ? { layoutNumber } : {}) }, problems, code };
}
