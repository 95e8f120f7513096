import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector, type FaultSettings } from './faults.js';
import { RateLimiter, type RateLimit } from './rate-limiter.js';
import { Router, type SandboxRequest, type SandboxResponse } from './router.js';

/** How one vendor phrases the answers every sandbox gives. */
export interface VendorStyle {
  notFound(req: SandboxRequest): SandboxResponse;
  methodNotAllowed(req: SandboxRequest): SandboxResponse;
  serverError(): SandboxResponse;
  tooManyRequests(retryAfterMs: number): SandboxResponse;
  badJson(): SandboxResponse;
  /** The key the vendor rate-limits by (token, agreement); null = not limited (e.g. OAuth endpoints). */
  rateKey(req: SandboxRequest): string | null;
}

export interface SandboxServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly router: Router;
  readonly style: VendorStyle;
  readonly faults?: Partial<FaultSettings>;
  readonly rateLimit?: RateLimit | null;
  readonly seed?: number;
  /** Extra /__sandbox/* routes of one sandbox (e.g. the SMTP sink's mailbox), tried before the shared ones. */
  readonly control?: Router;
}

export interface RunningSandbox {
  readonly baseUrl: string;
  readonly port: number;
  readonly faults: FaultInjector;
  readonly limiter: RateLimiter;
  /** Requests seen per "METHOD /path-pattern"-ish key, for tests. */
  readonly requestCount: () => number;
  stop(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 5 * 1024 * 1024) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  if (contentType?.includes('multipart/form-data')) return undefined; // handlers read rawBytes
  return JSON.parse(raw) as unknown;
}

function send(res: http.ServerResponse, out: SandboxResponse): void {
  const headers: Record<string, string> = { ...out.headers };
  let payload: string | Uint8Array = '';
  if (out.bytes !== undefined) {
    payload = out.bytes;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (out.text !== undefined) {
    payload = out.text;
    headers['content-type'] ??= 'text/html; charset=utf-8';
  } else if (out.body !== undefined) {
    payload = JSON.stringify(out.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  res.writeHead(out.status, headers);
  res.end(payload);
}

/**
 * The HTTP shell every vendor sandbox shares: routing, JSON, the vendor's rate limit and fault
 * injection, and a control API under /__sandbox for tests and benchmarks (faults, rate limit and its stats).
 */
export async function startSandboxServer(opts: SandboxServerOptions): Promise<RunningSandbox> {
  const faults = new FaultInjector(opts.faults, opts.seed ?? 1);
  const limiter = new RateLimiter(opts.rateLimit ?? null);
  let count = 0;
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer(async (req, res) => {
    count += 1;
    const url = new URL(req.url ?? '/', 'http://sandbox');
    let raw = '';
    let rawBytes: Uint8Array = new Uint8Array();
    let body: unknown;
    try {
      rawBytes = await readBody(req);
      raw = Buffer.from(rawBytes).toString('utf8');
      body = parseBody(raw, req.headers['content-type']);
    } catch {
      return send(res, opts.style.badJson());
    }
    const sreq: SandboxRequest = { method: req.method ?? 'GET', path: url.pathname, params: {}, query: url.searchParams, headers: req.headers, body, rawBody: raw, rawBytes };

    if (url.pathname.startsWith('/__sandbox/')) {
      const own = opts.control?.match(sreq.method, sreq.path);
      if (own && typeof own === 'object') return send(res, await own.handler({ ...sreq, params: own.params }));
      return send(res, control(sreq, faults, limiter));
    }

    const key = opts.style.rateKey(sreq);
    if (key !== null) {
      const wait = limiter.take(key);
      if (wait !== null) return send(res, opts.style.tooManyRequests(wait));
    }
    const decision = faults.before();
    if (faults.settings.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.settings.latencyMs));
    if (decision === 'error') return send(res, opts.style.serverError());
    if (decision === 'timeout') return; // never answer; the socket closes when the client gives up

    const match = opts.router.match(sreq.method, sreq.path);
    if (match === 'not-found') return send(res, opts.style.notFound(sreq));
    if (match === 'method-not-allowed') return send(res, opts.style.methodNotAllowed(sreq));
    let out: SandboxResponse;
    try {
      out = await match.handler({ ...sreq, params: match.params });
    } catch {
      out = opts.style.serverError();
    }
    if (out.committed && faults.dropAfterCommit()) {
      req.socket.destroy(); // the change stays; the client never learns of it
      return;
    }
    send(res, out);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    faults,
    limiter,
    requestCount: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function control(req: SandboxRequest, faults: FaultInjector, limiter: RateLimiter): SandboxResponse {
  if (req.path === '/__sandbox/faults') {
    if (req.method === 'PUT') return { status: 200, body: faults.update(req.body as Partial<FaultSettings>) };
    return { status: 200, body: faults.settings };
  }
  if (req.path === '/__sandbox/rate-limit/stats') {
    if (req.method === 'DELETE') limiter.resetStats();
    return { status: 200, body: limiter.stats() };
  }
  if (req.path === '/__sandbox/rate-limit') {
    if (req.method === 'PUT') limiter.rate = (req.body as RateLimit | null) ?? null;
    return { status: 200, body: limiter.rate };
  }
  if (req.path === '/__sandbox/health') return { status: 200, body: { status: 'ok' } };
  return { status: 404, body: { message: 'unknown sandbox control path' } };
}

export { Router };
