import { err, ok, type Result } from '@ledgerbridge/domain';
import nodemailer from 'nodemailer';
import type { Logger } from '../logging/logger.js';

export interface OutgoingMail {
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Fixed per notification, so a re-send after a crash is recognisable as the same message. */
  readonly messageId: string;
  readonly attachments?: readonly { readonly filename: string; readonly content: Uint8Array; readonly contentType: string }[];
}

/** Sends e-mail; `null` config means "not configured", which callers record instead of sending. */
export interface Mailer {
  readonly isConfigured: boolean;
  /** The relay's answer, or why it refused (secrets removed); never throws. */
  send(mail: OutgoingMail): Promise<Result<{ response: string }, string>>;
  close(): void;
}

/** `smtp://user:***@host:port`: for banners and messages; the password never leaves this module. */
export function describeSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.password) url.password = '***';
  return url.toString().replace(/\/$/, '');
}

function withoutSecret(message: string, smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const secrets = [url.password, decodeURIComponent(url.password), smtpUrl].filter((s) => s.length > 0);
  return secrets.reduce((text, secret) => text.split(secret).join('***'), message);
}

/** A relay that keeps nothing back: every call is "not configured". */
export const unconfiguredMailer: Mailer = {
  isConfigured: false,
  send: async () => err('SMTP_URL is not set: no e-mail can be sent'),
  close: () => undefined,
};

/**
 * nodemailer over SMTP_URL. Timeouts keep a hanging relay from holding a transfer run: a
 * failed send is recorded on the notification, and the run goes on.
 */
export function createMailer(smtpUrl: string | undefined, logger: Logger, timeoutMs = 15_000): Mailer {
  if (!smtpUrl) return unconfiguredMailer;
  const url = new URL(smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
    secure: url.protocol === 'smtps:',
    ...(url.username ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    isConfigured: true,
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: { name: mail.from.name, address: mail.from.address },
          to: [...mail.to],
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          ...(mail.attachments ? { attachments: mail.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })) } : {}),
        });
        return ok({ response: String(info.response ?? '') });
      } catch (error) {
        const reason = withoutSecret(error instanceof Error ? error.message : String(error), smtpUrl);
        logger.warn({ reason, relay: describeSmtpUrl(smtpUrl) }, 'e-mail not sent');
        return err(reason);
      }
    },
    close: () => transport.close(),
  };
}
