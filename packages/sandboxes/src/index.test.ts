import { describe, expect, it } from 'vitest';
import { sandboxSystemIds } from './index.js';

// The package's test script runs with passWithNoTests off, so the id list carries the one check.
describe('sandboxSystemIds', () => {
  it('should name each of the seven external systems exactly once', () => {
    expect(new Set(sandboxSystemIds).size).toBe(7);
    expect([...sandboxSystemIds].sort()).toEqual(
      ['autoinvoice', 'billy', 'dinero', 'e-conomic', 'fortnox', 'visma-eaccounting', 'visma-net'],
    );
  });
});
