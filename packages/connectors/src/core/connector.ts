import type { ConnectorError } from './connector-error.js';
import type { CapabilityAccess, ConnectorId, ConnectorManifest, ConnectorRegister } from './manifest.js';
import { connectorRegisters } from './manifest.js';
import type { Result } from './result.js';
import type { SupplierInvoiceVoucherRecord } from './records.js';
import type { FinanceVoucherRecord } from './records.js';
import type { AttachmentFile, AttachmentRef } from './records.js';

/** What every connector method resolves to: failures the engine must handle are values. */
export type ConnectorResult<T> = Promise<Result<T, ConnectorError>>;

/**
 * The canonical record shapes a connector maps to and from. The API binds them to the
 * `@ledgerbridge/domain` types; a type parameter instead of a direct import lets this
 * contract exist before those types do, and lets tests use narrow shapes.
 */
export interface ConnectorRecords {
  readonly customer: unknown;
  readonly supplier: unknown;
  readonly product: unknown;
  readonly project: unknown;
  readonly invoiceDraft: unknown;
  readonly creditNoteDraft: unknown;
  readonly projectCost: unknown;
  readonly payment: unknown;
}

/** One page of a vendor listing. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque cursor for the next page; `null` on the last one. */
  readonly nextCursor: string | null;
}

export interface ListQuery {
  /** From the previous page's `nextCursor`; omit for the first page. */
  readonly cursor?: string;
  /** Only records changed at or after this time, where the vendor can filter on it. */
  readonly updatedSince?: Date;
}

export interface WriteOptions {
  /**
   * Stable per (connection, record, operation), from the transfer intent ledger. Sent to the
   * vendor where it supports idempotency, and used to look the record up after a lost response.
   */
  readonly idempotencyKey: string;
  /**
   * Set when the record is not linked yet, so a write would create it or take over the vendor's
   * record with the same number: if that record is inactive there while ours is active, fail with
   * INACTIVE_IN_OTHER_SYSTEM instead of reactivating it (SE-FX-18). Judged on the read the upsert
   * does anyway, so it costs no extra call. Customers only.
   */
  readonly refuseInactiveMatch?: boolean;
}

/** Where a record lives in the external system. */
export interface ExternalRecordRef {
  readonly externalId: string;
  /** The vendor's human-facing number (customer no., invoice no.) when it differs from the id. */
  readonly externalNumber?: string;
  /** ETag, version or content hash, for optimistic concurrency and change detection. */
  readonly remoteVersion?: string;
}

/** A vendor record mapped to the canonical shape. */
export interface RemoteRecord<T> {
  readonly ref: ExternalRecordRef;
  readonly record: T;
  readonly updatedAt?: Date;
}

/**
 * The vendor's answer to a write that succeeded, as it arrived (parsed JSON, the connector's own
 * secret fields already redacted), so the transfer log can show it without asking the vendor
 * again (ADR 0022). Whoever stores it redacts once more with the shared rules.
 */
export interface WriteAnswer {
  readonly httpStatus: number;
  readonly body: unknown;
}

export interface WriteOutcome {
  readonly ref: ExternalRecordRef;
  /** `unchanged` when the vendor already held an identical record (a replayed write). */
  readonly operation: 'created' | 'updated' | 'unchanged';
  /** Set where the connector wrote and got an answer; absent when the record was found by lookup instead. */
  readonly answer?: WriteAnswer;
}

/** What `verifyCredentials` learned about the account the credentials open. */
export interface AccountInfo {
  readonly accountName: string;
  readonly accountId?: string;
}

/** Ways to find an invoice whose create response was lost; at least one is set. */
export type InvoiceLookup = { readonly number: string; readonly reference?: string } | { readonly reference: string };

export type RemoteInvoiceState = 'draft' | 'booked' | 'sent' | 'paid' | 'cancelled';

/** An invoice line read back from the ERP; quantities and prices are decimal strings. */
export interface RemoteInvoiceLine {
  /** Absent when the ERP line names no product (a text or free line). */
  readonly productNumber?: string;
  readonly description: string;
  readonly quantity: string;
  readonly unitPrice: string;
}

export interface RemoteInvoiceStatus {
  readonly ref: ExternalRecordRef;
  readonly state: RemoteInvoiceState;
  /** Outstanding amount as a decimal string, when the vendor reports it. */
  readonly remainingAmount?: string;
  /** Payment reference (OCR/FIK) assigned by the vendor. */
  readonly paymentReference?: string;
  /** The ERP's gross total as a decimal string, for the total check against ours. */
  readonly grossAmount?: string;
  /** The answer to the write that produced this status (booking); absent for reads and lookups. */
  readonly answer?: WriteAnswer;
}

export type ReferenceDataKind = 'accounts' | 'vatCodes' | 'paymentTerms' | 'units' | 'productGroups' | 'currencies' | 'journals' | 'layouts' | 'customerGroups';

export interface ReferenceItem {
  readonly externalId: string;
  readonly code?: string;
  readonly name: string;
  /** Blocked (barred) in the ERP, so postings to it are refused (RB-10). */
  readonly isBlocked?: boolean;
  /** Journals: the voucher entry types the journal accepts (e.g. `financeVoucher`); absent = any. */
  readonly entryTypes?: readonly string[];
}

/**
 * A live connection to one external system. Only `verifyCredentials` is always present; every
 * other method exists exactly when the manifest declares the matching capability (see
 * {@link capabilityMethods}), so callers check `hasCapability` or the method before calling.
 */
export interface Connector<R extends ConnectorRecords = ConnectorRecords> {
  readonly id: ConnectorId;

  verifyCredentials(): ConnectorResult<AccountInfo>;

  listCustomers?(query: ListQuery): ConnectorResult<Page<RemoteRecord<R['customer']>>>;
  upsertCustomer?(customer: R['customer'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  listSuppliers?(query: ListQuery): ConnectorResult<Page<RemoteRecord<R['supplier']>>>;
  upsertSupplier?(supplier: R['supplier'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  listProducts?(query: ListQuery): ConnectorResult<Page<RemoteRecord<R['product']>>>;
  upsertProduct?(product: R['product'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  listProjects?(query: ListQuery): ConnectorResult<Page<RemoteRecord<R['project']>>>;
  upsertProject?(project: R['project'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  createInvoice?(draft: R['invoiceDraft'], options: WriteOptions): ConnectorResult<WriteOutcome>;
  /**
   * Books (finalises) a draft; the ERP assigns the invoice number, or gives it `options.number`
   * where the manifest allows source numbers (SE-FX-32). Returns the booked document's ref (its
   * id may differ from the draft's) and its status with the ERP's totals.
   */
  bookInvoice?(externalId: string, options?: { readonly number?: string }): ConnectorResult<RemoteInvoiceStatus>;
  /** Deletes a draft, e.g. after the ERP's total disagreed with ours (SE-VN-36). */
  deleteInvoiceDraft?(externalId: string): ConnectorResult<void>;
  /** `ok(null)` when nothing matches, so the intent ledger can safely create. */
  findInvoice?(lookup: InvoiceLookup): ConnectorResult<ExternalRecordRef | null>;
  /** Status of an invoice or credit note. */
  getInvoiceStatus?(externalId: string): ConnectorResult<RemoteInvoiceStatus>;
  /** The document's lines as the ERP holds them now (RB-20: some carry no product). */
  getInvoiceLines?(externalId: string): ConnectorResult<readonly RemoteInvoiceLine[]>;

  createCreditNote?(draft: R['creditNoteDraft'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  listProjectCosts?(query: ListQuery): ConnectorResult<Page<RemoteRecord<R['projectCost']>>>;
  recordProjectCost?(cost: R['projectCost'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  listPayments?(query: ListQuery): ConnectorResult<Page<RemoteRecord<R['payment']>>>;
  registerPayment?(payment: R['payment'], options: WriteOptions): ConnectorResult<WriteOutcome>;

  listReferenceData?(kind: ReferenceDataKind): ConnectorResult<readonly ReferenceItem[]>;

  /** The files kept with a supplier invoice, by the ERP's supplier-invoice id (X-25, SE-FX-51). */
  listSupplierInvoiceAttachments?(supplierInvoiceExternalId: string): ConnectorResult<readonly AttachmentRef[]>;
  /** One file's content, by the ERP's file id. */
  getAttachment?(ref: AttachmentRef): ConnectorResult<AttachmentFile>;
  /** The files connected to one of our sales invoices in the ERP, by the ERP's invoice id (SE-FX-46, X-25). */
  listInvoiceAttachments?(invoiceExternalId: string): ConnectorResult<readonly AttachmentRef[]>;
  /** Uploads a file and connects it to a sales invoice; not safe to repeat, so callers look first (SE-FX-46). */
  attachInvoiceFile?(invoiceExternalId: string, file: AttachmentFile): ConnectorResult<AttachmentRef>;

  /** Files a supplier invoice as a voucher in a journal (RB-09); never books the journal. */
  createSupplierInvoiceVoucher?(voucher: SupplierInvoiceVoucherRecord, options: WriteOptions): ConnectorResult<WriteOutcome>;
  /** The voucher filed for our reference in that journal, `ok(null)` when there is none, so the intent ledger can safely create. */
  findSupplierInvoiceVoucher?(lookup: { readonly journalNumber: string; readonly reference: string }): ConnectorResult<ExternalRecordRef | null>;
  /** Files a financial voucher in a journal, e.g. the inventory value (RB-25..RB-29). */
  postFinanceVoucher?(voucher: FinanceVoucherRecord, options: WriteOptions): ConnectorResult<WriteOutcome>;
  /** The voucher filed with our reference, so a lost response is resolved by lookup, not a second voucher. */
  findFinanceVoucher?(lookup: { readonly journal: string; readonly reference: string }): ConnectorResult<ExternalRecordRef | null>;
}

export type ConnectorMethodName = Exclude<keyof Connector, 'id' | 'verifyCredentials'>;

/**
 * The methods a connector must implement for each declared capability. Reference data is
 * read-only in every system we support, so declaring `write` for it is reported as missing.
 */
export const capabilityMethods: {
  readonly [Register in ConnectorRegister]: { readonly [Access in CapabilityAccess]: readonly ConnectorMethodName[] };
} = {
  customers: { read: ['listCustomers'], write: ['upsertCustomer'] },
  suppliers: { read: ['listSuppliers'], write: ['upsertSupplier'] },
  products: { read: ['listProducts'], write: ['upsertProduct'] },
  projects: { read: ['listProjects'], write: ['upsertProject'] },
  invoices: { read: ['findInvoice', 'getInvoiceStatus'], write: ['createInvoice', 'bookInvoice', 'deleteInvoiceDraft'] },
  creditNotes: { read: ['getInvoiceStatus'], write: ['createCreditNote'] },
  projectCosts: { read: ['listProjectCosts'], write: ['recordProjectCost'] },
  payments: { read: ['listPayments'], write: ['registerPayment'] },
  referenceData: { read: ['listReferenceData'], write: [] },
  supplierInvoices: { read: ['findSupplierInvoiceVoucher'], write: ['createSupplierInvoiceVoucher'] },
  financeVouchers: { read: ['findFinanceVoucher'], write: ['postFinanceVoucher'] },
  attachments: { read: ['listSupplierInvoiceAttachments', 'getAttachment'], write: ['attachInvoiceFile', 'listInvoiceAttachments'] },
};

export interface CapabilityMismatch {
  /** Declared in the manifest but not implemented (or not implementable). */
  readonly missing: readonly string[];
  /** Implemented, but no declared capability calls for it. */
  readonly undeclared: readonly ConnectorMethodName[];
}

/**
 * Compares a connector instance with its manifest, for the shared contract suite: a connector
 * must have exactly the methods its capabilities declare.
 */
export function checkCapabilities(
  manifest: Pick<ConnectorManifest, 'capabilities'>,
  connector: Connector,
): CapabilityMismatch {
  const expected = new Set<ConnectorMethodName>();
  const missing: string[] = [];
  for (const register of connectorRegisters) {
    for (const access of manifest.capabilities[register] ?? []) {
      const methods = capabilityMethods[register][access];
      if (methods.length === 0) missing.push(`${register}:${access}`);
      for (const method of methods) {
        expected.add(method);
        if (typeof connector[method] !== 'function' && !missing.includes(method)) missing.push(method);
      }
    }
  }
  const allMethods = new Set(Object.values(capabilityMethods).flatMap((byAccess) => [...byAccess.read, ...byAccess.write]));
  const undeclared = [...allMethods].filter((method) => typeof connector[method] === 'function' && !expected.has(method));
  return { missing, undeclared };
}
