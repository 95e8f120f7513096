import type { Router } from '../core/router.js';
import { toScaled } from './decimal.js';
import { mountRegister, type RegisterSpec } from './registers.js';
import { isPlausibleVatNumber, swedishVatRates } from './rules.js';
import type { FortnoxStore } from './store.js';
import { fortnoxCodes, rejected } from './style.js';

const text = (max: number) => ({ kind: 'string', max }) as const;

function referencedByInvoice(store: FortnoxStore, test: (header: Record<string, unknown>, rowValues: readonly unknown[]) => boolean): boolean {
  for (const invoice of store.invoices.values()) {
    const rowValues = invoice.rows.flatMap((r) => [r.articleNumber, r.project]);
    if (test(invoice.header, rowValues)) return true;
  }
  return false;
}

/** `/3/customers` (§2.5). */
export const customerRegister: RegisterSpec = {
  path: 'customers', singular: 'Customer', plural: 'Customers', key: 'CustomerNumber', keyMax: 50, scope: 'customer',
  noun: 'kunden', keyLabel: 'Kundnummer', autoNumber: true,
  fields: {
    Name: { kind: 'string', max: 1024, required: true },
    Address1: text(1024), Address2: text(1024), ZipCode: text(10), City: text(1024), CountryCode: text(2),
    DeliveryAddress1: text(1024), DeliveryZipCode: text(10), DeliveryCity: text(1024),
    VisitingAddress: text(128), VisitingZipCode: text(10), VisitingCity: text(128),
    Email: text(1024), EmailInvoice: text(1024), Phone1: text(1024), Phone2: text(1024), WWW: text(128),
    OrganisationNumber: text(30), VATNumber: text(30), GLN: text(13), Comments: text(1024),
    VATType: { kind: 'enum', values: ['SEVAT', 'SEREVERSEDVAT', 'EUREVERSEDVAT', 'EUVAT', 'EXPORT'] },
    Type: { kind: 'enum', values: ['PRIVATE', 'COMPANY'] },
    TermsOfPayment: text(10), Currency: text(3), YourReference: text(50), OurReference: text(50),
    Active: { kind: 'boolean' },
  },
  subset: ['Address1', 'Address2', 'City', 'Email', 'Name', 'OrganisationNumber', ['Phone', 'Phone1'], 'ZipCode', 'Active'],
  defaults: { Active: true, Currency: 'SEK', CountryCode: 'SE', Type: 'COMPANY', VATType: 'SEVAT', TermsOfPayment: '30' },
  search: { name: 'Name', email: 'Email', organisationnumber: 'OrganisationNumber', customernumber: 'CustomerNumber' },
  records: (store) => store.customers,
  check(store, fields) {
    if (!isPlausibleVatNumber(String(fields.VATNumber ?? ''))) return rejected('Ogiltigt momsregistreringsnummer.', fortnoxCodes.invalidVatNumber);
    const terms = String(fields.TermsOfPayment ?? '');
    if (terms !== '' && !store.termsOfPayment.has(terms)) return rejected(`Betalningsvillkor ${terms} finns inte.`, fortnoxCodes.unknownReference);
    return null;
  },
  inUse: (store, key) => referencedByInvoice(store, (header) => header.CustomerNumber === key),
};

/** `/3/articles` (§2.6). `SalesPrice` is read-only: Fortnox sets it through price lists. */
export const articleRegister: RegisterSpec = {
  path: 'articles', singular: 'Article', plural: 'Articles', key: 'ArticleNumber', keyMax: 50, scope: 'article',
  noun: 'artikeln', keyLabel: 'Artikelnummer', autoNumber: true,
  fields: {
    Description: { kind: 'string', max: 200, required: true },
    Unit: text(10), Type: { kind: 'enum', values: ['STOCK', 'SERVICE'] },
    SalesAccount: { kind: 'integer' }, PurchaseAccount: { kind: 'integer' },
    PurchasePrice: { kind: 'number', scale: 4 }, VAT: { kind: 'number', scale: 2 },
    EAN: text(30), Note: text(1024), Active: { kind: 'boolean' }, StockGoods: { kind: 'boolean' },
  },
  subset: ['Description', 'EAN', 'PurchasePrice', 'SalesPrice', 'Unit', 'VAT'],
  defaults: { Active: true, Type: 'SERVICE', VAT: 25, StockGoods: false, SalesPrice: 0 },
  search: { articlenumber: 'ArticleNumber', description: 'Description' },
  records: (store) => store.articles,
  check(store, fields) {
    const unit = String(fields.Unit ?? '');
    if (unit !== '' && !store.units.has(unit)) return rejected(`Enheten ${unit} finns inte.`, fortnoxCodes.unknownReference);
    const vat = toScaled(fields.VAT ?? 0, 2);
    if (vat === null || !swedishVatRates.includes(vat)) return rejected(`Ogiltig momssats: ${String(fields.VAT)}.`);
    return null;
  },
  inUse: (store, key) => referencedByInvoice(store, (_, rows) => rows.includes(key)),
};

/** `/3/units` (§2.6): the codes articles and rows may use. */
export const unitRegister: RegisterSpec = {
  path: 'units', singular: 'Unit', plural: 'Units', key: 'Code', keyMax: 10, scope: 'settings',
  noun: 'enheten', keyLabel: 'Enhetskod', autoNumber: false,
  fields: { Description: { kind: 'string', max: 50, required: true } },
  subset: ['Description'],
  records: (store) => store.units,
  inUse: (store, key) => [...store.articles.values()].some((a) => a.fields.Unit === key),
};

/** `/3/projects` (§2.7): Description is the project name and holds at most 50 characters. */
export const projectRegister: RegisterSpec = {
  path: 'projects', singular: 'Project', plural: 'Projects', key: 'ProjectNumber', keyMax: 20, scope: 'project',
  noun: 'projektet', keyLabel: 'Projektnummer', autoNumber: true,
  fields: {
    Description: { kind: 'string', max: 50, required: true },
    Status: { kind: 'enum', values: ['NOTSTARTED', 'ONGOING', 'COMPLETED'] },
    StartDate: { kind: 'date' }, EndDate: { kind: 'date' },
    ProjectLeader: text(50), ContactPerson: text(50), Comments: text(512),
  },
  subset: ['Description', 'Status', 'StartDate', 'EndDate', 'ProjectLeader', 'ContactPerson', 'Comments'],
  defaults: { Status: 'NOTSTARTED' },
  records: (store) => store.projects,
  inUse: (store, key) => referencedByInvoice(store, (header, rows) => header.Project === key || rows.includes(key)),
};

/** `/3/suppliers`: only what supplier invoices need to name their supplier. */
export const supplierRegister: RegisterSpec = {
  path: 'suppliers', singular: 'Supplier', plural: 'Suppliers', key: 'SupplierNumber', keyMax: 50, scope: 'supplier',
  noun: 'leverantören', keyLabel: 'Leverantörsnummer', autoNumber: true,
  fields: {
    Name: { kind: 'string', max: 1024, required: true }, OrganisationNumber: text(30), VATNumber: text(30),
    Address1: text(1024), ZipCode: text(10), City: text(1024), CountryCode: text(2), Email: text(1024),
    Currency: text(3), Active: { kind: 'boolean' },
  },
  subset: ['Name', 'OrganisationNumber', 'City', 'Email', 'Active'],
  defaults: { Active: true, Currency: 'SEK', CountryCode: 'SE' },
  records: (store) => store.suppliers,
  inUse: (store, key) => [...store.supplierInvoices.values()].some((i) => i.header.SupplierNumber === key),
};

/** Mounts the simple registers. */
export function mountRegisters(router: Router, store: FortnoxStore): void {
  for (const spec of [customerRegister, articleRegister, unitRegister, projectRegister, supplierRegister]) mountRegister(router, store, spec);
}
