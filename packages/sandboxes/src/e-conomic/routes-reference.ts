// Read-only reference data (vendor-apis.md §1.5) plus /self, journals and accounting years.
import type { Router } from '../core/router.js';
import { collectionResponse } from './collection.js';
import { endpoint } from './http.js';
import { toJsonNumber } from './money.js';
import { compact, type Json } from './render.js';
import { ledgerEntries } from './render-invoice.js';
import { notFound } from './style.js';
import type { EconomicStore } from './store.js';

interface ReferenceSpec {
  readonly path: string;
  readonly keyName: string;
  readonly items: (base: string) => readonly Json[];
  readonly filterable: readonly string[];
}

/** A collection plus its `/:key` resource, both rendered from the same item list. */
function mountReference(router: Router, store: EconomicStore, spec: ReferenceSpec): void {
  const withSelf = (base: string): Json[] =>
    spec.items(base).map((item) => ({ ...item, self: `${base}${spec.path}/${encodeURIComponent(String(item[spec.keyName]))}` }));
  router.on('GET', spec.path, endpoint(store, (req, { base }) => collectionResponse(req, base, withSelf(base), { path: spec.path, filterable: [spec.keyName, ...spec.filterable] })));
  router.on('GET', `${spec.path}/:key`, endpoint(store, (req, { base }) => {
    const found = withSelf(base).find((item) => String(item[spec.keyName]) === req.params.key);
    return found ? { status: 200, body: found } : notFound(`${spec.path.slice(1)} '${req.params.key ?? ''}'`);
  }));
}

export function mountReferenceRoutes(router: Router, store: EconomicStore): void {
  router.on('GET', '/self', endpoint(store, (_req, { base }) => ({
    status: 200,
    body: {
      agreementNumber: store.agreement.agreementNumber,
      agreementType: { agreementTypeNumber: 1, name: 'Standard' },
      application: { appNumber: 1, name: 'Ledgerbridge', requiredRoles: [{ roleNumber: 1, name: 'SuperUser' }] },
      company: {
        name: store.agreement.companyName,
        addressLine1: store.agreement.addressLine1,
        zip: store.agreement.zip,
        city: store.agreement.city,
        country: store.agreement.country,
        companyIdentificationNumber: store.agreement.corporateIdentificationNumber,
        vatNumber: `DK${store.agreement.corporateIdentificationNumber}`,
      },
      settings: { baseCurrency: 'DKK' },
      userName: store.agreement.userName,
      modules: [{ moduleNumber: 1, name: 'Projekt' }],
      self: `${base}/self`,
    },
  })));

  mountReference(router, store, {
    path: '/customer-groups', keyName: 'customerGroupNumber', filterable: ['name'],
    items: () => [...store.customerGroups.values()].map((g) => compact({ customerGroupNumber: g.customerGroupNumber, name: g.name, account: { accountNumber: g.accountNumber }, layout: g.layoutNumber === undefined ? undefined : { layoutNumber: g.layoutNumber } })),
  });
  mountReference(router, store, {
    path: '/vat-zones', keyName: 'vatZoneNumber', filterable: ['name'],
    items: () => [...store.vatZones.values()].map((z) => compact({ vatZoneNumber: z.vatZoneNumber, name: z.name, enabledForCustomer: z.enabledForCustomer, enabledForSupplier: z.enabledForSupplier })),
  });
  mountReference(router, store, {
    path: '/payment-terms', keyName: 'paymentTermsNumber', filterable: ['name', 'daysOfCredit', 'paymentTermsType'],
    items: () => [...store.paymentTerms.values()].map((t) => compact({ ...t })),
  });
  mountReference(router, store, { path: '/layouts', keyName: 'layoutNumber', filterable: ['name'], items: () => [...store.layouts.values()].map((l) => ({ ...l })) });
  mountReference(router, store, {
    path: '/product-groups', keyName: 'productGroupNumber', filterable: ['name'],
    items: (base) => [...store.productGroups.values()].map((g) => ({ productGroupNumber: g.productGroupNumber, name: g.name, salesAccounts: `${base}/product-groups/${g.productGroupNumber}/sales-accounts` })),
  });
  mountReference(router, store, { path: '/units', keyName: 'unitNumber', filterable: ['name'], items: () => [...store.units.values()].map((u) => ({ ...u })) });
  mountReference(router, store, { path: '/currencies', keyName: 'code', filterable: ['name'], items: () => [...store.currencies.values()].map((c) => ({ ...c })) });
  mountReference(router, store, {
    path: '/accounts', keyName: 'accountNumber', filterable: ['name', 'accountType', 'barred'],
    items: () => [...store.accounts.values()].map((a) => compact({ ...a })),
  });
  mountReference(router, store, {
    path: '/vat-accounts', keyName: 'vatCode', filterable: ['name'],
    items: () => [...store.vatAccounts.values()].map((a) => ({ vatCode: a.vatCode, name: a.name, ratePercentage: toJsonNumber(a.ratePercentage), account: { accountNumber: a.accountNumber } })),
  });
  mountReference(router, store, {
    path: '/suppliers', keyName: 'supplierNumber', filterable: ['name', 'currency'],
    items: () => [...store.suppliers.values()].map((s) => ({ supplierNumber: s.supplierNumber, name: s.name, currency: s.currency, vatZone: { vatZoneNumber: s.vatZoneNumber } })),
  });
  // e-conomic keeps a journal's entry-type restriction inside its settings object, not at the top (docs/vendor-facts.md)
  mountReference(router, store, {
    path: '/journals', keyName: 'journalNumber', filterable: ['name'],
    items: () => [...store.journals.values()].map((j) => ({ journalNumber: j.journalNumber, name: j.name, settings: compact({ entryTypeRestrictedTo: j.entryTypeRestrictedTo }) })),
  });
  mountReference(router, store, {
    path: '/accounting-years', keyName: 'year', filterable: ['fromDate', 'toDate'],
    items: () => [...store.accountingYears.values()].map((y) => ({ ...y })),
  });

  router.on('GET', '/accounting-years/:year/entries', endpoint(store, (req, ctx) => {
    const year = req.params.year ?? '';
    if (!store.accountingYears.has(year)) return notFound(`Accounting year '${year}'`);
    return collectionResponse(req, ctx.base, ledgerEntries(store, ctx.base, year), {
      path: `/accounting-years/${year}/entries`,
      filterable: ['entryNumber', 'entryType', 'date', 'voucherNumber', 'invoiceNumber', 'customer.customerNumber', 'supplier.supplierNumber', 'project.projectNumber'],
    });
  }));
}
