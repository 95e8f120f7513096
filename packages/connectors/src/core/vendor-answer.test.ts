import { describe, expect, it } from 'vitest';
import { connectorError } from './connector-error.js';
import { redactedValue } from './redact.js';
import { acceptedAnswer, vendorAnswer } from './vendor-answer.js';

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

describe('acceptedAnswer', () => {
  it('should keep the status and body of a successful write with secrets redacted (ADR 0022)', () => {
    const answer = acceptedAnswer({ httpStatus: 201, body: { bookedInvoiceNumber: 20001, notes: { textLine1: 'portal password=hunter2' }, client_secret: 'abc123' } });
    expect(answer).toEqual({ httpStatus: 201, truncated: false, body: { bookedInvoiceNumber: 20001, notes: { textLine1: `portal password=${redactedValue}` }, client_secret: redactedValue } });
    expect(JSON.stringify(answer)).not.toContain('hunter2');
    expect(JSON.stringify(answer)).not.toContain('abc123');
  });

  it('should cut a large successful answer to the same limit as failures', () => {
    const answer = acceptedAnswer({ httpStatus: 200, body: { password: 'p4ss', lines: 'y'.repeat(40_000) } }, 2048);
    expect(answer.truncated).toBe(true);
    expect(new TextEncoder().encode(answer.body as string).byteLength).toBe(2048);
    expect(answer.body as string).not.toContain('p4ss');
  });

  it('should keep an empty answer as null', () => {
    expect(acceptedAnswer({ httpStatus: 204, body: undefined })).toEqual({ httpStatus: 204, body: null, truncated: false });
  });
});
