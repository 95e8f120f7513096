import { describe, expect, it } from 'vitest';
import { isSecretKey, redactedValue, redactHeaders, redactPayload, redactText } from './redact.js';

describe('redactHeaders', () => {
  it('should redact every vendor auth header regardless of case', () => {
    const headers = redactHeaders({
      Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.payload.signature',
      'X-AppSecretToken': 'app-secret',
      'x-agreementgranttoken': 'grant',
      'X-Access-Token': 'billy-token',
      'Content-Type': 'application/json',
    });
    expect(headers).toEqual({
      Authorization: redactedValue,
      'X-AppSecretToken': redactedValue,
      'x-agreementgranttoken': redactedValue,
      'X-Access-Token': redactedValue,
      'Content-Type': 'application/json',
    });
  });

  it('should accept a Headers instance and header tuples', () => {
    const fromHeaders = redactHeaders(new Headers({ authorization: 'Basic Y2xpZW50OnNlY3JldA==', accept: 'application/json' }));
    expect(fromHeaders).toEqual({ authorization: redactedValue, accept: 'application/json' });

    const fromTuples = redactHeaders([['X-AgreementGrantToken', 'grant'], ['X-Request-Id', 'r-1']]);
    expect(fromTuples).toEqual({ 'X-AgreementGrantToken': redactedValue, 'X-Request-Id': 'r-1' });
  });

  it('should redact tokens inside non-secret header values such as a Location URL', () => {
    const headers = redactHeaders({ Location: 'https://app.example.com/cb?code=1&access_token=abc123' });
    expect(headers['Location']).toBe(`https://app.example.com/cb?code=1&access_token=${redactedValue}`);
  });
});

describe('redactPayload', () => {
  it('should redact OAuth token fields at any depth without touching other fields', () => {
    const payload = {
      access_token: 'at-1',
      refresh_token: 'rt-1',
      token_type: 'bearer',
      expires_in: 3600,
      nested: { items: [{ client_secret: 'cs', password: 'pw', name: 'Acme' }] },
    };
    expect(redactPayload(payload)).toEqual({
      access_token: redactedValue,
      refresh_token: redactedValue,
      token_type: 'bearer',
      expires_in: 3600,
      nested: { items: [{ client_secret: redactedValue, password: redactedValue, name: 'Acme' }] },
    });
  });

  it('should not mutate the input', () => {
    const payload = { password: 'pw', list: [{ access_token: 'x' }] };
    const snapshot = structuredClone(payload);
    redactPayload(payload);
    expect(payload).toEqual(snapshot);
  });

  it('should redact the manifest secret fields passed as extras', () => {
    expect(redactPayload({ agreementGrant: 'g', apiUser: 'u' }, ['agreementGrant'])).toEqual({
      agreementGrant: redactedValue,
      apiUser: 'u',
    });
  });

  it('should redact secrets inside string bodies', () => {
    const body = 'grant_type=refresh_token&refresh_token=rt-secret&client_secret=cs-secret';
    expect(redactPayload(body)).toBe(
      `grant_type=refresh_token&refresh_token=${redactedValue}&client_secret=${redactedValue}`,
    );
  });

  it('should survive circular structures', () => {
    const payload: Record<string, unknown> = { password: 'pw' };
    payload['self'] = payload;
    expect(redactPayload(payload)).toEqual({ password: redactedValue, self: '[Circular]' });
  });

  it('should keep null secrets visible as absent values', () => {
    expect(redactPayload({ password: null })).toEqual({ password: null });
  });

  it('should reduce errors to name and redacted message', () => {
    const error = new TypeError('fetch failed for https://x.test/?access_token=abc');
    expect(redactPayload(error)).toEqual({
      name: 'TypeError',
      message: `fetch failed for https://x.test/?access_token=${redactedValue}`,
    });
  });
});

describe('redactText', () => {
  it('should redact bearer and basic credentials', () => {
    expect(redactText('sent Bearer eyJhbGciOiJIUzI1NiJ9.a.b and Basic Y2xpZW50OnNlY3JldA==')).toBe(
      `sent Bearer ${redactedValue} and Basic ${redactedValue}`,
    );
  });

  it('should redact JSON fragments and header lines in raw text', () => {
    const raw = '{"access_token":"abc","scope":"read"}\nX-AppSecretToken: s3cr3t\nAccept: */*';
    expect(redactText(raw)).toBe(`{"access_token":"${redactedValue}","scope":"read"}\nX-AppSecretToken: ${redactedValue}\nAccept: */*`);
  });
});

describe('isSecretKey', () => {
  it.each(['Authorization', 'X-AppSecretToken', 'X-AgreementGrantToken', 'access_token', 'refresh_token', 'client_secret', 'password', 'appSecret', 'vendor_api_key'])(
    'should treat %s as secret',
    (key) => expect(isSecretKey(key)).toBe(true),
  );

  it.each(['token_type', 'expires_in', 'customerNumber', 'Content-Type'])('should not treat %s as secret', (key) =>
    expect(isSecretKey(key)).toBe(false),
  );
});
