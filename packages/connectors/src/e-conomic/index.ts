import type { Connector } from '../core/connector.js';
import type { ConnectorFactoryOptions } from '../core/connector-context.js';
import type { ConnectorManifest } from '../core/manifest.js';
import type { CanonicalRecords } from '../core/records.js';
import { bucketFromHint } from '../core/token-bucket.js';
import { createEconomicClient } from './client.js';
import { economicCredentialsSchema, economicSettingsSchema, resolveUrls, type EconomicCredentials, type EconomicSettings } from './config.js';
import { createEconomicContext } from './context.js';
import { bookInvoice, createDraft, deleteInvoiceDraft, findInvoice, getInvoiceLines, getInvoiceStatus } from './invoices.js';
import { listPayments, listProjectCosts, listReferenceData, verifyCredentials } from './reads.js';
import { listCustomers, listProducts, listProjects, upsertCustomer, upsertProduct, upsertProject } from './registers.js';
import { createSupplierInvoiceVoucher, findSupplierInvoiceVoucher } from './supplier-vouchers.js';
import { findFinanceVoucher, postFinanceVoucher } from './vouchers.js';

export { economicCredentialsSchema, economicSettingsSchema, type EconomicCredentials, type EconomicSettings, type EconomicSettingsValues } from './config.js';
export { parseEconomicError } from './economic-error.js';

/**
 * Visma e-conomic (DK/NO): static app-secret + agreement-grant tokens, the REST API for
 * customers, products and invoices, the booked ledger for payments and supplier costs on
 * projects, and the separate Projects API for projects.
 */
export const economicManifest = {
  id: 'e-conomic',
  displayName: 'Visma e-conomic',
  docsUrl: 'https://restdocs.e-conomic.com',
  authMode: 'agreement-grant',
  credentialsSchema: economicCredentialsSchema,
  secretFields: ['appSecretToken', 'agreementGrantToken'],
  settingsSchema: economicSettingsSchema,
  capabilities: {
    customers: ['read', 'write'],
    products: ['read', 'write'],
    projects: ['read', 'write'],
    invoices: ['read', 'write'],
    creditNotes: ['read', 'write'],
    projectCosts: ['read'],
    payments: ['read'],
    referenceData: ['read'],
    supplierInvoices: ['read', 'write'],
    financeVouchers: ['read', 'write'],
  },
  // Fair use: 50 000 calls per 24 hours per agreement (§1.4).
  rateLimit: { requests: 50_000, perMs: 24 * 60 * 60 * 1000 },
  // a draft is booked with a number we choose, `bookWithNumber` (§1.10)
  sourceInvoiceNumbers: { pattern: /^[1-9]\d{0,8}$/, description: 'a whole number from 1 to 999999999' },
  // the booked-invoice read model (§1.10) has no OCR/KID/FIK field, so no payment reference comes back
  paymentReferences: null,
} as const satisfies ConnectorManifest<typeof economicCredentialsSchema, typeof economicSettingsSchema>;

/**
 * Creates the e-conomic connector for one connection. Credentials and settings are parsed with
 * the manifest's schemas here (defaults applied); they were validated when the tenant connected,
 * so a failure is a programming error and throws.
 */
export function createEconomicConnector(options: ConnectorFactoryOptions<EconomicCredentials, EconomicSettings>): Connector<CanonicalRecords> {
  const credentials = economicCredentialsSchema.parse(options.credentials);
  const settings = economicSettingsSchema.parse(options.settings);
  const urls = resolveUrls(credentials);
  const client = createEconomicClient({
    restUrl: urls.rest,
    projectsUrl: urls.projects,
    appSecretToken: credentials.appSecretToken,
    agreementGrantToken: credentials.agreementGrantToken,
    fetch: options.fetch,
    clock: options.clock,
    logger: options.logger,
    budget: options.rateBudget ?? bucketFromHint(economicManifest.rateLimit, options.clock),
    ...(options.ratePriority === undefined ? {} : { priority: options.ratePriority }),
    secretFields: economicManifest.secretFields,
    ...(options.requestTimeoutMs === undefined ? {} : { timeoutMs: options.requestTimeoutMs }),
  });
  const ctx = createEconomicContext(client, settings, options.clock);

  return {
    id: 'e-conomic',
    verifyCredentials: () => verifyCredentials(ctx),
    listCustomers: (query) => listCustomers(ctx, query),
    upsertCustomer: (customer, options) => upsertCustomer(ctx, customer, options),
    listProducts: (query) => listProducts(ctx, query),
    upsertProduct: (product) => upsertProduct(ctx, product),
    listProjects: (query) => listProjects(ctx, query),
    upsertProject: (project) => upsertProject(ctx, project),
    createInvoice: (draft) => createDraft(ctx, draft),
    createCreditNote: (draft) => createDraft(ctx, draft),
    bookInvoice: (externalId, options) => bookInvoice(ctx, externalId, options?.number),
    deleteInvoiceDraft: (externalId) => deleteInvoiceDraft(ctx, externalId),
    findInvoice: (lookup) => findInvoice(ctx, lookup),
    getInvoiceStatus: (externalId) => getInvoiceStatus(ctx, externalId),
    getInvoiceLines: (externalId) => getInvoiceLines(ctx, externalId),
    listProjectCosts: (query) => listProjectCosts(ctx, query),
    listPayments: (query) => listPayments(ctx, query),
    listReferenceData: (kind) => listReferenceData(ctx, kind),
    createSupplierInvoiceVoucher: (voucher) => createSupplierInvoiceVoucher(ctx, voucher),
    findSupplierInvoiceVoucher: (lookup) => findSupplierInvoiceVoucher(ctx, lookup),
    postFinanceVoucher: (voucher) => postFinanceVoucher(ctx, voucher),
    findFinanceVoucher: (lookup) => findFinanceVoucher(ctx, lookup),
  };
}
