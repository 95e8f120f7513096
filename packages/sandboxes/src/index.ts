// Empty on purpose: the vendor simulators arrive with the first vertical slice; until then only the ids exist.

/** The external systems a sandbox will simulate, one per connector. */
export const sandboxSystemIds = [
  'e-conomic',
  'fortnox',
  'billy',
  'dinero',
  'visma-eaccounting',
  'visma-net',
  'autoinvoice',
] as const;
