import { describe, expect, it } from 'vitest';
import { fromGlobalId, idOfType, pageSize, toGlobalId } from './relay.js';

const uuid = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('global ids', () => {
  it('should round-trip a type and uuid', () => {
    expect(fromGlobalId(toGlobalId('Invoice', uuid))).toEqual({ type: 'Invoice', id: uuid });
  });

  it('should refuse garbage, a missing type and a non-uuid id', () => {
    expect(fromGlobalId('not base64 at all')).toBeNull();
    expect(fromGlobalId(Buffer.from(`:${uuid}`).toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Invoice:1 OR 1=1').toString('base64url'))).toBeNull();
  });

  it('should not accept an id of another type', () => {
    expect(idOfType(toGlobalId('Customer', uuid), 'Invoice')).toBeNull();
    expect(idOfType(toGlobalId('Invoice', uuid), 'Invoice')).toBe(uuid);
  });
});

describe('pageSize', () => {
  it('should default to 20 and refuse sizes outside 0..100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 0 and 100/);
    expect(() => pageSize(-1)).toThrow();
  });
});
