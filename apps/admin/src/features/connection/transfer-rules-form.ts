import { fieldErrorsFromZod, transferRulesSchema, type TransferRules } from '@ledgerbridge/domain';
import { groupErrorsByField, type PayloadError } from '../../ui/user-error';

export const ruleFields = [
  'projectCostMode',
  'projectCostMultiplierPercent',
  'projectCostProductNumber',
  'defaultProductNumber',
  'projectNameLimit',
] as const;
export type RuleField = (typeof ruleFields)[number];

/**
 * Only this form's part of the rules: the API patches group by group, so sending the other groups'
 * defaults (debtor, registers, inventory value…) would reset what other screens saved.
 */
const formRulesSchema = transferRulesSchema.pick({
  projectCostMode: true, projectCostMultiplierPercent: true, projectCostProductNumber: true, defaultProductNumber: true, projectNameLimit: true,
});
type FormRules = Pick<TransferRules, RuleField>;

export type RuleErrors = { readonly fields: Partial<Record<RuleField, string>>; readonly general: readonly string[] };

/**
 * Reads the rules form and checks it with the domain's transferRulesSchema (the one the API
 * uses). Empty optional inputs are left out, so the API's defaults and the ERP's limits apply.
 */
export function readRulesForm(form: FormData): { ok: true; value: FormRules } | { ok: false; errors: RuleErrors } {
  const text = (name: RuleField) => {
    const value = String(form.get(name) ?? '').trim();
    return value === '' ? undefined : value;
  };
  const limit = text('projectNameLimit');
  const raw = {
    projectCostMode: text('projectCostMode'),
    projectCostMultiplierPercent: text('projectCostMultiplierPercent'),
    projectCostProductNumber: text('projectCostProductNumber'),
    defaultProductNumber: text('defaultProductNumber'),
    // a number input gives text; anything that is not a whole number stays text so zod names it
    projectNameLimit: limit === undefined ? undefined : /^\d+$/.test(limit) ? Number(limit) : limit,
  };
  const parsed = formRulesSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: groupErrorsByField(fieldErrorsFromZod(parsed.error) as PayloadError[], ruleFields) };
}

/** The API answers with paths inside its input (["rules", "projectNameLimit"]); bind them to the form. */
export function rulesErrorsFromApi(errors: readonly PayloadError[]): RuleErrors {
  return groupErrorsByField(
    errors.map((error) => (error.field?.[0] === 'rules' ? { ...error, field: error.field.slice(1) } : error)),
    ruleFields,
  );
}
