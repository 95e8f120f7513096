import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { parseEnv } from './env.js';

describe('SMTP configuration (issue #5)', () => {
  it('should accept smtp:// and smtps:// URLs and default MAIL_FROM', () => {
    const parsed = parseEnv({ SMTP_URL: 'smtp://user:pw@mail.example.dk:2525' });
    expect(parsed.ok && parsed.env).toMatchObject({ SMTP_URL: 'smtp://user:pw@mail.example.dk:2525', MAIL_FROM: 'noreply@ledgerbridge.localhost' });
    expect(parseEnv({ SMTP_URL: 'smtps://mail.example.dk' }).ok).toBe(true);
  });

  it('should refuse another scheme and a malformed MAIL_FROM, without echoing the URL', () => {
    const parsed = parseEnv({ SMTP_URL: 'http://user:topsecret@mail.example.dk', MAIL_FROM: 'nope' });
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual(['SMTP_URL', 'MAIL_FROM']);
    expect(problems.join('\n')).not.toContain('topsecret');
  });

  it('should want a real sender domain when sending in production', () => {
    const parsed = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a:b@db/x', SMTP_URL: 'smtp://mail.example.dk' });
    expect(parsed.ok ? [] : parsed.problems).toEqual([expect.stringMatching(/^MAIL_FROM: /)]);
  });

  it('should never log the SMTP URL (it carries the password)', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) } as unknown as NodeJS.WritableStream);
    logger.info({ SMTP_URL: 'smtp://u:topsecret@h:25', env: { SMTP_URL: 'smtp://u:topsecret@h:25' }, smtpUrl: 'smtp://u:topsecret@h:25' }, 'config');
    expect(lines.join('')).not.toContain('topsecret');
  });
});
