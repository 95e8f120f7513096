import { z } from 'zod';

/** e-conomic's REST API; resources sit at the root (`/customers`, `/invoices/drafts`, …). */
export const economicRestUrl = 'https://restapi.e-conomic.com';
/** e-conomic's Projects API, a separate versioned service with the same two token headers. */
export const economicProjectsUrl = 'https://apis.e-conomic.com/api/v20.0.0';

/**
 * An e-conomic connection's credentials: the integration's app secret and the agreement grant
 * the customer handed over (PV-20). Neither expires; a revoked grant answers 401 (§1.1).
 */
export const economicCredentialsSchema = z.object({
  appSecretToken: z.string().min(1),
  agreementGrantToken: z.string().min(1),
  /** @default https://restapi.e-conomic.com */
  baseUrl: z.url().default(economicRestUrl),
  /**
   * Where the Projects API lives. @default https://apis.e-conomic.com/api/v20.0.0 with the
   * vendor's REST URL, otherwise `<baseUrl>/api/v20.0.0` (the sandbox serves both from one host).
   */
  projectsBaseUrl: z.url().optional(),
});

/** Credentials as stored (defaults not yet applied). */
export type EconomicCredentials = z.input<typeof economicCredentialsSchema>;

const entityNumber = z.number().int().min(1).max(999_999_999);

/**
 * Per-connection settings. e-conomic's API cannot tell which group, layout or terms the user
 * prefers (PV-22, PV-24, PV-27), so the admin picks them; the defaults are the numbers a new
 * Danish agreement starts with.
 */
export const economicSettingsSchema = z.object({
  /** Group for customers the integration creates. @default 1 */
  customerGroupNumber: entityNumber.default(1),
  /** VAT zone for customers in Denmark (or without a country). @default 1 (Domestic) */
  vatZoneNumber: entityNumber.default(1),
  /** VAT zone for customers in another EU country. @default 2 (EU) */
  euVatZoneNumber: entityNumber.default(2),
  /** VAT zone for customers outside the EU. @default 3 (Abroad) */
  abroadVatZoneNumber: entityNumber.default(3),
  /** Terms used when none of the agreement's `net` terms has the customer's number of days. @default 1 */
  paymentTermsNumber: entityNumber.default(1),
  /** Invoice layout when the customer has none (PV-27). @default 19 */
  layoutNumber: entityNumber.default(19),
  /** Product group for products without one (PV-22). @default 1 */
  productGroupNumber: entityNumber.default(1),
  /** Project group for new projects; must not be internal when projects have customers. @default 2 */
  projectGroupNumber: entityNumber.default(2),
  /** Product put on invoice lines that carry none (PV-21: "PV-WC"). @default none (text lines) */
  defaultProductNumber: z.string().min(1).max(25).optional(),
  /** Whether the transfer engine books drafts right after creating them (PV-08, RB-16). @default false */
  bookInvoices: z.boolean().default(false),
});

/** Settings as stored (defaults not yet applied). */
export type EconomicSettings = z.input<typeof economicSettingsSchema>;
/** Settings with defaults applied. */
export type EconomicSettingsValues = z.output<typeof economicSettingsSchema>;

/** Where each API is for one connection, with the defaults resolved. */
export function resolveUrls(credentials: z.output<typeof economicCredentialsSchema>): { readonly rest: string; readonly projects: string } {
  const rest = credentials.baseUrl.replace(/\/+$/, '');
  const projects = credentials.projectsBaseUrl ?? (rest === economicRestUrl ? economicProjectsUrl : `${rest}/api/v20.0.0`);
  return { rest, projects: projects.replace(/\/+$/, '') };
}
