import { describe, expect, it } from 'vitest';
import { connectorError, connectorErrorCodes, isRetryableCode, type ConnectorErrorCode } from './connector-error.js';
import { redactedValue } from './redact.js';

describe('connectorError', () => {
  it.each<[ConnectorErrorCode, boolean]>([
    ['RATE_LIMITED', true],
    ['TEMPORARY', true],
    ['AUTH_INVALID', false],
    ['PERMISSION_DENIED', false],
    ['NOT_FOUND', false],
    ['REJECTED', false],
    ['DUPLICATE', false],
    ['UNSUPPORTED', false],
    ['INACTIVE_IN_OTHER_SYSTEM', false],
    ['UNKNOWN', false],
  ])('should mark %s as retryable=%s', (code, retryable) => {
    const error = connectorError({ connectorId: 'fortnox', code, message: 'x' });
    expect(error.retryable).toBe(retryable);
    expect(isRetryableCode(code)).toBe(retryable);
  });

  it('should cover every code in the retryability table', () => {
    expect(connectorErrorCodes).toHaveLength(10);
    expect(connectorErrorCodes.filter(isRetryableCode)).toEqual(['RATE_LIMITED', 'TEMPORARY']);
  });

  it('should keep the connector id, message and wait hint', () => {
    const error = connectorError({
      connectorId: 'e-conomic',
      code: 'RATE_LIMITED',
      message: 'Too many requests',
      retryAfterMs: 5_000,
    });
    expect(error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many requests',
      retryable: true,
      retryAfterMs: 5_000,
      connectorId: 'e-conomic',
    });
  });

  it('should clamp a negative wait hint to zero', () => {
    const error = connectorError({ connectorId: 'billy', code: 'RATE_LIMITED', message: 'x', retryAfterMs: -10 });
    expect(error.retryAfterMs).toBe(0);
  });

  it('should omit optional fields that were not given', () => {
    const error = connectorError({ connectorId: 'dinero', code: 'NOT_FOUND', message: 'Contact not found' });
    expect(Object.keys(error).sort()).toEqual(['code', 'connectorId', 'message', 'retryable']);
  });

  it('should redact secrets from the provider payload, including extra secret fields', () => {
    const error = connectorError({
      connectorId: 'autoinvoice',
      code: 'AUTH_INVALID',
      message: 'invalid_client',
      providerPayload: { error: 'invalid_client', client_secret: 'user-key', request: { companyKey: 'k-1' } },
      secretFields: ['companyKey'],
    });
    expect(error.providerPayload).toEqual({
      error: 'invalid_client',
      client_secret: redactedValue,
      request: { companyKey: redactedValue },
    });
  });
});
