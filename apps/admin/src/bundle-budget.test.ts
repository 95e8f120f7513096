// @vitest-environment node
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { initialChunks, measureInitialJs } from '../scripts/bundle-budget.mjs';

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

describe('bundle budget', () => {
  it('should count the entry and its static imports, not the lazy screens', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/screen.tsx'] },
      '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_vendor.js'] },
      'src/screen.tsx': { file: 'assets/screen.js', isDynamicEntry: true, imports: ['_shared.js'] },
      'style.css': { file: 'assets/index.css' },
    };
    expect(initialChunks(manifest)).toEqual(['assets/index.js', 'assets/vendor.js', 'assets/shared.js']);
  });

  it('should keep the production build\'s initial JavaScript under 250 kB gzipped', () => {
    expect(existsSync(path.join(distDir, '.vite', 'manifest.json')), 'build the admin first: npx turbo run build').toBe(true);
    const report = measureInitialJs(distDir) as { totalGzipBytes: number; budgetBytes: number; files: unknown[] };
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.budgetBytes).toBe(250_000);
    expect(report.totalGzipBytes).toBeLessThanOrEqual(report.budgetBytes);
  });
});
