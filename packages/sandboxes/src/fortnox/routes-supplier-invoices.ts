import type { Router, SandboxRequest, SandboxResponse } from '../core/router.js';
import { oreToNumber, toScaled } from './decimal.js';
import { compareKeys, filterModified, isResponse, listResponse, matchesSearch, resourceUrl } from './listing.js';
import { requireToken } from './oauth.js';
import { unwrap } from './registers.js';
import { validateFields } from './rules.js';
import type { FortnoxStore, StoredSupplierInvoice, SupplierInvoiceRow } from './store.js';
import { fortnoxCodes, notFound, rejected } from './style.js';

/** Accounts of the generated rows: supplier debts and incoming VAT in the Swedish BAS chart. */
const creditorAccount = 2440;
const inputVatAccount = 2641;

function rowView(row: SupplierInvoiceRow): Record<string, unknown> {
  return {
    Account: row.account,
    ArticleNumber: row.articleNumber ?? '',
    Code: row.code ?? '',
    CostCenter: row.costCenter ?? '',
    Debit: oreToNumber(row.debit),
    Credit: oreToNumber(row.credit),
    Project: row.project ?? '',
    Total: oreToNumber(row.debit - row.credit),
    TransactionInformation: row.transactionInformation ?? '',
  };
}

function subsetView(req: SandboxRequest, store: FortnoxStore, inv: StoredSupplierInvoice): Record<string, unknown> {
  const h = inv.header;
  return {
    '@url': resourceUrl(req, `supplierinvoices/${inv.givenNumber}`),
    Balance: oreToNumber(inv.balance),
    Booked: inv.booked,
    Cancelled: false,
    Currency: h.Currency ?? 'SEK',
    DueDate: h.DueDate ?? '',
    GivenNumber: String(inv.givenNumber),
    InvoiceDate: h.InvoiceDate ?? '',
    InvoiceNumber: h.InvoiceNumber ?? '',
    SupplierName: store.suppliers.get(String(h.SupplierNumber))?.fields.Name ?? '',
    SupplierNumber: h.SupplierNumber,
    Total: oreToNumber(inv.total),
    VAT: oreToNumber(inv.vat),
  };
}

function parseRows(store: FortnoxStore, raw: unknown): SupplierInvoiceRow[] | SandboxResponse {
  if (!Array.isArray(raw)) return rejected('SupplierInvoiceRows måste vara en lista.');
  const rows: SupplierInvoiceRow[] = [];
  for (const item of raw as unknown[]) {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const account = Number(r.Account);
    const debit = toScaled(r.Debit ?? 0, 2);
    const credit = toScaled(r.Credit ?? 0, 2);
    if (!Number.isInteger(account) || account < 1000 || account > 9999) return rejected(`Konto ${String(r.Account)} finns inte.`, fortnoxCodes.accountNotFound);
    if (debit === null || credit === null) return rejected('Debet och kredit måste vara numeriska.', fortnoxCodes.notNumeric);
    const project = typeof r.Project === 'string' && r.Project !== '' ? r.Project : undefined;
    if (project && !store.projects.has(project)) return rejected(`Projekt ${project} finns inte.`, fortnoxCodes.unknownReference);
    const articleNumber = typeof r.ArticleNumber === 'string' && r.ArticleNumber !== '' ? r.ArticleNumber : undefined;
    if (articleNumber && !store.articles.has(articleNumber)) return rejected(`Artikel ${articleNumber} finns inte.`, fortnoxCodes.unknownReference);
    const code = r.Code === 'TOT' || r.Code === 'VAT' ? r.Code : undefined;
    rows.push({
      account, debit, credit, project, articleNumber, code,
      ...(typeof r.TransactionInformation === 'string' ? { transactionInformation: r.TransactionInformation } : {}),
      ...(typeof r.CostCenter === 'string' ? { costCenter: r.CostCenter } : {}),
    });
  }
  return rows;
}

/**
 * Registers a supplier invoice (§2.9). When the client sends only cost rows, the VAT and creditor
 * rows are generated (§10 item 11 ❓: the sandbox's choice); the voucher must balance.
 */
function create(store: FortnoxStore, req: SandboxRequest): SandboxResponse {
  const input = unwrap(req.body, 'SupplierInvoice');
  if (isResponse(input)) return input;
  const header = validateFields(input, {
    SupplierNumber: { kind: 'string', max: 50, required: true }, InvoiceNumber: { kind: 'string', max: 30 },
    InvoiceDate: { kind: 'date' }, DueDate: { kind: 'date' }, Currency: { kind: 'string', max: 3 },
    Project: { kind: 'string', max: 20 }, CostCenter: { kind: 'string', max: 6 }, OCR: { kind: 'string', max: 30 },
    Comments: { kind: 'string', max: 1024 }, YourReference: { kind: 'string', max: 50 },
  }, true);
  if (isResponse(header)) return header;
  if (!store.suppliers.has(String(header.SupplierNumber))) return rejected(`Leverantör ${String(header.SupplierNumber)} finns inte.`, fortnoxCodes.unknownReference);
  if (header.Project && !store.projects.has(String(header.Project))) return rejected(`Projekt ${String(header.Project)} finns inte.`, fortnoxCodes.unknownReference);
  const rows = parseRows(store, input.SupplierInvoiceRows ?? []);
  if (isResponse(rows)) return rows;
  const vat = toScaled(input.VAT ?? 0, 2);
  if (vat === null) return rejected('VAT måste vara numeriskt.', fortnoxCodes.notNumeric);
  const costs = rows.filter((r) => r.code === undefined).reduce((sum, r) => sum + r.debit - r.credit, 0n);
  const total = input.Total === undefined ? costs + vat : toScaled(input.Total, 2);
  if (total === null) return rejected('Total måste vara numeriskt.', fortnoxCodes.notNumeric);
  if (!rows.some((r) => r.code === 'TOT')) {
    if (vat !== 0n) rows.push({ account: inputVatAccount, debit: vat, credit: 0n, code: 'VAT' });
    rows.push({ account: creditorAccount, debit: 0n, credit: total, code: 'TOT' });
  }
  const balance = rows.reduce((sum, r) => sum + r.debit - r.credit, 0n);
  if (balance !== 0n) return rejected('Verifikationen balanserar inte (debet ≠ kredit).', fortnoxCodes.invalidValue);
  const givenNumber = store.nextDocumentNumber(store.supplierInvoices, 1);
  const invoice: StoredSupplierInvoice = {
    givenNumber, header: { Currency: 'SEK', ...header }, rows, total, vat, balance: total, booked: false, modifiedAt: store.now(),
  };
  store.supplierInvoices.set(givenNumber, invoice);
  return { status: 201, body: { SupplierInvoice: { ...invoice.header, ...subsetView(req, store, invoice), SupplierInvoiceRows: rows.map(rowView) } }, committed: true };
}

/** Mounts `/3/supplierinvoices` (list, read, create) and `/3/companyinformation`. */
export function mountSupplierInvoices(router: Router, store: FortnoxStore): void {
  router.on('GET', '/3/supplierinvoices', requireToken(store, 'supplierinvoice', (req) => {
    const modified = filterModified(req, store.supplierInvoices.values());
    if (isResponse(modified)) return modified;
    const project = req.query.get('project');
    const items = modified
      .filter((i) => project === null || i.header.Project === project || i.rows.some((r) => r.project === project))
      .filter((i) => matchesSearch(i.header.SupplierNumber, req.query.get('suppliernumber')))
      .sort((a, b) => compareKeys(a.givenNumber, b.givenNumber));
    return listResponse(req, 'SupplierInvoices', items, (i) => subsetView(req, store, i));
  }));
  router.on('GET', '/3/supplierinvoices/:key', requireToken(store, 'supplierinvoice', (req) => {
    const inv = store.supplierInvoices.get(Number(req.params.key));
    if (!inv) return notFound('leverantörsfakturan');
    return { status: 200, body: { SupplierInvoice: { ...inv.header, ...subsetView(req, store, inv), SupplierInvoiceRows: inv.rows.map(rowView) } } };
  }));
  router.on('POST', '/3/supplierinvoices', requireToken(store, 'supplierinvoice', (req) => create(store, req)));
  router.on('GET', '/3/companyinformation', requireToken(store, 'companyinformation', () => ({
    status: 200,
    body: { CompanyInformation: { ...store.company } },
  })));
}
