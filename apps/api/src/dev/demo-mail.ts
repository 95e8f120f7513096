import { startSmtpSandbox, type StartedSmtpSandbox } from '@ledgerbridge/sandboxes';
import type { Env } from '../config/env.js';

/**
 * `npm start` without SMTP_URL: a local SMTP sink takes the demo's e-mails, so invoice and
 * failure e-mails can be seen (GET <mailbox>/__sandbox/messages) without a real relay.
 */
export async function withDemoMailbox(env: Env): Promise<{ env: Env; mailbox: StartedSmtpSandbox | null }> {
  if (env.SMTP_URL) return { env, mailbox: null };
  const mailbox = await startSmtpSandbox({ host: '127.0.0.1' });
  return { env: { ...env, SMTP_URL: mailbox.smtpUrl }, mailbox };
}
