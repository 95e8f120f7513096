import { describe, expect, it } from 'vitest';
import { connectorError, type ConnectorErrorCode } from './connector-error.js';
import { backoffDelayMs, defaultRetryPolicy, isSafeToRepeat, noRetryPolicy, parseRetryAfter } from './retry-policy.js';

const error = (code: ConnectorErrorCode, retryAfterMs?: number) =>
  connectorError({ connectorId: 'fortnox', code, message: code, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

describe('defaultRetryPolicy', () => {
  const policy = defaultRetryPolicy({ random: () => 0.5 });

  it.each(['GET', 'PUT', 'DELETE'])('should retry a TEMPORARY failure of %s', (method) => {
    const decision = policy.decide(error('TEMPORARY'), 1, { method });
    expect(decision.retry).toBe(true);
    expect(decision.waitMs).toBe(100);
  });

  it.each(['POST', 'PATCH'])('should not retry a TEMPORARY failure of %s, which may have been committed', (method) => {
    const decision = policy.decide(error('TEMPORARY'), 1, { method });
    expect(decision).toEqual({ retry: false, reason: expect.stringContaining('may have been committed') as string, waitMs: 0 });
  });

  it('should retry a TEMPORARY failure of a POST marked idempotent', () => {
    expect(policy.decide(error('TEMPORARY'), 1, { method: 'POST', idempotent: true }).retry).toBe(true);
  });

  it('should retry a rate-limited POST after the wait the vendor asked for', () => {
    expect(policy.decide(error('RATE_LIMITED', 3_000), 1, { method: 'POST' })).toEqual({
      retry: true,
      reason: expect.stringContaining('3000 ms') as string,
      waitMs: 3_000,
    });
  });

  it('should back off on a rate limit without a wait hint', () => {
    const decision = policy.decide(error('RATE_LIMITED'), 3, { method: 'GET' });
    expect(decision).toMatchObject({ retry: true, waitMs: 400 });
  });

  it('should hand a long Retry-After back to the caller instead of waiting in-process', () => {
    const decision = policy.decide(error('RATE_LIMITED', 3_600_000), 1, { method: 'GET' });
    expect(decision.retry).toBe(false);
    expect(decision.reason).toMatch(/longer than/);
  });

  it('should stop at maxAttempts', () => {
    const capped = defaultRetryPolicy({ maxAttempts: 4 });
    expect(capped.decide(error('TEMPORARY'), 3, { method: 'GET' }).retry).toBe(true);
    expect(capped.decide(error('TEMPORARY'), 4, { method: 'GET' })).toMatchObject({ retry: false, reason: expect.stringMatching(/gave up after 4/) as string });
    expect(capped.decide(error('RATE_LIMITED', 10), 4, { method: 'GET' }).retry).toBe(false);
  });

  it.each<ConnectorErrorCode>(['AUTH_INVALID', 'PERMISSION_DENIED', 'NOT_FOUND', 'REJECTED', 'DUPLICATE', 'UNSUPPORTED', 'UNKNOWN'])(
    'should never retry %s',
    (code) => expect(policy.decide(error(code), 1, { method: 'GET' }).retry).toBe(false),
  );

  it('should wait at least the vendor hint on a retried TEMPORARY failure (503 with Retry-After)', () => {
    expect(policy.decide(error('TEMPORARY', 5_000), 1, { method: 'GET' }).waitMs).toBe(5_000);
  });

  it('should never retry with noRetryPolicy', () => {
    expect(noRetryPolicy.decide(error('TEMPORARY'), 1, { method: 'GET' }).retry).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  const options = { baseDelayMs: 200, maxDelayMs: 10_000 };

  it('should double the ceiling per attempt and cap it', () => {
    const top = { ...options, random: () => 0.999_999 };
    expect([1, 2, 3, 4, 10].map((attempt) => backoffDelayMs(attempt, top))).toEqual([199, 399, 799, 1_599, 9_999]);
  });

  it('should apply full jitter from the injected random', () => {
    expect(backoffDelayMs(2, { ...options, random: () => 0 })).toBe(0);
    expect(backoffDelayMs(2, { ...options, random: () => 0.25 })).toBe(100);
  });
});

describe('isSafeToRepeat', () => {
  it('should treat methods case-insensitively', () => {
    expect(isSafeToRepeat({ method: 'get' })).toBe(true);
    expect(isSafeToRepeat({ method: 'post' })).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-03-01T12:00:00.000Z');

  it('should read delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });

  it('should read an HTTP date relative to now', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000);
  });

  it('should clamp a date in the past to zero', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });

  it.each([null, '', 'soon', '-5', '1e3'])('should ignore %s', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});
