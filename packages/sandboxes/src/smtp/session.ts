import type { FaultInjector } from '../core/faults.js';
import type { SmtpStore } from './store.js';

/** Credentials the sink insists on; without them any AUTH is accepted and recorded. */
export interface SmtpAuth {
  readonly user: string;
  readonly password: string;
}

export interface SessionOptions {
  readonly hostname: string;
  readonly store: SmtpStore;
  readonly faults: FaultInjector;
  readonly auth: SmtpAuth | null;
  readonly maxMessageBytes: number;
}

type Mode =
  | { kind: 'command' }
  | { kind: 'data'; lines: string[]; bytes: number }
  | { kind: 'auth-plain' }
  | { kind: 'auth-login-user' }
  | { kind: 'auth-login-password'; user: string };

/**
 * One SMTP conversation (RFC 5321 subset): a pure line-in, replies-out state machine so the TCP
 * server stays a thin adapter. `write` sends a reply; `close` ends the connection.
 */
export class SmtpSession {
  private mode: Mode = { kind: 'command' };
  private greeted = false;
  private authUser: string | null = null;
  private from: string | null = null;
  private to: string[] = [];

  constructor(
    private readonly opts: SessionOptions,
    private readonly write: (reply: string) => void,
    private readonly close: () => void,
  ) {}

  greeting(): void {
    this.write(`220 ${this.opts.hostname} ESMTP Ledgerbridge SMTP sandbox`);
  }

  /** One line without its CRLF. */
  line(text: string): void {
    switch (this.mode.kind) {
      case 'data':
        return this.dataLine(this.mode, text);
      case 'auth-plain':
        this.mode = { kind: 'command' };
        return this.finishPlain(text);
      case 'auth-login-user':
        this.mode = { kind: 'auth-login-password', user: decode(text) };
        return this.write('334 UGFzc3dvcmQ6');
      case 'auth-login-password': {
        const user = this.mode.user;
        this.mode = { kind: 'command' };
        return this.finishAuth(user, decode(text));
      }
      case 'command':
        return this.command(text);
    }
  }

  private command(text: string): void {
    const space = text.indexOf(' ');
    const verb = (space < 0 ? text : text.slice(0, space)).toUpperCase();
    const arg = space < 0 ? '' : text.slice(space + 1).trim();
    switch (verb) {
      case 'EHLO':
        if (!arg) return this.write('501 5.5.4 EHLO needs a domain');
        this.greeted = true;
        this.resetEnvelope();
        return this.write([
          `250-${this.opts.hostname} greets ${arg}`, '250-8BITMIME', '250-SMTPUTF8', `250-SIZE ${this.opts.maxMessageBytes}`, '250 AUTH PLAIN LOGIN',
        ].join('\r\n'));
      case 'HELO':
        if (!arg) return this.write('501 5.5.4 HELO needs a domain');
        this.greeted = true;
        this.resetEnvelope();
        return this.write(`250 ${this.opts.hostname}`);
      case 'AUTH':
        return this.auth(arg);
      case 'MAIL':
        return this.mail(arg);
      case 'RCPT':
        return this.rcpt(arg);
      case 'DATA':
        if (this.from === null) return this.write('503 5.5.1 MAIL first');
        if (this.to.length === 0) return this.write('503 5.5.1 RCPT first');
        this.mode = { kind: 'data', lines: [], bytes: 0 };
        return this.write('354 End data with <CR><LF>.<CR><LF>');
      case 'RSET':
        this.resetEnvelope();
        return this.write('250 2.0.0 OK');
      case 'NOOP':
        return this.write('250 2.0.0 OK');
      case 'VRFY':
        return this.write('252 2.1.5 Cannot verify, but will accept');
      case 'QUIT':
        this.write('221 2.0.0 Bye');
        return this.close();
      default:
        return this.write('500 5.5.2 Command not recognised');
    }
  }

  private auth(arg: string): void {
    if (!this.greeted) return this.write('503 5.5.1 EHLO first');
    if (this.authUser !== null) return this.write('503 5.5.1 Already authenticated');
    const [mechanism = '', initial] = arg.split(/\s+/);
    if (mechanism.toUpperCase() === 'PLAIN') {
      if (initial === undefined) {
        this.mode = { kind: 'auth-plain' };
        return this.write('334 ');
      }
      return this.finishPlain(initial);
    }
    if (mechanism.toUpperCase() === 'LOGIN') {
      if (initial === undefined) {
        this.mode = { kind: 'auth-login-user' };
        return this.write('334 VXNlcm5hbWU6');
      }
      this.mode = { kind: 'auth-login-password', user: decode(initial) };
      return this.write('334 UGFzc3dvcmQ6');
    }
    return this.write('504 5.5.4 Unrecognised authentication mechanism');
  }

  private finishPlain(encoded: string): void {
    if (encoded === '*') return this.write('501 5.7.0 Authentication cancelled');
    // authorisation-id NUL user NUL password
    const parts = decode(encoded).split('\u0000');
    if (parts.length !== 3) return this.write('501 5.5.2 Malformed AUTH PLAIN response');
    this.finishAuth(parts[1]!, parts[2]!);
  }

  private finishAuth(user: string, password: string): void {
    const wanted = this.opts.auth;
    if (wanted && (wanted.user !== user || wanted.password !== password)) return this.write('535 5.7.8 Authentication credentials invalid');
    this.authUser = user;
    this.write('235 2.7.0 Authentication successful');
  }

  private mail(arg: string): void {
    if (!this.greeted) return this.write('503 5.5.1 EHLO or HELO first');
    if (this.opts.auth && this.authUser === null) return this.write('530 5.7.0 Authentication required');
    if (this.from !== null) return this.write('503 5.5.1 Nested MAIL command');
    const address = pathArgument(arg, 'FROM');
    if (address === null) return this.write('501 5.5.4 Syntax: MAIL FROM:<address>');
    this.from = address;
    this.write('250 2.1.0 OK');
  }

  private rcpt(arg: string): void {
    if (this.from === null) return this.write('503 5.5.1 MAIL first');
    const address = pathArgument(arg, 'TO');
    if (address === null || address === '') return this.write('501 5.5.4 Syntax: RCPT TO:<address>');
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) return this.write(`553 5.1.3 Bad recipient address <${address}>`);
    this.to.push(address);
    this.write('250 2.1.5 OK');
  }

  private dataLine(mode: Extract<Mode, { kind: 'data' }>, text: string): void {
    if (text === '.') {
      this.mode = { kind: 'command' };
      return this.finishData(mode);
    }
    // dot-stuffing (RFC 5321 4.5.2): a leading dot was doubled by the client
    const line = text.startsWith('.') ? text.slice(1) : text;
    mode.bytes += Buffer.byteLength(line) + 2;
    if (mode.bytes <= this.opts.maxMessageBytes) mode.lines.push(line);
  }

  private finishData(mode: Extract<Mode, { kind: 'data' }>): void {
    const envelope = { from: this.from ?? '', to: this.to, authUser: this.authUser };
    this.resetEnvelope();
    if (mode.bytes > this.opts.maxMessageBytes) return this.write('552 5.3.4 Message too big');
    const decision = this.opts.faults.before();
    if (decision === 'error') return this.write('451 4.3.0 Temporary failure, try again later');
    if (decision === 'timeout') return; // the client waits until it gives up
    const mail = this.opts.store.add(envelope, mode.lines.join('\r\n'));
    this.write(`250 2.0.0 OK queued as ${mail.id}`);
  }

  private resetEnvelope(): void {
    this.from = null;
    this.to = [];
  }
}

function decode(base64: string): string {
  return Buffer.from(base64.trim(), 'base64').toString('utf8');
}

/** `FROM:<a@b> SIZE=12` → `a@b`; null when the keyword or brackets are missing. */
function pathArgument(arg: string, keyword: 'FROM' | 'TO'): string | null {
  const m = new RegExp(`^${keyword}:\\s*<([^>]*)>`, 'i').exec(arg);
  return m ? m[1]!.trim() : null;
}
