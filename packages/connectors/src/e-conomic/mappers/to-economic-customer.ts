import type { CustomerRecord } from '../../core/records.js';
import type { EconomicCustomer, EconomicPaymentTerms } from '../schemas.js';
import { vatZoneOf } from '@ledgerbridge/domain';
import { countryName } from './countries.js';
import { documentDiffers } from './differs.js';

/** A JSON document for e-conomic: scalar fields and `{ <key>Number }` references. */
export type EconomicDocument = Record<string, unknown>;

/** The numbers a customer needs that the canonical record cannot carry (from settings). */
export interface CustomerWriteContext {
  readonly customerGroupNumber: number;
  readonly paymentTermsNumber: number;
  readonly vatZoneNumber: number;
}

/** The VAT zone for the customer's country: domestic, EU or abroad (RB-11); domestic without one. */
export function vatZoneFor(record: Pick<CustomerRecord, 'address'>, zones: { readonly domestic: number; readonly eu: number; readonly abroad: number }): number {
  // e-conomic agreements here are Danish, so zones are seen from Denmark
  const zone = vatZoneOf(record.address?.countryCode, 'DK');
  return zone === 'DOMESTIC' ? zones.domestic : zone === 'EU' ? zones.eu : zones.abroad;
}

/** The agreement's `net` payment terms with exactly `days` of credit, else the fallback. */
export function paymentTermsFor(days: number, terms: readonly EconomicPaymentTerms[], fallback: number): number {
  const match = terms.find((t) => t.paymentTermsType === 'net' && t.daysOfCredit === days);
  return match?.paymentTermsNumber ?? fallback;
}

/**
 * The e-conomic properties the canonical customer owns. Fields the record leaves out are left
 * out here too, so an update keeps what the ERP user typed there (see {@link mergeCustomer}).
 */
export function toEconomicCustomer(record: CustomerRecord, ctx: CustomerWriteContext): EconomicDocument {
  const doc: EconomicDocument = {
    name: record.name,
    currency: record.currency,
    customerGroup: { customerGroupNumber: ctx.customerGroupNumber },
    paymentTerms: { paymentTermsNumber: ctx.paymentTermsNumber },
    vatZone: { vatZoneNumber: ctx.vatZoneNumber },
  };
  if (record.number !== undefined) doc.customerNumber = Number(record.number);
  if (record.address) {
    doc.address = [record.address.line1, record.address.line2].filter((l) => l !== undefined && l !== '').join('\n');
    doc.zip = record.address.postalCode;
    doc.city = record.address.city;
    doc.country = countryName(record.address.countryCode);
  }
  const optional = { email: record.email, telephoneAndFaxNumber: record.phone, corporateIdentificationNumber: record.organizationNumber, vatNumber: record.vatNumber, ean: record.ean };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined && value !== '') doc[key] = value;
  // Booleans are sent only when true (§1.1).
  if (!record.isActive) doc.barred = true;
  return doc;
}

/**
 * The full document for a PUT (which replaces, §1.1): what e-conomic holds, with the fields we
 * own laid over it. The customer group stays the ERP's choice once the customer exists.
 */
export function mergeCustomer(existing: EconomicCustomer, mapped: EconomicDocument): EconomicDocument {
  const merged: EconomicDocument = { ...existing, ...mapped, customerGroup: existing.customerGroup, customerNumber: existing.customerNumber };
  if (mapped.barred === undefined) delete merged.barred;
  return merged;
}

/** Whether a PUT would change anything the record owns, so replays can answer `unchanged`. */
export function customerDiffers(existing: EconomicCustomer, mapped: EconomicDocument): boolean {
  return documentDiffers(existing, mapped, ['customerGroup', 'customerNumber']);
}
