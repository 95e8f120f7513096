import { z } from 'zod';
import { emailSchema } from '../party.js';

/**
 * Per connection: whether a run with failed items sends an e-mail, and to whom (SE-FX-52, X-29).
 * The seed leaves recipients open; the tenant's admins are the people who can act on a failure.
 */
export const failureNotificationSettingsSchema = z.object({
  /** @default true — "recommended on" (SE-FX-52) */
  isEnabled: z.boolean().default(true),
  /** Send to every ADMIN user of the tenant. @default true */
  includeAdmins: z.boolean().default(true),
  /** Further addresses, e.g. a shared bookkeeping inbox. @default [] */
  extraRecipients: z.array(emailSchema).max(20).default([]),
});
export type FailureNotificationSettings = z.infer<typeof failureNotificationSettingsSchema>;

/** Statuses of a recorded notification: nothing is dropped silently, even without SMTP. */
export const notificationStatuses = ['PENDING', 'SENT', 'NOT_CONFIGURED', 'FAILED', 'SKIPPED'] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];

/** The distinct recipients (case-insensitive), admins first, in a stable order. */
export function failureRecipients(settings: FailureNotificationSettings, adminEmails: readonly string[]): string[] {
  const all = [...(settings.includeAdmins ? adminEmails : []), ...settings.extraRecipients];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const address of all) {
    const key = address.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(address.trim());
    }
  }
  return out;
}

export interface FailedItem {
  readonly register: string;
  readonly recordId: string | null;
  readonly errorCode: string | null;
  readonly message: string | null;
}

export interface FailureGroup {
  readonly reason: string;
  readonly count: number;
  /** The register and message of up to `examplesPerReason` items, for the e-mail body. */
  readonly examples: readonly { readonly register: string; readonly recordId: string | null; readonly message: string }[];
}

/**
 * Failed items grouped by reason (the connector's error code, else the message), largest group
 * first, so one e-mail per run reads as "what went wrong" rather than a list of rows (X-30 row 30).
 */
export function summariseFailures(items: readonly FailedItem[], examplesPerReason = 5): FailureGroup[] {
  const groups = new Map<string, { count: number; examples: { register: string; recordId: string | null; message: string }[] }>();
  for (const item of items) {
    const reason = item.errorCode ?? item.message ?? 'UNKNOWN';
    const group = groups.get(reason) ?? { count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < examplesPerReason) group.examples.push({ register: item.register, recordId: item.recordId, message: item.message ?? item.errorCode ?? 'No message' });
    groups.set(reason, group);
  }
  return [...groups.entries()]
    .map(([reason, g]) => ({ reason, count: g.count, examples: g.examples }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
