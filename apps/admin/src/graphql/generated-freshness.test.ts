// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const printSchemaScript = path.resolve(adminDir, '../api/dist/graphql/print-schema.js');
const generatedPaths = ['schema.graphql', 'src/graphql/generated'];

function isGitWorkTree(): boolean {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: adminDir, encoding: 'utf8' }).trim() === 'true';
  } catch {
    return false;
  }
}

// Printing the schema and running codegen spawn work that takes seconds on a loaded 2-core machine.
const SLOW_MS = 60_000;

describe('generated GraphQL types', () => {
  it('should match the SDL the API prints from its built schema', () => {
    expect(existsSync(printSchemaScript), 'build the API first: npx turbo run build').toBe(true);
    const printed = execFileSync(process.execPath, [printSchemaScript], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const checkedIn = readFileSync(path.join(adminDir, 'schema.graphql'), 'utf8');
    expect(checkedIn === printed, 'schema.graphql is stale: run `npm run codegen -w @ledgerbridge/admin`').toBe(true);
  }, SLOW_MS);

  it('should match what codegen produces from schema.graphql and the operations', async () => {
    const previousCwd = process.cwd();
    process.chdir(adminDir);
    try {
      const outputs = await generate({ ...codegenConfig, cwd: adminDir, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const onDisk = readFileSync(path.resolve(adminDir, output.filename), 'utf8');
        expect(onDisk === output.content, `${output.filename} is stale: run \`npm run codegen -w @ledgerbridge/admin\``).toBe(true);
      }
    } finally {
      process.chdir(previousCwd);
    }
  }, SLOW_MS);

  // The build regenerates both files, so in CI a stale commit shows up as a working-tree change.
  it.runIf(isGitWorkTree())('should be committed as generated', () => {
    const changed = execFileSync('git', ['status', '--porcelain', '--', ...generatedPaths], { cwd: adminDir, encoding: 'utf8' });
    expect(changed, 'regenerated schema.graphql or src/graphql/generated/ differ from the committed files: commit them').toBe('');
  });
});
