import { afterEach, describe, expect, it } from 'vitest';
import { FaultInjector, seededRandom } from './faults.js';
import { RateLimiter } from './rate-limiter.js';
import { Router } from './router.js';
import { startSandboxServer, type RunningSandbox, type VendorStyle } from './server.js';

const style: VendorStyle = {
  notFound: () => ({ status: 404, body: { error: 'not found' } }),
  methodNotAllowed: () => ({ status: 405, body: { error: 'method' } }),
  serverError: () => ({ status: 503, body: { error: 'unavailable' } }),
  tooManyRequests: (ms) => ({ status: 429, body: { error: 'slow down' }, headers: { 'retry-after': String(Math.ceil(ms / 1000)) } }),
  badJson: () => ({ status: 400, body: { error: 'bad json' } }),
  rateKey: (req) => (typeof req.headers['authorization'] === 'string' ? req.headers['authorization'] : null),
};

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(extra: Partial<Parameters<typeof startSandboxServer>[0]> = {}): Promise<RunningSandbox> {
  const store: string[] = [];
  const router = new Router()
    .on('GET', '/items/:id', (req) => ({ status: 200, body: { id: req.params['id'], q: req.query.get('q') } }))
    .on('POST', '/items', (req) => {
      store.push(JSON.stringify(req.body));
      return { status: 201, body: { created: store.length }, committed: true };
    });
  sandbox = await startSandboxServer({ router, style, ...extra });
  return sandbox;
}

describe('sandbox server shell', () => {
  it('should route with params and query, and answer unknown paths and methods in the vendor style', async () => {
    const s = await start();
    expect(await (await fetch(`${s.baseUrl}/items/42?q=x`)).json()).toEqual({ id: '42', q: 'x' });
    expect((await fetch(`${s.baseUrl}/nope`)).status).toBe(404);
    expect((await fetch(`${s.baseUrl}/items/1`, { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(`${s.baseUrl}/items`, { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } })).status).toBe(400);
  });

  it('should answer 429 with Retry-After once a key has used its window', async () => {
    const s = await start({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const call = (key: string) => fetch(`${s.baseUrl}/items/1`, { headers: { authorization: key } });
    expect((await call('a')).status).toBe(200);
    expect((await call('a')).status).toBe(200);
    const limited = await call('a');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call('b')).status).toBe(200);
    const stats = await (await fetch(`${s.baseUrl}/__sandbox/rate-limit/stats`)).json();
    expect(stats).toEqual({ allowed: 3, rejected: 1, busiestWindow: 2 });
  });

  it('should drop the connection after committing a write when told to', async () => {
    const s = await start({ faults: { dropAfterCommitRate: 1 } });
    await expect(fetch(`${s.baseUrl}/items`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } })).rejects.toThrow();
    await fetch(`${s.baseUrl}/__sandbox/faults`, { method: 'PUT', body: JSON.stringify({ dropAfterCommitRate: 0 }), headers: { 'content-type': 'application/json' } });
    const res = await fetch(`${s.baseUrl}/items`, { method: 'POST', body: '{"a":2}', headers: { 'content-type': 'application/json' } });
    // the dropped write was committed: this is the second item
    expect(await res.json()).toEqual({ created: 2 });
  });

  it('should inject 5xx errors at the configured rate through the control API', async () => {
    const s = await start();
    await fetch(`${s.baseUrl}/__sandbox/faults`, { method: 'PUT', body: JSON.stringify({ errorRate: 1 }), headers: { 'content-type': 'application/json' } });
    expect((await fetch(`${s.baseUrl}/items/1`)).status).toBe(503);
  });
});

describe('fault randomness and limiter', () => {
  it('should replay the same decisions for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const f = new FaultInjector({ errorRate: 0.5 }, 3);
    const decisions = Array.from({ length: 200 }, () => f.before());
    const errors = decisions.filter((d) => d === 'error').length;
    expect(errors).toBeGreaterThan(60);
    expect(errors).toBeLessThan(140);
  });

  it('should count allowed and rejected calls and find the busiest sliding window, which fixed windows can hide', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000 }, () => now);
    limiter.take('k');
    now = 900;
    limiter.take('k');
    expect(limiter.take('k')).not.toBeNull();
    now = 1000;
    limiter.take('k');
    limiter.take('k');
    limiter.take('other');
    // no fixed window held more than 2, but 900, 1000 and 1000 fall within one second
    expect(limiter.stats()).toEqual({ allowed: 5, rejected: 1, busiestWindow: 3 });
    limiter.resetStats();
    expect(limiter.stats()).toEqual({ allowed: 0, rejected: 0, busiestWindow: 0 });
  });

  it('should open a new window after windowMs', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000 }, () => now);
    expect(limiter.take('k')).toBeNull();
    expect(limiter.take('k')).toBe(1000);
    now = 1000;
    expect(limiter.take('k')).toBeNull();
  });
});
