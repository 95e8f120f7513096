// Supplier invoices as journal vouchers (§1.11; RB-09): one voucher per invoice, one
// `supplierInvoices` entry per purchase account. The journal is left for the bookkeeper to book.
import { z } from 'zod';
import type { ExternalRecordRef, WriteOutcome } from '../core/connector.js';
import { connectorError, type ConnectorError } from '../core/connector-error.js';
import type { SupplierInvoiceVoucherRecord } from '../core/records.js';
import { err, ok, type Result } from '../core/result.js';
import type { Res } from './client.js';
import type { EconomicContext } from './context.js';
import { accountingYearSchema } from './schemas.js';
import { decimalToWire } from './wire.js';

const fail = (code: ConnectorError['code'], message: string): Result<never, ConnectorError> => err(connectorError({ connectorId: 'e-conomic', code, message }));

/** Entry text ≤ 250 (§1.11); our reference goes last so a lookup can match it whatever the text. */
const TEXT_LIMIT = 250;
const referenceTag = (reference: string): string => ` #${reference}`;

export function voucherText(text: string, reference: string): string {
  const tag = referenceTag(reference);
  return `${text.slice(0, TEXT_LIMIT - tag.length)}${tag}`;
}

const voucherSchema = z.looseObject({
  voucherNumber: z.number().int(),
  accountingYear: z.looseObject({ year: z.string() }),
  entries: z.looseObject({ supplierInvoices: z.array(z.looseObject({ text: z.string().optional() })).optional() }).optional(),
});

/** `<journal>/<year>-<voucherNumber>`: the voucher's address in e-conomic (`/journals/:j/vouchers/:year-:n`). */
function voucherRef(journalNumber: string, voucher: z.output<typeof voucherSchema>): ExternalRecordRef {
  return { externalId: `${journalNumber}/${voucher.accountingYear.year}-${voucher.voucherNumber}`, externalNumber: String(voucher.voucherNumber) };
}

export async function createSupplierInvoiceVoucher(ctx: EconomicContext, voucher: SupplierInvoiceVoucherRecord): Res<WriteOutcome> {
  if (!/^\d{1,9}$/.test(voucher.journalNumber)) return fail('REJECTED', `e-conomic journal numbers are whole numbers, got "${voucher.journalNumber}"`);
  if (!/^\d{1,9}$/.test(voucher.supplierNumber)) return fail('REJECTED', `e-conomic supplier numbers are whole numbers, got "${voucher.supplierNumber}"`);
  const badAccount = voucher.entries.find((e) => !/^\d{1,9}$/.test(e.accountNumber));
  if (badAccount) return fail('REJECTED', `e-conomic account numbers are whole numbers, got "${badAccount.accountNumber}"`);
  // accounting years need not be calendar years, so the year is the one whose period holds the date
  const years = await ctx.client.all('accounting-years', accountingYearSchema);
  if (!years.ok) return years;
  const year = years.value.find((y) => y.fromDate <= voucher.date && voucher.date <= y.toDate);
  if (!year) return fail('REJECTED', `e-conomic has no accounting year for ${voucher.date}; create it there first`);
  const text = voucherText(voucher.text, voucher.reference);
  const body = {
    accountingYear: { year: year.year },
    journal: { journalNumber: Number(voucher.journalNumber) },
    entries: {
      supplierInvoices: voucher.entries.map((entry) => ({
        supplier: { supplierNumber: Number(voucher.supplierNumber) },
        supplierInvoiceNumber: voucher.supplierInvoiceNumber,
        date: voucher.date,
        ...(voucher.dueDate === undefined ? {} : { dueDate: voucher.dueDate }),
        amount: decimalToWire(entry.grossAmount),
        currency: { code: voucher.currency },
        contraAccount: { accountNumber: Number(entry.accountNumber) },
        text,
      })),
    },
  };
  const created = await ctx.client.send('POST', `journals/${voucher.journalNumber}/vouchers`, body, z.array(voucherSchema).min(1));
  if (!created.ok) return created;
  return ok({ ref: voucherRef(voucher.journalNumber, created.value[0]!), operation: 'created' });
}

/**
 * The voucher in the journal whose entry text carries our reference. Only vouchers still in the
 * journal are seen: that is where a lost create lands, and a booked one was already recorded.
 */
export async function findSupplierInvoiceVoucher(ctx: EconomicContext, lookup: { readonly journalNumber: string; readonly reference: string }): Res<ExternalRecordRef | null> {
  if (!/^\d{1,9}$/.test(lookup.journalNumber)) return fail('REJECTED', `e-conomic journal numbers are whole numbers, got "${lookup.journalNumber}"`);
  const vouchers = await ctx.client.all(`journals/${lookup.journalNumber}/vouchers`, voucherSchema);
  if (!vouchers.ok) return vouchers;
  const tag = referenceTag(lookup.reference);
  const hit = vouchers.value.find((v) => v.entries?.supplierInvoices?.some((e) => e.text?.endsWith(tag)));
  return ok(hit ? voucherRef(lookup.journalNumber, hit) : null);
}
