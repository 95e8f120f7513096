import { describe, expect, it } from 'vitest';
import { FilterError, matches, parseFilter } from './filter.js';

const item = { name: 'Joe*Port', city: 'Newport', age: 30, customer: { customerNumber: 7 }, lastUpdated: '2024-05-01T10:00:00Z', email: undefined };
const test = (filter: string) => matches(item, parseFilter(filter));

describe('e-conomic filter language', () => {
  it('should support the comparison operators', () => {
    expect(test('age$gt:29')).toBe(true);
    expect(test('age$lte:29')).toBe(false);
    expect(test('name$ne:joe')).toBe(true);
    expect(test('customer.customerNumber$eq:7')).toBe(true);
    expect(test('lastUpdated$gte:2024-05-01')).toBe(true);
    expect(test('lastUpdated$gt:2024-05-01T10:00:00Z')).toBe(false);
  });

  it('should treat $like without wildcards as contains and honour escaped stars', () => {
    expect(test('city$like:port')).toBe(true);
    expect(test('city$like:new*')).toBe(true);
    expect(test('name$like:joe$*port')).toBe(true);
    expect(test('name$eq:joe$*port')).toBe(true);
  });

  it('should bind $and tighter than $or and group with parentheses', () => {
    expect(test('age$eq:1$and:city$eq:x$or:age$eq:30')).toBe(true);
    expect(test('age$eq:1$and:(city$eq:x$or:age$eq:30)')).toBe(false);
  });

  it('should support $in, $nin and $null:', () => {
    expect(test('age$in:[1,30]')).toBe(true);
    expect(test('age$nin:[1,30]')).toBe(false);
    expect(test('email$eq:$null:')).toBe(true);
    expect(test('email$ne:$null:')).toBe(false);
  });

  it('should reject malformed filters', () => {
    expect(() => parseFilter('age$about:3')).toThrow(FilterError);
    expect(() => parseFilter('(age$eq:3')).toThrow(FilterError);
    expect(() => parseFilter('name$in:[a,b]')).toThrow(FilterError);
  });
});
