import { percentOfAmount, roundAmount } from '../money.js';

/** The project-cost fields the pricing rule reads. */
export interface PricedCost {
  readonly unitCost: string;
  readonly isBillable: boolean;
}

/**
 * The unit price a project cost is re-billed at (SE-VN-59): costs only → "0.00"; re-billable →
 * unit cost × multiplier / 100 (100 % → the cost itself, 150 % → cost × 1.5), rounded half away
 * from zero to 2 decimals.
 */
export function billablePrice(cost: PricedCost, multiplierPercent: string): string {
  if (!cost.isBillable) return '0.00';
  return roundAmount(percentOfAmount(cost.unitCost, multiplierPercent));
}
