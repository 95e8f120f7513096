import { failureNotificationSettingsSchema, nightlyInvoicingSchema, type FailureNotificationSettings, type NightlyInvoicing } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, textOf, topLevelKey, wholeNumberOf, zodErrors, type FormErrors } from './settings-errors';

export const notificationFields = ['isEnabled', 'includeAdmins', 'extraRecipients'] as const;

/** One address a line (or comma-separated); an error on extraRecipients.N lands on the list. */
export function readFailureNotificationForm(form: FormData): { ok: true; value: FailureNotificationSettings } | { ok: false; errors: FormErrors } {
  const extraRecipients = String(form.get('extraRecipients') ?? '').split(/[\n,;]+/).map((line) => line.trim()).filter((line) => line !== '');
  const parsed = failureNotificationSettingsSchema.safeParse({
    isEnabled: form.get('notifyEnabled') === 'on',
    includeAdmins: form.get('includeAdmins') === 'on',
    extraRecipients,
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: zodErrors(parsed.error, topLevelKey(notificationFields)) };
}

export function failureNotificationErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, [], topLevelKey(notificationFields));
}

export const nightlyFields = ['hour', 'timeZone'] as const;

/** The tenant's nightly invoicing run (PV-10, PV-12). */
export function readNightlyForm(form: FormData): { ok: true; value: NightlyInvoicing } | { ok: false; errors: FormErrors } {
  const parsed = nightlyInvoicingSchema.safeParse({ hour: wholeNumberOf(form, 'hour'), timeZone: textOf(form, 'timeZone') });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: zodErrors(parsed.error, topLevelKey(nightlyFields)) };
}

export function nightlyErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, [], topLevelKey(nightlyFields));
}
