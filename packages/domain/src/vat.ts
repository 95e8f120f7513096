import { addAmounts, compareAmounts, multiplyAmount, percentOfAmount, roundAmount, subtractAmount, sumAmounts } from './money.js';

/** The parts of an invoice line that decide its amounts (all decimal strings). */
export interface VatLine {
  readonly quantity: string;
  readonly unitPrice: string;
  /** Line discount in percent. @default "0" */
  readonly discountPercent?: string | undefined;
  readonly vatRate: string;
}

/** Net, VAT and gross amounts, each rounded to 2 decimals. */
export interface AmountTotals {
  readonly netAmount: string;
  readonly vatAmount: string;
  readonly grossAmount: string;
}

/** The net and VAT amounts of all lines sharing one VAT rate. */
export interface VatBreakdownRow {
  /** The rate with exactly 2 decimals, so `"25"` and `"25.0"` land in one row. */
  readonly vatRate: string;
  readonly netAmount: string;
  readonly vatAmount: string;
}

/**
 * Amounts of one line: net = round2(quantity × unitPrice × (1 − discount/100)), VAT =
 * round2(net × rate/100), gross = net + VAT. Rounded per line, the way ERPs print invoice lines,
 * so the source and ERP totals agree to within the 0.05 check (SE-VN-36, SE-VN-38).
 */
export function computeLineAmounts(line: VatLine): AmountTotals {
  const gross = multiplyAmount(line.quantity, line.unitPrice);
  const discount = percentOfAmount(gross, line.discountPercent ?? '0');
  const netAmount = roundAmount(subtractAmount(gross, discount));
  const vatAmount = roundAmount(percentOfAmount(netAmount, line.vatRate));
  return { netAmount, vatAmount, grossAmount: roundAmount(addAmounts(netAmount, vatAmount)) };
}

/** Invoice totals as sums of the rounded line amounts; an invoice without lines totals zero. */
export function computeInvoiceTotals(lines: readonly VatLine[]): AmountTotals {
  const amounts = lines.map(computeLineAmounts);
  const netAmount = roundAmount(sumAmounts(amounts.map((a) => a.netAmount)));
  const vatAmount = roundAmount(sumAmounts(amounts.map((a) => a.vatAmount)));
  return { netAmount, vatAmount, grossAmount: roundAmount(addAmounts(netAmount, vatAmount)) };
}

/**
 * Net and VAT per VAT rate, ascending by rate. Sums the per-line VAT rather than recomputing it
 * per rate, so the rows always add up to {@link computeInvoiceTotals}.
 */
export function vatBreakdown(lines: readonly VatLine[]): VatBreakdownRow[] {
  const byRate = new Map<string, { net: string[]; vat: string[] }>();
  for (const line of lines) {
    const rate = roundAmount(line.vatRate);
    const { netAmount, vatAmount } = computeLineAmounts(line);
    const group = byRate.get(rate) ?? { net: [], vat: [] };
    group.net.push(netAmount);
    group.vat.push(vatAmount);
    byRate.set(rate, group);
  }
  return [...byRate.entries()]
    .sort(([a], [b]) => compareAmounts(a, b))
    .map(([vatRate, group]) => ({
      vatRate,
      netAmount: roundAmount(sumAmounts(group.net)),
      vatAmount: roundAmount(sumAmounts(group.vat)),
    }));
}
