/** A supplier's bank account as the domain describes it. */
export interface BankAccountValue {
  iban?: string;
  accountNumber?: string;
  bic?: string;
}

/**
 * The bank_account column is text while the domain's account is structured (IBAN, account number,
 * BIC), so it holds JSON; a later migration can cast it to jsonb without rewriting values.
 */
export function encodeBankAccount(account: BankAccountValue | undefined): string | null {
  return account ? JSON.stringify(account) : null;
}

export function decodeBankAccount(stored: string | null): BankAccountValue | null {
  if (stored === null || stored.trim() === '') return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    if (typeof parsed === 'object' && parsed !== null) {
      const { iban, accountNumber, bic } = parsed as Record<string, unknown>;
      const out: BankAccountValue = {};
      if (typeof iban === 'string') out.iban = iban;
      if (typeof accountNumber === 'string') out.accountNumber = accountNumber;
      if (typeof bic === 'string') out.bic = bic;
      return out;
    }
  } catch {
    // a plain value written by something other than this module
  }
  return { accountNumber: stored };
}
