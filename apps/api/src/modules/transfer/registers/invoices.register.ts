import { debtorBookingPlan, differsByMoreThan, effectiveInvoicing, invoiceCreationPlan, sentStatusAfterBooking, statusRoles } from '@ledgerbridge/domain';
import { In } from 'typeorm';
import { CustomerEntity } from '../../customer/customer.entity.js';
import type { ConnectorError, ExternalRecordRef, InvoiceDraftRecord, WriteAnswer } from '@ledgerbridge/connectors';
import { InvoiceEntity } from '../../invoice/invoice.entity.js';
import { createThroughLedger, type CreatedOnce as Created } from '../create-once.js';
import type { RegisterContext } from '../register-context.js';
import { applyDebtorRules } from './debtor-invoice.js';
import { toInvoiceRecord } from './invoice-record.js';
import { deliverBookedInvoice } from './invoice-delivery.js';
import { withProjectsAsTransferred } from './invoice-projects.js';
import { describeMappingErrors, mapInvoiceRecord } from './mapped-record.js';
import { heldForNight, nightlyHolds } from './nightly-hold.js';
import { pushInvoiceAttachments } from './invoice-attachments.js';
import { invoiceNumberFor } from './invoice-numbering.js';

/** SE-VN-36: a booked total further than this from ours means the VAT is wrong on our side. */
const TOTAL_TOLERANCE = '0.05';

/**
 * Invoices and credit notes in the pipeline's transfer status go to the ERP: created
 * through the intent ledger (never twice), checked against our total, booked when the
 * connection says so, numbered back, and moved on — to the after-transfer status on success,
 * to the failed status with the reason on failure (SE-VN-36, SE-VN-48).
 */
export async function pushInvoices(ctx: RegisterContext): Promise<void> {
  const { tenantId } = ctx;
  const { pipeline, rows } = await ctx.services.invoiceStatuses.load(tenantId);
  const roles = statusRoles(pipeline);
  const trigger = rows.find((r) => r.key === roles.trigger);
  if (!trigger) return;
  const invoices = await ctx.db.read(tenantId, (m) => m.find(InvoiceEntity, { where: { tenantId, statusId: trigger.id }, order: { issueDate: 'ASC', id: 'ASC' } }));
  const refs = await ctx.refs.all('invoice');
  const customers = new Map((await ctx.db.read(tenantId, (m) => m.findBy(CustomerEntity, { tenantId, id: In([...new Set(invoices.map((i) => i.customerId))]) }))).map((c) => [c.id, c]));
  // the tenant's invoicing settings once saved; until then each connection's bookInvoices decides (PV-06, PV-08)
  const company = (await ctx.services.invoicing.get(tenantId)) ?? { creationMode: ctx.settings['bookInvoices'] === true ? 'BOOKED' as const : 'DRAFT' as const, invoicingTime: 'ON_COMPLETION' as const, delivery: 'NONE' as const };
  const defaultProduct = ctx.rules.defaultProductNumber ?? (typeof ctx.settings['defaultProductNumber'] === 'string' ? (ctx.settings['defaultProductNumber'] as string) : undefined);
  const holds = await nightlyHolds(ctx, company);
  for (const invoice of invoices) {
    const register = invoice.kind === 'CREDIT_NOTE' ? 'creditNotes' : 'invoices';
    const customer = customers.get(invoice.customerId);
    // RB-16/RB-17 refine the tenant's plan (PV-08, PV-14); "booked in the source" = a status that can no longer be edited
    const creation = debtorBookingPlan(invoiceCreationPlan(effectiveInvoicing(company, customer ?? {}).creationMode, customer ?? {}), ctx.rules.debtor, { isBookedInSource: !trigger.isEditable, ean: customer?.ean ?? null });
    if (!creation.create) {
      if (ctx.plan) ctx.plan.push({ register, recordId: invoice.id, action: 'SKIP', reason: creation.reason, payload: null, errors: [] });
      else await ctx.log.item({ register, recordId: invoice.id, direction: 'PUSH', outcome: 'SKIPPED', message: creation.reason });
      continue;
    }
    if (await heldForNight(ctx, register, invoice.id, holds(invoice, customer))) continue;
    // without project transfer (SE-FX-31) the ERP has none of ours, so the invoice names none
    const built = withProjectsAsTransferred(ctx, await toInvoiceRecord(ctx.db, tenantId, invoice, defaultProduct));
    const debtor = applyDebtorRules(built.record, customer, ctx.rules.debtor);
    // the connection's field mapping over header and lines; a required field it leaves empty fails the invoice, named
    const mapped = debtor.record ? mapInvoiceRecord(ctx.connection, debtor.record) : null;
    // who numbers it (X-08, SE-FX-32): without the number the source owes, it is never sent
    const numbering = invoiceNumberFor(ctx, invoice, creation.book);
    const problems = [...built.problems, ...debtor.problems, ...(mapped?.errors.length ? [describeMappingErrors(mapped.errors)] : []), ...(numbering.ok ? [] : [numbering.reason])];
    const record = mapped && mapped.errors.length === 0 && numbering.ok ? { ...mapped.record, ...(numbering.number ? { invoiceNumber: numbering.number } : {}) } : null;
    if (ctx.plan) {
      ctx.plan.push({ register, recordId: invoice.id, action: refs.has(invoice.id) ? 'SKIP' : 'CREATE', reason: refs.has(invoice.id) ? 'Already in the ERP' : null, payload: record as Record<string, unknown> | null, errors: problems });
      continue;
    }
    if (!record) {
      await fail(ctx, register, invoice.id, debtor.code ?? (numbering.ok ? 'REJECTED' : numbering.code), problems.join('; '), roles.failed);
      continue;
    }
    // an invoice already in the ERP continues from that document, never a new one
    const known = await knownDocument(ctx, invoice.id, refs.get(invoice.id));
    if (known === 'failed') continue;
    let created: Created;
    if (known) created = { ok: true, ref: known, attempts: 0 };
    else {
      const creditedRef = invoice.creditedInvoiceId ? refs.get(invoice.creditedInvoiceId) : undefined;
      created = await createOnce(ctx, register, invoice.id, invoice.kind === 'CREDIT_NOTE' ? { ...record, ...(creditedRef ? { creditedExternalId: creditedRef.externalId } : {}) } : record);
      if (created.ok) await ctx.refs.save('invoice', invoice.id, { externalId: created.ref.externalId, externalNumber: created.ref.externalNumber ?? null });
    }
    if (!created.ok) {
      await fail(ctx, register, invoice.id, created.error.code, created.error.message, roles.failed, created.attempts, created.error);
      continue;
    }
    const finished = await checkAndBook(ctx, invoice, created.ref, creation.book, record.invoiceNumber);
    if (!finished.ok) {
      if (finished.draftDeleted) {
        await ctx.refs.remove('invoice', invoice.id);
        await ctx.ledger.forget('invoice', invoice.id, 'create');
      }
      await fail(ctx, register, invoice.id, finished.code, finished.message, roles.failed, created.attempts);
      continue;
    }
    await ctx.refs.save('invoice', invoice.id, { externalId: finished.ref.externalId, externalNumber: finished.ref.externalNumber ?? null });
    if (known && !finished.booked) {
      // already in the ERP as a draft and booking is left to the ERP's users: nothing to send
      await ctx.log.item({ register, recordId: invoice.id, direction: 'PUSH', outcome: 'SKIPPED', externalId: known.externalId, message: 'Waiting as a draft in the ERP; its number comes back once it is booked there' });
      continue;
    }
    if (finished.booked) await deliverBookedInvoice(ctx, invoice, finished.ref.externalNumber ?? null, company);
    const moved = await ctx.services.invoices.applyTransferOutcome(tenantId, invoice.id, {
      number: finished.ref.externalNumber ?? null, paymentReference: finished.paymentReference, toStatusKey: roles.afterTransfer, connectionId: ctx.connection.id,
    });
    const sentNote = moved.ok && finished.booked && ctx.rules.debtor.markSentWhenBooked ? await markSent(ctx, invoice.id, sentStatusAfterBooking(pipeline, roles.afterTransfer)) : null;
    await ctx.log.item({
      register, recordId: invoice.id, direction: 'PUSH', outcome: known ? 'UPDATED' : 'TRANSFERRED', attempts: created.attempts,
      externalId: finished.ref.externalId, externalNumber: finished.ref.externalNumber ?? null,
      message: [
        finished.booked ? 'Booked in the ERP' : (creation.reason ?? 'Created as a draft in the ERP'),
        ...(finished.paymentReference ? [`payment reference ${finished.paymentReference}`] : []),
        ...(moved.ok ? [] : [`status not moved: ${moved.error[0]?.message ?? ''}`]),
        ...(sentNote ? [sentNote] : []),
      ].join('; '),
      request: record as unknown as Record<string, unknown>,
      writeAnswer: finished.answer ?? (created.ok ? created.answer : undefined),
    });
  }
  await pushInvoiceAttachments(ctx);
}

/**
 * The ERP document we already hold a link to, as it is now: a draft booked in the ERP has a new
 * id there, so a vanished id is looked up again by our reference. 'failed' = logged, move on;
 * null = the ERP has nothing (deleted there), so it may be created again.
 */
async function knownDocument(ctx: RegisterContext, invoiceId: string, ref: { externalId: string; externalNumber: string | null } | undefined): Promise<ExternalRecordRef | null | 'failed'> {
  if (!ref) return null;
  const current: ExternalRecordRef = { externalId: ref.externalId, ...(ref.externalNumber ? { externalNumber: ref.externalNumber } : {}) };
  if (!ctx.connector.getInvoiceStatus) return current;
  const status = await ctx.connector.getInvoiceStatus(ref.externalId);
  if (status.ok) return current;
  if (status.error.code !== 'NOT_FOUND' || !ctx.connector.findInvoice) {
    await ctx.log.item({ register: 'invoices', recordId: invoiceId, direction: 'PUSH', outcome: 'FAILED', errorCode: status.error.code, message: status.error.message, vendorError: status.error });
    return 'failed';
  }
  const found = await ctx.connector.findInvoice({ reference: invoiceId });
  if (!found.ok) {
    await ctx.log.item({ register: 'invoices', recordId: invoiceId, direction: 'PUSH', outcome: 'FAILED', errorCode: found.error.code, message: found.error.message, vendorError: found.error });
    return 'failed';
  }
  if (found.value) {
    await ctx.refs.save('invoice', invoiceId, { externalId: found.value.externalId, externalNumber: found.value.externalNumber ?? null });
    return found.value;
  }
  await ctx.refs.remove('invoice', invoiceId);
  await ctx.ledger.forget('invoice', invoiceId, 'create');
  return null;
}

/** Create through the ledger: an open intent is resolved by lookup before any new create. */
async function createOnce(ctx: RegisterContext, register: string, invoiceId: string, record: InvoiceDraftRecord): Promise<Created> {
  const create = register === 'creditNotes' ? (ctx.connector.createCreditNote ?? ctx.connector.createInvoice) : ctx.connector.createInvoice;
  const find = ctx.connector.findInvoice;
  if (!create || !find) {
    return { ok: false, error: { code: 'UNSUPPORTED', message: `${ctx.connection.connectorId} cannot create ${register}`, retryable: false, connectorId: ctx.connection.connectorId as never }, attempts: 0 };
  }
  return createThroughLedger(ctx.ledger, { recordType: 'invoice', recordId: invoiceId, operation: 'create' }, {
    create: (idempotencyKey) => create.call(ctx.connector, record, { idempotencyKey }),
    find: () => find.call(ctx.connector, { reference: invoiceId }),
  });
}

type Finished = { ok: true; ref: ExternalRecordRef; booked: boolean; paymentReference: string | null; answer?: WriteAnswer } | { ok: false; code: string; message: string; draftDeleted: boolean };

async function checkAndBook(ctx: RegisterContext, invoice: InvoiceEntity, ref: ExternalRecordRef, book: boolean, number: string | undefined): Promise<Finished> {
  const status = ctx.connector.getInvoiceStatus ? await ctx.connector.getInvoiceStatus(ref.externalId) : null;
  if (status && !status.ok) return { ok: false, code: status.error.code, message: status.error.message, draftDeleted: false };
  if (status?.ok && status.value.state !== 'draft') return { ok: true, ref: status.value.ref, booked: true, paymentReference: status.value.paymentReference ?? null };
  const theirs = status?.ok ? status.value.grossAmount : undefined;
  if (theirs !== undefined && differsByMoreThan(invoice.grossAmount, theirs, TOTAL_TOLERANCE)) {
    const removed = ctx.connector.deleteInvoiceDraft ? await ctx.connector.deleteInvoiceDraft(ref.externalId) : null;
    const note = removed?.ok ? 'the ERP draft was deleted' : 'the ERP draft could not be deleted; remove it by hand';
    return {
      ok: false, code: 'TOTAL_MISMATCH', draftDeleted: Boolean(removed?.ok),
      message: `The ERP's total ${theirs} differs from ours ${invoice.grossAmount} by more than ${TOTAL_TOLERANCE}; check the VAT rates on the lines (SE-VN-37). ${note}.`,
    };
  }
  if (!book || !ctx.connector.bookInvoice) return { ok: true, ref: { ...ref, ...(status?.ok ? { externalNumber: status.value.ref.externalNumber ?? ref.externalNumber } : {}) }, booked: false, paymentReference: status?.ok ? status.value.paymentReference ?? null : null };
  const booked = await ctx.connector.bookInvoice(ref.externalId, number === undefined ? undefined : { number });
  if (!booked.ok) return { ok: false, code: booked.error.code, message: `Created, but booking failed: ${booked.error.message}`, draftDeleted: false };
  return { ok: true, ref: booked.value.ref, booked: true, paymentReference: booked.value.paymentReference ?? null, ...(booked.value.answer ? { answer: booked.value.answer } : {}) };
}

async function fail(ctx: RegisterContext, register: string, invoiceId: string, code: string, message: string, failedKey: string | undefined, attempts = 1, vendorError?: ConnectorError): Promise<void> {
  await ctx.services.invoices.applyTransferOutcome(ctx.tenantId, invoiceId, { toStatusKey: failedKey, reason: message, connectionId: ctx.connection.id });
  await ctx.log.item({ register, recordId: invoiceId, direction: 'PUSH', outcome: 'FAILED', errorCode: code, message, attempts, vendorError });
}

/** RB-19: booked in the ERP = sent to the customer from there, so our invoice says so too. */
async function markSent(ctx: RegisterContext, invoiceId: string, sentKey: string | undefined): Promise<string> {
  if (!sentKey) return 'not marked sent: the pipeline has no "sent" status after the transfer status (RB-19)';
  const sent = await ctx.services.invoices.applyTransferOutcome(ctx.tenantId, invoiceId, { toStatusKey: sentKey, connectionId: ctx.connection.id });
  return sent.ok ? 'marked sent (RB-19)' : `not marked sent: ${sent.error[0]?.message ?? ''}`;
}
