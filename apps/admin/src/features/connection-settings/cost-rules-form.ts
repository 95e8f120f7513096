import { transferRulesSchema, withClearedFields, type Clearable, type TransferRules } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, textOf, topLevelKey, zodErrors, type FormErrors } from './settings-errors';

export const costFields = ['companyVatRate', 'transferSupplierInvoiceImages', 'transferInvoiceAttachments'] as const;

/** Top-level rules for files and project costs; the other project-cost rules live on the Connections screen. */
const costFormSchema = transferRulesSchema.pick({ companyVatRate: true, transferSupplierInvoiceImages: true, transferInvoiceAttachments: true });
export type CostFormValue = Pick<TransferRules, (typeof costFields)[number]>;

/**
 * The company VAT rate (SE-EE-50) is a decimal percentage kept as text, as every amount is; an
 * emptied field is sent as null, which clears the saved rate ("unknown"); one that was empty and
 * stays empty is left out (ADR 0024).
 */
export function readCostRulesForm(form: FormData, saved: Readonly<Record<string, unknown>> = {}): { ok: true; value: Clearable<CostFormValue> } | { ok: false; errors: FormErrors } {
  const rate = textOf(form, 'companyVatRate')?.replace(',', '.');
  const parsed = costFormSchema.safeParse({ companyVatRate: rate, transferSupplierInvoiceImages: form.get('transferSupplierInvoiceImages') === 'on',
    transferInvoiceAttachments: form.get('transferInvoiceAttachments') === 'on' });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error, topLevelKey(costFields)) };
  const value = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as CostFormValue;
  return { ok: true, value: withClearedFields(costFormSchema, value, saved, ['companyVatRate']) };
}

export function costRulesErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, ['rules'], topLevelKey(costFields));
}
