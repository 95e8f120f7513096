// The canonical shapes the transfer engine hands connectors and gets back from them. They are
// flat and vendor-neutral: the engine has already applied the tenant's rules (numbering,
// truncation, defaults, field mappings), so a connector only maps fields and calls its vendor.
// Money, quantities and rates are decimal strings, never numbers.

export interface AddressRecord {
  readonly line1: string;
  readonly line2?: string;
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
}

export interface CustomerRecord {
  /** The customer number in the ERP; absent when the ERP assigns it. */
  readonly number?: string;
  readonly name: string;
  readonly organizationNumber?: string;
  readonly vatNumber?: string;
  readonly ean?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: AddressRecord;
  readonly paymentTermsDays: number;
  /** ISO 4217. */
  readonly currency: string;
  readonly isActive: boolean;
  /** The ERP's VAT zone chosen by the engine's rules (One Stop Shop, RB-21); absent, the connector decides by country. */
  readonly vatZoneNumber?: string;
}

export interface SupplierRecord {
  readonly number?: string;
  readonly name: string;
  readonly organizationNumber?: string;
  readonly vatNumber?: string;
  readonly email?: string;
  readonly address?: AddressRecord;
  readonly currency: string;
}

export interface ProductRecord {
  readonly number: string;
  readonly name: string;
  readonly unit: string;
  readonly salesPrice: string;
  readonly costPrice?: string;
  /** The ERP's product group / account group key, when the tenant maps one. */
  readonly productGroup?: string;
  readonly vatRate?: string;
  readonly isActive: boolean;
}

export interface ProjectRecord {
  readonly number: string;
  /** Already truncated to the ERP's limit by the engine's rules. */
  readonly name: string;
  readonly customerNumber?: string;
  readonly isActive: boolean;
  readonly startDate?: string;
  readonly endDate?: string;
  /** The project's description: Fortnox `Comments`, e-conomic `description` (SE-FX-55/5). */
  readonly description?: string;
}

export interface InvoiceLineRecord {
  readonly productNumber?: string;
  readonly description: string;
  /** Negative on credit-note lines. */
  readonly quantity: string;
  readonly unit?: string;
  readonly unitPrice: string;
  readonly discountPercent: string;
  readonly vatRate: string;
  /** Our rounded line net, for the total check. */
  readonly netAmount: string;
  readonly projectNumber?: string;
}

export interface InvoiceDraftRecord {
  /** Our invoice id: stored on the ERP document so a lost response can be looked up. */
  readonly reference: string;
  readonly customerNumber: string;
  readonly currency: string;
  readonly issueDate: string;
  readonly dueDate?: string;
  readonly projectNumber?: string;
  readonly yourReference?: string;
  readonly notes?: string;
  /** The ERP's layout chosen for the customer (RB-24); absent = the customer's or connection's default. */
  readonly layoutNumber?: string;
  /** When the source numbers invoices (SE-FX-32): the number the ERP document must carry. */
  readonly invoiceNumber?: string;
  /** Optional header rows (SE-FX-56; ADR 0030): absent = the ERP's own default. */
  readonly paymentTerms?: string;
  readonly ourReference?: string;
  /** Invoice texts above and below the lines (SE-FX-56/12-13). */
  readonly freeTextAbove?: string;
  readonly freeTextBelow?: string;
  /** ISO 639-1, upper-case. */
  readonly language?: string;
  /** The receiver's (billing) address for this invoice, over the customer's own (SE-FX-56/15). */
  readonly receiverAddress?: string;
  readonly receiverPostalCode?: string;
  readonly receiverCity?: string;
  readonly receiverCountry?: string;
  readonly lines: readonly InvoiceLineRecord[];
  readonly netAmount: string;
  readonly vatAmount: string;
  readonly grossAmount: string;
}

/**
 * One financial voucher line: `amount` is debited on `accountNumber` and credited on
 * `contraAccountNumber` (negative reverses it).
 */
export interface FinanceVoucherRecord {
  readonly journal: string;
  readonly date: string;
  /** Ours, unique per voucher; kept on the voucher so a lost response can be looked up. */
  readonly reference: string;
  readonly text: string;
  readonly accountNumber: string;
  readonly contraAccountNumber: string;
  readonly amount: string;
  /** Absent = the ERP's base currency. */
  readonly currency?: string;
}

export interface CreditNoteDraftRecord extends InvoiceDraftRecord {
  /** The ERP's id of the invoice being credited, when it was transferred. */
  readonly creditedExternalId?: string;
}

/** A file the ERP keeps with a supplier invoice (X-25, SE-FX-51); `externalId` is the ERP's file id. */
export interface AttachmentRef {
  readonly externalId: string;
  readonly fileName: string;
}

/** An attachment's content as downloaded. */
export interface AttachmentFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface ProjectCostRecord {
  readonly projectNumber: string;
  readonly supplierNumber?: string;
  readonly supplierInvoiceNumber?: string;
  /** The ERP's id of the supplier invoice the cost came from, for its attachments. */
  readonly supplierInvoiceExternalId?: string;
  readonly description: string;
  readonly date: string;
  readonly quantity: string;
  readonly unitCost: string;
  readonly amount: string;
  readonly productNumber?: string;
}

export interface PaymentRecord {
  /** The ERP's invoice number or id the payment settles. */
  readonly invoiceExternalId: string;
  readonly amount: string;
  readonly paidOn: string;
  readonly reference?: string;
}

/** The canonical records bound into the Connector contract. */
/** One entry of a supplier-invoice voucher: the gross of the lines booked to one account. */
export interface SupplierVoucherEntryRecord {
  /** The purchase account the amount is posted against (from the posting matrix, RB-11). */
  readonly accountNumber: string;
  /** Gross amount (incl. VAT) as a decimal string; the account's VAT code splits it in the ERP. */
  readonly grossAmount: string;
}

/** A supplier invoice as a voucher in an ERP journal (RB-09): one entry per account. */
export interface SupplierInvoiceVoucherRecord {
  /** Our supplier-invoice id, written into the entry text so a lost create can be found again. */
  readonly reference: string;
  readonly journalNumber: string;
  readonly supplierNumber: string;
  readonly supplierInvoiceNumber: string;
  readonly text: string;
  readonly date: string;
  readonly dueDate?: string;
  /** ISO 4217. */
  readonly currency: string;
  readonly entries: readonly SupplierVoucherEntryRecord[];
}

export interface CanonicalRecords {
  readonly customer: CustomerRecord;
  readonly supplier: SupplierRecord;
  readonly product: ProductRecord;
  readonly project: ProjectRecord;
  readonly invoiceDraft: InvoiceDraftRecord;
  readonly creditNoteDraft: CreditNoteDraftRecord;
  readonly projectCost: ProjectCostRecord;
  readonly payment: PaymentRecord;
}
