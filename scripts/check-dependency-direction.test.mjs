// Run with: node --test scripts/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findModuleSpecifiers } from './check-dependency-direction.mjs';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-dependency-direction.mjs');
const tempRoots = [];

after(() => {
  for (const root of tempRoots) rmSync(root, { recursive: true, force: true });
});

const workspaces = {
  'packages/domain': { name: '@ledgerbridge/domain', dependencies: { zod: '^4', 'decimal.js': '^10' } },
  'packages/connectors': { name: '@ledgerbridge/connectors', dependencies: { '@ledgerbridge/domain': '*', zod: '^4' } },
  'packages/sandboxes': { name: '@ledgerbridge/sandboxes', dependencies: { '@ledgerbridge/domain': '*' } },
  'apps/api': {
    name: '@ledgerbridge/api',
    dependencies: { '@ledgerbridge/domain': '*', '@ledgerbridge/connectors': '*', '@ledgerbridge/sandboxes': '*', typeorm: '^1' },
  },
  'apps/admin': { name: '@ledgerbridge/admin', dependencies: { '@ledgerbridge/domain': '*', urql: '^5', react: '^19' } },
};

/** A tree that follows every rule, including the edge cases the lexer must not trip on. */
const cleanFiles = {
  'packages/domain/src/money.ts': `import Decimal from 'decimal.js';\nimport { z } from 'zod';\nexport * from './ids.js';\n`,
  'packages/domain/src/ids.ts': `import type { z } from 'zod';\nexport type Id = z.infer<z.ZodString>;\n`,
  'packages/domain/src/money.test.ts': `import { describe, it } from 'vitest';\nimport { z } from 'zod';\n`,
  'packages/connectors/src/index.ts': [
    `import { ok } from '@ledgerbridge/domain';`,
    `import { createHash } from 'node:crypto';`,
    `import { z } from 'zod/v4';`,
    `export { redact } from './core/redact.js';`,
    `// import { DataSource } from 'typeorm';`,
    `/* export * from 'graphql'; */`,
    `const text = "import('express')";`,
    `const pattern = /from 'agenda'/g;`,
    `const template = \`import x from 'typeorm' \${text} from 'pg'\`;`,
    `const arr = Array.from('typeorm');`,
  ].join('\n'),
  'packages/connectors/src/core/redact.ts': `export const redact = (value: unknown) => value;\n`,
  'packages/connectors/src/core/testing/contract.ts': `import { describe } from 'vitest';\nimport { z } from 'zod';\n`,
  'packages/sandboxes/src/index.ts': `import http from 'node:http';\nimport { ok } from '@ledgerbridge/domain';\n`,
  'apps/api/src/main.ts': `import { DataSource } from 'typeorm';\nimport { ok } from '@ledgerbridge/domain';\nimport { x } from '@ledgerbridge/connectors';\n`,
  'apps/api/src/dev/start-sandboxes.ts': `import { sandboxSystemIds } from '@ledgerbridge/sandboxes';\n`,
  'apps/api/src/test/global-setup.ts': `export { sandboxSystemIds } from '@ledgerbridge/sandboxes';\n`,
  'apps/api/src/modules/transfer/transfer.int.test.ts': `const sandboxes = await import('@ledgerbridge/sandboxes');\n`,
  'apps/admin/src/app.tsx': `import { useQuery } from 'urql';\nimport type { Money } from '@ledgerbridge/domain';\nexport const App = () => <p>Moved from 'pg'? no</p>;\n`,
};

function createTree(extraFiles = {}, manifestOverrides = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'dependency-direction-'));
  tempRoots.push(root);
  const write = (relative, content) => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  };
  write('package.json', JSON.stringify({ name: 'fixture', private: true, workspaces: Object.keys(workspaces) }));
  for (const [dir, manifest] of Object.entries(workspaces)) {
    write(`${dir}/package.json`, JSON.stringify({ ...manifest, ...manifestOverrides[dir] }));
  }
  for (const [relative, content] of Object.entries({ ...cleanFiles, ...extraFiles })) write(relative, content);
  return root;
}

function runCheck(root) {
  const result = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertSingleViolation(extraFiles, { file, mentions }, manifestOverrides) {
  const { status, stderr } = runCheck(createTree(extraFiles, manifestOverrides));
  assert.equal(status, 1, `expected a failure, stderr was:\n${stderr}`);
  const lines = stderr.split('\n').filter((line) => line.startsWith('✗'));
  assert.equal(lines.length, 1, `expected exactly one violation, got:\n${stderr}`);
  assert.ok(lines[0].includes(file), `violation should name ${file}:\n${lines[0]}`);
  for (const text of mentions) assert.ok(lines[0].includes(text), `violation should mention ${text}:\n${lines[0]}`);
}

describe('check-dependency-direction', () => {
  it('should pass a tree that follows every rule', () => {
    const { status, stdout, stderr } = runCheck(createTree());
    assert.equal(status, 0, stderr);
    assert.ok(
      stdout.includes(`dependency direction OK: ${Object.keys(cleanFiles).length} source files in 5 packages`),
      stdout,
    );
  });

  describe('domain', () => {
    it('should reject node built-ins', () => {
      assertSingleViolation(
        { 'packages/domain/src/hash.ts': `import { createHash } from 'node:crypto';\n` },
        { file: 'packages/domain/src/hash.ts:1', mentions: ['node:crypto', 'node built-ins'] },
      );
    });

    it('should reject bare node built-ins without the node: prefix', () => {
      assertSingleViolation(
        { 'packages/domain/src/files.ts': `\n\nimport { readFileSync } from 'fs';\n` },
        { file: 'packages/domain/src/files.ts:3', mentions: ['"fs"'] },
      );
    });

    it('should reject other workspaces', () => {
      assertSingleViolation(
        { 'packages/domain/src/bad.ts': `export type { Connector } from '@ledgerbridge/connectors';\n` },
        { file: 'packages/domain/src/bad.ts', mentions: ['@ledgerbridge/connectors', 'domain must not import'] },
      );
    });

    it('should reject packages outside its allowlist even in dependencies', () => {
      assertSingleViolation(
        {},
        { file: 'packages/domain/package.json', mentions: ['lodash'] },
        { 'packages/domain': { dependencies: { zod: '^4', lodash: '^4' } } },
      );
    });
  });

  describe('connectors', () => {
    it('should reject typeorm', () => {
      assertSingleViolation(
        { 'packages/connectors/src/db.ts': `import { DataSource } from 'typeorm';\n` },
        { file: 'packages/connectors/src/db.ts', mentions: ['typeorm'] },
      );
    });

    it('should reject a dynamic import of graphql', () => {
      assertSingleViolation(
        { 'packages/connectors/src/lazy.ts': `export const load = () => import('graphql');\n` },
        { file: 'packages/connectors/src/lazy.ts', mentions: ['graphql'] },
      );
    });

    it('should reject the sandboxes package in production code, also through export-from', () => {
      assertSingleViolation(
        { 'packages/connectors/src/core/sandbox.ts': `export * from '@ledgerbridge/sandboxes';\n` },
        { file: 'packages/connectors/src/core/sandbox.ts', mentions: ['@ledgerbridge/sandboxes'] },
      );
    });

    it('should reject relative imports that reach into another package', () => {
      assertSingleViolation(
        { 'packages/connectors/src/sneaky.ts': `import { x } from '../../../apps/api/src/main.js';\n` },
        { file: 'packages/connectors/src/sneaky.ts', mentions: ['outside the connectors package'] },
      );
    });

    it('should reject agenda in package.json', () => {
      assertSingleViolation(
        {},
        { file: 'packages/connectors/package.json', mentions: ['agenda'] },
        { 'packages/connectors': { dependencies: { '@ledgerbridge/domain': '*', zod: '^4', agenda: '^6' } } },
      );
    });
  });

  describe('sandboxes', () => {
    it('should reject the connectors package', () => {
      assertSingleViolation(
        { 'packages/sandboxes/src/fortnox/server.ts': `import type { Connector } from '@ledgerbridge/connectors';\n` },
        { file: 'packages/sandboxes/src/fortnox/server.ts', mentions: ['@ledgerbridge/connectors'] },
      );
    });

    it('should reject the api package in package.json', () => {
      assertSingleViolation(
        {},
        { file: 'packages/sandboxes/package.json', mentions: ['@ledgerbridge/api'] },
        { 'packages/sandboxes': { dependencies: { '@ledgerbridge/domain': '*', '@ledgerbridge/api': '*' } } },
      );
    });
  });

  describe('api', () => {
    it('should reject the admin package', () => {
      assertSingleViolation(
        { 'apps/api/src/http/admin.ts': `import '@ledgerbridge/admin';\n` },
        { file: 'apps/api/src/http/admin.ts', mentions: ['@ledgerbridge/admin'] },
      );
    });

    it('should reject sandboxes outside src/dev, src/test and test files', () => {
      assertSingleViolation(
        { 'apps/api/src/modules/connection/connection.service.ts': `import { sandboxSystemIds } from '@ledgerbridge/sandboxes';\n` },
        { file: 'apps/api/src/modules/connection/connection.service.ts', mentions: ['src/dev/'] },
      );
    });

    it('should reject the admin package in package.json', () => {
      assertSingleViolation(
        {},
        { file: 'apps/api/package.json', mentions: ['@ledgerbridge/admin'] },
        { 'apps/api': { devDependencies: { '@ledgerbridge/admin': '*' } } },
      );
    });
  });

  describe('admin', () => {
    for (const forbidden of ['@ledgerbridge/api', '@ledgerbridge/connectors', '@ledgerbridge/sandboxes', 'typeorm', 'pg', 'express']) {
      it(`should reject ${forbidden}`, () => {
        assertSingleViolation(
          { 'apps/admin/src/features/x/x-page.tsx': `import type { Thing } from '${forbidden}';\n` },
          { file: 'apps/admin/src/features/x/x-page.tsx', mentions: [forbidden, 'admin must never import'] },
        );
      });
    }

    it('should reject the connectors package in package.json', () => {
      assertSingleViolation(
        {},
        { file: 'apps/admin/package.json', mentions: ['@ledgerbridge/connectors'] },
        { 'apps/admin': { dependencies: { urql: '^5', '@ledgerbridge/connectors': '*' } } },
      );
    });
  });

  it('should list every violation and count them', () => {
    const root = createTree({
      'packages/domain/src/a.ts': `import 'node:fs';\n`,
      'apps/admin/src/b.ts': `import pg from 'pg';\n`,
    });
    const { status, stderr } = runCheck(root);
    assert.equal(status, 1);
    assert.match(stderr, /packages\/domain\/src\/a\.ts:1/);
    assert.match(stderr, /apps\/admin\/src\/b\.ts:1/);
    assert.match(stderr, /2 dependency-direction violation\(s\)/);
  });

  it('should exit 2 when the root has no package.json', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dependency-direction-empty-'));
    tempRoots.push(root);
    assert.equal(runCheck(root).status, 2);
  });
});

describe('findModuleSpecifiers', () => {
  it('should find every import form with its line', () => {
    const source = [
      `import a from 'a';`,
      `import {`,
      `  b,`,
      `} from "b";`,
      `import 'c';`,
      `export * from 'd';`,
      `export { e } from 'e';`,
      `import type { F } from 'f';`,
      'const g = await import(`g`);',
      `import h = require('h');`,
      `type I = typeof import('i');`,
    ].join('\n');
    assert.deepEqual(findModuleSpecifiers(source), [
      { specifier: 'a', line: 1 },
      { specifier: 'b', line: 4 },
      { specifier: 'c', line: 5 },
      { specifier: 'd', line: 6 },
      { specifier: 'e', line: 7 },
      { specifier: 'f', line: 8 },
      { specifier: 'g', line: 9 },
      { specifier: 'h', line: 10 },
      { specifier: 'i', line: 11 },
    ]);
  });

  it('should ignore comments, strings, regex literals, templates and import.meta', () => {
    const source = [
      `// import x from 'x';`,
      `/* import y from 'y'; */`,
      `const s = "import z from 'z'";`,
      `const r = /from 'w'/;`,
      'const t = `${"a"} from \'v\'`;',
      `const u = import.meta.url;`,
      `const from = 'not-an-import';`,
      'const dynamic = import(`./${name}.js`);',
    ].join('\n');
    assert.deepEqual(findModuleSpecifiers(source), []);
  });
});
