import { z } from 'zod';

/**
 * Which system's edits win for a register. `NONE`: both systems create and update
 * (SE-VN-17, SE-VN-22); see ADR 0006 for what happens when both change the same record.
 */
export const masterSystemSchema = z.enum(['SOURCE', 'ERP', 'NONE']);
export type MasterSystem = z.infer<typeof masterSystemSchema>;

/** Which system hands out a number type. */
export const numberingOwnerSchema = z.enum(['SOURCE', 'ERP']);
export type NumberingOwner = z.infer<typeof numberingOwnerSchema>;

/** What closing a project in the source does to the ERP project. */
export const closedProjectActionSchema = z.enum(['LEAVE', 'DEACTIVATE']);
export type ClosedProjectAction = z.infer<typeof closedProjectActionSchema>;

const numberLengthSchema = z.number().int().min(1).max(30);

/**
 * Register rules of one connection as stored: only what the admin set. Every field is optional
 * because the defaults differ per connector; {@link registerRulesFor} fills them in.
 */
export const registerRulesSchema = z.strictObject({
  /** Master system for customers (SE-EE-13, SE-FX-36, SE-VN-22). @default "NONE" */
  customerMaster: masterSystemSchema.optional(),
  /** Master system for products, work types and travel expenses (SE-EE-14, SE-FX-43, SE-VN-17). @default "NONE" */
  productMaster: masterSystemSchema.optional(),
  /**
   * Who numbers customers. With `ERP` a customer without a number is created in the ERP,
   * which assigns one, and that number is written back (PV-26, SE-VN-25, X-21).
   * @default "SOURCE"; "ERP" for e-conomic (PV-26) and Visma.net (SE-VN-02)
   */
  customerNumbering: numberingOwnerSchema.optional(),
  /**
   * Who numbers invoices and credit notes (X-08, SE-FX-32, SE-VN-33, SE-VN-44). With `ERP` the
   * ERP's number is written back; with `SOURCE` our invoice's `sourceNumber` is sent and the ERP
   * document must carry exactly that number. Only where the connector's manifest allows it.
   * @default "ERP"
   */
  invoiceNumbering: numberingOwnerSchema.optional(),
  /**
   * Changes to customers and products already linked to the ERP are pushed right after they are
   * saved instead of waiting for the schedule (PV-04, X-26); new ones still wait (PV-05).
   * @default false
   */
  pushLinkedChangesImmediately: z.boolean().optional(),
  /**
   * First-run mode: every active customer is copied from the master to the other system (both ways
   * without a master), prospects included; internal and inactive ones still stay (SE-FX-12, SE-FX-13).
   * Turns itself off after the run (SE-FX-37, SE-FX-40).
   * @default false
   */
  transferAllCustomers: z.boolean().optional(),
  /** A customer not yet in the ERP is sent only once it has an invoice (PV-05, PV-23). @default false */
  pushNewCustomersAtFirstInvoice: z.boolean().optional(),
  /** "Transfer projects" (SE-FX-31). @default true */
  transferProjects: z.boolean().optional(),
  /** Closing a project in the source. @default "DEACTIVATE" (SE-VN-29); "LEAVE" for Fortnox (SE-FX-30) */
  closedProjects: closedProjectActionSchema.optional(),
  /** Customer numbers must have exactly this many characters (SE-VN-14). Unset: no length rule. */
  customerNumberLength: numberLengthSchema.optional(),
  /** Product numbers must have exactly this many characters (SE-VN-14). Unset: no length rule. */
  productNumberLength: numberLengthSchema.optional(),
  /** Project numbers must have exactly this many characters (SE-VN-14, SE-VN-31). Unset: no length rule. */
  projectNumberLength: numberLengthSchema.optional(),
});

export type StoredRegisterRules = z.infer<typeof registerRulesSchema>;

type Defaulted = 'customerMaster' | 'productMaster' | 'customerNumbering' | 'invoiceNumbering' | 'pushLinkedChangesImmediately' | 'transferAllCustomers' | 'pushNewCustomersAtFirstInvoice' | 'transferProjects' | 'closedProjects';

/** Register rules with every default applied. */
export type RegisterRules = Required<Pick<StoredRegisterRules, Defaulted>> & Omit<StoredRegisterRules, Defaulted>;

const BASE_DEFAULTS: Required<Pick<StoredRegisterRules, Defaulted>> = {
  customerMaster: 'NONE',
  productMaster: 'NONE',
  customerNumbering: 'SOURCE',
  invoiceNumbering: 'ERP',
  pushLinkedChangesImmediately: false,
  transferAllCustomers: false,
  pushNewCustomersAtFirstInvoice: false,
  transferProjects: true,
  closedProjects: 'DEACTIVATE',
};

/** Where a connector's seed states a different default. */
const CONNECTOR_DEFAULTS: Readonly<Record<string, Partial<RegisterRules>>> = {
  'e-conomic': { customerNumbering: 'ERP' },
  fortnox: { closedProjects: 'LEAVE' },
  'visma-net': { customerNumbering: 'ERP' },
};

/** The rules a connection runs with: the connector's defaults under what the admin set. */
export function registerRulesFor(connectorId: string, stored: StoredRegisterRules | undefined): RegisterRules {
  const set = Object.fromEntries(Object.entries(stored ?? {}).filter(([, v]) => v !== undefined));
  return { ...BASE_DEFAULTS, ...CONNECTOR_DEFAULTS[connectorId], ...set };
}
