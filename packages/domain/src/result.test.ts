import { describe, expect, it } from 'vitest';
import { err, isErr, isOk, ok, type Result } from './result.js';

function half(n: number): Result<number, string> {
  return n % 2 === 0 ? ok(n / 2) : err('odd');
}

describe('Result', () => {
  it('should carry the value of a success', () => {
    const result = half(4);
    expect(isOk(result)).toBe(true);
    expect(isErr(result)).toBe(false);
    expect(result).toEqual({ ok: true, value: 2 });
  });

  it('should carry the error of a failure', () => {
    const result = half(3);
    expect(isOk(result)).toBe(false);
    expect(isErr(result)).toBe(true);
    expect(result).toEqual({ ok: false, error: 'odd' });
  });

  it('should narrow the type so the value is reachable only on success', () => {
    const result = half(10);
    const value = isOk(result) ? result.value : -1;
    expect(value).toBe(5);
  });
});
