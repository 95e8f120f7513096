import { randomBytes } from 'node:crypto';
import { parseScaled } from './money.js';
import type {
  Account,
  AccountingYear,
  BookedInvoice,
  Currency,
  Customer,
  CustomerGroup,
  DraftInvoice,
  Journal,
  Layout,
  PaymentTerms,
  Product,
  ProductGroup,
  Project,
  ProjectGroup,
  Supplier,
  Unit,
  VatAccount,
  VatZone,
  Voucher,
  VoucherEntry,
} from './model.js';

/** The two tokens a client sends as `X-AppSecretToken` and `X-AgreementGrantToken`. */
export interface EconomicCredentials {
  readonly appSecretToken: string;
  readonly agreementGrantToken: string;
}

/** The company behind the agreement, as `/self` shows it. */
export interface AgreementInfo {
  readonly agreementNumber: number;
  readonly companyName: string;
  readonly addressLine1: string;
  readonly zip: string;
  readonly city: string;
  readonly country: string;
  readonly corporateIdentificationNumber: string;
  readonly userName: string;
}

/** The journal `registerPayment` posts into when a test registers a payment directly. */
export const PAYMENTS_JOURNAL = 3;

/**
 * One agreement's state, in memory for the life of the process. Routes validate and then call
 * the mutators here, so numbering and side effects (booking removes the draft, a payment lowers
 * the remainder) live in one place that tests can also drive directly.
 */
export class EconomicStore {
  readonly credentials: EconomicCredentials;
  /** Set to simulate the customer revoking the app: every call then gets 401. */
  isGrantRevoked = false;
  agreement: AgreementInfo = {
    agreementNumber: 1_234_567,
    companyName: 'Ledgerbridge Demo ApS',
    addressLine1: 'Åboulevarden 1',
    zip: '8000',
    city: 'Aarhus C',
    country: 'Danmark',
    corporateIdentificationNumber: '12345678',
    userName: 'Demo Bruger',
  };

  readonly customerGroups = new Map<number, CustomerGroup>();
  readonly vatZones = new Map<number, VatZone>();
  readonly paymentTerms = new Map<number, PaymentTerms>();
  readonly layouts = new Map<number, Layout>();
  readonly productGroups = new Map<number, ProductGroup>();
  readonly units = new Map<number, Unit>();
  readonly currencies = new Map<string, Currency>();
  readonly accounts = new Map<number, Account>();
  readonly vatAccounts = new Map<string, VatAccount>();
  readonly journals = new Map<number, Journal>();
  readonly suppliers = new Map<number, Supplier>();
  readonly accountingYears = new Map<string, AccountingYear>();
  readonly projectGroups = new Map<number, ProjectGroup>();

  readonly customers = new Map<number, Customer>();
  readonly products = new Map<string, Product>();
  readonly drafts = new Map<number, DraftInvoice>();
  readonly booked = new Map<number, BookedInvoice>();
  readonly projects = new Map<number, Project>();
  readonly vouchers: Voucher[] = [];

  private nextDraftNumber = 1;
  /** A fresh Danish agreement's first invoice number is 1; seeding moves it on. */
  nextBookedNumber = 1;
  private nextEntryNumber = 1;
  private readonly voucherNumbers = new Map<string, number>();
  private versionCounter = 0;

  constructor(
    credentials?: Partial<EconomicCredentials>,
    readonly now: () => Date = () => new Date(),
  ) {
    this.credentials = {
      appSecretToken: credentials?.appSecretToken ?? `app-${randomBytes(12).toString('hex')}`,
      agreementGrantToken: credentials?.agreementGrantToken ?? `grant-${randomBytes(12).toString('hex')}`,
    };
  }

  /** e-conomic's `lastUpdated` format: UTC to the second, e.g. `2024-05-01T10:15:00Z`. */
  timestamp(): string {
    return `${this.now().toISOString().slice(0, 19)}Z`;
  }

  /** An opaque Projects API `objectVersion`; changes on every write. */
  newObjectVersion(): string {
    this.versionCounter += 1;
    return Buffer.from(`v${this.versionCounter.toString().padStart(6, '0')}`).toString('base64');
  }

  /** The next free customer number: e-conomic continues after the highest one in use. */
  nextCustomerNumber(): number {
    return Math.max(0, ...this.customers.keys()) + 1;
  }

  nextProjectNumber(): number {
    return Math.max(0, ...this.projects.keys()) + 1;
  }

  takeDraftNumber(): number {
    const n = this.nextDraftNumber;
    this.nextDraftNumber += 1;
    return n;
  }

  takeEntryNumber(): number {
    const n = this.nextEntryNumber;
    this.nextEntryNumber += 1;
    return n;
  }

  /**
   * Books a draft: it gets the next number in the series (or `bookWithNumber`), the draft is
   * gone, and the whole gross amount is outstanding. Returns a reason when it cannot.
   */
  bookDraft(draftInvoiceNumber: number, bookWithNumber?: number): BookedInvoice | { readonly error: 'no-draft' | 'number-in-use' | 'no-lines' } {
    const draft = this.drafts.get(draftInvoiceNumber);
    if (!draft) return { error: 'no-draft' };
    if (draft.lines.length === 0) return { error: 'no-lines' };
    const number = bookWithNumber ?? this.nextBookedNumber;
    if (this.booked.has(number)) return { error: 'number-in-use' };
    const { draftInvoiceNumber: _dropped, ...document } = draft;
    const booked: BookedInvoice = { ...document, bookedInvoiceNumber: number, remainder: draft.grossAmount, lastUpdated: this.timestamp() };
    this.drafts.delete(draftInvoiceNumber);
    this.booked.set(number, booked);
    this.nextBookedNumber = Math.max(this.nextBookedNumber, number + 1);
    return booked;
  }

  /**
   * Files a voucher in a journal. The sandbox applies it at once, as if the bookkeeper booked the
   * journal immediately: a customer payment entry lowers the booked invoice's remainder by its
   * amount (negative = money received from the customer, vendor-apis.md §1.11 example).
   */
  addVoucher(journalNumber: number, accountingYear: string, entries: readonly Omit<VoucherEntry, 'entryNumber'>[]): Voucher {
    const voucherNumber = (this.voucherNumbers.get(accountingYear) ?? 0) + 1;
    this.voucherNumbers.set(accountingYear, voucherNumber);
    const voucher: Voucher = {
      journalNumber,
      accountingYear,
      voucherNumber,
      entries: entries.map((e) => ({ ...e, entryNumber: this.takeEntryNumber() })),
    };
    this.vouchers.push(voucher);
    for (const entry of voucher.entries) {
      if (entry.entryType !== 'customerPayment' || entry.customerInvoice === undefined) continue;
      const invoice = this.booked.get(entry.customerInvoice);
      if (invoice) invoice.remainder += entry.amount;
    }
    return voucher;
  }

  /**
   * Test helper: registers a customer payment of `amount` (a positive decimal such as "1250.00")
   * against a booked invoice, through the same voucher path the journals API uses.
   */
  registerPayment(bookedInvoiceNumber: number, amount: string, date?: string): Voucher {
    const invoice = this.booked.get(bookedInvoiceNumber);
    if (!invoice) throw new Error(`No booked invoice ${bookedInvoiceNumber}`);
    const parsed = parseScaled(amount, 2);
    if (!parsed.ok) throw new Error(`Not an amount with at most 2 decimals: ${amount}`);
    const day = date ?? this.timestamp().slice(0, 10);
    return this.addVoucher(PAYMENTS_JOURNAL, this.accountingYearFor(day) ?? day.slice(0, 4), [
      {
        entryType: 'customerPayment',
        date: day,
        amount: -parsed.units,
        currency: invoice.currency,
        text: `Betaling faktura ${bookedInvoiceNumber}`,
        customerNumber: invoice.customerNumber,
        customerInvoice: bookedInvoiceNumber,
        contraAccountNumber: 5820,
      },
    ]);
  }

  /** The accounting year a date falls in, if the agreement has one open. */
  accountingYearFor(date: string): string | undefined {
    for (const year of this.accountingYears.values()) {
      if (date >= year.fromDate && date <= year.toDate) return year.year;
    }
    return undefined;
  }

  /** What a customer owes across booked invoices (the read-only `balance`). */
  customerBalance(customerNumber: number): bigint {
    let total = 0n;
    for (const invoice of this.booked.values()) if (invoice.customerNumber === customerNumber) total += invoice.remainder;
    return total;
  }
}
