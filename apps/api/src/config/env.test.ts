import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.js';

describe('parseEnv', () => {
  it('should apply defaults for an empty environment', () => {
    const parsed = parseEnv({});
    expect(parsed.ok && parsed.env).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', ROLE: 'all', LOG_LEVEL: 'info' });
  });

  it('should list every problem at once', () => {
    const parsed = parseEnv({ PORT: 'eighty', MASTER_KEY: 'c2hvcnQ=', ROLE: 'boss' });
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/ROLE/);
    expect(problems).toMatch(/MASTER_KEY: must be 32 bytes/);
  });

  it('should require an external database in production', () => {
    const parsed = parseEnv({ NODE_ENV: 'production' });
    expect(parsed.ok ? [] : parsed.problems).toEqual(['DATABASE_URL: is required in production (embedded Postgres is for development)']);
  });
});
