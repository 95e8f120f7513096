import { fieldError, type FieldError } from '@ledgerbridge/domain';
import { Not, type EntityManager } from 'typeorm';
import { InvoiceEntity, type InvoiceKind } from './invoice.entity.js';

const MAX_LENGTH = 30;

/**
 * The source's own invoice number (SE-FX-32), trimmed; blank clears it. One number names one
 * invoice (or one credit note) per tenant, as the ERP will hold it under that number.
 */
export async function checkSourceNumber(m: EntityManager, tenantId: string, kind: InvoiceKind, value: string | null, invoiceId: string | null): Promise<{ value: string | null; errors: FieldError[] }> {
  const number = value?.trim() || null;
  if (number === null) return { value: null, errors: [] };
  if (number.length > MAX_LENGTH) return { value: number, errors: [fieldError('TOO_LONG', `At most ${MAX_LENGTH} characters`, ['sourceNumber'])] };
  const taken = await m.existsBy(InvoiceEntity, { tenantId, kind, sourceNumber: number, ...(invoiceId ? { id: Not(invoiceId) } : {}) });
  return { value: number, errors: taken ? [fieldError('CONFLICT', `Another ${kind === 'CREDIT_NOTE' ? 'credit note' : 'invoice'} already has number ${number}`, ['sourceNumber'])] : [] };
}
