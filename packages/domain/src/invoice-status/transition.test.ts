import { describe, expect, it } from 'vitest';
import { patchStatus } from '../testing/pipeline.js';
import { examplePipelineA, examplePipelineB } from './example-pipelines.js';
import type { Pipeline } from './pipeline.js';
import { defaultStatusFor, ensureInvoiceEditable, isInvoiceEditable, statusRoles, transitionInvoice } from './transition.js';

const A = examplePipelineA;
const B = examplePipelineB;
const unnumbered = { hasInvoiceNumber: false, kind: 'INVOICE' } as const;
const numbered = { hasInvoiceNumber: true, kind: 'INVOICE' } as const;

describe('transitionInvoice', () => {
  it('should allow a move listed in the transition table', () => {
    expect(transitionInvoice(A, { from: 'draft', to: 'awaiting-approval', invoice: unnumbered })).toEqual({
      ok: true,
      value: { from: 'draft', to: 'awaiting-approval', triggersTransfer: false },
    });
  });

  it('should flag a move into the trigger status as triggering the transfer (X-20)', () => {
    const result = transitionInvoice(A, { from: 'awaiting-approval', to: 'approved-ready-for-erp', invoice: unnumbered });
    expect(result).toEqual({ ok: true, value: { from: 'awaiting-approval', to: 'approved-ready-for-erp', triggersTransfer: true } });
  });

  it('should retry a failed invoice moved back to the trigger status (SE-VN-37, X-20)', () => {
    const result = transitionInvoice(B, { from: 'failed', to: 'send-to-erp', invoice: unnumbered });
    expect(result.ok && result.value.triggersTransfer).toBe(true);
  });

  it('should refuse a move that is not in the transition table', () => {
    expect(transitionInvoice(A, { from: 'draft', to: 'approved-ready-for-erp', invoice: unnumbered })).toEqual({
      ok: false,
      error: { code: 'INVALID_TRANSITION', message: 'An invoice cannot move from "draft" to "approved-ready-for-erp"', field: ['to'] },
    });
  });

  it('should refuse a move to the same status', () => {
    const result = transitionInvoice(A, { from: 'draft', to: 'draft', invoice: unnumbered });
    expect(result.ok ? undefined : result.error.code).toBe('INVALID_TRANSITION');
  });

  it('should report unknown statuses as NOT_FOUND at the offending field', () => {
    const fromResult = transitionInvoice(A, { from: 'nope', to: 'draft', invoice: unnumbered });
    expect(fromResult.ok ? undefined : [fromResult.error.code, fromResult.error.field]).toEqual(['NOT_FOUND', ['from']]);
    const toResult = transitionInvoice(A, { from: 'draft', to: 'nope', invoice: unnumbered });
    expect(toResult.ok ? undefined : [toResult.error.code, toResult.error.field]).toEqual(['NOT_FOUND', ['to']]);
  });

  it('should refuse a move into a status requiring an invoice number while the invoice has none (SE-VN-55)', () => {
    const result = transitionInvoice(B, { from: 'send-to-erp', to: 'in-erp-send-to-customer', invoice: unnumbered });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_TRANSITION',
        message: '"In the ERP, send to customer" requires an invoice number, which the ERP assigns on transfer (SE-VN-34, SE-VN-55)',
        field: ['to'],
      },
    });
  });

  it('should allow that move once the ERP number is written back (SE-VN-34)', () => {
    expect(transitionInvoice(B, { from: 'send-to-erp', to: 'in-erp-send-to-customer', invoice: numbered }).ok).toBe(true);
  });

  it('should apply the invoice-number rule to credit notes as well (SE-VN-44)', () => {
    const creditNote = { hasInvoiceNumber: false, kind: 'CREDIT_NOTE' } as const;
    expect(transitionInvoice(B, { from: 'send-to-erp', to: 'in-erp-send-to-customer', invoice: creditNote }).ok).toBe(false);
  });
});

describe('isInvoiceEditable and ensureInvoiceEditable', () => {
  it('should allow editing in an editable status', () => {
    expect(isInvoiceEditable(A, 'draft')).toBe(true);
    expect(ensureInvoiceEditable(A, 'failed')).toEqual({ ok: true, value: true });
  });

  it('should refuse editing in a not-editable status (SE-VN-41)', () => {
    expect(isInvoiceEditable(A, 'approved-ready-for-erp')).toBe(false);
    expect(ensureInvoiceEditable(A, 'sent')).toEqual({
      ok: false,
      error: { code: 'NOT_EDITABLE', message: 'Invoices in "Sent" cannot be edited', field: [] },
    });
  });

  it('should refuse editing in an unknown status', () => {
    expect(isInvoiceEditable(A, 'nope')).toBe(false);
  });
});

describe('defaultStatusFor', () => {
  it('should start a new invoice in the default status', () => {
    expect(defaultStatusFor(A, 'INVOICE')).toBe('draft');
  });

  it('should start a new credit note in the credit-note default, the trigger (SE-VN-45)', () => {
    expect(defaultStatusFor(A, 'CREDIT_NOTE')).toBe('approved-ready-for-erp');
    expect(defaultStatusFor(B, 'CREDIT_NOTE')).toBe('send-to-erp');
  });

  it('should start a credit note in the default status when no credit-note default is set', () => {
    const noCreditDefault = patchStatus(B, 'send-to-erp', { flags: { isCreditNoteDefault: false } });
    expect(defaultStatusFor(noCreditDefault, 'CREDIT_NOTE')).toBe('draft');
  });

  it('should throw on a pipeline without a default, because validation rules that out', () => {
    const broken: Pipeline = patchStatus(A, 'draft', { flags: { isDefault: false } });
    expect(() => defaultStatusFor(broken, 'INVOICE')).toThrow(/no default status/);
  });
});

describe('statusRoles', () => {
  it('should name the status of each role in pipeline A (X-19, SE-VN-48, SE-EE-18, SE-EE-19, SE-EE-20, SE-EE-21)', () => {
    expect(statusRoles(A)).toEqual({
      default: 'draft',
      creditNoteDefault: 'approved-ready-for-erp',
      trigger: 'approved-ready-for-erp',
      afterTransfer: 'in-erp-send-to-customer',
      failed: 'failed',
      sent: 'in-erp-send-to-customer',
      partiallyPaid: 'partially-paid',
      paid: 'paid',
    });
  });

  it('should bind roles by flags and order, never by names: renamed statuses keep their roles (SE-VN-40)', () => {
    const renamed: Pipeline = { ...A, statuses: A.statuses.map((s, i) => ({ ...s, name: `Status ${A.statuses.length - i}` })) };
    expect(statusRoles(renamed)).toEqual(statusRoles(A));
    const swapped: Pipeline = { ...B, statuses: B.statuses.map((s) => ({ ...s, name: s.key === 'paid' ? 'Skickad' : s.key === 'sent' ? 'Betalad' : s.name })) };
    expect(statusRoles(swapped)).toMatchObject({ sent: 'in-erp-send-to-customer', paid: 'paid' });
  });

  it('should take the first status in order when several carry a flag, whatever the array order', () => {
    const reversed: Pipeline = { ...B, statuses: [...B.statuses].reverse() };
    expect(statusRoles(reversed).sent).toBe('in-erp-send-to-customer');
  });

  it('should leave transfer roles empty in a pipeline without a transfer', () => {
    const manual = patchStatus(patchStatus(B, 'send-to-erp', { flags: { isTransferTrigger: false } }), 'in-erp-send-to-customer', {
      flags: { isAfterTransfer: false },
    });
    expect(statusRoles(manual)).toMatchObject({ trigger: undefined, afterTransfer: undefined });
  });
});
