// What the sandbox holds, in its own typed shape. Money is held as scaled bigints (see
// money.ts); `render.ts` turns these into the vendor's JSON.

export type PaymentTermsType =
  | 'net'
  | 'invoiceMonth'
  | 'paidInCash'
  | 'prepaid'
  | 'dueDate'
  | 'factoring'
  | 'invoiceWeekStartingSunday'
  | 'invoiceWeekStartingMonday'
  | 'creditcard'
  | 'avtaleGiro';

export interface CustomerGroup {
  readonly customerGroupNumber: number;
  readonly name: string;
  readonly accountNumber: number;
  readonly layoutNumber?: number;
}

export interface VatZone {
  readonly vatZoneNumber: number;
  readonly name: string;
  readonly enabledForCustomer: boolean;
  readonly enabledForSupplier: boolean;
  /** Not exposed by the vendor; decides the VAT the sandbox adds to sales in this zone. */
  readonly salesVatPercent: bigint;
}

export interface PaymentTerms {
  readonly paymentTermsNumber: number;
  readonly name: string;
  readonly daysOfCredit: number;
  readonly paymentTermsType: PaymentTermsType;
  readonly description?: string;
}

export interface Layout {
  readonly layoutNumber: number;
  readonly name: string;
}
export interface ProductGroup {
  readonly productGroupNumber: number;
  readonly name: string;
  readonly salesAccountNumber: number;
}

export interface Unit {
  readonly unitNumber: number;
  readonly name: string;
}
export interface Currency {
  readonly code: string;
  readonly name: string;
}

export interface Account {
  readonly accountNumber: number;
  readonly name: string;
  readonly accountType: 'profitAndLoss' | 'status' | 'heading' | 'totalFrom' | 'sumInterval';
  readonly barred?: boolean;
}

export interface VatAccount {
  readonly vatCode: string;
  readonly name: string;
  /** Percentage × 100. */
  readonly ratePercentage: bigint;
  readonly accountNumber: number;
}

export interface Journal {
  readonly journalNumber: number;
  readonly name: string;
  /** The one entry type the journal takes, as e-conomic's journal settings allow; absent = any. */
  readonly entryTypeRestrictedTo?: VoucherEntryType;
}

export interface Supplier {
  readonly supplierNumber: number;
  readonly name: string;
  readonly currency: string;
  readonly vatZoneNumber: number;
}

export interface AccountingYear {
  readonly year: string;
  readonly fromDate: string;
  readonly toDate: string;
}

/** Projects API group; `type` 1 internal, 2 external invoiceable, 3 external non-invoiceable. */
export interface ProjectGroup {
  readonly number: number;
  readonly name: string;
  readonly type: 1 | 2 | 3;
}

/** Free-text customer properties and their vendor maximum lengths (§1.6). */
export const customerTextFields = {
  address: 510,
  city: 50,
  zip: 30,
  country: 50,
  email: 255,
  telephoneAndFaxNumber: 255,
  mobilePhone: 50,
  website: 255,
  corporateIdentificationNumber: 40,
  vatNumber: 50,
  ean: 40,
  pNumber: 10,
  publicEntryNumber: 50,
} as const;

export type CustomerTextField = keyof typeof customerTextFields;

export interface Customer {
  readonly customerNumber: number;
  readonly name: string;
  readonly currency: string;
  readonly customerGroupNumber: number;
  readonly paymentTermsNumber: number;
  readonly vatZoneNumber: number;
  readonly layoutNumber?: number;
  readonly text: Partial<Record<CustomerTextField, string>>;
  /** Øre. */
  readonly creditLimit?: bigint;
  readonly barred: boolean;
  readonly lastUpdated: string;
}

export interface Product {
  readonly productNumber: string;
  readonly name: string;
  readonly productGroupNumber: number;
  readonly description?: string;
  readonly barCode?: string;
  /** Prices × 10^4 (the sandbox accepts up to 4 decimals on product prices). */
  readonly salesPrice?: bigint;
  readonly costPrice?: bigint;
  readonly recommendedPrice?: bigint;
  readonly unitNumber?: number;
  readonly barred: boolean;
  readonly lastUpdated: string;
}

export interface InvoiceLine {
  readonly lineNumber: number;
  readonly sortKey: number;
  readonly productNumber?: string;
  readonly description?: string;
  /** Quantity × 100. */
  readonly quantity: bigint;
  readonly unitNumber?: number;
  /** Øre. */
  readonly unitNetPrice: bigint;
  /** Øre. */
  readonly unitCostPrice?: bigint;
  /** Percentage × 100. */
  readonly discountPercentage: bigint;
  /** Øre, computed. */
  readonly totalNetAmount: bigint;
}

export interface Recipient {
  readonly name: string;
  readonly vatZoneNumber: number;
  readonly text: Readonly<Record<string, string>>;
}

/** What drafts and booked invoices share. */
export interface InvoiceDocument {
  readonly date: string;
  readonly dueDate: string;
  readonly currency: string;
  readonly customerNumber: number;
  readonly paymentTermsNumber: number;
  readonly layoutNumber: number;
  readonly projectNumber?: number;
  readonly recipient: Recipient;
  readonly notes: Readonly<Record<string, string>>;
  readonly referenceOther?: string;
  readonly delivery: Readonly<Record<string, string>>;
  readonly lines: readonly InvoiceLine[];
  readonly netAmount: bigint;
  readonly vatAmount: bigint;
  readonly grossAmount: bigint;
  readonly lastUpdated: string;
}

export interface DraftInvoice extends InvoiceDocument {
  readonly draftInvoiceNumber: number;
}

export interface BookedInvoice extends InvoiceDocument {
  readonly bookedInvoiceNumber: number;
  /** Øre still owed; drops as customer payments are entered. */
  remainder: bigint;
  readonly sentBy?: 'ean';
}

export type VoucherEntryType = 'customerPayment' | 'supplierInvoice' | 'financeVoucher';

export interface VoucherEntry {
  readonly entryType: VoucherEntryType;
  readonly entryNumber: number;
  readonly date: string;
  /** Øre, signed as sent. */
  readonly amount: bigint;
  readonly currency: string;
  readonly text?: string;
  readonly customerNumber?: number;
  readonly customerInvoice?: number;
  readonly supplierNumber?: number;
  readonly supplierInvoiceNumber?: string;
  readonly dueDate?: string;
  readonly projectNumber?: number;
  readonly employeeNumber?: number;
  readonly accountNumber?: number;
  readonly contraAccountNumber?: number;
  readonly contraVatCode?: string;
}

export interface Voucher {
  readonly journalNumber: number;
  readonly accountingYear: string;
  readonly voucherNumber: number;
  readonly entries: readonly VoucherEntry[];
}

export interface Project {
  readonly number: number;
  readonly name: string;
  readonly projectGroupNumber: number;
  readonly customerNumber?: number;
  readonly description?: string;
  readonly isMainProject: boolean;
  readonly mainProjectNumber?: number;
  readonly isBarred: boolean;
  readonly isClosed: boolean;
  readonly responsibleEmployeeNumber?: number;
  readonly deliveryDate?: string;
  readonly status?: number;
  /** Øre. */
  readonly fixedPrice?: bigint;
  readonly objectVersion: string;
  readonly lastUpdated: string;
}
