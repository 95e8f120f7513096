import { escapeHtml } from '../notification/html.js';

export interface InvoiceEmailInput {
  readonly tenantName: string;
  readonly customerName: string;
  readonly kind: 'INVOICE' | 'CREDIT_NOTE';
  readonly number: string | null;
  readonly currency: string;
  readonly issueDate: string;
  readonly dueDate: string | null;
  readonly reference: string | null;
  readonly lines: readonly { readonly description: string; readonly quantity: string; readonly unit: string | null; readonly unitPrice: string; readonly netAmount: string }[];
  readonly netAmount: string;
  readonly vatAmount: string;
  readonly grossAmount: string;
}

/**
 * A decimal string in Danish notation ("1718.7500" → "1.718,75"), by text, never through a float;
 * at least `minDecimals` decimals, trailing zeros beyond them dropped.
 */
export function danishAmount(value: string, minDecimals = 2): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace(/^[-+]/, '').split('.');
  let decimals = fraction.replace(/0+$/, '');
  if (decimals.length < minDecimals) decimals = decimals.padEnd(minDecimals, '0');
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/**
 * The invoice as an e-mail the customer can read and pay from when the ERP cannot supply a PDF
 * (PV-28): every line, the totals and the dates, in Danish like the ERP's own layout.
 */
export function invoiceEmail(input: InvoiceEmailInput): { subject: string; text: string; html: string } {
  const title = input.kind === 'CREDIT_NOTE' ? 'Kreditnota' : 'Faktura';
  const subject = `${title}${input.number ? ` ${input.number}` : ''} fra ${input.tenantName}`;
  const money = (v: string): string => `${danishAmount(v)} ${input.currency}`;
  const facts: [string, string][] = [
    [`${title}nummer`, input.number ?? '—'], ['Fakturadato', input.issueDate],
    ...(input.dueDate ? [['Forfaldsdato', input.dueDate] as [string, string]] : []),
    ...(input.reference ? [['Reference', input.reference] as [string, string]] : []),
  ];
  const totals: [string, string][] = [['Beløb ekskl. moms', money(input.netAmount)], ['Moms', money(input.vatAmount)], ['I alt', money(input.grossAmount)]];
  const text = [
    `Kære ${input.customerName}`, '', `Hermed ${title.toLowerCase()} fra ${input.tenantName}.`, '',
    ...facts.map(([k, v]) => `${k}: ${v}`), '',
    ...input.lines.map((l) => `${l.description} — ${danishAmount(l.quantity, 0)}${l.unit ? ` ${l.unit}` : ''} × ${danishAmount(l.unitPrice)} = ${money(l.netAmount)}`), '',
    ...totals.map(([k, v]) => `${k}: ${v}`), '', 'Med venlig hilsen', input.tenantName,
  ].join('\n');
  const cell = (v: string, right = false): string => `<td${right ? ' align="right"' : ''}>${escapeHtml(v)}</td>`;
  const html = [
    `<p>Kære ${escapeHtml(input.customerName)}</p>`, `<p>Hermed ${title.toLowerCase()} fra ${escapeHtml(input.tenantName)}.</p>`,
    `<table cellpadding="3">${facts.map(([k, v]) => `<tr>${cell(k)}${cell(v)}</tr>`).join('')}</table>`,
    '<table cellpadding="4" style="border-collapse:collapse"><tr><th align="left">Beskrivelse</th><th align="right">Antal</th><th align="right">Pris</th><th align="right">Beløb</th></tr>',
    ...input.lines.map((l) => `<tr>${cell(l.description)}${cell(`${danishAmount(l.quantity, 0)}${l.unit ? ` ${l.unit}` : ''}`, true)}${cell(danishAmount(l.unitPrice), true)}${cell(money(l.netAmount), true)}</tr>`),
    ...totals.map(([k, v]) => `<tr><td colspan="3" align="right">${escapeHtml(k)}</td>${cell(v, true)}</tr>`),
    '</table>', `<p>Med venlig hilsen<br>${escapeHtml(input.tenantName)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
