import { debtorRulesSchema, debtorRuleWarnings, inventoryValueRulesSchema, withClearedFields, type Clearable, type DebtorRules, type InventoryValueRules } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, textOf, topLevelKey, zodErrors, type FormErrors } from './settings-errors';

export const debtorFlags = ['isEnabled', 'useActualQuantity', 'neverBookEanInvoices', 'markSentWhenBooked', 'useActualCostPrice'] as const;
export const debtorFields = [...debtorFlags, 'bookWhenBookedInSource', 'emptyLineProductNumber'] as const;

/**
 * This form's part of the debtor group. Layout mappings are a list the API replaces whole and
 * this form does not show, so they are left out and keep their saved value.
 */
const debtorFormSchema = debtorRulesSchema.omit({ layoutMappings: true });
export type DebtorFormValue = Omit<DebtorRules, 'layoutMappings'>;

/** "Book when booked" is three-way: unset leaves it to the tenant's invoicing settings (PV-08). */
export type BookWhenBooked = 'UNSET' | 'ON' | 'OFF';

export function bookWhenBookedOf(value: unknown): BookWhenBooked {
  return value === true ? 'ON' : value === false ? 'OFF' : 'UNSET';
}

/** The RB-18 dependency, from the domain's own rule, for the values on screen. */
export function neverBookEanNote(neverBookEan: boolean, bookWhenBooked: BookWhenBooked): string | null {
  const warnings = debtorRuleWarnings(debtorRulesSchema.parse({
    neverBookEanInvoices: neverBookEan,
    ...(bookWhenBooked === 'UNSET' ? {} : { bookWhenBookedInSource: bookWhenBooked === 'ON' }),
  }));
  return warnings[0]?.message ?? null;
}

/** An emptied product or "book when booked" set back to unset is sent as null, clearing the saved value (ADR 0024). */
export function readDebtorForm(form: FormData, saved: Readonly<Record<string, unknown>> = {}): { ok: true; value: Clearable<DebtorFormValue> } | { ok: false; errors: FormErrors } {
  const raw: Record<string, unknown> = { emptyLineProductNumber: textOf(form, 'emptyLineProductNumber') };
  for (const flag of debtorFlags) raw[flag] = form.get(flag) === 'on';
  const bookWhenBooked = String(form.get('bookWhenBookedInSource') ?? 'UNSET');
  if (bookWhenBooked === 'ON' || bookWhenBooked === 'OFF') raw['bookWhenBookedInSource'] = bookWhenBooked === 'ON';
  const parsed = debtorFormSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: withClearedFields(debtorFormSchema, parsed.data, saved, ['bookWhenBookedInSource', 'emptyLineProductNumber']) };
  return { ok: false, errors: zodErrors(parsed.error, topLevelKey(debtorFields)) };
}

export function debtorErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, ['rules', 'debtor'], topLevelKey(debtorFields));
}

export const inventoryFields = ['isEnabled', 'frequency', 'journalNumber', 'inventoryAccountNumber', 'offsetAccountNumber'] as const;

/** Inventory value vouchers (RB-25..RB-29): the whole `inventoryValue` group, every field required once on. */
export function readInventoryForm(form: FormData, saved: Readonly<Record<string, unknown>> = {}): { ok: true; value: Clearable<InventoryValueRules> } | { ok: false; errors: FormErrors } {
  const parsed = inventoryValueRulesSchema.safeParse({
    isEnabled: form.get('inventoryEnabled') === 'on',
    frequency: textOf(form, 'frequency'),
    journalNumber: textOf(form, 'inventoryJournalNumber'),
    inventoryAccountNumber: textOf(form, 'inventoryAccountNumber'),
    offsetAccountNumber: textOf(form, 'offsetAccountNumber'),
  });
  // an emptied field is sent as null: left out, the saved value would silently stay (ADR 0024)
  if (parsed.success) return { ok: true, value: withClearedFields(inventoryValueRulesSchema, parsed.data, saved, inventoryFields) };
  return { ok: false, errors: zodErrors(parsed.error, topLevelKey(inventoryFields)) };
}

export function inventoryErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, ['rules', 'inventoryValue'], topLevelKey(inventoryFields));
}
