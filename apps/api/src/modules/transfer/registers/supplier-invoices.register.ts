import type { ConnectorError, SupplierInvoiceVoucherRecord } from '@ledgerbridge/connectors';
import { SupplierInvoiceEntity } from '../../supplier-invoice/supplier-invoice.entity.js';
import { createThroughLedger, type CreatedOnce } from '../create-once.js';
import type { RegisterContext } from '../register-context.js';
import { toSupplierVoucher } from './supplier-voucher-record.js';

const REGISTER = 'supplierInvoices';
const RECORD_TYPE = 'supplierInvoice';
const OPERATION = 'voucher';

/**
 * Supplier invoices from our graph to the ERP's journal (RB-07, RB-09): each one not yet filed
 * becomes one voucher through the intent ledger, so never twice (ADR 0005); accounts come from
 * the posting matrix, with the fallback account for blocked or unknown ones (RB-10, RB-11).
 * Every failure is an item with its reason; the others go on.
 */
export async function pushSupplierInvoices(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const creditor = ctx.rules.creditor;
  if (!creditor?.isEnabled) {
    const reason = 'The creditor integration is not activated for this connection (RB-07)';
    if (ctx.plan) ctx.plan.push({ register: REGISTER, recordId: null, action: 'SKIP', reason, payload: null, errors: [] });
    else await ctx.log.item({ register: REGISTER, recordId: null, direction: 'PUSH', outcome: 'SKIPPED', message: reason });
    return;
  }
  const refs = await ctx.refs.all(RECORD_TYPE);
  const invoices = (await ctx.db.read(tenantId, (m) => m.find(SupplierInvoiceEntity, { where: { tenantId }, order: { issueDate: 'ASC', id: 'ASC' } })))
    .filter((i) => !refs.has(i.id));
  if (invoices.length === 0) return;
  const create = ctx.connector.createSupplierInvoiceVoucher;
  const find = ctx.connector.findSupplierInvoiceVoucher;
  if (!create || !find) {
    const message = `${ctx.connection.connectorId} cannot file supplier invoices in a journal; the creditor integration needs e-conomic`;
    for (const invoice of invoices) await failItem(ctx, invoice.id, { code: 'UNSUPPORTED', message });
    return;
  }
  const accounts = ctx.connector.listReferenceData ? await ctx.connector.listReferenceData('accounts') : null;
  if (accounts && !accounts.ok) {
    for (const invoice of invoices) await failItem(ctx, invoice.id, { code: accounts.error.code, message: `The ERP's accounts could not be read: ${accounts.error.message}` });
    return;
  }
  // blocked accounts are refused by the ERP; a matrix account it does not know cannot be used either (RB-10)
  const known = new Set(accounts?.value.map((a) => a.externalId) ?? []);
  const blocked = new Set(accounts?.value.filter((a) => a.isBlocked).map((a) => a.externalId) ?? []);
  const usedAccounts = [...creditor.postingMatrix.map((c) => c.accountNumber), ...(creditor.fallbackAccount ? [creditor.fallbackAccount] : [])];
  const unusable = new Set([...blocked, ...(accounts ? usedAccounts.filter((a) => !known.has(a)) : [])]);

  for (const invoice of invoices) {
    const plan = await toSupplierVoucher(ctx.db, tenantId, invoice, { creditor, companyCountry: ctx.rules.companyCountry, unusableAccounts: unusable });
    if (ctx.plan) {
      ctx.plan.push({ register: REGISTER, recordId: invoice.id, action: 'CREATE', reason: null, payload: plan.record as Record<string, unknown> | null, errors: plan.problems });
      continue;
    }
    if (!plan.record) {
      await failItem(ctx, invoice.id, { code: 'REJECTED', message: plan.problems.join('; ') });
      continue;
    }
    const created = await createOnce(ctx, invoice.id, plan.record, { create, find });
    if (!created.ok) {
      await failItem(ctx, invoice.id, created.error, created.attempts, plan.record);
      continue;
    }
    await ctx.refs.save(RECORD_TYPE, invoice.id, { externalId: created.ref.externalId, externalNumber: created.ref.externalNumber ?? null });
    const fallbacks = plan.entries.filter((e) => e.usedFallbackFor !== null).map((e) => `account ${e.usedFallbackFor!} cannot be used, booked on the fallback account ${e.accountNumber} (RB-10)`);
    await ctx.log.item({
      register: REGISTER, recordId: invoice.id, direction: 'PUSH', outcome: 'TRANSFERRED', attempts: created.attempts,
      externalId: created.ref.externalId, externalNumber: created.ref.externalNumber ?? null,
      message: [`Voucher in journal ${plan.record.journalNumber} (${plan.vatZone ?? ''} supplier)`, ...fallbacks].join('; '),
      request: plan.record as unknown as Record<string, unknown>,
    });
  }
}

interface VoucherCalls {
  create: NonNullable<RegisterContext['connector']['createSupplierInvoiceVoucher']>;
  find: NonNullable<RegisterContext['connector']['findSupplierInvoiceVoucher']>;
}

/** Commit the intent, then create; an open intent is resolved by a lookup in the journal before any new create (ADR 0005). */
function createOnce(ctx: RegisterContext, invoiceId: string, record: SupplierInvoiceVoucherRecord, calls: VoucherCalls): Promise<CreatedOnce> {
  const lookup = { journalNumber: record.journalNumber, reference: invoiceId };
  return createThroughLedger(ctx.ledger, { recordType: RECORD_TYPE, recordId: invoiceId, operation: OPERATION }, {
    create: (idempotencyKey) => calls.create.call(ctx.connector, record, { idempotencyKey }),
    find: () => calls.find.call(ctx.connector, lookup),
  });
}

async function failItem(ctx: RegisterContext, recordId: string, error: Pick<ConnectorError, 'code' | 'message'>, attempts = 1, request?: SupplierInvoiceVoucherRecord): Promise<void> {
  await ctx.log.item({
    register: REGISTER, recordId, direction: 'PUSH', outcome: 'FAILED', errorCode: error.code, message: error.message, attempts,
    ...(request ? { request: request as unknown as Record<string, unknown> } : {}),
  });
}
