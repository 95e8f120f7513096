import { transferRulesSchema, type TransferRules } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, textOf, topLevelKey, zodErrors, type FormErrors } from './settings-errors';

export const costFields = ['companyVatRate', 'transferSupplierInvoiceImages'] as const;

/** Two top-level rules of project costs; the other project-cost rules live on the Connections screen. */
const costFormSchema = transferRulesSchema.pick({ companyVatRate: true, transferSupplierInvoiceImages: true });
export type CostFormValue = Pick<TransferRules, (typeof costFields)[number]>;

/**
 * The company VAT rate (SE-EE-50) is a decimal percentage kept as text, as every amount is; an
 * empty field is left out, which keeps the saved rate (the patch cannot express "unset", ADR 0017).
 */
export function readCostRulesForm(form: FormData): { ok: true; value: CostFormValue } | { ok: false; errors: FormErrors } {
  const rate = textOf(form, 'companyVatRate')?.replace(',', '.');
  const parsed = costFormSchema.safeParse({ companyVatRate: rate, transferSupplierInvoiceImages: form.get('transferSupplierInvoiceImages') === 'on' });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, topLevelKey(costFields)) };
  const value = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as CostFormValue;
  return { ok: true, value };
}

export function costRulesErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, ['rules'], topLevelKey(costFields));
}
