import { fieldErrorsFromZod, invoicingSettingsSchema, type InvoicingSettings } from '@ledgerbridge/domain';
import { groupErrorsByField, type PayloadError } from '../../ui/user-error';

export const invoicingFields = ['creationMode', 'invoicingTime', 'delivery'] as const;
export type InvoicingField = (typeof invoicingFields)[number];

/** The choices, in the words of the spec (PV-08, PV-10..13); values come from the domain's enums. */
export const invoicingChoices: Record<InvoicingField, { legend: string; options: readonly { value: string; label: string }[] }> = {
  creationMode: {
    legend: 'Invoice creation in the ERP',
    options: [
      { value: 'NONE', label: 'None: no invoice is created in the ERP' },
      { value: 'DRAFT', label: 'Draft: the ERP users book it themselves' },
      { value: 'BOOKED', label: 'Booked: created and booked at once' },
    ],
  },
  invoicingTime: {
    legend: 'When invoices are made',
    options: [
      { value: 'ON_COMPLETION', label: 'When the job is completed' },
      { value: 'BEFORE_WORKDAY', label: 'The night before the scheduled working day' },
    ],
  },
  delivery: {
    legend: 'Delivery to the customer',
    options: [
      { value: 'EMAIL', label: 'By e-mail' },
      { value: 'NONE', label: 'Not sent (e.g. EAN from the ERP)' },
    ],
  },
};

/**
 * Checks the form with the same zod schema the API uses, so a bad value is caught next to its
 * field before the round trip; the API's answer is placed the same way.
 */
export function checkInvoicingForm(form: FormData):
  | { ok: true; value: InvoicingSettings }
  | { ok: false; errors: ReturnType<typeof groupErrorsByField<InvoicingField>> } {
  const raw = Object.fromEntries(invoicingFields.map((field) => [field, form.get(field) ?? undefined]));
  const parsed = invoicingSettingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: groupErrorsByField(fieldErrorsFromZod(parsed.error) as PayloadError[], invoicingFields) };
}
