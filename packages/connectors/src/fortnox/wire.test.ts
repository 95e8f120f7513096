import { describe, expect, it } from 'vitest';
import { decimalFromWire, decimalToWire, toFortnoxTimestamp } from './wire.js';

describe('Fortnox wire values', () => {
  it('should read JSON numbers and numeric strings as decimal strings', () => {
    expect(decimalFromWire(650.5)).toBe('650.5');
    expect(decimalFromWire(6500)).toBe('6500');
    expect(decimalFromWire('8.00')).toBe('8.00');
    expect(decimalFromWire(-0)).toBe('0');
    expect(decimalFromWire('1e3')).toBeNull();
    expect(decimalFromWire(Number.NaN)).toBeNull();
  });

  it('should write decimal strings as JSON numbers and refuse what a double cannot hold', () => {
    expect(decimalToWire('1234.56')).toBe(1234.56);
    expect(JSON.stringify({ Price: decimalToWire('0.10') })).toBe('{"Price":0.1}');
    expect(() => decimalToWire('12,50')).toThrow(TypeError);
    expect(() => decimalToWire('1234567890123456.78')).toThrow(RangeError);
  });

  it('should format lastmodified in Swedish local time, floored to the minute', () => {
    expect(toFortnoxTimestamp(new Date('2024-01-15T11:00:59Z'))).toBe('2024-01-15 12:00');
    expect(toFortnoxTimestamp(new Date('2024-07-15T22:30:00Z'))).toBe('2024-07-16 00:30');
  });
});
