import type { Mailer } from './mailer.js';

/** What services need to send e-mail: the relay, the sender address, and where the admin lives. */
export interface MailDeps {
  readonly mailer: Mailer;
  /** MAIL_FROM; the display name is the tenant's company name. */
  readonly fromAddress: string;
  /** The API's public base URL (links in e-mails point into its /admin SPA). */
  readonly publicUrl: () => string;
}
