import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sandboxStarters } from '../registry.js';
import { startSmtpSandbox, type StartedSmtpSandbox } from './index.js';

let sandbox: StartedSmtpSandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

/** A line-level SMTP client: send a command, get the complete (multi-line) reply back. */
async function connect(port: number): Promise<{ send(line: string): Promise<string>; greeting: string; close(): void }> {
  const socket = net.connect(port, '127.0.0.1');
  let buffer = '';
  let waiting: ((reply: string) => void) | null = null;
  const complete = (): string | null => {
    // a reply ends with a line "NNN text" (no dash after the code)
    const m = /(^|\r\n)\d{3}(?: [^\r\n]*)?\r\n$/.exec(buffer);
    if (!m) return null;
    const reply = buffer.trimEnd();
    buffer = '';
    return reply;
  };
  socket.on('data', (d: Buffer) => {
    buffer += d.toString('utf8');
    const reply = complete();
    if (reply !== null && waiting) {
      const w = waiting;
      waiting = null;
      w(reply);
    }
  });
  const next = (): Promise<string> => new Promise((resolve) => {
    const reply = complete();
    if (reply !== null) resolve(reply);
    else waiting = resolve;
  });
  const greeting = await next();
  return {
    greeting,
    send: (line) => {
      const reply = next();
      socket.write(`${line}\r\n`);
      return reply;
    },
    close: () => socket.destroy(),
  };
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('SMTP sink sandbox (issue #5)', () => {
  it('should accept a message after EHLO, AUTH PLAIN, MAIL, RCPT and DATA, un-stuffing leading dots', async () => {
    sandbox = await startSmtpSandbox({ auth: { user: 'mailer', password: 's3cret' } });
    const c = await connect(sandbox.port);
    expect(c.greeting).toMatch(/^220 /);
    expect(await c.send('EHLO client.test')).toMatch(/250-.*\r\n(250-.*\r\n)*250 AUTH PLAIN LOGIN$/);
    expect(await c.send(`AUTH PLAIN ${b64('\u0000mailer\u0000s3cret')}`)).toMatch(/^235 /);
    expect(await c.send('MAIL FROM:<noreply@ledgerbridge.test> SIZE=100')).toMatch(/^250 /);
    expect(await c.send('RCPT TO:<ops@kunde.dk>')).toMatch(/^250 /);
    expect(await c.send('RCPT TO:<chef@kunde.dk>')).toMatch(/^250 /);
    expect(await c.send('DATA')).toMatch(/^354 /);
    expect(await c.send('Subject: Fejl i overførsel\r\nFrom: Ledgerbridge <noreply@ledgerbridge.test>\r\n\r\nLine one\r\n..starts with a dot\r\n.')).toMatch(/^250 /);
    expect(await c.send('QUIT')).toMatch(/^221 /);
    c.close();
    expect(sandbox.store.messages).toHaveLength(1);
    const [mail] = sandbox.store.messages;
    expect(mail).toMatchObject({ from: 'noreply@ledgerbridge.test', to: ['ops@kunde.dk', 'chef@kunde.dk'], authUser: 'mailer', subject: 'Fejl i overførsel' });
    expect(mail!.raw).toContain('\r\n.starts with a dot');
    expect(mail!.raw).not.toContain('..starts');
  });

  it('should refuse MAIL before authentication when credentials are set, and wrong credentials (AUTH LOGIN)', async () => {
    sandbox = await startSmtpSandbox({ auth: { user: 'mailer', password: 's3cret' } });
    const c = await connect(sandbox.port);
    await c.send('EHLO client.test');
    expect(await c.send('MAIL FROM:<a@b.dk>')).toMatch(/^530 /);
    expect(await c.send('AUTH LOGIN')).toBe('334 VXNlcm5hbWU6');
    expect(await c.send(b64('mailer'))).toBe('334 UGFzc3dvcmQ6');
    expect(await c.send(b64('wrong'))).toMatch(/^535 /);
    expect(await c.send(`AUTH LOGIN ${b64('mailer')}`)).toBe('334 UGFzc3dvcmQ6');
    expect(await c.send(b64('s3cret'))).toMatch(/^235 /);
    expect(await c.send('MAIL FROM:<a@b.dk>')).toMatch(/^250 /);
    c.close();
  });

  it('should enforce command order and forget the envelope on RSET', async () => {
    sandbox = await startSmtpSandbox({ auth: null });
    const c = await connect(sandbox.port);
    expect(await c.send('MAIL FROM:<a@b.dk>')).toMatch(/^503 /);
    expect(await c.send('HELO client.test')).toMatch(/^250 /);
    expect(await c.send('DATA')).toMatch(/^503 /);
    expect(await c.send('MAIL FROM:<a@b.dk>')).toMatch(/^250 /);
    expect(await c.send('RCPT TO:<not-an-address>')).toMatch(/^553 /);
    expect(await c.send('RCPT TO:<x@y.dk>')).toMatch(/^250 /);
    expect(await c.send('RSET')).toMatch(/^250 /);
    expect(await c.send('RCPT TO:<x@y.dk>')).toMatch(/^503 /);
    expect(await c.send('BOGUS')).toMatch(/^500 /);
    c.close();
    expect(sandbox.store.messages).toEqual([]);
  });

  it('should list and clear received messages over the HTTP control API', async () => {
    sandbox = await startSmtpSandbox({ auth: null });
    const c = await connect(sandbox.port);
    await c.send('EHLO client.test');
    for (const to of ['a@x.dk', 'b@x.dk']) {
      await c.send('MAIL FROM:<from@x.dk>');
      await c.send(`RCPT TO:<${to}>`);
      await c.send('DATA');
      expect(await c.send(`Subject: to ${to}\r\n\r\nbody\r\n.`)).toMatch(/^250 /);
    }
    c.close();
    const all = (await (await fetch(`${sandbox.baseUrl}/__sandbox/messages`)).json()) as { messages: { subject: string; to: string[] }[] };
    expect(all.messages.map((m) => m.subject)).toEqual(['to a@x.dk', 'to b@x.dk']);
    const onlyB = (await (await fetch(`${sandbox.baseUrl}/__sandbox/messages?to=b@x.dk`)).json()) as { messages: unknown[] };
    expect(onlyB.messages).toHaveLength(1);
    expect(await (await fetch(`${sandbox.baseUrl}/__sandbox/messages`, { method: 'DELETE' })).json()).toEqual({ deleted: 2 });
    expect(sandbox.store.messages).toEqual([]);
    expect((await fetch(`${sandbox.baseUrl}/__sandbox/health`)).status).toBe(200);
  });

  it('should answer DATA with a temporary failure while the error fault is on, and store nothing', async () => {
    sandbox = await startSmtpSandbox({ auth: null });
    await fetch(`${sandbox.baseUrl}/__sandbox/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorRate: 1 }) });
    const c = await connect(sandbox.port);
    await c.send('EHLO client.test');
    await c.send('MAIL FROM:<from@x.dk>');
    await c.send('RCPT TO:<to@x.dk>');
    await c.send('DATA');
    expect(await c.send('Subject: x\r\n\r\nbody\r\n.')).toMatch(/^451 /);
    c.close();
    expect(sandbox.store.messages).toEqual([]);
  });

  it('should be startable by name like the vendor sandboxes (npm run sandbox -- smtp)', async () => {
    sandbox = (await sandboxStarters['smtp']!({ port: 0 })) as StartedSmtpSandbox;
    expect(sandbox.system).toBe('smtp');
    expect(sandbox.credentials['smtpUrl']).toMatch(/^smtp:\/\/sandbox:[^@]+@127\.0\.0\.1:\d+$/);
  });
});
