import { z } from 'zod';

/** A tenant: one customer organisation of Ledgerbridge, owning all its records. */
export const tenantInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
});

/** A validated tenant. */
export type TenantInput = z.infer<typeof tenantInputSchema>;
