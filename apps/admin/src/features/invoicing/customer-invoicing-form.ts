import { customerInputSchema, fieldErrorsFromZod } from '@ledgerbridge/domain';
import { groupErrorsByField, type PayloadError } from '../../ui/user-error';
import { invoicingChoices, type InvoicingField } from './invoicing-settings-form';

/** A customer's own fields on UpsertCustomerInput, beside the tenant setting each one overrides (PV-07). */
export const overrideFields = [
  { field: 'invoiceCreationMode', tenant: 'creationMode' },
  { field: 'invoicingTime', tenant: 'invoicingTime' },
  { field: 'invoiceDelivery', tenant: 'delivery' },
] as const satisfies readonly { field: string; tenant: InvoicingField }[];
export type OverrideField = (typeof overrideFields)[number]['field'];
const overrideNames = overrideFields.map((f) => f.field);

/** "Inherit" is the empty choice: no own value, the tenant's setting applies. */
export const INHERIT = '';

const overridesSchema = customerInputSchema.pick({ invoiceCreationMode: true, invoicingTime: true, invoiceDelivery: true });

export interface CustomerOverrides {
  readonly invoiceCreationMode?: string | null;
  readonly invoicingTime?: string | null;
  readonly invoiceDelivery?: string | null;
}

export type OverrideErrors = ReturnType<typeof groupErrorsByField<OverrideField>>;

/**
 * Reads the customer's own values, checked with the domain's customer schema. Only own values are
 * sent: upsertCustomer keeps omitted fields, and it cannot clear one (null means "omitted"), so
 * going back to "inherit" from an own value is refused here by name rather than silently kept.
 */
export function readCustomerOverrides(form: FormData, saved: CustomerOverrides):
  | { ok: true; value: Partial<Record<OverrideField, string>> }
  | { ok: false; errors: OverrideErrors } {
  const raw: Record<string, string> = {};
  const errors: PayloadError[] = [];
  for (const field of overrideNames) {
    const value = String(form.get(field) ?? INHERIT);
    if (value !== INHERIT) raw[field] = value;
    else if (saved[field] !== null && saved[field] !== undefined) {
      errors.push({ code: 'INVALID_VALUE', message: 'An own value cannot be removed yet; choose the value to keep.', field: [field] });
    }
  }
  const parsed = overridesSchema.safeParse(raw);
  if (!parsed.success) errors.push(...(fieldErrorsFromZod(parsed.error) as PayloadError[]));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: groupErrorsByField(errors, overrideNames) };
  const value = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as Partial<Record<OverrideField, string>>;
  return { ok: true, value };
}

export function customerOverrideErrorsFromApi(errors: readonly PayloadError[]): OverrideErrors {
  return groupErrorsByField(errors, overrideNames);
}

/** The label of a value in the tenant form's own words. */
export function choiceLabel(tenantField: InvoicingField, value: string): string {
  return invoicingChoices[tenantField].options.find((o) => o.value === value)?.label ?? value;
}
