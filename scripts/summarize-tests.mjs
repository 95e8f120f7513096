// Adds up the per-package test counts printed by vitest and node:test into one plain line,
// "N passed, N failed", which CI reads as the run's closing line.
import fs from 'node:fs';

const text = fs.readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of text.split('\n')) {
  const vitest = /^\s*(?:\S+:\s+)?Tests\s+(.*)$/.exec(line);
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
    continue;
  }
  const nodePass = /^(?:\S+:\s+)?ℹ pass (\d+)$/.exec(line);
  if (nodePass) passed += Number(nodePass[1]);
  const nodeFail = /^(?:\S+:\s+)?ℹ fail (\d+)$/.exec(line);
  if (nodeFail) failed += Number(nodeFail[1]);
}
console.log(`${passed} passed, ${failed} failed`);
