/** A register record as Fortnox returns it (PascalCase JSON fields), plus when it last changed. */
export interface StoredRecord {
  fields: Record<string, unknown>;
  modifiedAt: number;
}

/** One invoice row; amounts are scaled integers (see decimal.ts), never floats. */
export interface InvoiceRow {
  readonly rowId: number;
  readonly articleNumber?: string;
  readonly description?: string;
  /** 1/10 000 units. */
  readonly quantity: bigint;
  /** 1/10 000 of the currency unit, excluding VAT. */
  readonly price: bigint;
  /** PERCENT: 1/100 of a percent; AMOUNT: öre off the row. */
  readonly discount: bigint;
  readonly discountType: 'PERCENT' | 'AMOUNT';
  /** 1/100 of a percent, e.g. 2500n = 25 %. */
  readonly vat: bigint;
  readonly unit?: string;
  readonly project?: string;
  readonly costCenter?: string;
  readonly accountNumber?: number;
  /** Row total excluding VAT, in öre. */
  readonly total: bigint;
}

/** Totals Fortnox computes for an invoice, all in öre. */
export interface InvoiceTotals {
  /** Sum of the rows excluding VAT. */
  readonly gross: bigint;
  /** Gross plus fees (none in the sandbox), excluding VAT. */
  readonly net: bigint;
  readonly vat: bigint;
  /** Rounding to whole kronor (öresavrundning) for SEK. */
  readonly roundOff: bigint;
  /** Net + VAT + round-off: what the customer pays. */
  readonly total: bigint;
}

export interface StoredInvoice {
  readonly documentNumber: number;
  /** Writable header fields as sent (PascalCase). */
  header: Record<string, unknown>;
  rows: InvoiceRow[];
  totals: InvoiceTotals;
  balance: bigint;
  booked: boolean;
  cancelled: boolean;
  readonly credit: boolean;
  /** On an original: the credit invoice that reverses it. */
  creditInvoiceReference?: number;
  /** On a credit invoice: the invoice it credits. */
  readonly invoiceReference?: number;
  finalPayDate?: string;
  voucherNumber?: number;
  readonly ocr: string;
  modifiedAt: number;
}

export interface StoredPayment {
  readonly number: number;
  readonly invoiceNumber: number;
  /** öre */
  readonly amount: bigint;
  readonly paymentDate: string;
  readonly modeOfPayment?: string;
  readonly modifiedAt: number;
}

export interface SupplierInvoiceRow {
  readonly account: number;
  /** öre */
  readonly debit: bigint;
  /** öre */
  readonly credit: bigint;
  readonly project?: string;
  readonly costCenter?: string;
  readonly articleNumber?: string;
  readonly transactionInformation?: string;
  /** TOT (creditor) and VAT rows are generated; cost rows have none. */
  readonly code?: 'TOT' | 'VAT';
}

export interface StoredSupplierInvoice {
  readonly givenNumber: number;
  readonly header: Record<string, unknown>;
  readonly rows: SupplierInvoiceRow[];
  readonly total: bigint;
  readonly vat: bigint;
  readonly balance: bigint;
  readonly booked: boolean;
  readonly modifiedAt: number;
}

/** One price in a price list; a JSON number kept as sent (no arithmetic is done on it). */
export interface StoredPrice {
  readonly priceList: string;
  readonly articleNumber: string;
  readonly fromQuantity: number;
  price: number;
  modifiedAt: number;
}

export interface OauthClient {
  readonly clientSecret: string;
  readonly name: string;
  /** Exact redirect URIs; an entry ending in `*` matches by prefix. */
  readonly redirectUris: readonly string[];
}

export interface AuthCodeGrant {
  readonly clientId: string;
  readonly scope: string;
  /** The redirect_uri the authorize request named, which the token request must repeat. */
  readonly redirectUri: string | null;
  readonly expiresAt: number;
  used: boolean;
}

export interface IssuedToken {
  readonly clientId: string;
  readonly scope: string;
  expiresAt: number;
  /** Refresh tokens only: rotated tokens are kept so reuse can be told from an unknown token. */
  usedAt?: number;
}

/** Lifetimes and behaviour switches; tests shorten the lifetimes. */
export interface FortnoxSettings {
  /** @default 3 600 000 (1 h, §2.1) */
  accessTokenTtlMs: number;
  /** @default 45 days (§2.1) */
  refreshTokenTtlMs: number;
  /** @default 600 000 (10 min, §2.1) */
  authCodeTtlMs: number;
  /** Round SEK invoice totals to whole kronor, Fortnox's default company setting. @default true */
  roundOffToWholeKronor: boolean;
}

/**
 * Everything the Fortnox sandbox holds: registers, documents and OAuth state. Tests read and
 * change it directly (e.g. {@link FortnoxStore.expireAccessToken}) to set up edge cases.
 */
/** A file in the Fortnox archive, e.g. a scanned supplier invoice. */
export interface ArchiveFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  /** Inbox folder an uploaded file went to (e.g. `inbox_kf`); seeded archive files have none. */
  readonly folder?: string;
}

/** One file connected to a sales invoice (`/api/fileattachments/attachments-v1`). */
export interface InvoiceFileConnection {
  readonly id: string;
  readonly fileId: string;
  readonly includeOnSend: boolean;
}

export class FortnoxStore {
  readonly settings: FortnoxSettings = {
    accessTokenTtlMs: 3_600_000,
    refreshTokenTtlMs: 45 * 24 * 3_600_000,
    authCodeTtlMs: 600_000,
    roundOffToWholeKronor: true,
  };

  /** The sandbox's clock; replace it to move time in tests. */
  now: () => number = Date.now;

  readonly company: Record<string, string> = {};
  /** Codes from /3/termsofpayments that customers and invoices may name. */
  readonly termsOfPayment = new Set<string>(['0', '10', '14', '15', '20', '30', '45', '60', '90']);
  readonly customers = new Map<string, StoredRecord>();
  readonly articles = new Map<string, StoredRecord>();
  readonly units = new Map<string, StoredRecord>();
  readonly projects = new Map<string, StoredRecord>();
  readonly suppliers = new Map<string, StoredRecord>();
  readonly invoices = new Map<number, StoredInvoice>();
  readonly payments = new Map<number, StoredPayment>();
  readonly supplierInvoices = new Map<number, StoredSupplierInvoice>();
  /** Files in the archive, by file id, and the ids connected to each supplier invoice (by given number). */
  readonly archiveFiles = new Map<string, ArchiveFile>();
  readonly supplierInvoiceFiles = new Map<number, string[]>();
  /** Archive downloads served, per file id: lets tests prove a file is fetched once. */
  readonly archiveDownloads = new Map<string, number>();
  /** Files connected to sales invoices through the file-attachment API, by DocumentNumber (SE-FX-46). */
  readonly invoiceFileConnections = new Map<number, InvoiceFileConnection[]>();
  /** Files uploaded to the inbox, counted so tests can prove a file was sent once. */
  inboxUploads = 0;
  /** Fault for tests: answer every inbox upload with a server error while set (`/__sandbox/fortnox/invoice-file-faults`). */
  failInboxUploads = false;
  readonly priceLists = new Set<string>(['A']);
  /** Keyed `PriceList/ArticleNumber/FromQuantity`. */
  readonly prices = new Map<string, StoredPrice>();

  readonly clients = new Map<string, OauthClient>();
  readonly authCodes = new Map<string, AuthCodeGrant>();
  readonly accessTokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, IssuedToken>();

  private rowIds = 0;

  constructor(settings: Partial<FortnoxSettings> = {}) {
    Object.assign(this.settings, settings);
  }

  /** Makes an access token expire now, as if its hour had passed. */
  expireAccessToken(token: string): void {
    const issued = this.accessTokens.get(token);
    if (issued) issued.expiresAt = this.now() - 1;
  }

  /**
   * The tenant removes the integration in Fortnox: every access and refresh token of the client
   * stops working at once, so only a new authorization brings access back.
   */
  revokeTokens(clientId?: string): number {
    let revoked = 0;
    for (const tokens of [this.accessTokens, this.refreshTokens]) {
      for (const [token, issued] of tokens) {
        if (clientId !== undefined && issued.clientId !== clientId) continue;
        tokens.delete(token);
        revoked += 1;
      }
    }
    return revoked;
  }

  /** Expires every access token issued so far (the connector under test may hold a rotated one). */
  expireAllAccessTokens(): void {
    for (const token of this.accessTokens.keys()) this.expireAccessToken(token);
  }

  /** Next free number in a string-keyed register: one above the highest numeric key. */
  nextNumber(register: ReadonlyMap<string, unknown>, start = 1): string {
    let max = start - 1;
    for (const key of register.keys()) if (/^\d+$/.test(key)) max = Math.max(max, Number(key));
    return String(max + 1);
  }

  /** Next document number in a numbered series (invoices, payments, supplier invoices). */
  nextDocumentNumber(series: ReadonlyMap<number, unknown>, start: number): number {
    let max = start - 1;
    for (const key of series.keys()) max = Math.max(max, key);
    return max + 1;
  }

  nextRowId(): number {
    this.rowIds += 1;
    return this.rowIds;
  }
}
