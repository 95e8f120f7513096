#!/usr/bin/env node
// Keeps docs/spec-coverage.md honest: every requirement ID the document marks TESTED must be
// named by at least one test file (a test name or comment citing the ID, ranges such as
// "SE-VN-42..45" included).
//
//   node scripts/spec-coverage.mjs [repo-root] [--spec path/to/seed-requirements.md]
//
// With --spec it also checks that the document lists every ID of the spec exactly once.
// Exit codes: 0 consistent, 1 problems (one line each on stderr), 2 cannot read the inputs.
// No dependencies on purpose, like check-dependency-direction.mjs.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DOC_PATH = 'docs/spec-coverage.md';
export const STATUSES = ['TESTED', 'NOT IN SCOPE', 'MISSING'];

const ID_PATTERN = /\b(PV|RB|SE-EE|SE-FX|SE-VN|X)-(\d{2})(?:\.\.(?:(?:PV|RB|SE-EE|SE-FX|SE-VN|X)-)?(\d{2}))?\b/g;
const TEST_FILE = /\.test\.(?:[cm]?[jt]sx?)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', '.turbo', 'coverage']);
/** This checker's own tests: their fixtures spell IDs out without testing the behaviour. */
const NOT_SPEC_TESTS = new Set(['scripts/spec-coverage.test.mjs']);

const idOf = (prefix, n) => `${prefix}-${String(n).padStart(2, '0')}`;

/** Every requirement ID a text names; "SE-VN-42..45" and "X-06..X-08" name each ID of the range. */
export function namedIds(text) {
  const ids = new Set();
  for (const m of text.matchAll(ID_PATTERN)) {
    const from = Number(m[2]);
    const to = m[3] === undefined ? from : Number(m[3]);
    if (to < from || to - from > 50) {
      ids.add(idOf(m[1], from));
      continue;
    }
    for (let n = from; n <= to; n++) ids.add(idOf(m[1], n));
  }
  return ids;
}

/** The rows of the coverage table: `| ID | STATUS | where or why |`. */
export function parseCoverageDoc(markdown) {
  const rows = [];
  for (const [index, line] of markdown.split('\n').entries()) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || !/^(PV|RB|SE-EE|SE-FX|SE-VN|X)-\d{2}$/.test(cells[1])) continue;
    rows.push({ id: cells[1], status: cells[2], note: cells[3], line: index + 1 });
  }
  return rows;
}

/** Test files under root, relative, sorted (generated and vendored folders and this checker's own tests skipped). */
export function findTestFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path.join(dir, entry.name));
      } else if (TEST_FILE.test(entry.name)) found.push(path.join(dir, entry.name));
    }
  };
  walk('.');
  return found.map((f) => f.split(path.sep).join('/').replace(/^\.\//, '')).filter((f) => !NOT_SPEC_TESTS.has(f)).sort();
}

/** Which test files name each ID. */
export function idsNamedByTests(files) {
  const byId = new Map();
  for (const { file, text } of files) {
    for (const id of namedIds(text)) byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  return byId;
}

/**
 * Problems with the document: unknown statuses, IDs listed twice, TESTED IDs no test names, and
 * (when the spec's IDs are given) spec IDs the document lacks or IDs the spec does not have.
 */
export function checkCoverage({ rows, namedBy, specIds }) {
  const problems = [];
  const seen = new Set();
  for (const row of rows) {
    if (seen.has(row.id)) problems.push(`${DOC_PATH}:${row.line}: ${row.id} is listed more than once`);
    seen.add(row.id);
    if (!STATUSES.includes(row.status)) problems.push(`${DOC_PATH}:${row.line}: ${row.id} has status "${row.status}", expected one of ${STATUSES.join(', ')}`);
    else if (row.status === 'TESTED' && !namedBy.has(row.id)) problems.push(`${DOC_PATH}:${row.line}: ${row.id} is marked TESTED but no test file names it`);
    else if (row.status !== 'TESTED' && !row.note) problems.push(`${DOC_PATH}:${row.line}: ${row.id} is ${row.status} without a reason`);
  }
  if (specIds) {
    for (const id of specIds) if (!seen.has(id)) problems.push(`${DOC_PATH}: ${id} from the spec is not listed`);
    for (const id of seen) if (!specIds.has(id)) problems.push(`${DOC_PATH}: ${id} is not in the spec`);
  }
  return problems;
}

function main(argv) {
  const specAt = argv.indexOf('--spec');
  const specPath = specAt >= 0 ? argv[specAt + 1] : undefined;
  const positional = specAt >= 0 ? argv.filter((_, i) => i !== specAt && i !== specAt + 1) : argv;
  const root = path.resolve(positional[0] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const docFile = path.join(root, DOC_PATH);
  if (!existsSync(docFile) || (specPath && !existsSync(specPath))) {
    process.stderr.write(`spec-coverage: cannot read ${existsSync(docFile) ? specPath : docFile}\n`);
    return 2;
  }
  const rows = parseCoverageDoc(readFileSync(docFile, 'utf8'));
  const files = findTestFiles(root).map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
  const specIds = specPath ? namedIds(readFileSync(specPath, 'utf8')) : undefined;
  const problems = checkCoverage({ rows, namedBy: idsNamedByTests(files), specIds });
  for (const p of problems) process.stderr.write(`${p}\n`);
  const tested = rows.filter((r) => r.status === 'TESTED').length;
  if (problems.length === 0) process.stdout.write(`spec-coverage: ${rows.length} IDs, ${tested} TESTED and named by ${files.length} test files\n`);
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
