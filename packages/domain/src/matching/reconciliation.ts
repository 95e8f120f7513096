import { z } from 'zod';
import { DEFAULT_MATCH_THRESHOLD } from './matcher.js';

/** The registers a comparison report and register decisions cover (SE-FX-09). */
export const reconcileRegisterSchema = z.enum(['customers', 'products', 'projects']);
export type ReconcileRegister = z.infer<typeof reconcileRegisterSchema>;

/**
 * One decision on one row of the comparison report:
 * - LINK: our record and the ERP's are the same (both ids);
 * - CREATE: ours is sent to the ERP (our id), or the ERP's is imported into ours (its id), at the next sync;
 * - IGNORE: the record (one side) is never synchronised.
 */
export const registerDecisionSchema = z
  .object({
    action: z.enum(['LINK', 'CREATE', 'IGNORE']),
    recordId: z.uuid().optional(),
    externalId: z.string().trim().min(1).max(100).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.action === 'LINK') {
      if (!d.recordId) ctx.addIssue({ code: 'custom', message: 'LINK needs our record', path: ['recordId'], params: { code: 'REQUIRED' } });
      if (!d.externalId) ctx.addIssue({ code: 'custom', message: 'LINK needs the ERP record', path: ['externalId'], params: { code: 'REQUIRED' } });
    } else if (Boolean(d.recordId) === Boolean(d.externalId)) {
      ctx.addIssue({ code: 'custom', message: `${d.action} takes either our record or the ERP record, not both`, path: ['recordId'], params: { code: 'INVALID_VALUE' } });
    }
  });
export type RegisterDecision = z.infer<typeof registerDecisionSchema>;

/** Many decisions at once, as the admin ticks rows of the report. */
export const registerDecisionsSchema = z.object({
  register: reconcileRegisterSchema,
  decisions: z.array(registerDecisionSchema).min(1).max(500),
});

/** Options of a register comparison report. */
export const registerComparisonOptionsSchema = z.object({
  /** Lowest similarity for a predicted link when numbers differ. @default 0.8 */
  threshold: z.number().min(0.5).max(1).default(DEFAULT_MATCH_THRESHOLD),
});

/** Options of the one-off initial synchronisation of a connection. */
export const initialSyncOptionsSchema = z.object({
  /**
   * Start-up import ("Opstarts-synk", RB-05): ERP products, customers and suppliers without a
   * counterpart are imported into ours. Inactive ERP customers never are (SE-VN-24).
   * @default false — the seed's checkbox is unticked
   */
  startupImport: z.boolean().default(false),
});
export type InitialSyncOptions = z.infer<typeof initialSyncOptionsSchema>;
