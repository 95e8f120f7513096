import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql@16 has no "exports": the API's built code must get the same graphql module as type-graphql
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.e2e.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    // One browser, one API, one embedded Postgres: on 2 cores everything runs in order.
    fileParallelism: false,
    sequence: { shuffle: false },
    hookTimeout: 120_000,
    testTimeout: 120_000,
    // Waits are for conditions, never for time; the bound is generous for a loaded 2-core machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
