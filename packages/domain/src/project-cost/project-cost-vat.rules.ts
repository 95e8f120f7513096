import { roundAmount } from '../money.js';

/**
 * The VAT rate of a project cost: the one given explicitly, else its product's (SE-FX-49), else the
 * company's default (SE-EE-50); null when none of them is known, rather than a guessed rate.
 * Always 2 decimals, as the numeric(5,2) column returns it, so "25" and "25.00" compare equal.
 */
export function projectCostVatRate(sources: {
  readonly explicit?: string | null | undefined;
  readonly product?: string | null | undefined;
  readonly companyDefault?: string | null | undefined;
}): string | null {
  const rate = sources.explicit ?? sources.product ?? sources.companyDefault ?? null;
  return rate === null ? null : roundAmount(rate);
}
