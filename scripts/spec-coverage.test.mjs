// Run with: node --test scripts/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkCoverage, findTestFiles, idsNamedByTests, namedIds, parseCoverageDoc } from './spec-coverage.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'spec-coverage.mjs');
const repoRoot = path.join(here, '..');
const tempRoots = [];

after(() => {
  for (const root of tempRoots) rmSync(root, { recursive: true, force: true });
});

function tree(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'spec-coverage-'));
  tempRoots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const doc = (...rows) => ['# Spec coverage', '', '| ID | Status | Where or why |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const run = (...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('namedIds', () => {
  it('should find single IDs of every prefix, and a table row reference as its ID', () => {
    assert.deepEqual([...namedIds("it('x (PV-01, RB-13, SE-EE-25, SE-FX-44, SE-VN-65/20, X-27)')")].sort(), ['PV-01', 'RB-13', 'SE-EE-25', 'SE-FX-44', 'SE-VN-65', 'X-27']);
  });

  it('should expand ranges written with and without the prefix on the end', () => {
    assert.deepEqual([...namedIds('SE-VN-42..45 and X-06..X-08')], ['SE-VN-42', 'SE-VN-43', 'SE-VN-44', 'SE-VN-45', 'X-06', 'X-07', 'X-08']);
    assert.deepEqual([...namedIds('RB-08..RB-12')], ['RB-08', 'RB-09', 'RB-10', 'RB-11', 'RB-12']);
  });

  it('should not read look-alikes as IDs', () => {
    assert.deepEqual([...namedIds('XX-01 PV-1 SE-XX-01 ABX-02 PV-0123')], []);
  });

  it('should take only the first ID of a backwards range', () => {
    assert.deepEqual([...namedIds('PV-09..03')], ['PV-09']);
  });
});

describe('parseCoverageDoc and checkCoverage', () => {
  const named = idsNamedByTests([{ file: 'a.test.ts', text: "it('does it (PV-01, X-06..X-07)')" }]);

  it('should read the rows of the table with their line numbers, and nothing else', () => {
    const rows = parseCoverageDoc(doc(['PV-01', 'TESTED', 'a.test.ts'], ['PV-02', 'MISSING', 'not built']));
    assert.deepEqual(rows, [
      { id: 'PV-01', status: 'TESTED', note: 'a.test.ts', line: 5 },
      { id: 'PV-02', status: 'MISSING', note: 'not built', line: 6 },
    ]);
  });

  it('should accept TESTED IDs a test names, and reasons for the others', () => {
    const rows = parseCoverageDoc(doc(['PV-01', 'TESTED', 'a'], ['X-07', 'TESTED', 'a'], ['PV-02', 'NOT IN SCOPE', 'Billy']));
    assert.deepEqual(checkCoverage({ rows, namedBy: named }), []);
  });

  it('should report a TESTED ID no test names, an unknown status, a missing reason and a repeated ID', () => {
    const rows = parseCoverageDoc(doc(['PV-01', 'TESTED', 'a'], ['PV-03', 'TESTED', 'a'], ['PV-04', 'DONE', 'x'], ['PV-05', 'MISSING', ''], ['PV-01', 'TESTED', 'a']));
    assert.deepEqual(checkCoverage({ rows, namedBy: named }), [
      'docs/spec-coverage.md:6: PV-03 is marked TESTED but no test file names it',
      'docs/spec-coverage.md:7: PV-04 has status "DONE", expected one of TESTED, NOT IN SCOPE, MISSING',
      'docs/spec-coverage.md:8: PV-05 is MISSING without a reason',
      'docs/spec-coverage.md:9: PV-01 is listed more than once',
    ]);
  });

  it('should report spec IDs the document lacks and IDs the spec does not have', () => {
    const rows = parseCoverageDoc(doc(['PV-01', 'TESTED', 'a'], ['PV-99', 'MISSING', 'x']));
    assert.deepEqual(checkCoverage({ rows, namedBy: named, specIds: new Set(['PV-01', 'PV-02']) }), [
      'docs/spec-coverage.md: PV-02 from the spec is not listed',
      'docs/spec-coverage.md: PV-99 is not in the spec',
    ]);
  });
});

describe('spec-coverage.mjs on a tree', () => {
  it('should find test files of every kind and skip node_modules, dist and its own tests', () => {
    const root = tree({
      'apps/api/test/int/a.int.test.ts': '', 'packages/d/src/b.test.ts': '', 'scripts/c.test.mjs': '', 'packages/d/src/b.ts': '',
      'node_modules/x/y.test.ts': '', 'packages/d/dist/b.test.js': '', 'scripts/spec-coverage.test.mjs': '',
    });
    assert.deepEqual(findTestFiles(root), ['apps/api/test/int/a.int.test.ts', 'packages/d/src/b.test.ts', 'scripts/c.test.mjs']);
  });

  it('should exit 0 when every TESTED ID is named, checking the spec when given', () => {
    const root = tree({
      'docs/spec-coverage.md': doc(['PV-01', 'TESTED', 'a.test.ts'], ['PV-02', 'NOT IN SCOPE', 'Billy']),
      'packages/d/src/a.test.ts': "it('works (PV-01)', () => {});",
      'spec.md': '- **PV-01** one\n- **PV-02** two\n',
    });
    const result = run(root, '--spec', path.join(root, 'spec.md'));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /2 IDs, 1 TESTED/);
  });

  it('should exit 1 naming the row when a TESTED ID is named only outside test files', () => {
    const root = tree({
      'docs/spec-coverage.md': doc(['PV-01', 'TESTED', 'a.test.ts']),
      'packages/d/src/a.ts': '// implements PV-01',
      'node_modules/x/a.test.ts': "it('PV-01')",
    });
    const result = run(root);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /docs\/spec-coverage\.md:5: PV-01 is marked TESTED but no test file names it/);
  });

  it('should exit 2 when the document is missing', () => {
    assert.equal(run(tree({ 'a.test.ts': '' })).status, 2);
  });
});

describe('this repository', () => {
  it('should list each of the 264 spec IDs once and name every TESTED one in a test (passes once h-rules is merged)', () => {
    const rows = parseCoverageDoc(readFileSync(path.join(repoRoot, 'docs/spec-coverage.md'), 'utf8'));
    assert.equal(new Set(rows.map((r) => r.id)).size, 264);
    const result = run(repoRoot);
    assert.equal(result.status, 0, result.stderr);
  });
});
