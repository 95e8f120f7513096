import { z } from 'zod';
import type { FieldError } from '../errors.js';
import type { Result } from '../result.js';
import { parseInput } from '../validation.js';
import { pipelineIssues } from './pipeline.rules.js';

/** A stable slug naming a status; the integration never relies on display names (SE-VN-40). */
export const statusKeySchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]*$/, 'Key may contain only lower-case letters, digits and "-"');

/**
 * The per-status settings. The first four are the source's own flags (SE-VN-41; `isEditable` is
 * the inverse of "Ej redigerbar"); the rest bind the status roles the integration acts on
 * (X-19, SE-VN-48), explicitly rather than guessed from position.
 */
export const statusFlagsSchema = z.object({
  /** The status a new invoice gets. */
  isDefault: z.boolean(),
  /** Invoices in this status may be edited. */
  isEditable: z.boolean(),
  /** Invoices in this status carry an invoice number ("Fakturanummer"). */
  requiresInvoiceNumber: z.boolean(),
  /** The invoice has been sent to the customer ("Skickad"). */
  isSent: z.boolean(),
  /** Set when part of the invoice is paid ("Delbetald", SE-VN-54). */
  isPartiallyPaid: z.boolean(),
  /** The invoice is paid in full ("Betalad"). */
  isPaid: z.boolean(),
  /** Where an invoice lands when the ERP transfer fails (SE-VN-36, SE-VN-42). */
  isFailed: z.boolean(),
  /** The status a new credit note gets (SE-VN-45). */
  isCreditNoteDefault: z.boolean(),
  /** Entering this status sends the invoice to the ERP. */
  isTransferTrigger: z.boolean(),
  /** Where a successfully transferred invoice lands, now with the ERP's number (SE-VN-48). */
  isAfterTransfer: z.boolean(),
});

/** The flags of one status. */
export type StatusFlags = z.infer<typeof statusFlagsSchema>;

/** One status of a tenant's invoice pipeline. */
export const invoiceStatusSchema = z.object({
  key: statusKeySchema,
  name: z.string().trim().min(1).max(100),
  /** 0-based order; the integration depends on the order (SE-VN-40). */
  position: z.number().int().min(0),
  flags: statusFlagsSchema,
});

/** One status of a tenant's invoice pipeline. */
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

/** An allowed move between two statuses, by key. */
export const statusTransitionSchema = z.object({ from: statusKeySchema, to: statusKeySchema });

/** An allowed move between two statuses, by key. */
export type StatusTransition = z.infer<typeof statusTransitionSchema>;

/**
 * AutoInvoice's three status settings (SE-VN-53), by status key: invoices in `toTransfer` go to
 * AutoInvoice, which moves them to `afterTransfer` once sent, or to `onError` (not stated by the
 * seed, so optional) when it cannot send them. Rules: auto-invoice.rules.ts.
 */
export const autoInvoiceBindingSchema = z.object({
  toTransfer: statusKeySchema,
  afterTransfer: statusKeySchema,
  onError: statusKeySchema.nullable(),
});

/** AutoInvoice's status settings (SE-VN-53). */
export type AutoInvoiceBinding = z.infer<typeof autoInvoiceBindingSchema>;

/**
 * The shape of a pipeline without its rules. Transitions are explicit and include the moves the
 * transfer engine makes (trigger → after-transfer, trigger → failed), so one table answers
 * "may an invoice go from A to B" for people and the engine alike.
 */
export const pipelineShapeSchema = z.object({
  statuses: z.array(invoiceStatusSchema).min(1).max(50),
  transitions: z.array(statusTransitionSchema).max(1000),
  /** AutoInvoice's own status settings (SE-VN-53); null or absent: invoices are not sent through AutoInvoice. */
  autoInvoice: autoInvoiceBindingSchema.nullable().optional(),
});

/** A tenant's invoice-status pipeline (SE-VN-40..48, X-19). */
export type Pipeline = z.infer<typeof pipelineShapeSchema>;

/**
 * A pipeline with every rule of {@link pipelineIssues} checked, so an admin form gets all issues
 * from one parse. Rule violations carry the code `PIPELINE_INVALID`.
 */
export const pipelineSchema = pipelineShapeSchema.superRefine((pipeline, ctx) => {
  for (const issue of pipelineIssues(pipeline)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.field, params: { code: issue.code } });
  }
});

/**
 * A problem with a pipeline. Shape problems keep their specific codes (`REQUIRED`, …); rule
 * violations use `PIPELINE_INVALID`. `field` points into the pipeline, e.g.
 * `['statuses', '2', 'flags', 'isDefault']`.
 */
export type PipelineIssue = FieldError;

/** Parses and checks a pipeline, returning every issue at once. */
export function validatePipeline(input: unknown): Result<Pipeline, PipelineIssue[]> {
  return parseInput(pipelineSchema, input);
}
