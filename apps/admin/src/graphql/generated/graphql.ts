/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time zone, YYYY-MM-DD. */
  CalendarDate: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "1234.50". Never a float. */
  Decimal: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type AcknowledgeInitialSyncErrorsInput = {
  connectionId: Scalars['ID']['input'];
};

/** A PDF, JPEG or PNG file for one of our invoices, sent with it to the ERP when the connection says so (SE-FX-46, X-25). */
export type AddInvoiceAttachmentInput = {
  /** The file, base64; at most 716800 bytes decoded (TOO_LARGE). */
  contentBase64: Scalars['String']['input'];
  /** Optional; the type is read from the bytes and a different claim is refused. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  fileName: Scalars['String']['input'];
  invoiceId: Scalars['ID']['input'];
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, e.g. DK */
  countryCode: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
};

export type AddressInput = {
  city: Scalars['String']['input'];
  countryCode: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
};

/** A key partner apps call the API with. The secret itself is never shown again. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The first characters of the key, to tell keys apart. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A supplier-invoice file from the ERP, kept with the project costs it produced (X-25, SE-FX-51). */
export type Attachment = {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  /** GET with the same Authorization header to download the file. */
  downloadPath: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AttachmentKind;
  /** Pages of a merged PDF; null for ERP files. */
  pageCount: Maybe<Scalars['Int']['output']>;
  /** SHA-256 of the content, hex. */
  sha256: Scalars['String']['output'];
  /** In bytes; at most 10 MB. */
  size: Scalars['Int']['output'];
  /** Files of the supplier invoice a merged PDF could not include (not PDF, JPEG or PNG, or unreadable). */
  skippedFiles: Array<SkippedAttachmentFile>;
};

/** ERP_FILE: a file as the ERP serves it; MERGED_PDF: one supplier invoice's files combined into one PDF (SE-FX-51); INVOICE_FILE: a file attached to one of our sales invoices (SE-FX-46). */
export type AttachmentKind =
  | 'ERP_FILE'
  | 'INVOICE_FILE'
  | 'MERGED_PDF';

/** AutoInvoice's own status settings (SE-VN-53), as status keys of this pipeline. */
export type AutoInvoiceStatuses = {
  __typename?: 'AutoInvoiceStatuses';
  /** "Status för fakturor efter överföring": set once AutoInvoice has sent the invoice; a sent status. */
  afterTransfer: Scalars['String']['output'];
  /** "Status på fakturor vid fel": set when AutoInvoice cannot send; not stated by the seed. */
  onError: Maybe<Scalars['String']['output']>;
  /** "Status för fakturor som ska överföras": AutoInvoice takes invoices from here; they must carry the ERP number (SE-VN-55). */
  toTransfer: Scalars['String']['output'];
};

/** AutoInvoice's status settings (SE-VN-53) by status key. Administrators only. */
export type AutoInvoiceStatusesInput = {
  afterTransfer: Scalars['String']['input'];
  onError?: InputMaybe<Scalars['String']['input']>;
  toTransfer: Scalars['String']['input'];
};

/** Where a supplier is paid: an IBAN or a domestic account number, or both. */
export type BankAccount = {
  __typename?: 'BankAccount';
  accountNumber: Maybe<Scalars['String']['output']>;
  bic: Maybe<Scalars['String']['output']>;
  iban: Maybe<Scalars['String']['output']>;
};

export type BankAccountInput = {
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  bic?: InputMaybe<Scalars['String']['input']>;
  iban?: InputMaybe<Scalars['String']['input']>;
};

export type ClearCustomerInvoicingInput = {
  customerId: Scalars['ID']['input'];
  /** The own values to remove; omitted = all of them. */
  settings?: InputMaybe<Array<CustomerInvoicingSetting>>;
};

export type ClearCustomerInvoicingPayload = {
  __typename?: 'ClearCustomerInvoicingPayload';
  customer: Maybe<Customer>;
  errors: Array<InputError>;
};

/** One side of a comparison row. */
export type ComparedRecord = {
  __typename?: 'ComparedRecord';
  /** Our global id, or the ERP record's external id. */
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
};

/** Our record beside the ERP's, with the similarity score and what the integration will do (SE-FX-09, SE-FX-10). */
export type ComparisonRow = {
  __typename?: 'ComparisonRow';
  /** LINKED (already linked), NUMBER (equal numbers) or SIMILARITY; null when unpaired. */
  basis: Maybe<Scalars['String']['output']>;
  isLinked: Scalars['Boolean']['output'];
  ours: Maybe<ComparedRecord>;
  /** The remembered decision on our record. */
  oursDecision: Maybe<RegisterAction>;
  /** What the prediction suggests. */
  predictedAction: RegisterAction;
  /** Similarity 0..1 (a ratio, not an amount); for an unpaired record, its best score against any other. */
  score: Scalars['Float']['output'];
  theirs: Maybe<ComparedRecord>;
  /** The remembered decision on the ERP record. */
  theirsDecision: Maybe<RegisterAction>;
};

export type ConnectSystemInput = {
  connectorId: Scalars['String']['input'];
  /** As the connector's credentialsSchema describes; for OAuth systems the client id and secret. */
  credentials: Scalars['JSONObject']['input'];
  name: Scalars['String']['input'];
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type ConnectSystemPayload = {
  __typename?: 'ConnectSystemPayload';
  /** OAuth systems: send the admin here to authorize; the callback completes the connection. */
  authorizeUrl: Maybe<Scalars['String']['output']>;
  connection: Maybe<Connection>;
  errors: Array<InputError>;
};

/** A tenant's link to one external system. Credentials are never returned. */
export type Connection = Node & {
  __typename?: 'Connection';
  /** Invoices entering the transfer status are sent at once (X-20); off until turned on. */
  autoTransferInvoices: Scalars['Boolean']['output'];
  connectorId: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Supplier invoices to an ERP journal with a posting matrix (RB-07..RB-12). */
  creditorSettings: CreditorSettings;
  id: Scalars['ID']['output'];
  /** Inventory value vouchers, newest first (RB-25..RB-29). */
  inventoryValuePostings: Array<InventoryValuePosting>;
  name: Scalars['String']['output'];
  /** One Stop Shop VAT for EU consumers (RB-21). */
  oneStopShopVat: OneStopShopVat;
  /** The pre-flight check, run live against the ERP. */
  preflight: Preflight;
  /** The ERP's reference data of one kind, read live (for settings and mappings). */
  referenceData: ReferenceData;
  /** Settings without effect, e.g. "never book EAN" without "book when booked" (RB-18). */
  ruleWarnings: Array<RuleWarning>;
  /** The transfer engine's rules for this connection, defaults applied (project costs, default products, name limits; registers: master systems, numbering, eligibility, projects, number rules, with the connector's defaults). */
  rules: Scalars['JSONObject']['output'];
  settings: Scalars['JSONObject']['output'];
  status: ConnectionStatus;
  /** Why the connection needs attention. */
  statusReason: Maybe<Scalars['String']['output']>;
  tokenExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
};


/** A tenant's link to one external system. Credentials are never returned. */
export type ConnectionInventoryValuePostingsArgs = {
  first?: Scalars['Int']['input'];
};


/** A tenant's link to one external system. Credentials are never returned. */
export type ConnectionReferenceDataArgs = {
  kind: ReferenceDataKind;
};

export type ConnectionPayload = {
  __typename?: 'ConnectionPayload';
  connection: Maybe<Connection>;
  errors: Array<InputError>;
};

export type ConnectionProblem = {
  __typename?: 'ConnectionProblem';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ConnectionStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'DISCONNECTED'
  | 'NEEDS_RECONNECT';

/** A system Ledgerbridge can connect to, from its connector manifest. */
export type ConnectorInfo = {
  __typename?: 'ConnectorInfo';
  /** oauth2, api-token or agreement-grant */
  authMode: Scalars['String']['output'];
  capabilities: Array<RegisterCapability>;
  /** JSON Schema of the credentials (secret fields marked writeOnly). */
  credentialsSchema: Scalars['JSONObject']['output'];
  displayName: Scalars['String']['output'];
  docsUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** JSON Schema of the connection settings, with defaults. */
  settingsSchema: Scalars['JSONObject']['output'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: Maybe<ApiKey>;
  errors: Array<InputError>;
  /** The key itself, shown once. */
  secret: Maybe<Scalars['String']['output']>;
};

/** Credits an invoice: all that is not yet credited, or the given line quantities. */
export type CreateCreditNoteInput = {
  invoiceId: Scalars['ID']['input'];
  issueDate: Scalars['CalendarDate']['input'];
  lines?: InputMaybe<Array<CreditLineInput>>;
  /** The source's own number, sent to the ERP when the connection lets the source number invoices (SE-FX-32); blank clears it. */
  sourceNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateInvoiceInput = {
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  dueDate?: InputMaybe<Scalars['CalendarDate']['input']>;
  /** Invoice text above the lines, at most 1000 characters. Fortnox has one text (Remarks): above, notes and below are joined by a blank line. */
  freeTextAbove?: InputMaybe<Scalars['String']['input']>;
  /** Invoice text below the lines, at most 1000 characters. */
  freeTextBelow?: InputMaybe<Scalars['String']['input']>;
  issueDate: Scalars['CalendarDate']['input'];
  /** Two-letter ISO 639-1 language of the invoice, e.g. SV or EN (Fortnox takes these two). */
  language?: InputMaybe<Scalars['String']['input']>;
  lines: Array<InvoiceLineInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Our reference (Fortnox OurReference), at most 50 characters. */
  ourReference?: InputMaybe<Scalars['String']['input']>;
  /** The ERP's terms-of-payment code (Fortnox TermsOfPayment, at most 10 characters); absent = the customer's terms. */
  paymentTerms?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Receiver (billing) address line for this invoice, over the customer's; at most 250 characters. */
  receiverAddress?: InputMaybe<Scalars['String']['input']>;
  /** At most 250 characters. */
  receiverCity?: InputMaybe<Scalars['String']['input']>;
  /** Country name as printed, at most 50 characters. */
  receiverCountry?: InputMaybe<Scalars['String']['input']>;
  /** At most 10 characters. */
  receiverPostalCode?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The source's own number, sent to the ERP when the connection lets the source number invoices (SE-FX-32); blank clears it. */
  sourceNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSupplierInvoiceInput = {
  currency: Scalars['String']['input'];
  dueDate?: InputMaybe<Scalars['CalendarDate']['input']>;
  /** The supplier's own invoice number (at most 30 characters). */
  invoiceNumber: Scalars['String']['input'];
  issueDate: Scalars['CalendarDate']['input'];
  lines: Array<SupplierInvoiceLineInput>;
  supplierId: Scalars['ID']['input'];
};

export type CreateTenantInput = {
  /** The tenant's first admin user, who can then add others. */
  admin?: InputMaybe<FirstAdminInput>;
  name: Scalars['String']['input'];
};

export type CreateTenantPayload = {
  __typename?: 'CreateTenantPayload';
  /** The first API key for partner apps. Shown once; only its hash is stored. */
  apiKey: Maybe<Scalars['String']['output']>;
  errors: Array<InputError>;
  tenant: Maybe<Tenant>;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: UserRole;
};

export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  errors: Array<InputError>;
  user: Maybe<User>;
};

export type CreditLineInput = {
  /** The invoice line's id (InvoiceLine.lineId). */
  lineId: Scalars['ID']['input'];
  /** How much to credit, as a positive quantity. */
  quantity: Scalars['Decimal']['input'];
};

/** The creditor integration of a connection: supplier invoices become vouchers in an ERP journal (RB-07..RB-12). */
export type CreditorSettings = {
  __typename?: 'CreditorSettings';
  /** The company's country (ISO 3166-1 alpha-2): decides each supplier's VAT zone. */
  companyCountry: Maybe<Scalars['String']['output']>;
  /** Used only when a matrix account cannot be used, e.g. blocked (RB-10). */
  fallbackAccount: Maybe<Scalars['String']['output']>;
  /** The creditor integration is on (RB-07); off by default. */
  isEnabled: Scalars['Boolean']['output'];
  /** Journal (kassekladde) for supplier invoices (RB-09). */
  journalNumber: Maybe<Scalars['String']['output']>;
  /** The decided cells; a cell not listed is undecided (RB-11, RB-12). */
  postingMatrix: Array<PostingCell>;
  /** Creditors control account (RB-08). */
  supplierControlAccount: Maybe<Scalars['String']['output']>;
  /** Cells still to decide for every product group defined in our graph (RB-11, RB-12). */
  undecidedCells: Array<UndecidedPostingCell>;
};

export type CreditorSettingsPayload = {
  __typename?: 'CreditorSettingsPayload';
  creditorSettings: Maybe<CreditorSettings>;
  errors: Array<InputError>;
};

/** A customer (debtor) of the tenant. */
export type Customer = Node & {
  __typename?: 'Customer';
  billingAddress: Maybe<Address>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Maybe<Scalars['String']['output']>;
  /** EAN/GLN for e-invoicing (13 digits). */
  ean: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Own value; null = the tenant's (PV-07). */
  invoiceCreationMode: Maybe<InvoiceCreationMode>;
  invoiceDelivery: Maybe<InvoiceDelivery>;
  /** What the customer's accounting section shows: the tenant's settings with the customer's own values over them (PV-15, X-05). */
  invoicing: CustomerInvoicing;
  invoicingTime: Maybe<InvoicingTime>;
  isActive: Scalars['Boolean']['output'];
  /** The company's own internal customer; never sent to an ERP. */
  isInternal: Scalars['Boolean']['output'];
  isProspect: Scalars['Boolean']['output'];
  /** Invoice layout; the connection maps it to the ERP's (RB-23, RB-24). */
  layout: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  organizationNumber: Maybe<Scalars['String']['output']>;
  paymentTermsDays: Scalars['Int']['output'];
  phone: Maybe<Scalars['String']['output']>;
  postalAddress: Maybe<Address>;
  updatedAt: Scalars['DateTimeISO']['output'];
  vatNumber: Maybe<Scalars['String']['output']>;
  visitingAddress: Maybe<Address>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  isProspect?: InputMaybe<Scalars['Boolean']['input']>;
  numbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case-insensitive match on name, number, e-mail or VAT number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The invoicing settings that apply to one customer: its own values, else the tenant's (PV-07, PV-15). */
export type CustomerInvoicing = {
  __typename?: 'CustomerInvoicing';
  creationMode: InvoiceCreationMode;
  delivery: InvoiceDelivery;
  invoicingTime: InvoicingTime;
};

/** A customer's own invoicing value (PV-07, PV-15). */
export type CustomerInvoicingSetting =
  | 'CREATION_MODE'
  | 'DELIVERY'
  | 'INVOICING_TIME';

export type CustomerSort = {
  direction?: SortDirection;
  field: CustomerSortField;
};

export type CustomerSortField =
  | 'NAME'
  | 'NUMBER'
  | 'UPDATED_AT';

export type DecideRegisterRecordsInput = {
  connectionId: Scalars['ID']['input'];
  decisions: Array<RegisterDecisionInput>;
  register: ReconcileRegister;
};

export type DecideRegisterRecordsPayload = {
  __typename?: 'DecideRegisterRecordsPayload';
  decisions: Maybe<Array<RegisterDecision>>;
  /** Per row: field = ["decisions", index, "recordId" | "externalId"]. */
  errors: Array<InputError>;
};

export type DisconnectSystemInput = {
  connectionId: Scalars['ID']['input'];
};

/** The invoice as the ERP holds it now, read live through the tenant's connection. */
export type ErpDocument = {
  __typename?: 'ErpDocument';
  connectionId: Scalars['ID']['output'];
  connectorId: Scalars['String']['output'];
  error: Maybe<ErpError>;
  externalId: Scalars['String']['output'];
  grossAmount: Maybe<Scalars['Decimal']['output']>;
  /** The lines in the ERP; null when the ERP cannot be asked (see error). */
  lines: Maybe<Array<ErpDocumentLine>>;
  /** The ERP's invoice number. */
  number: Maybe<Scalars['String']['output']>;
  /** OCR/FIK or similar payment reference. */
  paymentReference: Maybe<Scalars['String']['output']>;
  remainingAmount: Maybe<Scalars['Decimal']['output']>;
  /** draft, booked, sent, paid or cancelled */
  state: Maybe<Scalars['String']['output']>;
};

/** A line of the ERP document, read live. */
export type ErpDocumentLine = {
  __typename?: 'ErpDocumentLine';
  description: Scalars['String']['output'];
  /** True when the ERP line has no product and the RB-20 setting supplied it. */
  isProductFromSetting: Scalars['Boolean']['output'];
  /** Our product number: the ERP line's, else the connection's "product number for empty lines" (RB-20); null when neither. */
  productNumber: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
};

/** Why the ERP could not be asked; the rest of the query still answers. */
export type ErpError = {
  __typename?: 'ErpError';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The voucher a supplier invoice became in one connection's ERP journal (RB-09). */
export type ErpVoucher = {
  __typename?: 'ErpVoucher';
  connectionId: Scalars['ID']['output'];
  /** Where the voucher is in the ERP, e.g. "2/2026-12" (journal/year-number in e-conomic). */
  externalId: Scalars['String']['output'];
  transferredAt: Scalars['DateTimeISO']['output'];
  voucherNumber: Maybe<Scalars['String']['output']>;
};

/** E-mail notification of failed records for one connection (SE-FX-52, X-29). */
export type FailureNotificationSettings = {
  __typename?: 'FailureNotificationSettings';
  connectionId: Scalars['ID']['output'];
  /** Further addresses. Default none. */
  extraRecipients: Array<Scalars['String']['output']>;
  /** Send to every ADMIN user of the tenant. Default true. */
  includeAdmins: Scalars['Boolean']['output'];
  /** Default true ("recommended on", SE-FX-52). */
  isEnabled: Scalars['Boolean']['output'];
  /** False while the defaults apply. */
  isSaved: Scalars['Boolean']['output'];
};

/** A connection's effective mapping table for one register: the defaults with its overrides in place. */
export type FieldMapping = {
  __typename?: 'FieldMapping';
  connectionId: Scalars['ID']['output'];
  register: FieldMappingRegister;
  rows: Array<FieldMappingRow>;
  /** Fields a FIELD source, a template or vatRateField may name. */
  sourceFields: Array<Scalars['String']['output']>;
  /** Fields a row may target. */
  targetFields: Array<Scalars['String']['output']>;
};

export type FieldMappingDirection =
  | 'FROM_ERP'
  | 'TO_ERP';

/** CREATE_ONLY fields are set when the record is created and left out of updates (SE-FX-54). */
export type FieldMappingMode =
  | 'ALWAYS'
  | 'CREATE_ONLY';

/** What the effective table makes of one of our records; nothing is sent. */
export type FieldMappingPreview = {
  __typename?: 'FieldMappingPreview';
  /** Fields the table cannot fill (field = target path). */
  errors: Array<InputError>;
  /** CREATE or UPDATE: CREATE_ONLY fields are left out of updates. */
  operation: Scalars['String']['output'];
  /** The record as the connector would receive it. */
  payload: Maybe<Scalars['JSONObject']['output']>;
  /** Problems of the draft rows, named as updateFieldMapping names them (rows.<i>.<field>, resetTargets.<i>); those rows are left out of the preview. Empty without a draft. */
  rowErrors: Array<InputError>;
};

/** A register with its own field-mapping table (X-13). */
export type FieldMappingRegister =
  | 'CUSTOMERS'
  | 'INVOICES'
  | 'INVOICE_LINES'
  | 'PRODUCTS'
  | 'PROJECTS'
  | 'PROJECT_COSTS';

/** One target field: where its value comes from, how it is transformed, its default. */
export type FieldMappingRow = {
  __typename?: 'FieldMappingRow';
  /** Used when the source is empty (X-16). */
  default: Maybe<Scalars['String']['output']>;
  direction: FieldMappingDirection;
  /** An empty value fails the record, naming this target (SE-EE-29). */
  isRequired: Scalars['Boolean']['output'];
  mode: FieldMappingMode;
  origin: FieldMappingRowOrigin;
  /** The source field path, the fixed value or the template, per sourceKind. */
  source: Scalars['String']['output'];
  sourceKind: FieldMappingSourceKind;
  /** Canonical field path, e.g. "address.line2". */
  target: Scalars['String']['output'];
  transform: Maybe<FieldMappingTransform>;
  transformLength: Maybe<Scalars['Int']['output']>;
  vatRateField: Maybe<Scalars['String']['output']>;
};

export type FieldMappingRowInput = {
  default?: InputMaybe<Scalars['String']['input']>;
  /** @default the register's direction */
  direction?: InputMaybe<FieldMappingDirection>;
  /** @default false */
  isRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** @default ALWAYS */
  mode?: InputMaybe<FieldMappingMode>;
  source: Scalars['String']['input'];
  sourceKind: FieldMappingSourceKind;
  target: Scalars['String']['input'];
  transform?: InputMaybe<FieldMappingTransform>;
  transformLength?: InputMaybe<Scalars['Int']['input']>;
  vatRateField?: InputMaybe<Scalars['String']['input']>;
};

export type FieldMappingRowOrigin =
  | 'DEFAULT'
  | 'OVERRIDDEN';

/** FIELD: `source` is a source field path; FIXED: `source` is the value; TEMPLATE: `source` names fields in braces, e.g. "{date} {supplierName}". */
export type FieldMappingSourceKind =
  | 'FIELD'
  | 'FIXED'
  | 'TEMPLATE';

/** TRUNCATE needs transformLength; PRICE_INCL_VAT needs vatRateField (X-14). */
export type FieldMappingTransform =
  | 'FIRST_LINE'
  | 'FOLD_ADDRESS_LINES'
  | 'PRICE_INCL_VAT'
  | 'SPLIT_NAME_FIRST'
  | 'SPLIT_NAME_REST'
  | 'TRUNCATE'
  | 'UPPER';

export type FirstAdminInput = {
  email: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
};

/** The one-off initial synchronisation of a connection (X-11). */
export type InitialSync = {
  __typename?: 'InitialSync';
  connectionId: Scalars['ID']['output'];
  /** The run's failed items, shown at once (SE-VN-60). */
  errors: Array<TransferItem>;
  errorsAcknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  errorsAcknowledgedBy: Maybe<Scalars['String']['output']>;
  /** True while open errors refuse the next sync (SE-VN-60). */
  isBlockingNextSync: Scalars['Boolean']['output'];
  /** Failed items neither fixed by a later transfer nor acknowledged. */
  openErrorCount: Scalars['Int']['output'];
  /** Its transfer run; progress arrives on transferEvents. */
  run: TransferRun;
  startedAt: Scalars['DateTimeISO']['output'];
  startedBy: Maybe<Scalars['String']['output']>;
  /** Whether the start-up import (RB-05) was asked for. */
  startupImport: Scalars['Boolean']['output'];
};

export type InitialSyncPayload = {
  __typename?: 'InitialSyncPayload';
  /** ALREADY_DONE when the connection's one initial sync was used (RB-06). */
  errors: Array<InputError>;
  initialSync: Maybe<InitialSync>;
};

export type InputError = UserError & {
  __typename?: 'InputError';
  code: InputErrorCode;
  /** Path of the offending field in the input, e.g. ["lines","0","quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** Why an input was refused. */
export type InputErrorCode =
  | 'ALREADY_DONE'
  | 'ALREADY_LINKED'
  | 'BLOCKED'
  | 'CONFLICT'
  | 'DISCONNECTED'
  | 'ERP_UNAVAILABLE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_FORMAT'
  | 'INVALID_TRANSITION'
  | 'INVALID_VALUE'
  | 'NOT_EDITABLE'
  | 'NOT_FOUND'
  | 'PIPELINE_INVALID'
  | 'REQUIRED'
  | 'TOO_LARGE'
  | 'TOO_LONG'
  | 'TOO_SMALL';

/** One period's inventory value voucher (RB-25..RB-29). */
export type InventoryValuePosting = {
  __typename?: 'InventoryValuePosting';
  /** The change posted: debit inventory when positive, credit when negative. */
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** The ERP voucher; null when nothing changed. */
  externalId: Maybe<Scalars['String']['output']>;
  frequency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Σ stock on hand × cost price when the voucher was made. */
  inventoryValue: Scalars['Decimal']['output'];
  journalNumber: Scalars['String']['output'];
  /** "2026-11-23", "2026-W48" or "2026-11", by the frequency */
  periodKey: Scalars['String']['output'];
  /** OPEN (may be in the ERP, checked before any retry), DONE or FAILED */
  status: Scalars['String']['output'];
};

/** An invoice or credit note. Amounts are exact decimals. */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** Files sent with the invoice to the ERP when rules.transferInvoiceAttachments is on (SE-FX-46, X-25). */
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** For a credit note: the invoice it credits. */
  creditedInvoice: Maybe<Invoice>;
  currency: Scalars['String']['output'];
  customer: Customer;
  /** The e-mail that delivered this invoice to the customer (PV-13, PV-28), with the reason if it failed; null when the integration does not deliver it. */
  delivery: Maybe<Notification>;
  dueDate: Maybe<Scalars['CalendarDate']['output']>;
  /** The invoice in the ERP, read live; null when it was never transferred. */
  erpDocument: Maybe<ErpDocument>;
  /** Invoice text above the lines (SE-FX-56/12). */
  freeTextAbove: Maybe<Scalars['String']['output']>;
  /** Invoice text below the lines (SE-FX-56/13). */
  freeTextBelow: Maybe<Scalars['String']['output']>;
  grossAmount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  issueDate: Scalars['CalendarDate']['output'];
  kind: InvoiceKind;
  /** ISO 639-1, upper-case (SE-FX-56/14). */
  language: Maybe<Scalars['String']['output']>;
  lines: Array<InvoiceLine>;
  netAmount: Scalars['Decimal']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** The ERP's number; null until the ERP has booked it. */
  number: Maybe<Scalars['String']['output']>;
  /** SE-FX-56/6. */
  ourReference: Maybe<Scalars['String']['output']>;
  /** The ERP's payment reference (OCR/KID) for the customer's payment; null until the ERP assigns one, and always null for ERPs that expose none (SE-EE-26). */
  paymentReference: Maybe<Scalars['String']['output']>;
  /** The ERP's terms-of-payment code (SE-FX-56/5). */
  paymentTerms: Maybe<Scalars['String']['output']>;
  payments: Array<Payment>;
  project: Maybe<Project>;
  /** Receiver (billing) address for this invoice (SE-FX-56/15). */
  receiverAddress: Maybe<Scalars['String']['output']>;
  receiverCity: Maybe<Scalars['String']['output']>;
  receiverCountry: Maybe<Scalars['String']['output']>;
  receiverPostalCode: Maybe<Scalars['String']['output']>;
  reference: Maybe<Scalars['String']['output']>;
  /** The source's own number (SE-FX-32); the ERP carries it when the source numbers invoices. */
  sourceNumber: Maybe<Scalars['String']['output']>;
  status: InvoiceStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  vatAmount: Scalars['Decimal']['output'];
  /** Optimistic-concurrency version; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


/** An invoice or credit note. Amounts are exact decimals. */
export type InvoiceErpDocumentArgs = {
  connectionId: InputMaybe<Scalars['ID']['input']>;
};

export type InvoiceAttachmentPayload = {
  __typename?: 'InvoiceAttachmentPayload';
  attachment: Maybe<Attachment>;
  errors: Array<InputError>;
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  nodes: Array<Invoice>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** PV-08: none, a draft, or a booked invoice in the ERP. */
export type InvoiceCreationMode =
  | 'BOOKED'
  | 'DRAFT'
  | 'NONE';

/** PV-13: by e-mail, or not at all (e.g. EAN from the ERP, PV-14). */
export type InvoiceDelivery =
  | 'EMAIL'
  | 'NONE';

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceFilter = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  issuedFrom?: InputMaybe<Scalars['CalendarDate']['input']>;
  issuedTo?: InputMaybe<Scalars['CalendarDate']['input']>;
  kind?: InputMaybe<InvoiceKind>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches (part of) the number, the source number, the reference or the customer's name. */
  search?: InputMaybe<Scalars['String']['input']>;
  statusKeys?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  description: Scalars['String']['output'];
  discountPercent: Scalars['Decimal']['output'];
  /** Global id of the line, e.g. for crediting it. */
  lineId: Scalars['ID']['output'];
  netAmount: Scalars['Decimal']['output'];
  position: Scalars['Int']['output'];
  quantity: Scalars['Decimal']['output'];
  unit: Maybe<Scalars['String']['output']>;
  unitPrice: Scalars['Decimal']['output'];
  vatAmount: Scalars['Decimal']['output'];
  vatRate: Scalars['Decimal']['output'];
};

/** One line. With a product, omitted description, price, VAT rate and unit come from the product. */
export type InvoiceLineInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  productNumber?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Decimal']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
  vatRate?: InputMaybe<Scalars['Decimal']['input']>;
};

export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  errors: Array<InputError>;
  invoice: Maybe<Invoice>;
};

export type InvoiceSort = {
  direction?: SortDirection;
  field: InvoiceSortField;
};

export type InvoiceSortField =
  | 'CREATED_AT'
  | 'ISSUE_DATE'
  | 'NUMBER';

export type InvoiceStatus = Node & {
  __typename?: 'InvoiceStatus';
  flags: InvoiceStatusFlags;
  id: Scalars['ID']['output'];
  /** Stable key; the integration never relies on names (SE-VN-40). */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
};

export type InvoiceStatusChange = {
  __typename?: 'InvoiceStatusChange';
  actor: Maybe<Scalars['String']['output']>;
  /** Resume after this event with `after`. */
  cursor: Scalars['ID']['output'];
  fromStatusKey: Scalars['String']['output'];
  /** The invoice as it is now. */
  invoice: Maybe<Invoice>;
  occurredAt: Scalars['DateTimeISO']['output'];
  toStatusKey: Scalars['String']['output'];
  toStatusName: Scalars['String']['output'];
  /** Entering this status transfers the invoice to the ERP. */
  triggersTransfer: Scalars['Boolean']['output'];
};

export type InvoiceStatusConnection = {
  __typename?: 'InvoiceStatusConnection';
  edges: Array<InvoiceStatusEdge>;
  nodes: Array<InvoiceStatus>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type InvoiceStatusEdge = {
  __typename?: 'InvoiceStatusEdge';
  cursor: Scalars['String']['output'];
  node: InvoiceStatus;
};

/** Per-status settings (SE-VN-41) and the roles the integration acts on (X-19). */
export type InvoiceStatusFlags = {
  __typename?: 'InvoiceStatusFlags';
  /** Where a transferred invoice lands. */
  isAfterTransfer: Scalars['Boolean']['output'];
  isCreditNoteDefault: Scalars['Boolean']['output'];
  /** A new invoice gets this status. */
  isDefault: Scalars['Boolean']['output'];
  isEditable: Scalars['Boolean']['output'];
  /** Where an invoice lands when its transfer fails. */
  isFailed: Scalars['Boolean']['output'];
  isPaid: Scalars['Boolean']['output'];
  isPartiallyPaid: Scalars['Boolean']['output'];
  isSent: Scalars['Boolean']['output'];
  /** Entering this status transfers the invoice to the ERP. */
  isTransferTrigger: Scalars['Boolean']['output'];
  /** Invoices in this status carry the ERP invoice number. */
  requiresInvoiceNumber: Scalars['Boolean']['output'];
};

export type InvoiceStatusFlagsInput = {
  isAfterTransfer?: Scalars['Boolean']['input'];
  isCreditNoteDefault?: Scalars['Boolean']['input'];
  isDefault?: Scalars['Boolean']['input'];
  isEditable?: Scalars['Boolean']['input'];
  isFailed?: Scalars['Boolean']['input'];
  isPaid?: Scalars['Boolean']['input'];
  isPartiallyPaid?: Scalars['Boolean']['input'];
  isSent?: Scalars['Boolean']['input'];
  isTransferTrigger?: Scalars['Boolean']['input'];
  requiresInvoiceNumber?: Scalars['Boolean']['input'];
};

export type InvoiceStatusInput = {
  flags: InvoiceStatusFlagsInput;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** The tenant's invoice-status pipeline: statuses in order and the allowed moves. */
export type InvoiceStatusPipeline = {
  __typename?: 'InvoiceStatusPipeline';
  /** Null: invoices are not sent through AutoInvoice (SE-VN-52..55). */
  autoInvoice: Maybe<AutoInvoiceStatuses>;
  /** Increases with every save. */
  revision: Scalars['Int']['output'];
  statuses: Array<InvoiceStatus>;
  transitions: Array<StatusTransition>;
  updatedBy: Maybe<Scalars['String']['output']>;
  /** Saved versions, newest first (at most 50), with who saved each and what it changed. */
  versions: Array<InvoiceStatusPipelineVersion>;
};

/** One saved version of the pipeline and what it changed. */
export type InvoiceStatusPipelineVersion = {
  __typename?: 'InvoiceStatusPipelineVersion';
  /** Statuses added, removed, renamed or moved; flags turned on or off; transitions. */
  changes: Array<Scalars['String']['output']>;
  /** Pass to restoreInvoiceStatusPipelineVersion. */
  id: Scalars['ID']['output'];
  /** The pipeline revision this save produced. */
  number: Scalars['Int']['output'];
  /** The version this save restored; null for an edit. */
  restoredFrom: Maybe<Scalars['Int']['output']>;
  savedAt: Scalars['DateTimeISO']['output'];
  /** The person's e-mail or the API key's name. */
  savedBy: Maybe<Scalars['String']['output']>;
};

/** The tenant's invoicing settings (PV-06); customers may override each (PV-07). */
export type InvoicingSettings = {
  __typename?: 'InvoicingSettings';
  creationMode: InvoiceCreationMode;
  delivery: InvoiceDelivery;
  invoicingTime: InvoicingTime;
  /** False while the defaults apply (then each connection's bookInvoices decides drafts vs booked). */
  isSaved: Scalars['Boolean']['output'];
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** PV-10..12: when the job is completed, or the night before its working day. */
export type InvoicingTime =
  | 'BEFORE_WORKDAY'
  | 'ON_COMPLETION';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** Needed only when the e-mail has access to several tenants. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  errors: Array<InputError>;
  tenant: Maybe<Tenant>;
  /** When the e-mail and password match users in several tenants: the ones to choose from (send one as tenantId). */
  tenantChoices: Array<Tenant>;
  /** Session token: send as "Authorization: Bearer <token>". */
  token: Maybe<Scalars['String']['output']>;
  user: Maybe<User>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts the initial sync's errors so the next sync may run (SE-VN-60). */
  acknowledgeInitialSyncErrors: InitialSyncPayload;
  /** Attaches a PDF, JPEG or PNG to an invoice not yet in an ERP (SE-FX-46, X-25). */
  addInvoiceAttachment: InvoiceAttachmentPayload;
  /** Removes a customer's own invoicing values so the tenant's settings apply (PV-07, PV-15). */
  clearCustomerInvoicing: ClearCustomerInvoicingPayload;
  connectSystem: ConnectSystemPayload;
  createApiKey: CreateApiKeyPayload;
  /** A credit note in the credit-note default status (SE-VN-45). */
  createCreditNote: InvoicePayload;
  /** A new invoice in the pipeline's default status, without number (the ERP assigns it). */
  createInvoice: InvoicePayload;
  /** Enters a supplier's invoice; the creditor integration books it in the ERP's journal (RB-07, RB-09). */
  createSupplierInvoice: SupplierInvoicePayload;
  /** Operator only: a new tenant with its default invoice-status pipeline and a first API key. */
  createTenant: CreateTenantPayload;
  createUser: CreateUserPayload;
  /** LINK, CREATE or IGNORE many rows of the comparison at once (X-10); nothing is saved unless every row is valid. */
  decideRegisterRecords: DecideRegisterRecordsPayload;
  /** Delete the stored credentials and stop the schedules; transfer history, links and settings stay, runs are refused (DISCONNECTED) until reconnectSystem. */
  disconnectSystem: ConnectionPayload;
  login: LoginPayload;
  logout: LogoutPayload;
  /** Start the OAuth flow again for an existing connection (a revoked or expired grant, or after disconnectSystem) (X-02). */
  reauthorizeConnection: ReauthorizeConnectionPayload;
  /** New credentials for an existing connection, verified with the ERP before they are stored (X-02). */
  reconnectSystem: ConnectionPayload;
  recordProjectCost: RecordProjectCostPayload;
  /** Removes and deletes a file of an invoice not yet in an ERP (SE-FX-46). */
  removeInvoiceAttachment: RemoveInvoiceAttachmentPayload;
  /** Sends an invoice e-mail again that failed or was not sent (PV-13); never one already sent (X-22). */
  resendInvoiceEmail: ResendInvoiceEmailPayload;
  /** Saves an old version as a new one after checking it against today's rules (SE-VN-40..48, X-19); a version that no longer passes changes nothing. */
  restoreInvoiceStatusPipelineVersion: RestoreInvoiceStatusPipelineVersionPayload;
  /** Retry one failed item by its id (X-28); a failed invoice goes back through the transfer status (SE-VN-37). */
  retryTransferItem: RetryTransferItemsPayload;
  /** Retry one, several or all failed items of a run (X-28). */
  retryTransferItems: RetryTransferItemsPayload;
  revokeApiKey: RevokeApiKeyPayload;
  /** Queues a transfer for the worker; each item and state change arrives on transferEvents. */
  runTransfer: RunTransferPayload;
  saveFailureNotificationSettings: SaveFailureNotificationSettingsPayload;
  /** Replaces the pipeline after checking every rule (SE-VN-40..48, X-19). */
  saveInvoiceStatusPipeline: SaveInvoiceStatusPipelinePayload;
  saveInvoicingSettings: SaveInvoicingSettingsPayload;
  saveNightlyInvoicing: SaveNightlyInvoicingPayload;
  saveTransferSchedule: SaveTransferSchedulePayload;
  /** Deactivate a connection temporarily, or activate it again, with its settings kept (X-04, RB-04). */
  setConnectionActive: ConnectionPayload;
  /** Starts the one-off initial synchronisation (X-11); a second start returns ALREADY_DONE (RB-06). */
  startInitialSync: InitialSyncPayload;
  testConnection: TestConnectionPayload;
  /** Moves an invoice along the tenant's pipeline; publishes invoiceStatusChanged. */
  transitionInvoiceStatus: InvoicePayload;
  updateConnectionSettings: ConnectionPayload;
  /** Replaces the creditor settings of a connection (RB-07..RB-12). */
  updateCreditorSettings: CreditorSettingsPayload;
  /** Overrides rows of a connection's field mapping, or resets targets to their default (X-13, X-14, SE-FX-54). */
  updateFieldMapping: UpdateFieldMappingPayload;
  updateInvoice: InvoicePayload;
  /** Switches One Stop Shop VAT for EU consumers on or off (RB-21). */
  updateOneStopShopVat: OneStopShopVatPayload;
  /** The engine's rules for a connection (SE-VN-59, SE-FX-48, SE-FX-28, X-16). */
  updateTransferRules: ConnectionPayload;
  upsertCustomer: UpsertCustomerPayload;
  upsertProduct: UpsertProductPayload;
  upsertProject: UpsertProjectPayload;
  upsertSupplier: UpsertSupplierPayload;
};


export type MutationAcknowledgeInitialSyncErrorsArgs = {
  input: AcknowledgeInitialSyncErrorsInput;
};


export type MutationAddInvoiceAttachmentArgs = {
  input: AddInvoiceAttachmentInput;
};


export type MutationClearCustomerInvoicingArgs = {
  input: ClearCustomerInvoicingInput;
};


export type MutationConnectSystemArgs = {
  input: ConnectSystemInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCreditNoteArgs = {
  input: CreateCreditNoteInput;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationCreateSupplierInvoiceArgs = {
  input: CreateSupplierInvoiceInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideRegisterRecordsArgs = {
  input: DecideRegisterRecordsInput;
};


export type MutationDisconnectSystemArgs = {
  input: DisconnectSystemInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationReauthorizeConnectionArgs = {
  input: ReauthorizeConnectionInput;
};


export type MutationReconnectSystemArgs = {
  input: ReconnectSystemInput;
};


export type MutationRecordProjectCostArgs = {
  input: RecordProjectCostInput;
};


export type MutationRemoveInvoiceAttachmentArgs = {
  input: RemoveInvoiceAttachmentInput;
};


export type MutationResendInvoiceEmailArgs = {
  input: ResendInvoiceEmailInput;
};


export type MutationRestoreInvoiceStatusPipelineVersionArgs = {
  input: RestoreInvoiceStatusPipelineVersionInput;
};


export type MutationRetryTransferItemArgs = {
  input: RetryTransferItemInput;
};


export type MutationRetryTransferItemsArgs = {
  input: RetryTransferItemsInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationRunTransferArgs = {
  input: RunTransferInput;
};


export type MutationSaveFailureNotificationSettingsArgs = {
  input: SaveFailureNotificationSettingsInput;
};


export type MutationSaveInvoiceStatusPipelineArgs = {
  input: SaveInvoiceStatusPipelineInput;
};


export type MutationSaveInvoicingSettingsArgs = {
  input: SaveInvoicingSettingsInput;
};


export type MutationSaveNightlyInvoicingArgs = {
  input: SaveNightlyInvoicingInput;
};


export type MutationSaveTransferScheduleArgs = {
  input: SaveTransferScheduleInput;
};


export type MutationSetConnectionActiveArgs = {
  input: SetConnectionActiveInput;
};


export type MutationStartInitialSyncArgs = {
  input: StartInitialSyncInput;
};


export type MutationTestConnectionArgs = {
  input: TestConnectionInput;
};


export type MutationTransitionInvoiceStatusArgs = {
  input: TransitionInvoiceStatusInput;
};


export type MutationUpdateConnectionSettingsArgs = {
  input: UpdateConnectionSettingsInput;
};


export type MutationUpdateCreditorSettingsArgs = {
  input: UpdateCreditorSettingsInput;
};


export type MutationUpdateFieldMappingArgs = {
  input: UpdateFieldMappingInput;
};


export type MutationUpdateInvoiceArgs = {
  input: UpdateInvoiceInput;
};


export type MutationUpdateOneStopShopVatArgs = {
  input: UpdateOneStopShopVatInput;
};


export type MutationUpdateTransferRulesArgs = {
  input: UpdateTransferRulesInput;
};


export type MutationUpsertCustomerArgs = {
  input: UpsertCustomerInput;
};


export type MutationUpsertProductArgs = {
  input: UpsertProductInput;
};


export type MutationUpsertProjectArgs = {
  input: UpsertProjectInput;
};


export type MutationUpsertSupplierArgs = {
  input: UpsertSupplierInput;
};

/** The nightly run for invoicing "before the job is completed" (PV-10, PV-12); weekends are skipped, Friday covers them. */
export type NightlyInvoicing = {
  __typename?: 'NightlyInvoicing';
  /** Local hour (0–23) from which the run happens. Default 2. */
  hour: Scalars['Int']['output'];
  /** False while the defaults apply. */
  isSaved: Scalars['Boolean']['output'];
  /** Local day of the last nightly run. */
  lastRunDay: Maybe<Scalars['CalendarDate']['output']>;
  /** Invoices of jobs up to this day may be transferred. */
  openedThrough: Maybe<Scalars['CalendarDate']['output']>;
  /** IANA time zone of the hour and the working days. Default Europe/Copenhagen. */
  timeZone: Scalars['String']['output'];
};

/** An object with a global id (Relay). */
export type Node = {
  id: Scalars['ID']['output'];
};

/** One e-mail the integration sent or meant to send; nothing is dropped without a record. */
export type Notification = {
  __typename?: 'Notification';
  attempts: Scalars['Int']['output'];
  connectionId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  invoiceId: Maybe<Scalars['ID']['output']>;
  kind: NotificationKind;
  /** Why it was not sent. */
  reason: Maybe<Scalars['String']['output']>;
  recipients: Array<Scalars['String']['output']>;
  runId: Maybe<Scalars['ID']['output']>;
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: NotificationStatus;
  subject: Scalars['String']['output'];
};

export type NotificationFilter = {
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<NotificationKind>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NotificationStatus>;
};

/** A run's failure summary (X-29) or an invoice e-mailed to its customer (PV-13, PV-28). */
export type NotificationKind =
  | 'INVOICE'
  | 'TRANSFER_FAILURES';

/** SENT: accepted by the mail server. NOT_CONFIGURED: no SMTP_URL. FAILED: see reason. SKIPPED: turned off. PENDING: being sent. */
export type NotificationStatus =
  | 'FAILED'
  | 'NOT_CONFIGURED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

/** One Stop Shop VAT for EU consumers (RB-21, ADR 0007). */
export type OneStopShopVat = {
  __typename?: 'OneStopShopVat';
  companyCountry: Maybe<Scalars['String']['output']>;
  /** Off by default. */
  isEnabled: Scalars['Boolean']['output'];
  /** The ERP's VAT zone EU consumers are created in while OSS is on. */
  vatZoneNumber: Maybe<Scalars['String']['output']>;
};

export type OneStopShopVatPayload = {
  __typename?: 'OneStopShopVatPayload';
  errors: Array<InputError>;
  oneStopShopVat: Maybe<OneStopShopVat>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A payment against an invoice, as written back from the ERP. */
export type Payment = Node & {
  __typename?: 'Payment';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Global id of the paid invoice. */
  invoiceId: Scalars['ID']['output'];
  paidOn: Scalars['CalendarDate']['output'];
  /** Payment reference (OCR/KID) or bank text. */
  reference: Maybe<Scalars['String']['output']>;
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  cursor: Scalars['String']['output'];
  node: Payment;
};

export type PaymentFilter = {
  /** Paid on or after this day. */
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  /** Global Invoice id. */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  /** Paid on or before this day. */
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};

export type PaymentSort = {
  direction?: SortDirection;
  field: PaymentSortField;
};

export type PaymentSortField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'PAID_ON';

/** An unsaved pipeline (as for saveInvoiceStatusPipeline) and the invoice to walk through it. */
export type PipelineDryRunInput = {
  /** AutoInvoice's settings in the draft, checked with the rest. */
  autoInvoice?: InputMaybe<AutoInvoiceStatusesInput>;
  /** One of the tenant's invoices; without it a new invoice is walked. */
  sampleInvoiceId?: InputMaybe<Scalars['ID']['input']>;
  statuses: Array<InvoiceStatusInput>;
  transitions: Array<StatusTransitionInput>;
};

export type PipelineDryRunPayload = {
  __typename?: 'PipelineDryRunPayload';
  /** Why the dry run could not run, e.g. an unknown sample invoice. */
  errors: Array<InputError>;
  /** Every rule the draft breaks; saving it would be refused with these. */
  issues: Array<InputError>;
  sample: Maybe<PipelineDryRunSample>;
  /** The path the invoice takes, then the failed-transfer branch. */
  steps: Array<PipelineDryRunStep>;
};

/** The invoice walked: one of the tenant's, or a synthetic new invoice (invoiceId null). */
export type PipelineDryRunSample = {
  __typename?: 'PipelineDryRunSample';
  invoiceId: Maybe<Scalars['ID']['output']>;
  kind: InvoiceKind;
  number: Maybe<Scalars['String']['output']>;
  /** Its status key today, when it has one. */
  statusKey: Maybe<Scalars['String']['output']>;
};

/** Which part of an invoice's life a dry-run step is. */
export type PipelineDryRunStage =
  | 'PAY'
  | 'RETRY'
  | 'SEND'
  | 'START'
  | 'TO_TRIGGER'
  | 'TRANSFER_FAILED'
  | 'TRANSFER_SUCCEEDED';

/** One move of a dry run; a blocked move leaves the invoice where it was. */
export type PipelineDryRunStep = {
  __typename?: 'PipelineDryRunStep';
  /** The rule that stops the move. */
  blockedBy: Maybe<InputError>;
  from: Maybe<Scalars['String']['output']>;
  hasInvoiceNumber: Scalars['Boolean']['output'];
  /** The status key the invoice is in after the step. */
  landsIn: Scalars['String']['output'];
  stage: PipelineDryRunStage;
  to: Maybe<Scalars['String']['output']>;
};

/** One record a dry run would send (or skip), and what would stop it. */
export type PlannedTransferItem = {
  __typename?: 'PlannedTransferItem';
  /** CREATE, UPDATE or SKIP */
  action: Scalars['String']['output'];
  errors: Array<Scalars['String']['output']>;
  payload: Maybe<Scalars['JSONObject']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  recordId: Maybe<Scalars['ID']['output']>;
  register: Scalars['String']['output'];
};

/** One decided cell of the posting matrix (RB-11). */
export type PostingCell = {
  __typename?: 'PostingCell';
  /** The ERP account purchases of this group from this zone are booked on. */
  accountNumber: Scalars['String']['output'];
  productGroup: Scalars['String']['output'];
  vatZone: VatZone;
};

export type PostingCellInput = {
  accountNumber: Scalars['String']['input'];
  productGroup: Scalars['String']['input'];
  vatZone: VatZone;
};

/** What would stop transfers on this connection; checked before a schedule is switched on. */
export type Preflight = {
  __typename?: 'Preflight';
  findings: Array<PreflightFindingType>;
  isReady: Scalars['Boolean']['output'];
};

export type PreflightFindingType = {
  __typename?: 'PreflightFindingType';
  /** CREDENTIALS, REFERENCE_DATA, UNITS, NUMBER_FORMAT, PIPELINE, CONNECTION, POSTING_MATRIX, CREDITOR_COUNTRY, CREDITOR_UNSUPPORTED, RULES, QUANTITY_DECIMALS, LAYOUTS, INVENTORY_VALUE */
  code: Scalars['String']['output'];
  examples: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** ERROR blocks schedules; WARNING does not */
  severity: Scalars['String']['output'];
};

export type PrincipalKind =
  | 'API_KEY'
  | 'OPERATOR'
  | 'USER';

/** A product, work type or expense type. Prices are exact decimals. */
export type Product = Node & {
  __typename?: 'Product';
  costPrice: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The link key to the ERP item; cannot change once set. */
  number: Scalars['String']['output'];
  productGroup: Maybe<Scalars['String']['output']>;
  salesPrice: Scalars['Decimal']['output'];
  /** Stock on hand, for the inventory value (RB-25). */
  stockOnHand: Maybe<Scalars['Decimal']['output']>;
  suggestedPurchasePrice: Maybe<Scalars['Decimal']['output']>;
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** VAT rate in percent, e.g. "25.00". */
  vatRate: Maybe<Scalars['Decimal']['output']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  nodes: Array<Product>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  numbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Exact product group. */
  productGroup?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive match on name or number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProductSort = {
  direction?: SortDirection;
  field: ProductSortField;
};

export type ProductSortField =
  | 'NAME'
  | 'NUMBER'
  | 'SALES_PRICE'
  | 'UPDATED_AT';

/** A project; internal projects are never sent to the ERP. */
export type Project = Node & {
  __typename?: 'Project';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Null for internal projects without a customer. */
  customer: Maybe<Customer>;
  /** Sent as the ERP project's comments (SE-FX-55/5). */
  description: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['CalendarDate']['output']>;
  /** Files stored with the project: one merged PDF per supplier invoice whose costs reached it, for attaching when invoicing the customer (SE-FX-51, SE-VN-57). Download at downloadPath. */
  files: Array<Attachment>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  isInternal: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The link key to the ERP project; cannot change once set. */
  number: Scalars['String']['output'];
  startDate: Maybe<Scalars['CalendarDate']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  nodes: Array<Project>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A cost booked on a project, e.g. a supplier-invoice line from the ERP. */
export type ProjectCost = Node & {
  __typename?: 'ProjectCost';
  /** Files of the supplier invoice the cost came from (SE-FX-51, SE-VN-57). */
  attachments: Array<Attachment>;
  /** quantity × unitCost, rounded to 2 decimals. */
  costAmount: Scalars['Decimal']['output'];
  costDate: Scalars['CalendarDate']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Re-billable to the customer rather than a cost only. */
  isBillable: Scalars['Boolean']['output'];
  /** What the cost is billed at: costAmount × the multiplier, or "0.00" when not billable. */
  priceAmount: Scalars['Decimal']['output'];
  product: Maybe<Product>;
  project: Project;
  quantity: Scalars['Decimal']['output'];
  supplier: Maybe<Supplier>;
  unitCost: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** VAT rate in percent: the product's, else the company default (rules.companyVatRate); null when neither is set. */
  vatRate: Maybe<Scalars['Decimal']['output']>;
};

export type ProjectCostConnection = {
  __typename?: 'ProjectCostConnection';
  edges: Array<ProjectCostEdge>;
  nodes: Array<ProjectCost>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type ProjectCostEdge = {
  __typename?: 'ProjectCostEdge';
  cursor: Scalars['String']['output'];
  node: ProjectCost;
};

export type ProjectCostFilter = {
  /** Costs dated on or after this day. */
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  isBillable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Global Project id. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Global Supplier id. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** Costs dated on or before this day. */
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};

export type ProjectCostSort = {
  direction?: SortDirection;
  field: ProjectCostSortField;
};

export type ProjectCostSortField =
  | 'COST_AMOUNT'
  | 'COST_DATE'
  | 'CREATED_AT';

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectFilter = {
  /** Global Customer id. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive match on name or number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectSort = {
  direction?: SortDirection;
  field: ProjectSortField;
};

export type ProjectSortField =
  | 'NAME'
  | 'NUMBER'
  | 'START_DATE'
  | 'UPDATED_AT';

export type Query = {
  __typename?: 'Query';
  apiKeys: Array<ApiKey>;
  connections: Array<Connection>;
  /** The systems this installation can connect to. */
  connectors: Array<ConnectorInfo>;
  customer: Maybe<Customer>;
  customers: CustomerConnection;
  /** Null when the connection does not exist. */
  failureNotificationSettings: Maybe<FailureNotificationSettings>;
  /** A connection's effective field mapping for one register, each row DEFAULT or OVERRIDDEN (X-13). */
  fieldMapping: Maybe<FieldMapping>;
  /** The effective table applied to one of our records (by id), without sending anything. With `rows` and/or `resetTargets` (as updateFieldMapping takes them), the table as that update would make it, without saving it. */
  fieldMappingPreview: FieldMappingPreview;
  /** The connection's initial synchronisation, with its errors (SE-VN-60); null before it was started. */
  initialSync: Maybe<InitialSync>;
  invoice: Maybe<Invoice>;
  invoiceStatusPipeline: InvoiceStatusPipeline;
  /** The tenant's invoice statuses in pipeline order. */
  invoiceStatuses: InvoiceStatusConnection;
  invoices: InvoiceConnection;
  invoicingSettings: InvoicingSettings;
  nightlyInvoicing: NightlyInvoicing;
  node: Maybe<Node>;
  /** Recorded e-mails, newest first (X-29, PV-13). */
  notifications: Array<Notification>;
  payments: PaymentConnection;
  /** Checks an unsaved pipeline and walks a sample invoice through it; nothing is saved (SE-VN-40..48, X-19). */
  pipelineDryRun: PipelineDryRunPayload;
  product: Maybe<Product>;
  products: ProductConnection;
  project: Maybe<Project>;
  projectCosts: ProjectCostConnection;
  projects: ProjectConnection;
  /** Register comparison report (SE-FX-09): our records beside the ERP's, read live, with score, predicted link and decision. */
  registerComparison: RegisterComparisonPayload;
  supplier: Maybe<Supplier>;
  supplierInvoice: Maybe<SupplierInvoice>;
  supplierInvoices: SupplierInvoiceConnection;
  suppliers: SupplierConnection;
  /** Failed items grouped by reason and register, most frequent first. */
  transferErrorSummary: Array<TransferErrorGroup>;
  /** The transfer log across runs, newest first (X-28). */
  transferItems: TransferItemConnection;
  /** Transfer items per day and outcome, oldest day first; the last 30 days unless `from` is given. */
  transferOutcomesPerDay: Array<TransferDayOutcomes>;
  transferRun: Maybe<TransferRun>;
  /** Newest first. */
  transferRuns: Array<TransferRun>;
  transferSchedules: Array<TransferSchedule>;
  /** Who the caller is; null when unauthenticated. */
  viewer: Maybe<Viewer>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CustomerFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<CustomerSort>;
};


export type QueryFailureNotificationSettingsArgs = {
  connectionId: Scalars['ID']['input'];
};


export type QueryFieldMappingArgs = {
  connectionId: Scalars['ID']['input'];
  register: FieldMappingRegister;
};


export type QueryFieldMappingPreviewArgs = {
  connectionId: Scalars['ID']['input'];
  recordId: Scalars['ID']['input'];
  register: FieldMappingRegister;
  resetTargets: InputMaybe<Array<Scalars['String']['input']>>;
  rows: InputMaybe<Array<FieldMappingRowInput>>;
};


export type QueryInitialSyncArgs = {
  connectionId: Scalars['ID']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoiceStatusesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvoicesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InvoiceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<InvoiceSort>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  filter: InputMaybe<NotificationFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPaymentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PaymentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<PaymentSort>;
};


export type QueryPipelineDryRunArgs = {
  input: PipelineDryRunInput;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProductFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<ProductSort>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectCostsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProjectCostFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<ProjectCostSort>;
};


export type QueryProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProjectFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<ProjectSort>;
};


export type QueryRegisterComparisonArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  register: ReconcileRegister;
  threshold: InputMaybe<Scalars['Float']['input']>;
};


export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierInvoicesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SupplierInvoiceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<SupplierInvoiceSort>;
};


export type QuerySuppliersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SupplierFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<SupplierSort>;
};


export type QueryTransferErrorSummaryArgs = {
  connectionId: InputMaybe<Scalars['ID']['input']>;
  from: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryTransferItemsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TransferItemFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTransferOutcomesPerDayArgs = {
  connectionId: InputMaybe<Scalars['ID']['input']>;
  from: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryTransferRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransferRunsArgs = {
  connectionId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryTransferSchedulesArgs = {
  connectionId: InputMaybe<Scalars['ID']['input']>;
};

export type ReauthorizeConnectionInput = {
  connectionId: Scalars['ID']['input'];
  /** The OAuth client (the connector's client schema: client id and secret, endpoints). Left out, the stored client is used; required once the connection was disconnected. */
  credentials?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type ReauthorizeConnectionPayload = {
  __typename?: 'ReauthorizeConnectionPayload';
  /** Send the admin here; the callback stores the new tokens on this same connection. */
  authorizeUrl: Maybe<Scalars['String']['output']>;
  /** The connection as it is until the authorization completes. */
  connection: Maybe<Connection>;
  errors: Array<InputError>;
};

/** Registers compared and reconciled before go-live (SE-FX-09). */
export type ReconcileRegister =
  | 'CUSTOMERS'
  | 'PRODUCTS'
  | 'PROJECTS';

export type ReconnectSystemInput = {
  connectionId: Scalars['ID']['input'];
  /** New credentials, as the connector's credentialsSchema describes (e.g. a new agreement grant token). */
  credentials: Scalars['JSONObject']['input'];
};

/** Books a cost on a project; the cost and billable price are computed. */
export type RecordProjectCostInput = {
  costDate?: InputMaybe<Scalars['CalendarDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to true. */
  isBillable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Billable price as a percentage of the cost: "150" bills cost × 1.5 (SE-VN-59). Defaults to "100" (price = cost). */
  markupPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Global Product id. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Global Project id (required). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to "1", like imported supplier-invoice lines. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** Global Supplier id. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  unitCost?: InputMaybe<Scalars['Decimal']['input']>;
  /** VAT rate in percent; defaults to the product's (SE-FX-49). */
  vatRate?: InputMaybe<Scalars['Decimal']['input']>;
};

export type RecordProjectCostPayload = {
  __typename?: 'RecordProjectCostPayload';
  errors: Array<InputError>;
  projectCost: Maybe<ProjectCost>;
};

/** Read live from the ERP; `problem` instead of failing the query when it cannot be read. */
export type ReferenceData = {
  __typename?: 'ReferenceData';
  items: Array<ReferenceItem>;
  problem: Maybe<ConnectionProblem>;
};

export type ReferenceDataKind =
  | 'ACCOUNTS'
  | 'CURRENCIES'
  | 'CUSTOMER_GROUPS'
  | 'JOURNALS'
  | 'LAYOUTS'
  | 'PAYMENT_TERMS'
  | 'PRODUCT_GROUPS'
  | 'UNITS'
  | 'VAT_CODES';

/** A code the ERP requires records to use (group, layout, unit, VAT code, account…). */
export type ReferenceItem = {
  __typename?: 'ReferenceItem';
  code: Maybe<Scalars['String']['output']>;
  /** Journals: the voucher entry types it accepts (e.g. financeVoucher, RB-27); null = any. */
  entryTypes: Maybe<Array<Scalars['String']['output']>>;
  externalId: Scalars['String']['output'];
  /** Blocked (barred) in the ERP: postings to it are refused (RB-10). */
  isBlocked: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** LINK: the two records are one. CREATE: send ours to the ERP, or import theirs, at the next sync. IGNORE: never synchronise this record. */
export type RegisterAction =
  | 'CREATE'
  | 'IGNORE'
  | 'LINK';

export type RegisterCapability = {
  __typename?: 'RegisterCapability';
  /** read and/or write */
  access: Array<Scalars['String']['output']>;
  register: Scalars['String']['output'];
};

export type RegisterComparisonPayload = {
  __typename?: 'RegisterComparisonPayload';
  /** ERP_UNAVAILABLE when the ERP could not be read. */
  errors: Array<InputError>;
  pageInfo: PageInfo;
  rows: Array<ComparisonRow>;
  totalCount: Scalars['Int']['output'];
};

export type RegisterDecision = {
  __typename?: 'RegisterDecision';
  action: RegisterAction;
  decidedAt: Scalars['DateTimeISO']['output'];
  decidedBy: Maybe<Scalars['String']['output']>;
  externalId: Maybe<Scalars['String']['output']>;
  recordId: Maybe<Scalars['ID']['output']>;
  /** OURS or THEIRS: which record the decision is about (LINK: both, shown as OURS). */
  side: Scalars['String']['output'];
};

export type RegisterDecisionInput = {
  action: RegisterAction;
  /** The ERP record's external id, as the comparison lists it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Our record (global id). */
  recordId?: InputMaybe<Scalars['ID']['input']>;
};

export type RemoveInvoiceAttachmentInput = {
  attachmentId: Scalars['ID']['input'];
};

export type RemoveInvoiceAttachmentPayload = {
  __typename?: 'RemoveInvoiceAttachmentPayload';
  errors: Array<InputError>;
  /** The invoice the file was removed from. */
  invoice: Maybe<Invoice>;
};

export type ResendInvoiceEmailInput = {
  invoiceId: Scalars['ID']['input'];
};

export type ResendInvoiceEmailPayload = {
  __typename?: 'ResendInvoiceEmailPayload';
  delivery: Maybe<Notification>;
  errors: Array<InputError>;
};

/** Which saved version of the pipeline to make current again. */
export type RestoreInvoiceStatusPipelineVersionInput = {
  /** InvoiceStatusPipelineVersion.id from invoiceStatusPipeline.versions. */
  versionId: Scalars['ID']['input'];
};

export type RestoreInvoiceStatusPipelineVersionPayload = {
  __typename?: 'RestoreInvoiceStatusPipelineVersionPayload';
  errors: Array<InputError>;
  /** The pipeline as now saved: a new revision with the old version's statuses and transitions. */
  pipeline: Maybe<InvoiceStatusPipeline>;
};

export type RetryTransferItemInput = {
  /** A failed TransferItem. */
  itemId: Scalars['ID']['input'];
};

/** Retry failed items of a run: all of them, or the listed ones. */
export type RetryTransferItemsInput = {
  /** TransferItem ids; omit to retry every failed item of the run. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  runId: Scalars['ID']['input'];
};

export type RetryTransferItemsPayload = {
  __typename?: 'RetryTransferItemsPayload';
  errors: Array<InputError>;
  retried: Scalars['Int']['output'];
  /** The run queued for the retry. */
  run: Maybe<TransferRun>;
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: Maybe<ApiKey>;
  errors: Array<InputError>;
};

/** A saved setting that is valid but has no effect as configured. */
export type RuleWarning = {
  __typename?: 'RuleWarning';
  /** NO_EFFECT */
  code: Scalars['String']['output'];
  /** Path under Connection.rules, as in updateTransferRules errors. */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type RunTransferInput = {
  connectionId: Scalars['ID']['input'];
  dryRun?: Scalars['Boolean']['input'];
  /** Repeat a request safely: the same key returns the run already queued. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  registers: Array<TransferRegister>;
};

export type RunTransferPayload = {
  __typename?: 'RunTransferPayload';
  alreadyProcessed: Scalars['Boolean']['output'];
  errors: Array<InputError>;
  /** Dry runs only. */
  plan: Maybe<Array<PlannedTransferItem>>;
  run: Maybe<TransferRun>;
};

export type SaveFailureNotificationSettingsInput = {
  connectionId: Scalars['ID']['input'];
  extraRecipients?: InputMaybe<Array<Scalars['String']['input']>>;
  includeAdmins?: InputMaybe<Scalars['Boolean']['input']>;
  isEnabled?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SaveFailureNotificationSettingsPayload = {
  __typename?: 'SaveFailureNotificationSettingsPayload';
  errors: Array<InputError>;
  settings: Maybe<FailureNotificationSettings>;
};

/** The whole pipeline; statuses in order (their position is their index). */
export type SaveInvoiceStatusPipelineInput = {
  /** Left out: kept as saved. Null: stop sending through AutoInvoice. */
  autoInvoice?: InputMaybe<AutoInvoiceStatusesInput>;
  statuses: Array<InvoiceStatusInput>;
  transitions: Array<StatusTransitionInput>;
};

export type SaveInvoiceStatusPipelinePayload = {
  __typename?: 'SaveInvoiceStatusPipelinePayload';
  errors: Array<InputError>;
  pipeline: Maybe<InvoiceStatusPipeline>;
};

export type SaveInvoicingSettingsInput = {
  creationMode?: InputMaybe<InvoiceCreationMode>;
  delivery?: InputMaybe<InvoiceDelivery>;
  invoicingTime?: InputMaybe<InvoicingTime>;
};

export type SaveInvoicingSettingsPayload = {
  __typename?: 'SaveInvoicingSettingsPayload';
  errors: Array<InputError>;
  settings: Maybe<InvoicingSettings>;
};

export type SaveNightlyInvoicingInput = {
  hour?: InputMaybe<Scalars['Int']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type SaveNightlyInvoicingPayload = {
  __typename?: 'SaveNightlyInvoicingPayload';
  errors: Array<InputError>;
  settings: Maybe<NightlyInvoicing>;
};

export type SaveTransferScheduleInput = {
  connectionId: Scalars['ID']['input'];
  everyMinutes: Scalars['Int']['input'];
  isEnabled?: Scalars['Boolean']['input'];
  /** A connection may have several schedules, e.g. "sync" every 5 minutes and "nightly". */
  name?: Scalars['String']['input'];
  registers: Array<TransferRegister>;
};

export type SaveTransferSchedulePayload = {
  __typename?: 'SaveTransferSchedulePayload';
  errors: Array<InputError>;
  schedule: Maybe<TransferSchedule>;
};

export type SetConnectionActiveInput = {
  connectionId: Scalars['ID']['input'];
  /** false pauses every transfer and schedule of the connection; true resumes them after checking the credentials with the ERP. */
  isActive: Scalars['Boolean']['input'];
};

/** A file the merged PDF left out, and why. */
export type SkippedAttachmentFile = {
  __typename?: 'SkippedAttachmentFile';
  fileName: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartInitialSyncInput = {
  connectionId: Scalars['ID']['input'];
  /** Start-up import ("Opstarts-synk", RB-05): bring ERP products, customers and suppliers in. Default false. */
  startupImport?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StatusTransition = {
  __typename?: 'StatusTransition';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type StatusTransitionInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Status changes of the tenant's invoices: first those after `after`, then live ones. */
  invoiceStatusChanged: InvoiceStatusChange;
  /** Every event of the tenant: first those after `after` (replay), then live ones. Without `after`, only new events. */
  transferEvents: TransferEvent;
};


export type SubscriptionInvoiceStatusChangedArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  invoiceId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTransferEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  connectionId: InputMaybe<Scalars['ID']['input']>;
  kinds: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A supplier (creditor) of the tenant; its invoices become project costs. */
export type Supplier = Node & {
  __typename?: 'Supplier';
  address: Maybe<Address>;
  bankAccount: Maybe<BankAccount>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  number: Maybe<Scalars['String']['output']>;
  organizationNumber: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  vatNumber: Maybe<Scalars['String']['output']>;
};

export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  edges: Array<SupplierEdge>;
  nodes: Array<Supplier>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  cursor: Scalars['String']['output'];
  node: Supplier;
};

export type SupplierFilter = {
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  numbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Case-insensitive match on name, number, e-mail or VAT number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An invoice from a supplier, booked as a voucher in the ERP's journal by the creditor integration (RB-07, RB-09). */
export type SupplierInvoice = Node & {
  __typename?: 'SupplierInvoice';
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  dueDate: Maybe<Scalars['CalendarDate']['output']>;
  /** Vouchers filed for this invoice, one per connection it was sent to; empty until then. */
  erpVouchers: Array<ErpVoucher>;
  grossAmount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** The supplier's own invoice number. */
  invoiceNumber: Scalars['String']['output'];
  issueDate: Scalars['CalendarDate']['output'];
  lines: Array<SupplierInvoiceLine>;
  netAmount: Scalars['Decimal']['output'];
  supplier: Supplier;
  updatedAt: Scalars['DateTimeISO']['output'];
  vatAmount: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

export type SupplierInvoiceConnection = {
  __typename?: 'SupplierInvoiceConnection';
  edges: Array<SupplierInvoiceEdge>;
  nodes: Array<SupplierInvoice>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type SupplierInvoiceEdge = {
  __typename?: 'SupplierInvoiceEdge';
  cursor: Scalars['String']['output'];
  node: SupplierInvoice;
};

export type SupplierInvoiceFilter = {
  issuedFrom?: InputMaybe<Scalars['CalendarDate']['input']>;
  issuedTo?: InputMaybe<Scalars['CalendarDate']['input']>;
  /** Global Supplier id. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

export type SupplierInvoiceLine = {
  __typename?: 'SupplierInvoiceLine';
  description: Scalars['String']['output'];
  netAmount: Scalars['Decimal']['output'];
  position: Scalars['Int']['output'];
  /** The row of the posting matrix this line is booked by (RB-11). */
  productGroup: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  unitPrice: Scalars['Decimal']['output'];
  vatAmount: Scalars['Decimal']['output'];
  vatRate: Scalars['Decimal']['output'];
};

/** One line. With a product, an omitted product group and description come from the product. */
export type SupplierInvoiceLineInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  productGroup?: InputMaybe<Scalars['String']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Decimal']['input'];
  unitPrice: Scalars['Decimal']['input'];
  vatRate: Scalars['Decimal']['input'];
};

export type SupplierInvoicePayload = {
  __typename?: 'SupplierInvoicePayload';
  errors: Array<InputError>;
  supplierInvoice: Maybe<SupplierInvoice>;
};

export type SupplierInvoiceSort = {
  direction?: SortDirection;
  field: SupplierInvoiceSortField;
};

export type SupplierInvoiceSortField =
  | 'CREATED_AT'
  | 'ISSUE_DATE';

export type SupplierSort = {
  direction?: SortDirection;
  field: SupplierSortField;
};

export type SupplierSortField =
  | 'NAME'
  | 'NUMBER'
  | 'UPDATED_AT';

export type Tenant = Node & {
  __typename?: 'Tenant';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type TestConnectionInput = {
  connectionId: Scalars['ID']['input'];
};

export type TestConnectionPayload = {
  __typename?: 'TestConnectionPayload';
  accountName: Maybe<Scalars['String']['output']>;
  connection: Maybe<Connection>;
  errors: Array<InputError>;
  /** What the system answered when the test failed. */
  problem: Maybe<ConnectionProblem>;
};

export type TransferCountsType = {
  __typename?: 'TransferCountsType';
  failed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  transferred: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Transfer items of one day (UTC) by outcome (X-28). */
export type TransferDayOutcomes = {
  __typename?: 'TransferDayOutcomes';
  day: Scalars['CalendarDate']['output'];
  failed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  transferred: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** Failures of one kind, most frequent first (X-28). */
export type TransferErrorGroup = {
  __typename?: 'TransferErrorGroup';
  count: Scalars['Int']['output'];
  errorCode: Scalars['String']['output'];
  lastAt: Scalars['DateTimeISO']['output'];
  lastMessage: Scalars['String']['output'];
  register: Scalars['String']['output'];
};

/** One entry of the tenant's append-only event log. `cursor` resumes a subscription right after it. */
export type TransferEvent = {
  __typename?: 'TransferEvent';
  connectionId: Maybe<Scalars['ID']['output']>;
  cursor: Scalars['ID']['output'];
  invoiceId: Maybe<Scalars['ID']['output']>;
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  payload: Scalars['JSONObject']['output'];
};

export type TransferItem = {
  __typename?: 'TransferItem';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  direction: Scalars['String']['output'];
  errorCode: Maybe<Scalars['String']['output']>;
  externalId: Maybe<Scalars['String']['output']>;
  externalNumber: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  message: Maybe<Scalars['String']['output']>;
  /** TRANSFERRED, UPDATED, SKIPPED or FAILED */
  outcome: Scalars['String']['output'];
  recordId: Maybe<Scalars['ID']['output']>;
  register: Scalars['String']['output'];
  /** What we sent (secrets redacted). */
  request: Maybe<Scalars['JSONObject']['output']>;
  /** The ERP's answer to a refused call: httpStatus, code, message and its parsed body (secrets redacted, cut at 16 kB with truncated: true). */
  response: Maybe<Scalars['JSONObject']['output']>;
  /** The run that produced this item (retry it with retryTransferItems). */
  runId: Scalars['ID']['output'];
};

export type TransferItemConnection = {
  __typename?: 'TransferItemConnection';
  edges: Array<TransferItemEdge>;
  nodes: Array<TransferItem>;
  pageInfo: PageInfo;
  /** All matching records, not only this page. */
  totalCount: Scalars['Int']['output'];
};

export type TransferItemEdge = {
  __typename?: 'TransferItemEdge';
  cursor: Scalars['String']['output'];
  node: TransferItem;
};

export type TransferItemFilter = {
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** TRANSFERRED, UPDATED, SKIPPED, FAILED */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  registers?: InputMaybe<Array<TransferRegister>>;
  runId?: InputMaybe<Scalars['ID']['input']>;
  /** In the message, ERP number or error code. */
  search?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Invoices include credit notes; payments and ERP-side customer edits come back. */
export type TransferRegister =
  | 'CUSTOMERS'
  | 'INVOICES'
  | 'PAYMENTS'
  | 'PRODUCTS'
  | 'PROJECTS'
  | 'PROJECT_COSTS'
  | 'SUPPLIER_INVOICES';

export type TransferRun = Node & {
  __typename?: 'TransferRun';
  connectionId: Scalars['ID']['output'];
  counts: TransferCountsType;
  createdAt: Scalars['DateTimeISO']['output'];
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  items: Array<TransferItem>;
  registers: Array<Scalars['String']['output']>;
  requestedBy: Maybe<Scalars['String']['output']>;
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** QUEUED, RUNNING, SUCCEEDED, PARTIAL or FAILED */
  status: Scalars['String']['output'];
  trigger: Scalars['String']['output'];
};

/** A recurring transfer for one connection (e.g. every 5 minutes, X-26). */
export type TransferSchedule = Node & {
  __typename?: 'TransferSchedule';
  connectionId: Scalars['ID']['output'];
  everyMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  isEnabled: Scalars['Boolean']['output'];
  lastRunId: Maybe<Scalars['ID']['output']>;
  /** Why the last due run was not started. */
  lastSkippedReason: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  nextRunAt: Scalars['DateTimeISO']['output'];
  registers: Array<Scalars['String']['output']>;
};

export type TransitionInvoiceStatusInput = {
  invoiceId: Scalars['ID']['input'];
  /** Key of the target status. */
  toStatusKey: Scalars['String']['input'];
};

/** A product group × VAT zone the admin has not decided yet (RB-12). */
export type UndecidedPostingCell = {
  __typename?: 'UndecidedPostingCell';
  productGroup: Scalars['String']['output'];
  vatZone: VatZone;
};

export type UpdateConnectionSettingsInput = {
  autoTransferInvoices?: InputMaybe<Scalars['Boolean']['input']>;
  connectionId: Scalars['ID']['input'];
  /** Settings to change; others keep their value. */
  settings: Scalars['JSONObject']['input'];
};

/** Replaces the creditor settings of a connection. companyCountry, when given, sets the company's country for this connection. An omitted optional field keeps its value; null clears it (ADR 0024). */
export type UpdateCreditorSettingsInput = {
  companyCountry?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  fallbackAccount?: InputMaybe<Scalars['String']['input']>;
  isEnabled: Scalars['Boolean']['input'];
  journalNumber?: InputMaybe<Scalars['String']['input']>;
  postingMatrix: Array<PostingCellInput>;
  supplierControlAccount?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFieldMappingInput = {
  connectionId: Scalars['ID']['input'];
  register: FieldMappingRegister;
  /** Targets whose override is dropped, back to the default row. */
  resetTargets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Rows that replace the current row of their target. */
  rows?: InputMaybe<Array<FieldMappingRowInput>>;
};

export type UpdateFieldMappingPayload = {
  __typename?: 'UpdateFieldMappingPayload';
  errors: Array<InputError>;
  fieldMapping: Maybe<FieldMapping>;
};

/** Changes an invoice while its status is editable. Omitted fields keep their value; `lines` replaces all lines. */
export type UpdateInvoiceInput = {
  currency?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  dueDate?: InputMaybe<Scalars['CalendarDate']['input']>;
  /** Refuse the update if the invoice changed since this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Invoice text above the lines, at most 1000 characters. Fortnox has one text (Remarks): above, notes and below are joined by a blank line. */
  freeTextAbove?: InputMaybe<Scalars['String']['input']>;
  /** Invoice text below the lines, at most 1000 characters. */
  freeTextBelow?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  issueDate?: InputMaybe<Scalars['CalendarDate']['input']>;
  /** Two-letter ISO 639-1 language of the invoice, e.g. SV or EN (Fortnox takes these two). */
  language?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Our reference (Fortnox OurReference), at most 50 characters. */
  ourReference?: InputMaybe<Scalars['String']['input']>;
  /** The ERP's terms-of-payment code (Fortnox TermsOfPayment, at most 10 characters); absent = the customer's terms. */
  paymentTerms?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Receiver (billing) address line for this invoice, over the customer's; at most 250 characters. */
  receiverAddress?: InputMaybe<Scalars['String']['input']>;
  /** At most 250 characters. */
  receiverCity?: InputMaybe<Scalars['String']['input']>;
  /** Country name as printed, at most 50 characters. */
  receiverCountry?: InputMaybe<Scalars['String']['input']>;
  /** At most 10 characters. */
  receiverPostalCode?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The source's own number, sent to the ERP when the connection lets the source number invoices (SE-FX-32); blank clears it. */
  sourceNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Replaces the One Stop Shop VAT setting of a connection (RB-21). An omitted vatZoneNumber or companyCountry keeps its value; null clears it (ADR 0024). */
export type UpdateOneStopShopVatInput = {
  companyCountry?: InputMaybe<Scalars['String']['input']>;
  connectionId: Scalars['ID']['input'];
  isEnabled: Scalars['Boolean']['input'];
  vatZoneNumber?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTransferRulesInput = {
  connectionId: Scalars['ID']['input'];
  /** Rules to change (see Connection.rules); others keep their value. */
  rules: Scalars['JSONObject']['input'];
};

/** Creates a customer, or updates the one with this id or number. Omitted fields keep their value on update. */
export type UpsertCustomerInput = {
  billingAddress?: InputMaybe<AddressInput>;
  currency?: InputMaybe<Scalars['String']['input']>;
  ean?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Own value (PV-07); null or omitted keeps the saved one, as for every field here. Admins remove it with clearCustomerInvoicing. */
  invoiceCreationMode?: InputMaybe<InvoiceCreationMode>;
  invoiceDelivery?: InputMaybe<InvoiceDelivery>;
  invoicingTime?: InputMaybe<InvoicingTime>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  isProspect?: InputMaybe<Scalars['Boolean']['input']>;
  /** Invoice layout, one of the connection's layout mapping (RB-24). */
  layout?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  organizationNumber?: InputMaybe<Scalars['String']['input']>;
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalAddress?: InputMaybe<AddressInput>;
  vatNumber?: InputMaybe<Scalars['String']['input']>;
  visitingAddress?: InputMaybe<AddressInput>;
};

export type UpsertCustomerPayload = {
  __typename?: 'UpsertCustomerPayload';
  /** True when a new customer was created, false when one was updated. */
  created: Scalars['Boolean']['output'];
  customer: Maybe<Customer>;
  errors: Array<InputError>;
};

/** Creates a product, or updates the one with this id or number. Omitted fields keep their value on update. */
export type UpsertProductInput = {
  costPrice?: InputMaybe<Scalars['Decimal']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required to create a product: it is the link key to the ERP. */
  number?: InputMaybe<Scalars['String']['input']>;
  productGroup?: InputMaybe<Scalars['String']['input']>;
  salesPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Stock on hand, for the inventory value (RB-25). */
  stockOnHand?: InputMaybe<Scalars['Decimal']['input']>;
  /** Sent as the ERP cost price unless "use actual cost price" is on (RB-22). */
  suggestedPurchasePrice?: InputMaybe<Scalars['Decimal']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  vatRate?: InputMaybe<Scalars['Decimal']['input']>;
};

export type UpsertProductPayload = {
  __typename?: 'UpsertProductPayload';
  /** True when a new product was created, false when one was updated. */
  created: Scalars['Boolean']['output'];
  errors: Array<InputError>;
  product: Maybe<Product>;
};

/** Creates a project, or updates the one with this id or number. Omitted fields keep their value on update. */
export type UpsertProjectInput = {
  /** Global Customer id; required unless the project is internal. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Sent as the ERP project's comments (Fortnox Comments, SE-FX-55/5); at most 512 characters; blank clears. */
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['CalendarDate']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  isInternal?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Required to create a project: it is the link key to the ERP. */
  number?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['CalendarDate']['input']>;
};

export type UpsertProjectPayload = {
  __typename?: 'UpsertProjectPayload';
  /** True when a new project was created, false when one was updated. */
  created: Scalars['Boolean']['output'];
  errors: Array<InputError>;
  project: Maybe<Project>;
};

/** Creates a supplier, or updates the one with this id or number. Omitted fields keep their value on update. */
export type UpsertSupplierInput = {
  address?: InputMaybe<AddressInput>;
  bankAccount?: InputMaybe<BankAccountInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  organizationNumber?: InputMaybe<Scalars['String']['input']>;
  vatNumber?: InputMaybe<Scalars['String']['input']>;
};

export type UpsertSupplierPayload = {
  __typename?: 'UpsertSupplierPayload';
  /** True when a new supplier was created, false when one was updated. */
  created: Scalars['Boolean']['output'];
  errors: Array<InputError>;
  supplier: Maybe<Supplier>;
};

export type User = Node & {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: UserRole;
};

/** A problem with the input that the caller can fix. */
export type UserError = {
  /** Path of the offending field in the input, e.g. ["lines","0","quantity"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** ADMIN changes settings, keys and users; VIEWER reads. */
export type UserRole =
  | 'ADMIN'
  | 'VIEWER';

/** A supplier's origin seen from the company: same country, another EU member state, or outside the EU (RB-11, ADR 0007). */
export type VatZone =
  | 'ABROAD'
  | 'DOMESTIC'
  | 'EU';

export type Viewer = {
  __typename?: 'Viewer';
  kind: PrincipalKind;
  tenant: Maybe<Tenant>;
  user: Maybe<User>;
};

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, revokedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string | null, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, createdAt: string, revokedAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'RevokeApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type RuleWarningFieldsFragment = { __typename?: 'RuleWarning', code: string, message: string, field: Array<string> };

export type ConnectionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionSettingsQuery = { __typename?: 'Query', connectors: Array<{ __typename?: 'ConnectorInfo', id: string, displayName: string, authMode: string, credentialsSchema: Record<string, unknown> }>, connections: Array<{ __typename?: 'Connection', rules: Record<string, unknown>, name: string, connectorId: string, id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null, ruleWarnings: Array<{ __typename?: 'RuleWarning', code: string, message: string, field: Array<string> }> }> };

export type SettingsReferenceDataQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  kind: ReferenceDataKind;
}>;


export type SettingsReferenceDataQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'Connection', id: string, referenceData: { __typename?: 'ReferenceData', items: Array<{ __typename?: 'ReferenceItem', externalId: string, code: string | null, name: string, isBlocked: boolean, entryTypes: Array<string> | null }>, problem: { __typename?: 'ConnectionProblem', code: string, message: string } | null } }
    | { __typename?: 'Customer' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'InvoiceStatus' }
    | { __typename?: 'Payment' }
    | { __typename?: 'Product' }
    | { __typename?: 'Project' }
    | { __typename?: 'ProjectCost' }
    | { __typename?: 'Supplier' }
    | { __typename?: 'SupplierInvoice' }
    | { __typename?: 'Tenant' }
    | { __typename?: 'TransferRun' }
    | { __typename?: 'TransferSchedule' }
    | { __typename?: 'User' }
   | null };

export type SaveRulesGroupMutationVariables = Exact<{
  input: UpdateTransferRulesInput;
}>;


export type SaveRulesGroupMutation = { __typename?: 'Mutation', updateTransferRules: { __typename?: 'ConnectionPayload', connection: { __typename?: 'Connection', id: string, rules: Record<string, unknown>, ruleWarnings: Array<{ __typename?: 'RuleWarning', code: string, message: string, field: Array<string> }> } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type CreditorSettingsScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreditorSettingsScreenQuery = { __typename?: 'Query', node:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'Connection', id: string, creditorSettings: { __typename?: 'CreditorSettings', isEnabled: boolean, companyCountry: string | null, supplierControlAccount: string | null, journalNumber: string | null, fallbackAccount: string | null, postingMatrix: Array<{ __typename?: 'PostingCell', productGroup: string, vatZone: VatZone, accountNumber: string }>, undecidedCells: Array<{ __typename?: 'UndecidedPostingCell', productGroup: string, vatZone: VatZone }> }, oneStopShopVat: { __typename?: 'OneStopShopVat', isEnabled: boolean, companyCountry: string | null, vatZoneNumber: string | null } }
    | { __typename?: 'Customer' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'InvoiceStatus' }
    | { __typename?: 'Payment' }
    | { __typename?: 'Product' }
    | { __typename?: 'Project' }
    | { __typename?: 'ProjectCost' }
    | { __typename?: 'Supplier' }
    | { __typename?: 'SupplierInvoice' }
    | { __typename?: 'Tenant' }
    | { __typename?: 'TransferRun' }
    | { __typename?: 'TransferSchedule' }
    | { __typename?: 'User' }
   | null };

export type UpdateCreditorSettingsMutationVariables = Exact<{
  input: UpdateCreditorSettingsInput;
}>;


export type UpdateCreditorSettingsMutation = { __typename?: 'Mutation', updateCreditorSettings: { __typename?: 'CreditorSettingsPayload', errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateOneStopShopVatMutationVariables = Exact<{
  input: UpdateOneStopShopVatInput;
}>;


export type UpdateOneStopShopVatMutation = { __typename?: 'Mutation', updateOneStopShopVat: { __typename?: 'OneStopShopVatPayload', errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type NotificationSettingsScreenQueryVariables = Exact<{
  connectionId: Scalars['ID']['input'];
}>;


export type NotificationSettingsScreenQuery = { __typename?: 'Query', failureNotificationSettings: { __typename?: 'FailureNotificationSettings', connectionId: string, isEnabled: boolean, includeAdmins: boolean, extraRecipients: Array<string>, isSaved: boolean } | null, nightlyInvoicing: { __typename?: 'NightlyInvoicing', hour: number, timeZone: string, isSaved: boolean, lastRunDay: string | null, openedThrough: string | null } };

export type SaveFailureNotificationsMutationVariables = Exact<{
  input: SaveFailureNotificationSettingsInput;
}>;


export type SaveFailureNotificationsMutation = { __typename?: 'Mutation', saveFailureNotificationSettings: { __typename?: 'SaveFailureNotificationSettingsPayload', errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type SaveNightlyInvoicingSettingsMutationVariables = Exact<{
  input: SaveNightlyInvoicingInput;
}>;


export type SaveNightlyInvoicingSettingsMutation = { __typename?: 'Mutation', saveNightlyInvoicing: { __typename?: 'SaveNightlyInvoicingPayload', errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type ReconnectSystemMutationVariables = Exact<{
  input: ReconnectSystemInput;
}>;


export type ReconnectSystemMutation = { __typename?: 'Mutation', reconnectSystem: { __typename?: 'ConnectionPayload', connection: { __typename?: 'Connection', id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type SetConnectionActiveMutationVariables = Exact<{
  input: SetConnectionActiveInput;
}>;


export type SetConnectionActiveMutation = { __typename?: 'Mutation', setConnectionActive: { __typename?: 'ConnectionPayload', connection: { __typename?: 'Connection', id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type ConnectorSettingsScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConnectorSettingsScreenQuery = { __typename?: 'Query', connectors: Array<{ __typename?: 'ConnectorInfo', id: string, settingsSchema: Record<string, unknown> }>, node:
    | { __typename?: 'ApiKey' }
    | { __typename?: 'Connection', id: string, connectorId: string, settings: Record<string, unknown>, autoTransferInvoices: boolean }
    | { __typename?: 'Customer' }
    | { __typename?: 'Invoice' }
    | { __typename?: 'InvoiceStatus' }
    | { __typename?: 'Payment' }
    | { __typename?: 'Product' }
    | { __typename?: 'Project' }
    | { __typename?: 'ProjectCost' }
    | { __typename?: 'Supplier' }
    | { __typename?: 'SupplierInvoice' }
    | { __typename?: 'Tenant' }
    | { __typename?: 'TransferRun' }
    | { __typename?: 'TransferSchedule' }
    | { __typename?: 'User' }
   | null };

export type UpdateConnectorSettingsMutationVariables = Exact<{
  input: UpdateConnectionSettingsInput;
}>;


export type UpdateConnectorSettingsMutation = { __typename?: 'Mutation', updateConnectionSettings: { __typename?: 'ConnectionPayload', connection: { __typename?: 'Connection', id: string, settings: Record<string, unknown>, autoTransferInvoices: boolean } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type ConnectionStatusFieldsFragment = { __typename?: 'Connection', id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null };

export type ConnectionSummaryFieldsFragment = { __typename?: 'Connection', name: string, connectorId: string, id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null };

export type ConnectionsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionsScreenQuery = { __typename?: 'Query', connectors: Array<{ __typename?: 'ConnectorInfo', id: string, displayName: string, docsUrl: string, authMode: string, credentialsSchema: Record<string, unknown>, capabilities: Array<{ __typename?: 'RegisterCapability', register: string, access: Array<string> }> }>, connections: Array<{ __typename?: 'Connection', createdAt: string, rules: Record<string, unknown>, name: string, connectorId: string, id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null }> };

export type ConnectSystemMutationVariables = Exact<{
  input: ConnectSystemInput;
}>;


export type ConnectSystemMutation = { __typename?: 'Mutation', connectSystem: { __typename?: 'ConnectSystemPayload', authorizeUrl: string | null, connection: { __typename?: 'Connection', createdAt: string, name: string, connectorId: string, id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type TestConnectionMutationVariables = Exact<{
  input: TestConnectionInput;
}>;


export type TestConnectionMutation = { __typename?: 'Mutation', testConnection: { __typename?: 'TestConnectionPayload', accountName: string | null, problem: { __typename?: 'ConnectionProblem', code: string, message: string } | null, connection: { __typename?: 'Connection', id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateTransferRulesMutationVariables = Exact<{
  input: UpdateTransferRulesInput;
}>;


export type UpdateTransferRulesMutation = { __typename?: 'Mutation', updateTransferRules: { __typename?: 'ConnectionPayload', connection: { __typename?: 'Connection', id: string, rules: Record<string, unknown> } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type TransferScheduleFieldsFragment = { __typename?: 'TransferSchedule', id: string, name: string, everyMinutes: number, registers: Array<string>, isEnabled: boolean, nextRunAt: string, lastSkippedReason: string | null };

export type TransferSchedulesQueryVariables = Exact<{
  connectionId: InputMaybe<Scalars['ID']['input']>;
}>;


export type TransferSchedulesQuery = { __typename?: 'Query', transferSchedules: Array<{ __typename?: 'TransferSchedule', id: string, name: string, everyMinutes: number, registers: Array<string>, isEnabled: boolean, nextRunAt: string, lastSkippedReason: string | null }> };

export type SaveTransferScheduleMutationVariables = Exact<{
  input: SaveTransferScheduleInput;
}>;


export type SaveTransferScheduleMutation = { __typename?: 'Mutation', saveTransferSchedule: { __typename?: 'SaveTransferSchedulePayload', schedule: { __typename?: 'TransferSchedule', id: string, name: string, everyMinutes: number, registers: Array<string>, isEnabled: boolean, nextRunAt: string, lastSkippedReason: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type DisconnectSystemMutationVariables = Exact<{
  input: DisconnectSystemInput;
}>;


export type DisconnectSystemMutation = { __typename?: 'Mutation', disconnectSystem: { __typename?: 'ConnectionPayload', connection: { __typename?: 'Connection', id: string, status: ConnectionStatus, statusReason: string | null, tokenExpiresAt: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type ReauthorizeConnectionMutationVariables = Exact<{
  input: ReauthorizeConnectionInput;
}>;


export type ReauthorizeConnectionMutation = { __typename?: 'Mutation', reauthorizeConnection: { __typename?: 'ReauthorizeConnectionPayload', authorizeUrl: string | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type FieldMappingTableFieldsFragment = { __typename?: 'FieldMapping', connectionId: string, register: FieldMappingRegister, targetFields: Array<string>, sourceFields: Array<string>, rows: Array<{ __typename?: 'FieldMappingRow', target: string, sourceKind: FieldMappingSourceKind, source: string, transform: FieldMappingTransform | null, transformLength: number | null, vatRateField: string | null, default: string | null, isRequired: boolean, mode: FieldMappingMode, direction: FieldMappingDirection, origin: FieldMappingRowOrigin }> };

export type FieldMappingTableQueryVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  register: FieldMappingRegister;
}>;


export type FieldMappingTableQuery = { __typename?: 'Query', fieldMapping: { __typename?: 'FieldMapping', connectionId: string, register: FieldMappingRegister, targetFields: Array<string>, sourceFields: Array<string>, rows: Array<{ __typename?: 'FieldMappingRow', target: string, sourceKind: FieldMappingSourceKind, source: string, transform: FieldMappingTransform | null, transformLength: number | null, vatRateField: string | null, default: string | null, isRequired: boolean, mode: FieldMappingMode, direction: FieldMappingDirection, origin: FieldMappingRowOrigin }> } | null };

export type UpdateFieldMappingMutationVariables = Exact<{
  input: UpdateFieldMappingInput;
}>;


export type UpdateFieldMappingMutation = { __typename?: 'Mutation', updateFieldMapping: { __typename?: 'UpdateFieldMappingPayload', fieldMapping: { __typename?: 'FieldMapping', connectionId: string, register: FieldMappingRegister, targetFields: Array<string>, sourceFields: Array<string>, rows: Array<{ __typename?: 'FieldMappingRow', target: string, sourceKind: FieldMappingSourceKind, source: string, transform: FieldMappingTransform | null, transformLength: number | null, vatRateField: string | null, default: string | null, isRequired: boolean, mode: FieldMappingMode, direction: FieldMappingDirection, origin: FieldMappingRowOrigin }> } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type FieldMappingPreviewQueryVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  register: FieldMappingRegister;
  recordId: Scalars['ID']['input'];
  rows: InputMaybe<Array<FieldMappingRowInput> | FieldMappingRowInput>;
  resetTargets: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type FieldMappingPreviewQuery = { __typename?: 'Query', fieldMappingPreview: { __typename?: 'FieldMappingPreview', operation: string, payload: Record<string, unknown> | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }>, rowErrors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type PreviewRecordsQueryVariables = Exact<{
  customers: Scalars['Boolean']['input'];
  products: Scalars['Boolean']['input'];
  projects: Scalars['Boolean']['input'];
}>;


export type PreviewRecordsQuery = { __typename?: 'Query', customers?: { __typename?: 'CustomerConnection', nodes: Array<{ __typename?: 'Customer', id: string, number: string | null, name: string }> }, products?: { __typename?: 'ProductConnection', nodes: Array<{ __typename?: 'Product', id: string, number: string, name: string }> }, projects?: { __typename?: 'ProjectConnection', nodes: Array<{ __typename?: 'Project', id: string, number: string, name: string }> } };

export type InvoiceStatusPipelineEditorQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoiceStatusPipelineEditorQuery = { __typename?: 'Query', invoiceStatusPipeline: { __typename?: 'InvoiceStatusPipeline', revision: number, updatedBy: string | null, statuses: Array<{ __typename?: 'InvoiceStatus', key: string, name: string, position: number, flags: { __typename?: 'InvoiceStatusFlags', isDefault: boolean, isEditable: boolean, requiresInvoiceNumber: boolean, isSent: boolean, isPartiallyPaid: boolean, isPaid: boolean, isFailed: boolean, isCreditNoteDefault: boolean, isTransferTrigger: boolean, isAfterTransfer: boolean } }>, transitions: Array<{ __typename?: 'StatusTransition', from: string, to: string }>, autoInvoice: { __typename?: 'AutoInvoiceStatuses', toTransfer: string, afterTransfer: string, onError: string | null } | null, versions: Array<{ __typename?: 'InvoiceStatusPipelineVersion', id: string, number: number, savedBy: string | null, savedAt: string, changes: Array<string>, restoredFrom: number | null }> } };

export type SaveInvoiceStatusPipelineMutationVariables = Exact<{
  input: SaveInvoiceStatusPipelineInput;
}>;


export type SaveInvoiceStatusPipelineMutation = { __typename?: 'Mutation', saveInvoiceStatusPipeline: { __typename?: 'SaveInvoiceStatusPipelinePayload', pipeline: { __typename?: 'InvoiceStatusPipeline', revision: number, updatedBy: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type RestoreInvoiceStatusPipelineVersionMutationVariables = Exact<{
  input: RestoreInvoiceStatusPipelineVersionInput;
}>;


export type RestoreInvoiceStatusPipelineVersionMutation = { __typename?: 'Mutation', restoreInvoiceStatusPipelineVersion: { __typename?: 'RestoreInvoiceStatusPipelineVersionPayload', pipeline: { __typename?: 'InvoiceStatusPipeline', revision: number, updatedBy: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type PipelineDryRunSamplesQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type PipelineDryRunSamplesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', nodes: Array<{ __typename?: 'Invoice', id: string, kind: InvoiceKind, number: string | null, sourceNumber: string | null, status: { __typename?: 'InvoiceStatus', key: string }, customer: { __typename?: 'Customer', name: string } }> } };

export type PipelineDryRunQueryVariables = Exact<{
  input: PipelineDryRunInput;
}>;


export type PipelineDryRunQuery = { __typename?: 'Query', pipelineDryRun: { __typename?: 'PipelineDryRunPayload', errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }>, issues: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }>, sample: { __typename?: 'PipelineDryRunSample', invoiceId: string | null, number: string | null, kind: InvoiceKind, statusKey: string | null } | null, steps: Array<{ __typename?: 'PipelineDryRunStep', stage: PipelineDryRunStage, from: string | null, to: string | null, landsIn: string, hasInvoiceNumber: boolean, blockedBy: { __typename?: 'InputError', code: InputErrorCode, message: string } | null }> } };

export type CustomerInvoicingFieldsFragment = { __typename?: 'Customer', id: string, invoiceCreationMode: InvoiceCreationMode | null, invoicingTime: InvoicingTime | null, invoiceDelivery: InvoiceDelivery | null, invoicing: { __typename?: 'CustomerInvoicing', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery } };

export type CustomerInvoicingListQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type CustomerInvoicingListQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', number: string | null, name: string, id: string, invoiceCreationMode: InvoiceCreationMode | null, invoicingTime: InvoicingTime | null, invoiceDelivery: InvoiceDelivery | null, invoicing: { __typename?: 'CustomerInvoicing', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery } }> } };

export type ClearCustomerInvoicingMutationVariables = Exact<{
  input: ClearCustomerInvoicingInput;
}>;


export type ClearCustomerInvoicingMutation = { __typename?: 'Mutation', clearCustomerInvoicing: { __typename?: 'ClearCustomerInvoicingPayload', customer: { __typename?: 'Customer', id: string, invoiceCreationMode: InvoiceCreationMode | null, invoicingTime: InvoicingTime | null, invoiceDelivery: InvoiceDelivery | null, invoicing: { __typename?: 'CustomerInvoicing', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery } } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type SaveCustomerInvoicingMutationVariables = Exact<{
  input: UpsertCustomerInput;
}>;


export type SaveCustomerInvoicingMutation = { __typename?: 'Mutation', upsertCustomer: { __typename?: 'UpsertCustomerPayload', customer: { __typename?: 'Customer', id: string, invoiceCreationMode: InvoiceCreationMode | null, invoicingTime: InvoicingTime | null, invoiceDelivery: InvoiceDelivery | null, invoicing: { __typename?: 'CustomerInvoicing', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery } } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type InvoicingSettingsFieldsFragment = { __typename?: 'InvoicingSettings', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery, isSaved: boolean, updatedBy: string | null };

export type InvoicingSettingsScreenQueryVariables = Exact<{ [key: string]: never; }>;


export type InvoicingSettingsScreenQuery = { __typename?: 'Query', invoicingSettings: { __typename?: 'InvoicingSettings', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery, isSaved: boolean, updatedBy: string | null } };

export type SaveInvoicingSettingsMutationVariables = Exact<{
  input: SaveInvoicingSettingsInput;
}>;


export type SaveInvoicingSettingsMutation = { __typename?: 'Mutation', saveInvoicingSettings: { __typename?: 'SaveInvoicingSettingsPayload', settings: { __typename?: 'InvoicingSettings', creationMode: InvoiceCreationMode, invoicingTime: InvoicingTime, delivery: InvoiceDelivery, isSaved: boolean, updatedBy: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type ReconcileConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReconcileConnectionsQuery = { __typename?: 'Query', connections: Array<{ __typename?: 'Connection', id: string, name: string, connectorId: string }> };

export type RegisterComparisonQueryVariables = Exact<{
  connectionId: Scalars['ID']['input'];
  register: ReconcileRegister;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type RegisterComparisonQuery = { __typename?: 'Query', registerComparison: { __typename?: 'RegisterComparisonPayload', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }>, rows: Array<{ __typename?: 'ComparisonRow', basis: string | null, isLinked: boolean, score: number, predictedAction: RegisterAction, oursDecision: RegisterAction | null, theirsDecision: RegisterAction | null, ours: { __typename?: 'ComparedRecord', id: string, number: string | null, name: string, isActive: boolean } | null, theirs: { __typename?: 'ComparedRecord', id: string, number: string | null, name: string, isActive: boolean } | null }> } };

export type DecideRegisterRecordsMutationVariables = Exact<{
  input: DecideRegisterRecordsInput;
}>;


export type DecideRegisterRecordsMutation = { __typename?: 'Mutation', decideRegisterRecords: { __typename?: 'DecideRegisterRecordsPayload', decisions: Array<{ __typename?: 'RegisterDecision', action: RegisterAction, recordId: string | null, externalId: string | null, side: string }> | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type InitialSyncStateQueryVariables = Exact<{
  connectionId: Scalars['ID']['input'];
}>;


export type InitialSyncStateQuery = { __typename?: 'Query', initialSync: { __typename?: 'InitialSync', connectionId: string, startedAt: string, startedBy: string | null, startupImport: boolean, isBlockingNextSync: boolean, openErrorCount: number, errorsAcknowledgedAt: string | null, errorsAcknowledgedBy: string | null, run: { __typename?: 'TransferRun', id: string, status: string, error: string | null, finishedAt: string | null, counts: { __typename?: 'TransferCountsType', transferred: number, updated: number, skipped: number, failed: number } }, errors: Array<{ __typename?: 'TransferItem', id: string, register: string, recordId: string | null, externalId: string | null, errorCode: string | null, message: string | null }> } | null };

export type StartInitialSyncMutationVariables = Exact<{
  input: StartInitialSyncInput;
}>;


export type StartInitialSyncMutation = { __typename?: 'Mutation', startInitialSync: { __typename?: 'InitialSyncPayload', initialSync: { __typename?: 'InitialSync', connectionId: string, startedAt: string, run: { __typename?: 'TransferRun', id: string, status: string } } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type AcknowledgeInitialSyncErrorsMutationVariables = Exact<{
  input: AcknowledgeInitialSyncErrorsInput;
}>;


export type AcknowledgeInitialSyncErrorsMutation = { __typename?: 'Mutation', acknowledgeInitialSyncErrors: { __typename?: 'InitialSyncPayload', initialSync: { __typename?: 'InitialSync', connectionId: string, openErrorCount: number, isBlockingNextSync: boolean, errorsAcknowledgedAt: string | null, errorsAcknowledgedBy: string | null } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string | null, user: { __typename?: 'User', id: string, email: string, role: UserRole } | null, tenant: { __typename?: 'Tenant', id: string, name: string } | null, tenantChoices: Array<{ __typename?: 'Tenant', id: string, name: string }>, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean } };

export type ShellViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', kind: PrincipalKind, tenant: { __typename?: 'Tenant', id: string, name: string } | null, user: { __typename?: 'User', id: string, email: string, role: UserRole } | null } | null };

export type TransferRunProgressFieldsFragment = { __typename?: 'TransferRun', id: string, status: string, error: string | null, finishedAt: string | null, counts: { __typename?: 'TransferCountsType', transferred: number, updated: number, skipped: number, failed: number } };

export type TransferItemErrorFieldsFragment = { __typename?: 'TransferItem', id: string, register: string, recordId: string | null, externalId: string | null, errorCode: string | null, message: string | null };

export type TransferScreenQueryVariables = Exact<{
  connectionId: InputMaybe<Scalars['ID']['input']>;
}>;


export type TransferScreenQuery = { __typename?: 'Query', connections: Array<{ __typename?: 'Connection', id: string, name: string, connectorId: string }>, transferRuns: Array<{ __typename?: 'TransferRun', connectionId: string, registers: Array<string>, trigger: string, createdAt: string, startedAt: string | null, id: string, status: string, error: string | null, finishedAt: string | null, counts: { __typename?: 'TransferCountsType', transferred: number, updated: number, skipped: number, failed: number } }>, transferOutcomesPerDay: Array<{ __typename?: 'TransferDayOutcomes', day: string, transferred: number, updated: number, skipped: number, failed: number }>, transferErrorSummary: Array<{ __typename?: 'TransferErrorGroup', errorCode: string, register: string, count: number, lastMessage: string, lastAt: string }> };

export type TransferItemsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TransferItemFilter>;
}>;


export type TransferItemsQuery = { __typename?: 'Query', transferItems: { __typename?: 'TransferItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'TransferItem', runId: string, direction: string, outcome: string, externalNumber: string | null, attempts: number, request: Record<string, unknown> | null, response: Record<string, unknown> | null, createdAt: string, id: string, register: string, recordId: string | null, externalId: string | null, errorCode: string | null, message: string | null }> } };

export type RunTransferMutationVariables = Exact<{
  input: RunTransferInput;
}>;


export type RunTransferMutation = { __typename?: 'Mutation', runTransfer: { __typename?: 'RunTransferPayload', alreadyProcessed: boolean, run: { __typename?: 'TransferRun', id: string, status: string } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type RetryTransferItemsMutationVariables = Exact<{
  input: RetryTransferItemsInput;
}>;


export type RetryTransferItemsMutation = { __typename?: 'Mutation', retryTransferItems: { __typename?: 'RetryTransferItemsPayload', retried: number, run: { __typename?: 'TransferRun', id: string, status: string } | null, errors: Array<{ __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null }> } };

export type TransferEventsSubscriptionVariables = Exact<{
  after: InputMaybe<Scalars['String']['input']>;
  connectionId: InputMaybe<Scalars['ID']['input']>;
}>;


export type TransferEventsSubscription = { __typename?: 'Subscription', transferEvents: { __typename?: 'TransferEvent', cursor: string, kind: string, connectionId: string | null, occurredAt: string, payload: Record<string, unknown> } };

export type InputErrorFieldsFragment = { __typename?: 'InputError', code: InputErrorCode, message: string, field: Array<string> | null };

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const RuleWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RuleWarningFieldsFragment, unknown>;
export const ConnectionStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}}]} as unknown as DocumentNode<ConnectionStatusFieldsFragment, unknown>;
export const ConnectionSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}}]} as unknown as DocumentNode<ConnectionSummaryFieldsFragment, unknown>;
export const TransferScheduleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"everyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"registers"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSkippedReason"}}]}}]} as unknown as DocumentNode<TransferScheduleFieldsFragment, unknown>;
export const FieldMappingTableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldMappingTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"transform"}},{"kind":"Field","name":{"kind":"Name","value":"transformLength"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateField"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<FieldMappingTableFieldsFragment, unknown>;
export const CustomerInvoicingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerInvoicingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCreationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"invoicing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<CustomerInvoicingFieldsFragment, unknown>;
export const InvoicingSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicingSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"isSaved"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<InvoicingSettingsFieldsFragment, unknown>;
export const TransferRunProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferRunProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]} as unknown as DocumentNode<TransferRunProgressFieldsFragment, unknown>;
export const TransferItemErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TransferItemErrorFieldsFragment, unknown>;
export const InputErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<InputErrorFieldsFragment, unknown>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ConnectionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"authMode"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSchema"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"ruleWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConnectionSettingsQuery, ConnectionSettingsQueryVariables>;
export const SettingsReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsReferenceData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceDataKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"entryTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsReferenceDataQuery, SettingsReferenceDataQueryVariables>;
export const SaveRulesGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRulesGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTransferRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransferRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"ruleWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleWarningFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RuleWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveRulesGroupMutation, SaveRulesGroupMutationVariables>;
export const CreditorSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditorSettingsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditorSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"companyCountry"}},{"kind":"Field","name":{"kind":"Name","value":"supplierControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"journalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fallbackAccount"}},{"kind":"Field","name":{"kind":"Name","value":"postingMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productGroup"}},{"kind":"Field","name":{"kind":"Name","value":"vatZone"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"undecidedCells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productGroup"}},{"kind":"Field","name":{"kind":"Name","value":"vatZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneStopShopVat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"companyCountry"}},{"kind":"Field","name":{"kind":"Name","value":"vatZoneNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditorSettingsScreenQuery, CreditorSettingsScreenQueryVariables>;
export const UpdateCreditorSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCreditorSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreditorSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCreditorSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateCreditorSettingsMutation, UpdateCreditorSettingsMutationVariables>;
export const UpdateOneStopShopVatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOneStopShopVat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOneStopShopVatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOneStopShopVat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateOneStopShopVatMutation, UpdateOneStopShopVatMutationVariables>;
export const NotificationSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationSettingsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failureNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"includeAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"extraRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"isSaved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nightlyInvoicing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isSaved"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunDay"}},{"kind":"Field","name":{"kind":"Name","value":"openedThrough"}}]}}]}}]} as unknown as DocumentNode<NotificationSettingsScreenQuery, NotificationSettingsScreenQueryVariables>;
export const SaveFailureNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFailureNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFailureNotificationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFailureNotificationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveFailureNotificationsMutation, SaveFailureNotificationsMutationVariables>;
export const SaveNightlyInvoicingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNightlyInvoicingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveNightlyInvoicingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNightlyInvoicing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveNightlyInvoicingSettingsMutation, SaveNightlyInvoicingSettingsMutationVariables>;
export const ReconnectSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconnectSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconnectSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconnectSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReconnectSystemMutation, ReconnectSystemMutationVariables>;
export const SetConnectionActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConnectionActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConnectionActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConnectionActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SetConnectionActiveMutation, SetConnectionActiveMutationVariables>;
export const ConnectorSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectorSettingsScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settingsSchema"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"autoTransferInvoices"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectorSettingsScreenQuery, ConnectorSettingsScreenQueryVariables>;
export const UpdateConnectorSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConnectorSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConnectionSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConnectionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"autoTransferInvoices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateConnectorSettingsMutation, UpdateConnectorSettingsMutationVariables>;
export const ConnectionsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"docsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"authMode"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsSchema"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}}]} as unknown as DocumentNode<ConnectionsScreenQuery, ConnectionsScreenQueryVariables>;
export const ConnectSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ConnectSystemMutation, ConnectSystemMutationVariables>;
export const TestConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<TestConnectionMutation, TestConnectionMutationVariables>;
export const UpdateTransferRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTransferRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTransferRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransferRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateTransferRulesMutation, UpdateTransferRulesMutationVariables>;
export const TransferSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"everyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"registers"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSkippedReason"}}]}}]} as unknown as DocumentNode<TransferSchedulesQuery, TransferSchedulesQueryVariables>;
export const SaveTransferScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTransferSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTransferScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTransferSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferScheduleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"everyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"registers"}},{"kind":"Field","name":{"kind":"Name","value":"isEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSkippedReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveTransferScheduleMutation, SaveTransferScheduleMutationVariables>;
export const DisconnectSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisconnectSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisconnectSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"tokenExpiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DisconnectSystemMutation, DisconnectSystemMutationVariables>;
export const ReauthorizeConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReauthorizeConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReauthorizeConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthorizeConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReauthorizeConnectionMutation, ReauthorizeConnectionMutationVariables>;
export const FieldMappingTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldMappingTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"register"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMappingRegister"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"register"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldMappingTableFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldMappingTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"transform"}},{"kind":"Field","name":{"kind":"Name","value":"transformLength"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateField"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<FieldMappingTableQuery, FieldMappingTableQueryVariables>;
export const UpdateFieldMappingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFieldMapping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFieldMappingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFieldMapping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldMapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldMappingTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldMappingTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMapping"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"targetFields"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"transform"}},{"kind":"Field","name":{"kind":"Name","value":"transformLength"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateField"}},{"kind":"Field","name":{"kind":"Name","value":"default"}},{"kind":"Field","name":{"kind":"Name","value":"isRequired"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateFieldMappingMutation, UpdateFieldMappingMutationVariables>;
export const FieldMappingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldMappingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"register"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMappingRegister"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMappingRowInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resetTargets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldMappingPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"register"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"Argument","name":{"kind":"Name","value":"resetTargets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resetTargets"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<FieldMappingPreviewQuery, FieldMappingPreviewQueryVariables>;
export const PreviewRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"products"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projects"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customers"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"products"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projects"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewRecordsQuery, PreviewRecordsQueryVariables>;
export const InvoiceStatusPipelineEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceStatusPipelineEditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceStatusPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isEditable"}},{"kind":"Field","name":{"kind":"Name","value":"requiresInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isSent"}},{"kind":"Field","name":{"kind":"Name","value":"isPartiallyPaid"}},{"kind":"Field","name":{"kind":"Name","value":"isPaid"}},{"kind":"Field","name":{"kind":"Name","value":"isFailed"}},{"kind":"Field","name":{"kind":"Name","value":"isCreditNoteDefault"}},{"kind":"Field","name":{"kind":"Name","value":"isTransferTrigger"}},{"kind":"Field","name":{"kind":"Name","value":"isAfterTransfer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"afterTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"onError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"restoredFrom"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceStatusPipelineEditorQuery, InvoiceStatusPipelineEditorQueryVariables>;
export const SaveInvoiceStatusPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInvoiceStatusPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveInvoiceStatusPipelineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInvoiceStatusPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveInvoiceStatusPipelineMutation, SaveInvoiceStatusPipelineMutationVariables>;
export const RestoreInvoiceStatusPipelineVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreInvoiceStatusPipelineVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreInvoiceStatusPipelineVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreInvoiceStatusPipelineVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreInvoiceStatusPipelineVersionMutation, RestoreInvoiceStatusPipelineVersionMutationVariables>;
export const PipelineDryRunSamplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineDryRunSamples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sourceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineDryRunSamplesQuery, PipelineDryRunSamplesQueryVariables>;
export const PipelineDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineDryRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineDryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"statusKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"landsIn"}},{"kind":"Field","name":{"kind":"Name","value":"hasInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<PipelineDryRunQuery, PipelineDryRunQueryVariables>;
export const CustomerInvoicingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerInvoicingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerInvoicingFields"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerInvoicingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCreationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"invoicing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]} as unknown as DocumentNode<CustomerInvoicingListQuery, CustomerInvoicingListQueryVariables>;
export const ClearCustomerInvoicingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearCustomerInvoicing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearCustomerInvoicingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearCustomerInvoicing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCreationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"invoicing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ClearCustomerInvoicingMutation, ClearCustomerInvoicingMutationVariables>;
export const SaveCustomerInvoicingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCustomerInvoicing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerInvoicingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerInvoicingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCreationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"invoicing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveCustomerInvoicingMutation, SaveCustomerInvoicingMutationVariables>;
export const InvoicingSettingsScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicingSettingsScreen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicingSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicingSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"isSaved"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<InvoicingSettingsScreenQuery, InvoicingSettingsScreenQueryVariables>;
export const SaveInvoicingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveInvoicingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveInvoicingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInvoicingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoicingSettingsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoicingSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvoicingSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creationMode"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingTime"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"isSaved"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SaveInvoicingSettingsMutation, SaveInvoicingSettingsMutationVariables>;
export const ReconcileConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReconcileConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}}]}}]} as unknown as DocumentNode<ReconcileConnectionsQuery, ReconcileConnectionsQueryVariables>;
export const RegisterComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"register"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconcileRegister"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"register"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"isLinked"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"predictedAction"}},{"kind":"Field","name":{"kind":"Name","value":"oursDecision"}},{"kind":"Field","name":{"kind":"Name","value":"theirsDecision"}},{"kind":"Field","name":{"kind":"Name","value":"ours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theirs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RegisterComparisonQuery, RegisterComparisonQueryVariables>;
export const DecideRegisterRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRegisterRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRegisterRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRegisterRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"side"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DecideRegisterRecordsMutation, DecideRegisterRecordsMutationVariables>;
export const InitialSyncStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InitialSyncState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"startupImport"}},{"kind":"Field","name":{"kind":"Name","value":"isBlockingNextSync"}},{"kind":"Field","name":{"kind":"Name","value":"openErrorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorsAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorsAcknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferRunProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferItemErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferRunProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<InitialSyncStateQuery, InitialSyncStateQueryVariables>;
export const StartInitialSyncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInitialSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInitialSyncInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInitialSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartInitialSyncMutation, StartInitialSyncMutationVariables>;
export const AcknowledgeInitialSyncErrorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeInitialSyncErrors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeInitialSyncErrorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeInitialSyncErrors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initialSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"openErrorCount"}},{"kind":"Field","name":{"kind":"Name","value":"isBlockingNextSync"}},{"kind":"Field","name":{"kind":"Name","value":"errorsAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errorsAcknowledgedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AcknowledgeInitialSyncErrorsMutation, AcknowledgeInitialSyncErrorsMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ShellViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ShellViewerQuery, ShellViewerQueryVariables>;
export const TransferScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferRunProgressFields"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"registers"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferOutcomesPerDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferErrorSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferRunProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]} as unknown as DocumentNode<TransferScreenQuery, TransferScreenQueryVariables>;
export const TransferItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferItemErrorFields"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"externalNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferItemErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<TransferItemsQuery, TransferItemsQueryVariables>;
export const RunTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alreadyProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RunTransferMutation, RunTransferMutationVariables>;
export const RetryTransferItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryTransferItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryTransferItemsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryTransferItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retried"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InputErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InputErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RetryTransferItemsMutation, RetryTransferItemsMutationVariables>;
export const TransferEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransferEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<TransferEventsSubscription, TransferEventsSubscriptionVariables>;