// The admin's initial JavaScript budget: what a browser must download before the first screen
// (the entry chunk and every chunk it imports statically), gzipped. Lazy screens do not count.
//
//   node scripts/bundle-budget.mjs [distDir]     exits 1 when the build is over budget
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** 250 kB, in bytes. */
export const INITIAL_JS_BUDGET_BYTES = 250_000;

/**
 * The files loaded before the first render, from Vite's build manifest: each entry plus the
 * transitive closure of its static `imports` (never `dynamicImports`).
 * @param {Record<string, { file: string; isEntry?: boolean; imports?: string[] }>} manifest
 * @returns {string[]} file names relative to the dist folder
 */
export function initialChunks(manifest) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`manifest has no chunk ${key}`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

/**
 * @param {string} distDir the admin's build output (with .vite/manifest.json)
 * @returns {{ files: { file: string; gzipBytes: number }[]; totalGzipBytes: number; budgetBytes: number; withinBudget: boolean }}
 */
export function measureInitialJs(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const files = initialChunks(manifest).map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length }));
  const totalGzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, totalGzipBytes, budgetBytes: INITIAL_JS_BUDGET_BYTES, withinBudget: totalGzipBytes <= INITIAL_JS_BUDGET_BYTES };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
  const report = measureInitialJs(distDir);
  for (const { file, gzipBytes } of report.files) console.log(`${(gzipBytes / 1000).toFixed(1).padStart(7)} kB  ${file}`);
  console.log(`initial JavaScript: ${(report.totalGzipBytes / 1000).toFixed(1)} kB gzipped of a ${report.budgetBytes / 1000} kB budget`);
  if (!report.withinBudget) {
    console.error('over budget: move code behind a lazy route or drop a dependency');
    process.exit(1);
  }
}
