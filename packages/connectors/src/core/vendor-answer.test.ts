import { describe, expect, it } from 'vitest';
import { connectorError } from './connector-error.js';
import { redactedValue } from './redact.js';
import { vendorAnswer } from './vendor-answer.js';

describe('vendorAnswer', () => {
  it('should keep the status, code and parsed body with secrets redacted', () => {
    const error = { ...connectorError({ connectorId: 'e-conomic', code: 'REJECTED', message: 'bad', providerPayload: { errors: { name: 'x' }, appSecretToken: 'abc123', hint: 'Authorization: Bearer abcdefghijkl' } }), httpStatus: 400 };
    const answer = vendorAnswer(error);
    expect(answer).toEqual({ httpStatus: 400, code: 'REJECTED', message: 'bad', truncated: false, body: { errors: { name: 'x' }, appSecretToken: redactedValue, hint: `Authorization: ${redactedValue}` } });
    expect(JSON.stringify(answer)).not.toContain('abc123');
    expect(JSON.stringify(answer)).not.toContain('abcdefghijkl');
  });

  it('should redact a payload a connector put on the error without going through connectorError', () => {
    const answer = vendorAnswer({ code: 'UNKNOWN', message: 'm', retryable: false, connectorId: 'fortnox', providerPayload: { password: 'hunter2' } });
    expect(answer.body).toEqual({ password: redactedValue });
    expect(answer.httpStatus).toBeNull();
  });

  it('should cut a body larger than the limit to a prefix of the limit', () => {
    const error = connectorError({ connectorId: 'fortnox', code: 'TEMPORARY', message: 'm', providerPayload: { text: 'x'.repeat(40_000) } });
    const answer = vendorAnswer(error, 1024);
    expect(answer.truncated).toBe(true);
    expect(typeof answer.body).toBe('string');
    expect(new TextEncoder().encode(answer.body as string).byteLength).toBe(1024);
    expect(answer.body as string).toMatch(/^\{"text":"xxx/);
  });
});
