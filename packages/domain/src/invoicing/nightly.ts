import { z } from 'zod';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * When the nightly invoicing run happens for "before the job is completed" (PV-12): a local hour
 * in the tenant's time zone. The seed states neither; 02:00 Copenhagen is after any late edits
 * and well before a working day starts.
 */
export const nightlyInvoicingSchema = z.object({
  /** Local hour (0–23) from which the run happens. @default 2 */
  hour: z.number().int().min(0).max(23).default(2),
  /** IANA time zone the hour and the working days are counted in. @default "Europe/Copenhagen" */
  timeZone: z.string().min(1).refine(isTimeZone, 'is not a known IANA time zone').default('Europe/Copenhagen'),
});
export type NightlyInvoicing = z.infer<typeof nightlyInvoicingSchema>;
