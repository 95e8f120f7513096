import { z } from 'zod';
import { isOnOrAfter, isoDateSchema } from '../date.js';
import { customerIdSchema } from '../ids.js';
import { whenFieldsValid } from '../validation.js';

/**
 * A project. The source owns project numbers (SE-VN-02), so the number is required; it is the
 * link key to the ERP project (SE-FX-27) and must not change after linking (SE-VN-15).
 */
export const projectInputSchema = z
  .object({
    number: z
      .string()
      .trim()
      .min(1)
      .max(30)
      .regex(/^[A-Za-z0-9-]*$/, 'Project number may contain only letters, digits and "-"'),
    name: z.string().trim().min(1).max(255),
    /** Required unless the project is internal: invoices are mapped through it (SE-VN-28). */
    customerId: customerIdSchema.optional(),
    /** @default true */
    isActive: z.boolean().default(true),
    /** Internal projects are never sent to the ERP (SE-VN-30). @default false */
    isInternal: z.boolean().default(false),
    startDate: isoDateSchema.optional(),
    endDate: isoDateSchema.optional(),
    /** Sent as the ERP project's comments (SE-FX-55/5); Fortnox `Comments` takes at most 512; blank clears. */
    description: z.string().trim().max(512).transform((v) => (v === '' ? undefined : v)).optional(),
  })
  .superRefine(
    (project, ctx) => {
      if (!project.isInternal && project.customerId === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'A customer is required unless the project is internal',
          path: ['customerId'],
          params: { code: 'REQUIRED' },
        });
      }
    },
    { when: whenFieldsValid('customerId', 'isInternal') },
  )
  .superRefine(
    (project, ctx) => {
      const { startDate, endDate } = project;
      if (startDate !== undefined && endDate !== undefined && !isOnOrAfter(endDate, startDate)) {
        ctx.addIssue({
          code: 'custom',
          message: 'End date must not be before the start date',
          path: ['endDate'],
          params: { code: 'INVALID_VALUE' },
        });
      }
    },
    { when: whenFieldsValid('startDate', 'endDate') },
  );

/** A validated project, defaults applied. */
export type ProjectInput = z.infer<typeof projectInputSchema>;
