import { describe, expect, it } from 'vitest';
import { fixture } from './__fixtures__/load.js';
import { parseFortnoxError } from './fortnox-error.js';

describe('parseFortnoxError', () => {
  it('should map a 400 ErrorInformation to REJECTED with the vendor message and code', () => {
    const error = parseFortnoxError(400, fixture('error-in-use'));
    expect(error).toMatchObject({ code: 'REJECTED', retryable: false, connectorId: 'fortnox', message: 'Kundnummer 1 används redan. (Fortnox error 2000013)' });
    expect(error.providerPayload).toEqual(fixture('error-in-use'));
  });

  it('should read capitalised ErrorInformation keys', () => {
    expect(parseFortnoxError(400, fixture('error-capitalised')).message).toBe('Kan inte logga in, access-token eller client-secret saknas. (Fortnox error 2000311)');
  });

  it('should map the project description rule to REJECTED naming the 50-character limit', () => {
    expect(parseFortnoxError(400, fixture('error-project-description')).message).toContain('50');
  });

  it.each([
    [401, { message: 'unauthorized' }, 'AUTH_INVALID', false],
    [403, { ErrorInformation: { error: 1, message: 'Saknar behörighet för scope invoice.', code: 2003275 } }, 'PERMISSION_DENIED', false],
    [404, { ErrorInformation: { error: 1, message: 'Kan inte hitta kunden.', code: 2000005 } }, 'NOT_FOUND', false],
    [429, { message: 'Too many requests' }, 'RATE_LIMITED', true],
    [500, { ErrorInformation: { error: 1, message: 'Ett internt fel uppstod.', code: 2000008 } }, 'TEMPORARY', true],
    [503, '<html>Service Unavailable</html>', 'TEMPORARY', true],
  ] as const)('should map HTTP %i to %s', (status, body, code, retryable) => {
    const error = parseFortnoxError(status, body);
    expect(error).toMatchObject({ code: code, retryable });
    expect(error.message.length).toBeGreaterThan(5);
  });

  it('should lead a bare gateway body with what it means', () => {
    expect(parseFortnoxError(401, { message: 'unauthorized' }).message).toMatch(/^Fortnox did not accept the access token.*\(unauthorized\)$/);
    expect(parseFortnoxError(401, undefined).message).toMatch(/reconnect/);
  });

  it('should redact secrets that an error body echoes back', () => {
    const error = parseFortnoxError(400, { error: 'invalid_grant', refresh_token: 'a7302e6b-b1cb-4508-b884-cf9abd9a51de' });
    expect(JSON.stringify(error.providerPayload)).not.toContain('a7302e6b');
  });
});
