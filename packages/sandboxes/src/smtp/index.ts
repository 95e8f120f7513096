import net from 'node:net';
import { Router } from '../core/router.js';
import type { SandboxOptions, StartedSandbox } from '../core/sandbox.js';
import { startSandboxServer, type VendorStyle } from '../core/server.js';
import { SmtpSession, type SmtpAuth } from './session.js';
import { SmtpStore } from './store.js';

export { SmtpStore, type ReceivedMail } from './store.js';
export type { SmtpAuth } from './session.js';

/** Options for the SMTP sink on top of the ones every sandbox takes. */
export interface SmtpSandboxOptions extends SandboxOptions {
  /** Credentials clients must AUTH with; null accepts any (and none). @default { user: 'sandbox', password: random } */
  readonly auth?: SmtpAuth | null;
  /** Port of the HTTP control API (/__sandbox/messages). @default a free port */
  readonly controlPort?: number;
  /** @default 10 MiB */
  readonly maxMessageBytes?: number;
}

/** The SMTP sink's HTTP side: started sandbox fields describe it, `port`/`smtpUrl` the SMTP side. */
export interface StartedSmtpSandbox extends StartedSandbox<SmtpStore> {
  /** smtp://user:password@host:port — the form SMTP_URL takes. */
  readonly smtpUrl: string;
}

const jsonStyle: VendorStyle = {
  notFound: () => ({ status: 404, body: { message: 'not found' } }),
  methodNotAllowed: () => ({ status: 405, body: { message: 'method not allowed' } }),
  serverError: () => ({ status: 503, body: { message: 'unavailable' } }),
  tooManyRequests: () => ({ status: 429, body: { message: 'too many requests' } }),
  badJson: () => ({ status: 400, body: { message: 'bad json' } }),
  rateKey: () => null,
};

function controlRoutes(store: SmtpStore): Router {
  return new Router()
    .on('GET', '/__sandbox/messages', (req) => {
      const to = req.query.get('to');
      return { status: 200, body: { messages: to ? store.messages.filter((m) => m.to.includes(to)) : store.messages } };
    })
    .on('DELETE', '/__sandbox/messages', () => ({ status: 200, body: { deleted: store.clear() } }))
    .on('GET', '/__sandbox/messages/:id', (req) => {
      const mail = store.messages.find((m) => String(m.id) === req.params['id']);
      return mail ? { status: 200, body: mail } : { status: 404, body: { message: 'no such message' } };
    });
}

/**
 * A real SMTP server over TCP that accepts every valid message into memory (a mail sink, like
 * a provider's test inbox). `port` is the SMTP port; the mailbox is listed and cleared over HTTP
 * at `baseUrl`/__sandbox/messages, and faults (`PUT /__sandbox/faults`) turn DATA into 451s or
 * silence, so senders can be tested against a failing relay.
 */
export async function startSmtpSandbox(options: SmtpSandboxOptions = {}): Promise<StartedSmtpSandbox> {
  const store = new SmtpStore();
  const host = options.host ?? '127.0.0.1';
  const auth = options.auth === undefined ? { user: 'sandbox', password: `pw-${Math.random().toString(36).slice(2, 12)}` } : options.auth;
  const http = await startSandboxServer({
    router: new Router(), control: controlRoutes(store), style: jsonStyle, rateLimit: null, host,
    ...(options.controlPort === undefined ? {} : { port: options.controlPort }),
    ...(options.faults === undefined ? {} : { faults: options.faults }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const session = new SmtpSession(
      { hostname: 'smtp.sandbox.ledgerbridge.test', store, faults: http.faults, auth, maxMessageBytes: options.maxMessageBytes ?? 10 * 1024 * 1024 },
      (reply) => {
        if (!socket.destroyed) socket.write(`${reply}\r\n`);
      },
      () => socket.end(),
    );
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let nl = pending.indexOf(0x0a); nl >= 0; nl = pending.indexOf(0x0a)) {
        const end = nl > 0 && pending[nl - 1] === 0x0d ? nl - 1 : nl;
        const text = pending.subarray(0, end).toString('utf8');
        pending = pending.subarray(nl + 1);
        session.line(text);
      }
    });
    session.greeting();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  const userInfo = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.password)}@` : '';
  const smtpUrl = `smtp://${userInfo}${host}:${port}`;
  return {
    ...http,
    port,
    system: 'smtp',
    smtpUrl,
    credentials: { smtpUrl, controlUrl: http.baseUrl },
    store,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await http.stop();
    },
  };
}
