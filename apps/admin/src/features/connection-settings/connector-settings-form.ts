import { labelFor } from '../connection/credential-fields';
import type { PayloadError } from '../../ui/user-error';
import { bindErrors, type FormErrors } from './settings-errors';

export type ReferenceKind = 'LAYOUTS' | 'PAYMENT_TERMS' | 'PRODUCT_GROUPS' | 'CURRENCIES' | 'CUSTOMER_GROUPS';

/** One input of the "Connector settings" form, read from the connector's JSON Schema of settings. */
export interface SettingField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'integer' | 'number' | 'boolean' | 'choice';
  readonly options: readonly string[];
  readonly isRequired: boolean;
  readonly defaultValue: string | boolean | undefined;
  readonly description: string | undefined;
  readonly referenceKind: ReferenceKind | undefined;
}

interface JsonSchemaProperty {
  readonly type?: unknown;
  readonly enum?: unknown;
  readonly default?: unknown;
  readonly description?: unknown;
}

/**
 * Settings whose value is a code of the ERP's own data get a pick-list of it. The customer group
 * is one: the ERP cannot say which group it prefers, so the admin picks it (PV-24).
 */
const pickLists: Readonly<Record<string, ReferenceKind>> = {
  customerGroupNumber: 'CUSTOMER_GROUPS',
  layoutNumber: 'LAYOUTS',
  paymentTermsNumber: 'PAYMENT_TERMS',
  productGroupNumber: 'PRODUCT_GROUPS',
  defaultCurrency: 'CURRENCIES',
};

function kindOf(property: JsonSchemaProperty): SettingField['kind'] | undefined {
  if (Array.isArray(property.enum) && property.enum.every((v) => typeof v === 'string')) return 'choice';
  if (property.type === 'boolean') return 'boolean';
  if (property.type === 'integer') return 'integer';
  if (property.type === 'number') return 'number';
  if (property.type === 'string' || property.type === undefined) return 'text';
  // objects and lists have no simple input; they stay with the API (and other screens)
  return undefined;
}

/** Generated from the schema the API publishes, like the connect form, so a new connector needs no admin change. */
export function settingFields(schema: Record<string, unknown>): SettingField[] {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchemaProperty>;
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as unknown[]) : []);
  const fields: SettingField[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const kind = kindOf(property);
    if (kind === undefined) continue;
    const fallback = property.default;
    const defaultValue = typeof fallback === 'boolean' ? fallback : typeof fallback === 'string' || typeof fallback === 'number' ? String(fallback) : undefined;
    fields.push({
      name,
      label: labelFor(name),
      kind,
      options: kind === 'choice' ? (property.enum as string[]) : [],
      isRequired: required.has(name) && defaultValue === undefined,
      defaultValue,
      description: typeof property.description === 'string' ? property.description : undefined,
      referenceKind: kind === 'boolean' ? undefined : pickLists[name],
    });
  }
  return fields;
}

/** What a field shows for the stored value: numbers as text, nothing when unset. */
export function shownValue(field: SettingField, settings: Readonly<Record<string, unknown>>): string {
  const value = settings[field.name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function valueOf(field: SettingField, form: FormData): unknown {
  if (field.kind === 'boolean') return form.get(`setting.${field.name}`) !== null;
  const text = String(form.get(`setting.${field.name}`) ?? '').trim();
  if (text === '') return undefined;
  // anything that is not a number stays text so the API names the field
  if (field.kind === 'integer') return /^-?\d+$/.test(text) ? Number(text) : text;
  if (field.kind === 'number') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  return text;
}

/**
 * The API merges settings ("others keep their value"), so only what changed is sent, plus
 * required values. An input emptied of a saved value is sent as null, which clears it (or puts
 * back the connector's default); the API refuses that for a required one, next to its field
 * (ADR 0024). An input that was empty and stays empty is left out.
 */
export function changedSettings(fields: readonly SettingField[], form: FormData, current: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(field, form);
    if (value === undefined) {
      const emptied = form.has(`setting.${field.name}`) && current[field.name] !== undefined && current[field.name] !== null;
      if (emptied) changed[field.name] = null;
      continue;
    }
    const before = field.kind === 'boolean' ? (current[field.name] ?? field.defaultValue ?? false) : current[field.name];
    if (field.isRequired || value !== before) changed[field.name] = value;
  }
  return changed;
}

/** API errors on ["settings", name] go next to that field; ["autoTransferInvoices"] next to the checkbox. */
export function connectorSettingsErrors(errors: readonly PayloadError[], fields: readonly SettingField[]): FormErrors {
  const names = fields.map((f) => f.name);
  const own = errors.filter((e) => e.field?.[0] !== 'autoTransferInvoices');
  const bound = bindErrors(own, ['settings'], (path) => (names.includes(path[0]!) ? path[0] : undefined));
  const auto = errors.filter((e) => e.field?.[0] === 'autoTransferInvoices').map((e) => e.message);
  return auto.length === 0 ? bound : { ...bound, fields: { ...bound.fields, autoTransferInvoices: auto.join(' ') } };
}
