import { numberRulesFor, numberRuleViolations, type NumberedRegister, type NumberRuleViolation, type RegisterRules } from '@ledgerbridge/domain';
import type { PreflightFinding } from './preflight.js';

const EXAMPLES = 5;

const WHAT: Record<NumberRuleViolation['rule'], string> = {
  NUMBER_REQUIRED: 'are empty (SE-FX-26, SE-VN-20)',
  NUMBER_NOT_UNIQUE: 'are used more than once (SE-EE-07, SE-VN-20)',
  NUMBER_LENGTH: 'do not have the length set for the ERP\'s number series (SE-VN-14, SE-VN-31)',
};

/**
 * The connection's number rules over all our numbers, one finding per register and rule:
 * the items that break them would fail on every run, so the check reports them up front.
 */
export function numberRuleFindings(rules: RegisterRules, numbers: Record<NumberedRegister, readonly (string | null)[]>): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const register of ['customer', 'product', 'project'] as const) {
    const records = numbers[register].map((number, i) => ({ id: String(i), number }));
    const violations = numberRuleViolations(register, records, numberRulesFor(rules, register));
    for (const rule of Object.keys(WHAT) as NumberRuleViolation['rule'][]) {
      const broken = violations.filter((v) => v.rule === rule);
      if (broken.length === 0) continue;
      findings.push({
        code: 'NUMBER_RULE', severity: 'ERROR',
        message: `${broken.length} ${register} number(s) ${WHAT[rule]}; those ${register}s will fail with ${rule} (X-15)`,
        examples: broken.slice(0, EXAMPLES).map((v) => v.number ?? '(none)'),
      });
    }
  }
  return findings;
}
