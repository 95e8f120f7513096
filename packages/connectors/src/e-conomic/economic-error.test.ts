import { describe, expect, it } from 'vitest';
import { parseEconomicError } from './economic-error.js';
import customerGroup from './__fixtures__/error-customer-group-captured.json' with { type: 'json' };
import numberInUse from './__fixtures__/error-customer-number-in-use.json' with { type: 'json' };
import draftLines from './__fixtures__/error-draft-lines-documented.json' with { type: 'json' };
import projectConflict from './__fixtures__/error-project-conflict.json' with { type: 'json' };
import unauthorized from './__fixtures__/error-unauthorized.json' with { type: 'json' };
import voucherArray from './__fixtures__/error-voucher-array-captured.json' with { type: 'json' };

describe('parseEconomicError', () => {
  it('should turn a validation 400 into REJECTED with the property messages joined', () => {
    const error = parseEconomicError(400, customerGroup);
    expect(error).toMatchObject({ code: 'REJECTED', retryable: false, connectorId: 'e-conomic' });
    expect(error.message).toBe("e-conomic refused the request: customerGroup: CustomerGroup '1' not found. (E07140)");
    expect(error.providerPayload).toMatchObject({ errorCode: 'E04300' });
  });

  it('should read array bodies with nested arrayIndex paths', () => {
    const error = parseEconomicError(400, voucherArray);
    expect(error.message).toContain('[0].account: Account(s) is not found or barred. (E04041)');
    expect(error.message).toContain("[0].entries.items[10].Account: Account '9999' not found. (E07150)");
  });

  it('should read the documented shape with message/value instead of errorMessage/inputValue', () => {
    const error = parseEconomicError(400, draftLines);
    expect(error.message).toContain('currency: currency does not exist. (E06000)');
    expect(error.message).toContain('lines[0].unitNetPrice: unitNetPrice scale cannot be greater then two decimal places. (E04740)');
  });

  it('should call a key already in use DUPLICATE', () => {
    expect(parseEconomicError(400, numberInUse).code).toBe('DUPLICATE');
    expect(parseEconomicError(400, { message: 'x', errorCode: 'ProjectCannotBeCreatedUpdatedNumberAlreadyExists', property: 'number' }).code).toBe('DUPLICATE');
  });

  it('should map auth, permission and missing records', () => {
    expect(parseEconomicError(401, unauthorized)).toMatchObject({ code: 'AUTH_INVALID', retryable: false });
    expect(parseEconomicError(401, unauthorized).message).toContain('X-AppSecretToken header is missing');
    expect(parseEconomicError(403, { message: 'Access forbidden' }).code).toBe('PERMISSION_DENIED');
    expect(parseEconomicError(404, { message: 'Customer not found.' }).code).toBe('NOT_FOUND');
  });

  it('should treat a Projects API version conflict as temporary and other 409s as duplicates', () => {
    expect(parseEconomicError(409, projectConflict)).toMatchObject({ code: 'TEMPORARY', retryable: true });
    expect(parseEconomicError(409, { message: 'Conflict' }).code).toBe('DUPLICATE');
  });

  it('should map 429 to RATE_LIMITED with the Retry-After wait', () => {
    const error = parseEconomicError(429, { message: 'Too many requests.' }, new Headers({ 'Retry-After': '30' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryable: true, retryAfterMs: 30_000 });
  });

  it('should map 5xx to TEMPORARY and survive a body that is not JSON', () => {
    expect(parseEconomicError(503, '<html>Service Unavailable</html>')).toMatchObject({ code: 'TEMPORARY', retryable: true });
    expect(parseEconomicError(500, undefined).message).toContain('temporarily unavailable');
  });
});
