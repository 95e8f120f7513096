import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  // graphql@16 has no "exports": without this alias vite loads index.mjs while externalized deps load index.js
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
    sequence: { shuffle: { files: false, tests: true } },
    // one embedded cluster on a 2-core machine: files run one at a time for determinism
    fileParallelism: false,
  },
});
