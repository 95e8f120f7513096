import { describe, expect, it } from 'vitest';
import {
  asCustomerId,
  asTenantId,
  connectionIdSchema,
  customerIdSchema,
  invoiceIdSchema,
  tenantIdSchema,
  type CustomerId,
  type TenantId,
} from './ids.js';
import { codesAndPaths, fieldErrorsOf, parseValid } from './testing/parse.js';

const id = '3f1c6a8e-2b4d-4c1e-9a7f-0d5e6b7c8a91';

describe('branded ids', () => {
  it('should accept a UUID', () => {
    expect(parseValid(tenantIdSchema, id)).toBe(id);
    expect(parseValid(connectionIdSchema, id.toUpperCase())).toBe(id.toUpperCase());
  });

  it.each(['not-a-uuid', '3f1c6a8e2b4d4c1e9a7f0d5e6b7c8a91', ''])('should reject %j as INVALID_FORMAT', (value) => {
    expect(codesAndPaths(fieldErrorsOf(invoiceIdSchema, value))).toEqual([['INVALID_FORMAT', '']]);
  });

  it('should reject a missing id as REQUIRED', () => {
    expect(codesAndPaths(fieldErrorsOf(customerIdSchema, undefined))).toEqual([['REQUIRED', '']]);
  });

  it('should keep ids of different record types apart at compile time', () => {
    const takesTenant = (tenantId: TenantId): string => tenantId;
    const customerId: CustomerId = asCustomerId(id);
    // @ts-expect-error a CustomerId is not a TenantId
    takesTenant(customerId);
    expect(takesTenant(asTenantId(id))).toBe(id);
  });
});
