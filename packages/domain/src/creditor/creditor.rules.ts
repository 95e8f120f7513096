import { addAmounts, roundAmount, sumAmounts } from '../money.js';
import { err, ok, type Result } from '../result.js';
import type { PostingCell } from './creditor-settings.js';
import { vatZoneSchema, type VatZone } from './vat-zone.js';

/** A product group × VAT zone the admin has not decided yet (RB-12). */
export interface UndecidedCell {
  readonly productGroup: string;
  readonly vatZone: VatZone;
}

/** The account of one matrix cell, or undefined while it is undecided (RB-11, RB-12). */
export function postingAccountFor(matrix: readonly PostingCell[], productGroup: string, vatZone: VatZone): string | undefined {
  return matrix.find((c) => c.productGroup === productGroup && c.vatZone === vatZone)?.accountNumber;
}

/**
 * Every cell still undecided for `productGroups`, in all three zones: the admin decides each
 * one (RB-11 lists every group with each origin; RB-12: nothing pre-filled counts).
 */
export function undecidedCells(productGroups: Iterable<string>, matrix: readonly PostingCell[]): UndecidedCell[] {
  const groups = [...new Set(productGroups)].sort();
  return groups.flatMap((productGroup) =>
    vatZoneSchema.options.filter((vatZone) => postingAccountFor(matrix, productGroup, vatZone) === undefined).map((vatZone) => ({ productGroup, vatZone })));
}

/** The amounts of one supplier-invoice line that the voucher needs (rounded per line, ADR 0003). */
export interface PostingLine {
  readonly productGroup: string;
  readonly netAmount: string;
  readonly vatAmount: string;
}

/** One voucher entry: the gross of every line that posts to the same account. */
export interface PostingEntry {
  readonly accountNumber: string;
  readonly netAmount: string;
  readonly vatAmount: string;
  readonly grossAmount: string;
  /** The matrix account could not be used, so the fallback account took its place (RB-10). */
  readonly usedFallbackFor: string | null;
}

export interface PostingPlanInput {
  readonly lines: readonly PostingLine[];
  readonly vatZone: VatZone;
  readonly matrix: readonly PostingCell[];
  readonly fallbackAccount?: string | undefined;
  /** Accounts the ERP will refuse, e.g. blocked (spærret) ones. */
  readonly unusableAccounts: ReadonlySet<string>;
}

/**
 * The voucher's entries for one supplier invoice: each line's account from the matrix cell of its
 * product group and the supplier's zone; an unusable account is replaced by the fallback account
 * and only then (RB-10). An undecided cell is never filled in by the fallback: that would be a
 * decision the admin did not make (RB-12). Lines with one account are summed into one entry.
 */
export function planVoucherEntries(input: PostingPlanInput): Result<PostingEntry[], string[]> {
  const problems: string[] = [];
  const byAccount = new Map<string, { net: string[]; vat: string[]; fallbackFor: string | null }>();
  input.lines.forEach((line, i) => {
    const chosen = postingAccountFor(input.matrix, line.productGroup, input.vatZone);
    if (chosen === undefined) {
      problems.push(`Line ${i + 1}: no account chosen for product group "${line.productGroup}" × ${input.vatZone} in the posting matrix (RB-11)`);
      return;
    }
    let account = chosen;
    let fallbackFor: string | null = null;
    if (input.unusableAccounts.has(chosen)) {
      const fallback = input.fallbackAccount;
      if (fallback === undefined || input.unusableAccounts.has(fallback)) {
        problems.push(`Line ${i + 1}: account ${chosen} cannot be used (blocked or unknown in the ERP) and ${fallback === undefined ? 'no fallback account is set' : `the fallback account ${fallback} cannot be used either`} (RB-10)`);
        return;
      }
      account = fallback;
      fallbackFor = chosen;
    }
    const group = byAccount.get(account) ?? { net: [], vat: [], fallbackFor: null };
    group.net.push(line.netAmount);
    group.vat.push(line.vatAmount);
    group.fallbackFor ??= fallbackFor;
    byAccount.set(account, group);
  });
  if (problems.length > 0) return err(problems);
  return ok([...byAccount.entries()].map(([accountNumber, g]) => {
    const netAmount = roundAmount(sumAmounts(g.net));
    const vatAmount = roundAmount(sumAmounts(g.vat));
    return { accountNumber, netAmount, vatAmount, grossAmount: roundAmount(addAmounts(netAmount, vatAmount)), usedFallbackFor: g.fallbackFor };
  }));
}
