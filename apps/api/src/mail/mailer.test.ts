import { startSmtpSandbox, type StartedSmtpSandbox } from '@ledgerbridge/sandboxes';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createMailer, describeSmtpUrl } from './mailer.js';

let sandbox: StartedSmtpSandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

const mail = {
  from: { name: 'Aarhus Tømrer ApS', address: 'noreply@ledgerbridge.test' }, to: ['kunde@firma.dk'], subject: 'Faktura 1007',
  text: 'Hej', html: '<p>Hej</p>', messageId: '<invoice-1@ledgerbridge.test>',
};

describe('mailer over SMTP_URL (issue #5)', () => {
  it('should deliver to the SMTP sink over TCP with AUTH and the tenant as display name', async () => {
    sandbox = await startSmtpSandbox({ auth: { user: 'relay', password: 'p@ss/word' } });
    const mailer = createMailer(sandbox.smtpUrl, createLogger('silent'));
    const sent = await mailer.send(mail);
    mailer.close();
    expect(sent.ok).toBe(true);
    const [received] = await sandbox.store.waitFor(1);
    expect(received).toMatchObject({ from: 'noreply@ledgerbridge.test', to: ['kunde@firma.dk'], authUser: 'relay', subject: 'Faktura 1007' });
    expect(received!.headers['from']).toMatch(/noreply@ledgerbridge\.test/);
    expect(received!.headers['message-id']).toBe('<invoice-1@ledgerbridge.test>');
  });

  it('should return the refusal as a reason without the password, never throw', async () => {
    sandbox = await startSmtpSandbox({ auth: { user: 'relay', password: 'right-password' } });
    const wrong = sandbox.smtpUrl.replace('right-password', 'wrong-secret-123');
    const lines: string[] = [];
    const logger = createLogger('warn', { write: (line: string) => lines.push(line) } as unknown as NodeJS.WritableStream);
    const mailer = createMailer(wrong, logger);
    const sent = await mailer.send(mail);
    mailer.close();
    expect(sent.ok).toBe(false);
    expect(sent.ok ? '' : sent.error).toMatch(/auth|535/i);
    expect(JSON.stringify([sent, lines])).not.toContain('wrong-secret-123');
    expect(lines.join('')).toContain('e-mail not sent');
    expect(describeSmtpUrl(wrong)).not.toContain('wrong-secret-123');
  });
});
