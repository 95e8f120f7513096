// Financial vouchers (finansbilag) in a journal (§1.11): the inventory value (RB-25..RB-29). The
// voucher stays in the journal for the bookkeeper to book, as the other journal entries do.
import { z } from 'zod';
import type { ExternalRecordRef, WriteOutcome } from '../core/connector.js';
import { connectorError } from '../core/connector-error.js';
import type { FinanceVoucherRecord } from '../core/records.js';
import { err, ok } from '../core/result.js';
import type { Res } from './client.js';
import type { EconomicContext } from './context.js';
import { accountingYearSchema } from './schemas.js';
import { decimalToWire } from './wire.js';

const TEXT_LIMIT = 250;

const voucherSchema = z.looseObject({
  voucherNumber: z.number().int(),
  accountingYear: z.looseObject({ year: z.string() }),
  entries: z.looseObject({ financeVouchers: z.array(z.looseObject({ text: z.string().optional() })).optional() }).optional(),
});

/** Our reference rides at the end of the entry text, the one free-text field a voucher keeps. */
export function voucherText(voucher: Pick<FinanceVoucherRecord, 'text' | 'reference'>): string {
  const tail = ` [${voucher.reference}]`;
  return `${voucher.text.slice(0, TEXT_LIMIT - tail.length)}${tail}`;
}

function voucherId(journal: string, year: string, voucherNumber: number): string {
  return `voucher:${journal}:${year}-${voucherNumber}`;
}

export async function postFinanceVoucher(ctx: EconomicContext, voucher: FinanceVoucherRecord): Res<WriteOutcome> {
  if (!/^\d{1,9}$/.test(voucher.journal)) return err(connectorError({ connectorId: 'e-conomic', code: 'REJECTED', message: `e-conomic journal numbers are whole numbers, got "${voucher.journal}"` }));
  const years = await ctx.client.all('accounting-years', accountingYearSchema);
  if (!years.ok) return years;
  const year = years.value.find((y) => y.fromDate <= voucher.date && voucher.date <= y.toDate);
  if (!year) return err(connectorError({ connectorId: 'e-conomic', code: 'REJECTED', message: `e-conomic has no accounting year for ${voucher.date}` }));
  const body = {
    accountingYear: { year: year.year },
    journal: { journalNumber: Number(voucher.journal) },
    entries: {
      financeVouchers: [{
        account: { accountNumber: Number(voucher.accountNumber) },
        contraAccount: { accountNumber: Number(voucher.contraAccountNumber) },
        amount: decimalToWire(voucher.amount),
        ...(voucher.currency === undefined ? {} : { currency: { code: voucher.currency } }),
        date: voucher.date,
        text: voucherText(voucher),
      }],
    },
  };
  const created = await ctx.client.send('POST', `journals/${voucher.journal}/vouchers`, body, z.array(voucherSchema).min(1));
  if (!created.ok) return created;
  const [first] = created.value;
  return ok({ ref: { externalId: voucherId(voucher.journal, first!.accountingYear.year, first!.voucherNumber) }, operation: 'created' });
}

/** The journal's voucher whose entry text carries our reference, or null. */
export async function findFinanceVoucher(ctx: EconomicContext, lookup: { readonly journal: string; readonly reference: string }): Res<ExternalRecordRef | null> {
  const vouchers = await ctx.client.all(`journals/${lookup.journal}/vouchers`, voucherSchema);
  if (!vouchers.ok) return vouchers;
  const tail = `[${lookup.reference}]`;
  const hit = vouchers.value.find((v) => (v.entries?.financeVouchers ?? []).some((e) => e.text?.endsWith(tail)));
  return ok(hit ? { externalId: voucherId(lookup.journal, hit.accountingYear.year, hit.voucherNumber) } : null);
}
