import type { ProductRecord } from '@ledgerbridge/connectors';
import type { DebtorRules } from '@ledgerbridge/domain';

/**
 * The cost price the ERP gets (RB-22): ours with "use actual cost price" on, else the suggested
 * purchase price; with neither known, none, so the ERP keeps its own.
 */
export function withDebtorCostPrice(record: ProductRecord, product: { readonly costPrice: string | null; readonly suggestedPurchasePrice: string | null }, rules: Pick<DebtorRules, 'useActualCostPrice'>): ProductRecord {
  const { costPrice: _ours, ...rest } = record;
  const costPrice = rules.useActualCostPrice ? product.costPrice : product.suggestedPurchasePrice;
  return costPrice === null ? rest : { ...rest, costPrice };
}
