import { describe, expect, it } from 'vitest';
import {
  asInvoiceId,
  asInvoiceLineId,
  buildCreditNote,
  computeInvoiceTotals,
  defaultStatusFor,
  examplePipelineB,
  invoiceInputSchema,
  parseInput,
  transitionInvoice,
  validatePipeline,
} from './index.js';
import { uuid } from './testing/ids.js';

describe('public surface', () => {
  it('should validate, total, route and credit an invoice using only index exports', () => {
    const parsed = parseInput(invoiceInputSchema, {
      customerId: uuid(1),
      currency: 'DKK',
      issueDate: '2024-05-31',
      lines: [{ description: 'Consulting', quantity: '2', unitPrice: '100', vatRate: '25' }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(computeInvoiceTotals(parsed.value.lines)).toEqual({ netAmount: '200.00', vatAmount: '50.00', grossAmount: '250.00' });

    const pipeline = validatePipeline(examplePipelineB);
    if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
    const start = defaultStatusFor(pipeline.value, parsed.value.kind);
    const moved = transitionInvoice(pipeline.value, { from: start, to: 'send-to-erp', invoice: { hasInvoiceNumber: false, kind: 'INVOICE' } });
    expect(moved.ok && moved.value.triggersTransfer).toBe(true);

    const stored = { ...parsed.value, id: asInvoiceId(uuid(50)), lines: parsed.value.lines.map((line, i) => ({ ...line, id: asInvoiceLineId(uuid(100 + i)) })) };
    const credit = buildCreditNote(stored, { issueDate: '2024-06-01' });
    expect(credit.ok && computeInvoiceTotals(credit.value.lines).grossAmount).toBe('-250.00');
  });
});
