// Journal vouchers (vendor-apis.md §1.11), served at /journals and its older /journals-experimental
// name. A POST takes one voucher or an array and is all-or-nothing.
import type { Router } from '../core/router.js';
import { collectionResponse } from './collection.js';
import { created, endpoint, intParam } from './http.js';
import { renderVoucher } from './render-invoice.js';
import { parseVoucher, type VoucherInput } from './rules-voucher.js';
import { isObject, Violations } from './rules.js';
import { economicCodes, economicError, notFound, validationFailed } from './style.js';
import type { EconomicStore } from './store.js';

export function mountJournalRoutes(router: Router, store: EconomicStore): void {
  for (const root of ['/journals', '/journals-experimental']) {
    router.on('GET', `${root}/:journalNumber/vouchers`, endpoint(store, (req, { base }) => {
      const journalNumber = intParam(req, 'journalNumber') ?? -1;
      if (!store.journals.has(journalNumber)) return notFound(`Journal '${req.params.journalNumber ?? ''}'`);
      const items = store.vouchers.filter((voucher) => voucher.journalNumber === journalNumber).map((voucher) => renderVoucher(base, voucher));
      return collectionResponse(req, base, items, { path: `${root}/${journalNumber}/vouchers`, filterable: ['voucherNumber', 'accountingYear.year'] });
    }));

    router.on('GET', `${root}/:journalNumber/vouchers/:voucherId`, endpoint(store, (req, { base }) => {
      const journalNumber = intParam(req, 'journalNumber') ?? -1;
      const m = /^(.+)-(\d+)$/.exec(req.params.voucherId ?? '');
      const voucher = m && store.vouchers.find((x) => x.journalNumber === journalNumber && x.accountingYear === m[1] && x.voucherNumber === Number(m[2]));
      return voucher ? { status: 200, body: renderVoucher(base, voucher) } : notFound(`Voucher '${req.params.voucherId ?? ''}'`);
    }));

    router.on('GET', `${root}/:journalNumber/entries`, endpoint(store, (req, { base }) => {
      const journalNumber = intParam(req, 'journalNumber') ?? -1;
      if (!store.journals.has(journalNumber)) return notFound(`Journal '${req.params.journalNumber ?? ''}'`);
      const items = store.vouchers
        .filter((voucher) => voucher.journalNumber === journalNumber)
        .flatMap((voucher) => {
          const rendered = renderVoucher(base, voucher).entries as Record<string, Record<string, unknown>[]>;
          return Object.values(rendered).flat();
        });
      return collectionResponse(req, base, items, { path: `${root}/${journalNumber}/entries`, filterable: ['entryType', 'date', 'customer.customerNumber', 'supplier.supplierNumber', 'project.projectNumber'] });
    }));

    router.on('POST', `${root}/:journalNumber/vouchers`, endpoint(store, (req, { base }) => {
      const journalNumber = intParam(req, 'journalNumber') ?? -1;
      if (!store.journals.has(journalNumber)) return notFound(`Journal '${req.params.journalNumber ?? ''}'`);
      const isBatch = Array.isArray(req.body);
      const bodies: unknown[] = isBatch ? (req.body as unknown[]) : [req.body];
      if (bodies.length === 0 || !bodies.every(isObject)) {
        return economicError({ status: 400, message: 'The request body must be a voucher object or an array of vouchers.', errorCode: economicCodes.invalidValue, developerHint: 'See the voucher schema.' });
      }
      const inputs: VoucherInput[] = [];
      const failures: Violations[] = [];
      for (const body of bodies) {
        const v = new Violations();
        const input = isObject(body) ? parseVoucher(store, journalNumber, body, v) : undefined;
        failures.push(v);
        if (input) inputs.push(input);
      }
      const errorCount = failures.reduce((sum, v) => sum + v.count, 0);
      if (errorCount > 0) {
        // Array bodies get array-shaped errors with arrayIndex, as in the captured body (§1.3).
        if (!isBatch) return failures[0]?.response() ?? validationFailed({}, errorCount);
        const errors = failures.map((v, arrayIndex) => ({ arrayIndex, ...v.errors })).filter((_e, i) => (failures[i]?.count ?? 0) > 0);
        return validationFailed(errors, errorCount);
      }
      const vouchers = inputs.map((input) => store.addVoucher(journalNumber, input.accountingYear, input.entries));
      return { ...created({}), body: vouchers.map((voucher) => renderVoucher(base, voucher)) };
    }));
  }
}
