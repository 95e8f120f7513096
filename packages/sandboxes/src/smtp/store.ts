import { parseMail, type ParsedMail } from './mime.js';

/** One message as the sink received it: the envelope plus the raw RFC 5322 text after DATA. */
export interface ReceivedMail {
  readonly id: number;
  readonly from: string;
  readonly to: readonly string[];
  /** The user that authenticated for this message, or null when the client did not. */
  readonly authUser: string | null;
  /** Headers by lower-case name (unfolded, encoded words decoded); the last value wins for repeated names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly subject: string;
  /** The decoded text/plain and text/html bodies, as the recipient reads them. */
  readonly text: string | null;
  readonly html: string | null;
  readonly attachments: ParsedMail['attachments'];
  readonly raw: string;
  readonly receivedAt: string;
}

/** The sink's mailbox: every accepted message in arrival order, until cleared. */
export class SmtpStore {
  private nextId = 1;
  readonly messages: ReceivedMail[] = [];
  private readonly waiters: (() => void)[] = [];

  add(envelope: { from: string; to: readonly string[]; authUser: string | null }, raw: string): ReceivedMail {
    const { headers, text, html, attachments } = parseMail(raw);
    const mail: ReceivedMail = {
      id: this.nextId++, from: envelope.from, to: [...envelope.to], authUser: envelope.authUser,
      headers, subject: headers['subject'] ?? '', text, html, attachments, raw, receivedAt: new Date().toISOString(),
    };
    this.messages.push(mail);
    for (const wake of this.waiters.splice(0)) wake();
    return mail;
  }

  clear(): number {
    const n = this.messages.length;
    this.messages.length = 0;
    return n;
  }

  /** Resolves once at least `count` messages are held (tests wait for a condition, not a delay). */
  async waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`smtp sandbox: expected ${count} messages, have ${this.messages.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return [...this.messages];
  }
}
