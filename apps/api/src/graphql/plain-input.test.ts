import { describe, expect, it } from 'vitest';
import { mergeInput, plainInput } from './plain-input.js';

class Input {
  name = 'A';
  email: string | null = null;
  address = { line1: 'x', line2: null };
}

describe('plainInput', () => {
  it('should drop nulls deeply so the domain sees absent fields as undefined', () => {
    expect(plainInput(new Input())).toEqual({ name: 'A', address: { line1: 'x' } });
  });

  it('should keep array positions so error paths stay right', () => {
    expect(plainInput([{ a: 1 }, null])).toEqual([{ a: 1 }, null]);
  });

  it('should overlay only provided fields on update', () => {
    expect(mergeInput({ name: 'Old', email: 'a@b.dk' }, { name: 'New', email: null })).toEqual({ name: 'New', email: 'a@b.dk' });
  });
});
