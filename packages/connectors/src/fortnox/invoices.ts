import type { ConnectorResult, ExternalRecordRef, InvoiceLookup, RemoteInvoiceStatus, WriteAnswer, WriteOptions, WriteOutcome } from '../core/connector.js';
import type { CreditNoteDraftRecord, InvoiceDraftRecord } from '../core/records.js';
import { connectorError } from '../core/connector-error.js';
import { err, ok } from '../core/result.js';
import { fromFortnoxInvoice } from './mappers/from-fortnox-invoice.js';
import { toFortnoxInvoice } from './mappers/to-fortnox-invoice.js';
import { type FortnoxDeps, segment } from './paging.js';
import { type FortnoxInvoice, invoiceSchema, invoiceSubsetSchema } from './schemas.js';

const invoicePath = (documentNumber: string) => `3/invoices/${segment(documentNumber)}`;

function outcome(invoice: FortnoxInvoice, answer?: WriteAnswer): WriteOutcome {
  return { ref: { externalId: invoice.DocumentNumber, externalNumber: invoice.DocumentNumber }, operation: 'created', ...(answer ? { answer } : {}) };
}

/** Whether a Fortnox reference field names another invoice ("0" and empty mean none). */
function isReference(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== '' && value !== '0';
}

/** Invoices and credit notes: create as unbooked drafts, book, cancel, look up. */
export function createInvoiceMethods(deps: FortnoxDeps) {
  const { client } = deps;
  const getInvoice = (documentNumber: string) => client.get(invoicePath(documentNumber), 'Invoice', invoiceSchema);
  const draftPayload = (draft: InvoiceDraftRecord) =>
    toFortnoxInvoice(draft, deps.settings.defaultArticleNumber === undefined ? {} : { defaultArticleNumber: deps.settings.defaultArticleNumber });

  /**
   * Runs an invoice action (bookkeep, cancel). When Fortnox refuses it, the invoice is read back:
   * if it is already in the wanted state, an earlier attempt succeeded and its response was
   * lost, so the replay counts as done.
   */
  async function act(documentNumber: string, action: 'bookkeep' | 'cancel', isDone: (invoice: FortnoxInvoice) => boolean): ConnectorResult<{ readonly value: FortnoxInvoice; readonly answer?: WriteAnswer }> {
    const result = await client.sendAnswered('PUT', `${invoicePath(documentNumber)}/${action}`, 'Invoice', undefined, invoiceSchema);
    if (result.ok || result.error.code !== 'REJECTED') return result;
    const current = await getInvoice(documentNumber);
    return current.ok && isDone(current.value) ? ok({ value: current.value }) : result;
  }

  return {
    /** Creates an unbooked invoice; Fortnox gives it its number (DocumentNumber) right away. */
    async createInvoice(draft: InvoiceDraftRecord, _options: WriteOptions): ConnectorResult<WriteOutcome> {
      const created = await client.sendAnswered('POST', '3/invoices', 'Invoice', draftPayload(draft), invoiceSchema);
      return created.ok ? ok(outcome(created.value.value, created.value.answer)) : created;
    },

    async bookInvoice(externalId: string, options?: { readonly number?: string }): ConnectorResult<RemoteInvoiceStatus> {
      // DocumentNumber is server-assigned (manifest: no source invoice numbers); never book under another number than asked
      if (options?.number !== undefined) return err(connectorError({ connectorId: 'fortnox', code: 'UNSUPPORTED', message: 'Fortnox assigns invoice numbers itself; it cannot book with a number from the source' }));
      const booked = await act(externalId, 'bookkeep', (invoice) => invoice.Booked);
      return booked.ok ? ok({ ...fromFortnoxInvoice(booked.value.value), ...(booked.value.answer ? { answer: booked.value.answer } : {}) }) : booked;
    },

    /** Fortnox cannot delete invoices; an unbooked one is cancelled (makulerad) instead, which voids it. */
    async deleteInvoiceDraft(externalId: string): ConnectorResult<void> {
      const cancelled = await act(externalId, 'cancel', (invoice) => invoice.Cancelled === true);
      return cancelled.ok ? ok(undefined) : cancelled;
    },

    /**
     * Finds an invoice by number, or by our reference in ExternalInvoiceReference1. Fortnox's
     * search matches loosely, so hits are filtered to exact matches; cancelled invoices are
     * skipped (a cancelled draft must not stop the engine from creating the invoice again), and
     * of several the oldest wins: a credit invoice copies the reference of the one it credits.
     */
    async findInvoice(lookup: InvoiceLookup): ConnectorResult<ExternalRecordRef | null> {
      if ('number' in lookup) {
        const found = await getInvoice(lookup.number);
        if (!found.ok) return found.error.code === 'NOT_FOUND' ? ok(null) : found;
        const matches = lookup.reference === undefined || found.value.ExternalInvoiceReference1 === lookup.reference;
        return ok(matches && found.value.Cancelled !== true ? outcome(found.value).ref : null);
      }
      const page = await client.list('3/invoices', 'Invoices', invoiceSubsetSchema, { externalinvoicereference1: lookup.reference, limit: 500 });
      if (!page.ok) return page;
      const hit = page.value.items
        .filter((i) => i.ExternalInvoiceReference1 === lookup.reference && i.Cancelled !== true)
        .sort((a, b) => Number(a.DocumentNumber) - Number(b.DocumentNumber))[0];
      return ok(hit === undefined ? null : { externalId: hit.DocumentNumber, externalNumber: hit.DocumentNumber });
    },

    async getInvoiceStatus(externalId: string): ConnectorResult<RemoteInvoiceStatus> {
      const invoice = await getInvoice(externalId);
      return invoice.ok ? ok(fromFortnoxInvoice(invoice.value)) : invoice;
    },

    /**
     * With the credited invoice known, Fortnox's credit action makes the credit invoice (linked
     * both ways, §2.8); it is then updated with our reference and lines, so partial credit notes
     * work too. If the original already has a credit invoice, an earlier attempt got that far and
     * it is reused instead of failing. Without one, a negative invoice is created.
     */
    async createCreditNote(draft: CreditNoteDraftRecord, _options: WriteOptions): ConnectorResult<WriteOutcome> {
      if (draft.creditedExternalId === undefined) {
        const created = await client.sendAnswered('POST', '3/invoices', 'Invoice', draftPayload(draft), invoiceSchema);
        return created.ok ? ok(outcome(created.value.value, created.value.answer)) : created;
      }
      const original = await getInvoice(draft.creditedExternalId);
      if (!original.ok) return original;
      let creditNumber = original.value.CreditInvoiceReference;
      if (!isReference(creditNumber)) {
        const credited = await client.send('PUT', `${invoicePath(draft.creditedExternalId)}/credit`, 'Invoice', undefined, invoiceSchema);
        if (!credited.ok) return credited;
        creditNumber = credited.value.CreditInvoiceReference;
        if (!isReference(creditNumber)) {
          return err(connectorError({ connectorId: 'fortnox', code: 'UNKNOWN', message: `Fortnox credited invoice ${draft.creditedExternalId} but named no credit invoice` }));
        }
      }
      const updated = await client.sendAnswered('PUT', invoicePath(creditNumber), 'Invoice', draftPayload(draft), invoiceSchema);
      return updated.ok ? ok(outcome(updated.value.value, updated.value.answer)) : updated;
    },
  };
}
