import { customerInputSchema, fieldErrorsFromZod } from '@ledgerbridge/domain';
import { groupErrorsByField, type PayloadError } from '../../ui/user-error';
import type { CustomerInvoicingSetting } from '../../graphql/generated/graphql';
import { invoicingChoices, type InvoicingField } from './invoicing-settings-form';

/** A customer's own fields on UpsertCustomerInput, beside the tenant setting each one overrides (PV-07). */
export const overrideFields = [
  { field: 'invoiceCreationMode', tenant: 'creationMode', setting: 'CREATION_MODE' },
  { field: 'invoicingTime', tenant: 'invoicingTime', setting: 'INVOICING_TIME' },
  { field: 'invoiceDelivery', tenant: 'delivery', setting: 'DELIVERY' },
] as const satisfies readonly { field: string; tenant: InvoicingField; setting: CustomerInvoicingSetting }[];
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
 * Reads the customer's own values, checked with the domain's customer schema. Own values go to
 * upsertCustomer (which keeps omitted fields and reads null as "omitted"); going back to "inherit"
 * from an own value is listed in `clear`, for the admin-only clearCustomerInvoicing (ADR 0024).
 * Fields that were inherited and stay inherited are in neither.
 */
export function readCustomerOverrides(form: FormData, saved: CustomerOverrides):
  | { ok: true; value: Partial<Record<OverrideField, string>>; clear: CustomerInvoicingSetting[] }
  | { ok: false; errors: OverrideErrors } {
  const raw: Record<string, string> = {};
  const errors: PayloadError[] = [];
  const clear: CustomerInvoicingSetting[] = [];
  for (const { field, setting } of overrideFields) {
    const value = String(form.get(field) ?? INHERIT);
    if (value !== INHERIT) raw[field] = value;
    else if (saved[field] !== null && saved[field] !== undefined) clear.push(setting);
  }
  const parsed = overridesSchema.safeParse(raw);
  if (!parsed.success) errors.push(...(fieldErrorsFromZod(parsed.error) as PayloadError[]));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: groupErrorsByField(errors, overrideNames) };
  const value = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as Partial<Record<OverrideField, string>>;
  return { ok: true, value, clear };
}

export function customerOverrideErrorsFromApi(errors: readonly PayloadError[]): OverrideErrors {
  return groupErrorsByField(errors, overrideNames);
}

/** The label of a value in the tenant form's own words. */
export function choiceLabel(tenantField: InvoicingField, value: string): string {
  return invoicingChoices[tenantField].options.find((o) => o.value === value)?.label ?? value;
}
