import { connectSupplierInvoiceFile } from './routes-files.js';
import { parseInvoice, ocrFor } from './invoice-input.js';
import { isResponse } from './listing.js';
import { firstDocumentNumber, price } from './routes-invoices.js';
import { defaultPriceList, setPrice } from './routes-prices.js';
import type { FortnoxStore, StoredInvoice } from './store.js';

function put(register: Map<string, { fields: Record<string, unknown>; modifiedAt: number }>, key: string, keyField: string, fields: Record<string, unknown>, now: number): void {
  register.set(key, { fields: { [keyField]: key, ...fields }, modifiedAt: now });
}

/**
 * A small Swedish installation company as a demo tenant's Fortnox: units, customers (one of them
 * inactive, SE-FX-12), articles at the three Swedish VAT rates, projects, suppliers, a supplier
 * invoice with project rows (for project costs) and one booked, unpaid customer invoice.
 */
export function seedFortnox(store: FortnoxStore): void {
  const now = store.now();
  Object.assign(store.company, {
    CompanyName: 'Lindgrens Installation AB', OrganizationNumber: '559123-4567', DatabaseNumber: '1234567',
    Address: 'Sveavägen 44', ZipCode: '111 34', City: 'Stockholm', CountryCode: 'SE',
    VisitAddress: 'Sveavägen 44', VisitZipCode: '111 34', VisitCity: 'Stockholm', VisitCountryCode: 'SE',
  });

  for (const [code, description] of [['st', 'Styck'], ['tim', 'Timmar'], ['km', 'Kilometer'], ['kg', 'Kilogram'], ['dag', 'Dagar']] as const) {
    put(store.units, code, 'Code', { Description: description }, now);
  }

  const customers: readonly [string, Record<string, unknown>][] = [
    ['1', { Name: 'Byggmästarn i Solna AB', OrganisationNumber: '556712-3456', VATNumber: 'SE556712345601', Address1: 'Råsundavägen 12', ZipCode: '171 48', City: 'Solna', Email: 'faktura@byggmastarn.se', Phone1: '08-555 123 40' }],
    ['2', { Name: 'Nordvik Fastigheter AB', OrganisationNumber: '556234-5678', VATNumber: 'SE556234567801', Address1: 'Kungsportsavenyen 21', ZipCode: '411 36', City: 'Göteborg', Email: 'ekonomi@nordvik.se', TermsOfPayment: '20' }],
    ['3', { Name: 'Malmö Energiteknik AB', OrganisationNumber: '556987-6543', Address1: 'Stortorget 8', ZipCode: '211 22', City: 'Malmö', Email: 'info@energiteknik.se' }],
    ['4', { Name: 'Anna Lindqvist', Type: 'PRIVATE', Address1: 'Svartbäcksgatan 5', ZipCode: '753 20', City: 'Uppsala', Email: 'anna.lindqvist@example.se', TermsOfPayment: '10' }],
    ['5', { Name: 'Hemrenovering Väst HB', OrganisationNumber: '969712-1234', Address1: 'Drottninggatan 3', ZipCode: '652 25', City: 'Karlstad', Active: false }],
  ];
  for (const [number, fields] of customers) {
    put(store.customers, number, 'CustomerNumber', { Active: true, Currency: 'SEK', CountryCode: 'SE', Type: 'COMPANY', VATType: 'SEVAT', TermsOfPayment: '30', ...fields }, now);
  }

  const articles: readonly [string, string, string, number, number][] = [
    ['MONT', 'Montör, arbetstimme', 'tim', 650, 25],
    ['PROJL', 'Projektledning, timme', 'tim', 950, 25],
    ['RESA', 'Reseersättning per km', 'km', 6.5, 25],
    ['ROR15', 'Kopparrör 15 mm', 'st', 189, 25],
    ['FIKA', 'Fika vid byggmöte', 'st', 45, 12],
    ['HANDBOK', 'Handbok våtrum', 'st', 295, 6],
  ];
  for (const [number, description, unit, salesPrice, vat] of articles) {
    put(store.articles, number, 'ArticleNumber', { Description: description, Unit: unit, SalesPrice: 0, VAT: vat, Type: number === 'ROR15' ? 'STOCK' : 'SERVICE', Active: true, StockGoods: number === 'ROR15' }, now);
    setPrice(store, { priceList: defaultPriceList, articleNumber: number, fromQuantity: 0, price: salesPrice });
  }

  put(store.projects, 'P100', 'ProjectNumber', { Description: 'Kök Vestergatan 4', Status: 'ONGOING', StartDate: '2024-05-01', ProjectLeader: 'Anna Berg', Comments: 'Renovering av kök' }, now);
  put(store.projects, 'P101', 'ProjectNumber', { Description: 'Badrumsrenovering Solna', Status: 'NOTSTARTED', StartDate: '2024-06-10', ProjectLeader: 'Bo Ek' }, now);
  put(store.projects, 'P102', 'ProjectNumber', { Description: 'Värmepump Malmö', Status: 'COMPLETED', StartDate: '2024-01-15', EndDate: '2024-03-01' }, now);

  put(store.suppliers, '10', 'SupplierNumber', { Name: 'Ahlsell Sverige AB', OrganisationNumber: '556008-4163', City: 'Stockholm', Currency: 'SEK', Active: true }, now);
  put(store.suppliers, '11', 'SupplierNumber', { Name: 'Beijer Byggmaterial AB', OrganisationNumber: '556025-3304', City: 'Malmö', Currency: 'SEK', Active: true }, now);

  store.supplierInvoices.set(1, {
    givenNumber: 1,
    header: { SupplierNumber: '10', InvoiceNumber: 'F-88123', InvoiceDate: '2024-05-02', DueDate: '2024-06-01', Currency: 'SEK', Project: 'P100' },
    rows: [
      { account: 4010, debit: 100_000n, credit: 0n, project: 'P100', articleNumber: 'ROR15', transactionInformation: 'Kopparrör' },
      { account: 2641, debit: 25_000n, credit: 0n, code: 'VAT' },
      { account: 2440, debit: 0n, credit: 125_000n, code: 'TOT' },
    ],
    total: 125_000n, vat: 25_000n, balance: 125_000n, booked: true, modifiedAt: now,
  });
  // the scanned invoice, as Fortnox's inbox files it with the supplier invoice
  connectSupplierInvoiceFile(store, 1, { name: 'F-88123.pdf', contentType: 'application/pdf', bytes: new TextEncoder().encode(scannedInvoicePdf) });

  const parsed = parseInvoice(store, {
    CustomerNumber: '1', InvoiceDate: '2024-05-31', Project: 'P100', YourReference: 'Karin Holm', OurReference: 'Anna Berg',
    ExternalInvoiceReference1: 'demo-invoice-1',
    InvoiceRows: [{ ArticleNumber: 'MONT', DeliveredQuantity: 8, Project: 'P100' }, { ArticleNumber: 'ROR15', DeliveredQuantity: 4, Project: 'P100' }],
  });
  if (isResponse(parsed)) throw new Error('the Fortnox demo invoice does not pass the sandbox rules');
  const invoice: StoredInvoice = {
    documentNumber: firstDocumentNumber, header: parsed.header, rows: parsed.rows ?? [], totals: { gross: 0n, net: 0n, vat: 0n, roundOff: 0n, total: 0n },
    balance: 0n, booked: true, cancelled: false, credit: false, voucherNumber: 1, ocr: ocrFor(firstDocumentNumber), modifiedAt: now,
  };
  price(store, invoice);
  store.invoices.set(invoice.documentNumber, invoice);
}

/** A one-page PDF standing in for a scanned supplier invoice. */
const scannedInvoicePdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
