import { registerRulesSchema, withClearedFields, type Clearable, type StoredRegisterRules } from '@ledgerbridge/domain';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, textOf, topLevelKey, wholeNumberOf, zodErrors, type FormErrors } from './settings-errors';

export const registerFields = [
  'customerMaster', 'productMaster', 'customerNumbering', 'invoiceNumbering', 'pushLinkedChangesImmediately', 'transferAllCustomers', 'pushNewCustomersAtFirstInvoice',
  'transferProjects', 'closedProjects', 'customerNumberLength', 'productNumberLength', 'projectNumberLength',
] as const;
export type RegisterField = (typeof registerFields)[number];

export const registerFlags = ['pushLinkedChangesImmediately', 'transferAllCustomers', 'pushNewCustomersAtFirstInvoice', 'transferProjects'] as const;
export const numberLengthFields = ['customerNumberLength', 'productNumberLength', 'projectNumberLength'] as const;

/** Where this group sits in updateTransferRules' input. */
export const registersPath = ['rules', 'registers'] as const;

/**
 * Reads the register rules form into the `registers` group only (X-06..X-15), checked with the
 * domain's strict schema. Flags are sent as shown (the connector's defaults are what the form
 * displays). An emptied number length is sent as null, which clears the saved rule; one that
 * was empty and stays empty is left out (ADR 0024).
 */
export function readRegisterRulesForm(form: FormData, saved: Readonly<Record<string, unknown>> = {}): { ok: true; value: Clearable<StoredRegisterRules> } | { ok: false; errors: FormErrors } {
  const raw: Record<string, unknown> = {
    customerMaster: textOf(form, 'customerMaster'),
    productMaster: textOf(form, 'productMaster'),
    customerNumbering: textOf(form, 'customerNumbering'),
    invoiceNumbering: textOf(form, 'invoiceNumbering'),
    closedProjects: textOf(form, 'closedProjects'),
  };
  for (const flag of registerFlags) raw[flag] = form.get(flag) === 'on';
  for (const field of numberLengthFields) raw[field] = wholeNumberOf(form, field);
  const parsed = registerRulesSchema.safeParse(raw);
  if (parsed.success) {
    const value = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as StoredRegisterRules;
    return { ok: true, value: withClearedFields(registerRulesSchema, value, saved, numberLengthFields) };
  }
  return { ok: false, errors: zodErrors(parsed.error, topLevelKey(registerFields)) };
}

export function registerRulesErrorsFromApi(errors: readonly PayloadError[]): FormErrors {
  return bindErrors(errors, registersPath, topLevelKey(registerFields));
}

/** The input the form sends: its own group and nothing else. */
export function registerRulesInput(connectionId: string, registers: Clearable<StoredRegisterRules>) {
  return { connectionId, rules: { registers } };
}
