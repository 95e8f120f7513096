import type { Customer, PaymentTermsType, Product } from './model.js';
import type { EconomicStore } from './store.js';

/** Layout number of the standard invoice layout every new Danish agreement gets. */
export const STANDARD_LAYOUT = 19;

function terms(paymentTermsNumber: number, name: string, daysOfCredit: number, paymentTermsType: PaymentTermsType) {
  return { paymentTermsNumber, name, daysOfCredit, paymentTermsType };
}

/**
 * Reference data a real agreement always has: without layouts, groups, VAT zones and payment
 * terms nothing can be written, so this is seeded even when demo records are not.
 */
export function seedReferenceData(store: EconomicStore): void {
  for (const layout of [
    { layoutNumber: STANDARD_LAYOUT, name: 'Standard faktura' },
    { layoutNumber: 21, name: 'Faktura med logo' },
    { layoutNumber: 22, name: 'EAN faktura' },
  ]) store.layouts.set(layout.layoutNumber, layout);

  // Numbering as in a typical Danish agreement (vendor-apis.md §1.5).
  for (const zone of [
    { vatZoneNumber: 1, name: 'Domestic', enabledForCustomer: true, enabledForSupplier: true, salesVatPercent: 25n },
    { vatZoneNumber: 2, name: 'EU', enabledForCustomer: true, enabledForSupplier: true, salesVatPercent: 0n },
    { vatZoneNumber: 3, name: 'Abroad', enabledForCustomer: true, enabledForSupplier: true, salesVatPercent: 0n },
    { vatZoneNumber: 4, name: 'Domestic exempt', enabledForCustomer: true, enabledForSupplier: false, salesVatPercent: 0n },
  ]) store.vatZones.set(zone.vatZoneNumber, zone);

  for (const t of [
    terms(1, 'Netto 8 dage', 8, 'net'),
    terms(2, 'Netto 14 dage', 14, 'net'),
    terms(3, 'Netto 30 dage', 30, 'net'),
    terms(4, 'Løbende måned + 30 dage', 30, 'invoiceMonth'),
    terms(5, 'Kontant', 0, 'paidInCash'),
    terms(6, 'Forfaldsdato', 0, 'dueDate'),
  ]) store.paymentTerms.set(t.paymentTermsNumber, t);

  for (const group of [
    { customerGroupNumber: 1, name: 'Indenlandske kunder', accountNumber: 5600 },
    { customerGroupNumber: 2, name: 'Udenlandske kunder', accountNumber: 5610 },
    { customerGroupNumber: 3, name: 'Offentlige kunder (EAN)', accountNumber: 5600, layoutNumber: 22 },
  ]) store.customerGroups.set(group.customerGroupNumber, group);

  for (const group of [
    { productGroupNumber: 1, name: 'Ydelser m/moms', salesAccountNumber: 1010 },
    { productGroupNumber: 2, name: 'Varer m/moms', salesAccountNumber: 1020 },
    { productGroupNumber: 3, name: 'Kørsel', salesAccountNumber: 1030 },
  ]) store.productGroups.set(group.productGroupNumber, group);

  for (const unit of [
    { unitNumber: 1, name: 'stk.' },
    { unitNumber: 2, name: 'timer' },
    { unitNumber: 3, name: 'km' },
    { unitNumber: 4, name: 'm²' },
  ]) store.units.set(unit.unitNumber, unit);

  for (const [code, name] of [
    ['DKK', 'Danske kroner'],
    ['EUR', 'Euro'],
    ['SEK', 'Svenske kroner'],
    ['NOK', 'Norske kroner'],
    ['USD', 'Amerikanske dollar'],
    ['GBP', 'Britiske pund'],
  ] as const) store.currencies.set(code, { code, name });

  for (const account of [
    { accountNumber: 1010, name: 'Salg af ydelser', accountType: 'profitAndLoss' },
    { accountNumber: 1020, name: 'Salg af varer', accountType: 'profitAndLoss' },
    { accountNumber: 1030, name: 'Kørsel', accountType: 'profitAndLoss' },
    { accountNumber: 1310, name: 'Varekøb', accountType: 'profitAndLoss' },
    { accountNumber: 1320, name: 'Underleverandører', accountType: 'profitAndLoss' },
    { accountNumber: 5500, name: 'Varelager', accountType: 'status' },
    { accountNumber: 5600, name: 'Debitorer', accountType: 'status' },
    { accountNumber: 5610, name: 'Debitorer udland', accountType: 'status' },
    { accountNumber: 5820, name: 'Bank', accountType: 'status' },
    { accountNumber: 6800, name: 'Kreditorer', accountType: 'status' },
    { accountNumber: 9999, name: 'Spærret konto', accountType: 'status', barred: true },
  ] as const) store.accounts.set(account.accountNumber, account);

  for (const vat of [
    { vatCode: 'U25', name: 'Salgsmoms 25%', ratePercentage: 2500n, accountNumber: 7200 },
    { vatCode: 'I25', name: 'Købsmoms 25%', ratePercentage: 2500n, accountNumber: 7210 },
    { vatCode: 'IEUV', name: 'Moms af varekøb i EU', ratePercentage: 2500n, accountNumber: 7220 },
  ]) store.vatAccounts.set(vat.vatCode, vat);

  for (const journal of [
    { journalNumber: 1, name: 'Kassekladde' },
    { journalNumber: 2, name: 'Leverandørfakturaer', entryTypeRestrictedTo: 'supplierInvoice' as const },
    { journalNumber: 3, name: 'Indbetalinger', entryTypeRestrictedTo: 'customerPayment' as const },
  ]) store.journals.set(journal.journalNumber, journal);

  const thisYear = store.now().getUTCFullYear();
  for (let year = thisYear - 2; year <= thisYear + 1; year += 1) {
    store.accountingYears.set(String(year), { year: String(year), fromDate: `${year}-01-01`, toDate: `${year}-12-31` });
  }

  for (const group of [
    { number: 1, name: 'Interne projekter', type: 1 },
    { number: 2, name: 'Fakturerbare projekter', type: 2 },
    { number: 3, name: 'Tilbud og garanti', type: 3 },
  ] as const) store.projectGroups.set(group.number, group);

  for (const supplier of [
    { supplierNumber: 5001, name: 'Sanistål A/S', currency: 'DKK', vatZoneNumber: 1 },
    { supplierNumber: 5002, name: 'Bygma A/S', currency: 'DKK', vatZoneNumber: 1 },
    { supplierNumber: 5003, name: 'Würth GmbH', currency: 'EUR', vatZoneNumber: 2 },
  ]) store.suppliers.set(supplier.supplierNumber, supplier);
}

function customer(store: EconomicStore, c: Omit<Customer, 'lastUpdated' | 'barred'> & { barred?: boolean }): void {
  store.customers.set(c.customerNumber, { barred: false, ...c, lastUpdated: store.timestamp() });
}

function product(store: EconomicStore, p: Omit<Product, 'lastUpdated' | 'barred'>): void {
  store.products.set(p.productNumber, { ...p, barred: false, lastUpdated: store.timestamp() });
}

/** Demo records: a handful of Danish customers, products and projects. */
export function seedDemoRecords(store: EconomicStore): void {
  const dk = { currency: 'DKK', customerGroupNumber: 1, paymentTermsNumber: 2, vatZoneNumber: 1 } as const;
  customer(store, { ...dk, customerNumber: 101, name: 'Tømrerfirmaet Hansen ApS', text: { address: 'Skovvej 12', zip: '8200', city: 'Aarhus N', country: 'Danmark', email: 'bogholderi@hansen-toemrer.dk', corporateIdentificationNumber: '31245678' } });
  customer(store, { ...dk, customerNumber: 102, name: 'Vestergaard Ejendomme A/S', paymentTermsNumber: 4, text: { address: 'Vestergade 4', zip: '1456', city: 'København K', country: 'Danmark', email: 'faktura@vestergaard-ejendomme.dk', corporateIdentificationNumber: '28765432' } });
  customer(store, { ...dk, customerNumber: 103, name: 'Region Midtjylland', customerGroupNumber: 3, layoutNumber: 22, text: { address: 'Skottenborg 26', zip: '8800', city: 'Viborg', country: 'Danmark', ean: '5798008237100', corporateIdentificationNumber: '29190925' } });
  customer(store, { customerNumber: 104, name: 'Nordic Tools GmbH', currency: 'EUR', customerGroupNumber: 2, paymentTermsNumber: 3, vatZoneNumber: 2, text: { address: 'Hafenstraße 8', zip: '24937', city: 'Flensburg', country: 'Tyskland', vatNumber: 'DE812345678' } });
  customer(store, { ...dk, customerNumber: 105, name: 'Brdr. Olsen I/S', paymentTermsNumber: 1, text: { address: 'Havnegade 3', zip: '5000', city: 'Odense C', country: 'Danmark', telephoneAndFaxNumber: '66 12 34 56' } });

  product(store, { productNumber: 'HOUR', name: 'Montør time', productGroupNumber: 1, salesPrice: 6_500_000n, costPrice: 3_000_000n, unitNumber: 2 });
  product(store, { productNumber: 'KM', name: 'Kørsel pr. km', productGroupNumber: 3, salesPrice: 37_000n, unitNumber: 3 });
  product(store, { productNumber: 'ROR-22', name: 'Kobberrør 22 mm', productGroupNumber: 2, salesPrice: 895_000n, costPrice: 512_500n, unitNumber: 1, barCode: '5701234567890' });
  product(store, { productNumber: 'SERVICE', name: 'Serviceaftale, årlig', productGroupNumber: 1, salesPrice: 24_950_000n, unitNumber: 1 });

  const project = { isMainProject: false, isBarred: false, isClosed: false } as const;
  store.projects.set(1, { ...project, number: 1, name: 'Intern administration', projectGroupNumber: 1, objectVersion: store.newObjectVersion(), lastUpdated: store.timestamp() });
  store.projects.set(17, { ...project, number: 17, name: 'Køkken Vestergade 4', projectGroupNumber: 2, customerNumber: 102, description: 'Renovering af køkken', objectVersion: store.newObjectVersion(), lastUpdated: store.timestamp() });

  // An agreement in use has invoiced before; numbers continue from there.
  store.nextBookedNumber = 1001;
}
