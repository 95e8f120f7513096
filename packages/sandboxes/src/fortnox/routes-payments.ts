import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { oreToNumber, toScaled } from './decimal.js';
import { compareKeys, filterModified, isResponse, listResponse, resourceUrl } from './listing.js';
import { requireToken } from './oauth.js';
import { unwrap } from './registers.js';
import { validateFields } from './rules.js';
import type { FortnoxStore, StoredPayment } from './store.js';
import { fortnoxCodes, notFound, rejected } from './style.js';

function paymentView(req: SandboxRequest, store: FortnoxStore, payment: StoredPayment): Record<string, unknown> {
  const invoice = store.invoices.get(payment.invoiceNumber);
  return {
    '@url': resourceUrl(req, `invoicepayments/${payment.number}`),
    Amount: oreToNumber(payment.amount),
    AmountCurrency: oreToNumber(payment.amount),
    Booked: false,
    Currency: invoice?.header.Currency ?? 'SEK',
    CurrencyRate: 1,
    InvoiceNumber: payment.invoiceNumber,
    InvoiceCustomerNumber: invoice?.header.CustomerNumber ?? '',
    InvoiceTotal: invoice ? oreToNumber(invoice.totals.total) : 0,
    ExternalInvoiceReference1: invoice?.header.ExternalInvoiceReference1 ?? '',
    ModeOfPayment: payment.modeOfPayment ?? '',
    Number: payment.number,
    PaymentDate: payment.paymentDate,
    VoucherNumber: null,
  };
}

/**
 * Registers a customer payment (§2.10): it reduces the invoice's Balance and, when the balance
 * reaches zero, sets FinalPayDate. Only booked, uncancelled invoices take payments; paying more
 * than the balance is refused (the sandbox does not model write-offs).
 */
function create(store: FortnoxStore, req: SandboxRequest): SandboxResponse {
  const input = unwrap(req.body, 'InvoicePayment');
  if (isResponse(input)) return input;
  const fields = validateFields(
    input,
    { InvoiceNumber: { kind: 'integer' }, PaymentDate: { kind: 'date' }, ModeOfPayment: { kind: 'string', max: 10 } },
    true,
  );
  if (isResponse(fields)) return fields;
  const amount = toScaled(input.Amount, 2);
  if (amount === null || amount === 0n) return rejected('Belopp saknas eller är ogiltigt.', fortnoxCodes.notNumeric);
  if (fields.InvoiceNumber === undefined || fields.PaymentDate === undefined) {
    return rejected('InvoiceNumber och PaymentDate är obligatoriska.', fortnoxCodes.required);
  }
  const invoice = store.invoices.get(Number(fields.InvoiceNumber));
  if (!invoice) return rejected(`Faktura ${String(fields.InvoiceNumber)} finns inte.`, fortnoxCodes.unknownReference);
  if (!invoice.booked || invoice.cancelled) return rejected('Betalning kan bara registreras på bokförda fakturor.', fortnoxCodes.invalidState);
  const remaining = invoice.balance - amount;
  if (invoice.balance >= 0n ? remaining < 0n : remaining > 0n) {
    return rejected('Beloppet överstiger fakturans restbelopp.', fortnoxCodes.invalidValue);
  }
  const number = store.nextDocumentNumber(store.payments, 1);
  const payment: StoredPayment = {
    number,
    invoiceNumber: invoice.documentNumber,
    amount,
    paymentDate: String(fields.PaymentDate),
    ...(fields.ModeOfPayment === undefined ? {} : { modeOfPayment: String(fields.ModeOfPayment) }),
    modifiedAt: store.now(),
  };
  store.payments.set(number, payment);
  invoice.balance = remaining;
  if (remaining === 0n) invoice.finalPayDate = payment.paymentDate;
  invoice.modifiedAt = store.now();
  return { status: 201, body: { InvoicePayment: paymentView(req, store, payment) }, committed: true };
}

/** Mounts `/3/invoicepayments`: list, read and create. */
export function mountPayments(router: Router, store: FortnoxStore): void {
  router.on('GET', '/3/invoicepayments', requireToken(store, 'payment', (req) => {
    const modified = filterModified(req, store.payments.values());
    if (isResponse(modified)) return modified;
    const invoiceNumber = req.query.get('invoicenumber');
    const items = modified.filter((p) => invoiceNumber === null || String(p.invoiceNumber) === invoiceNumber).sort((a, b) => compareKeys(a.number, b.number));
    return listResponse(req, 'InvoicePayments', items, (p) => paymentView(req, store, p));
  }));
  router.on('GET', '/3/invoicepayments/:key', requireToken(store, 'payment', (req) => {
    const payment = store.payments.get(Number(req.params.key));
    return payment ? { status: 200, body: { InvoicePayment: paymentView(req, store, payment) } } : notFound('betalningen');
  }));
  router.on('POST', '/3/invoicepayments', requireToken(store, 'payment', (req) => create(store, req)));
}
