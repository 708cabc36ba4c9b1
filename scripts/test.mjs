#!/usr/bin/env node
// One gate for everything: type check, lint, then the tests; ends with the `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const summaryFile = join(mkdtempSync(join(tmpdir(), 'lodestone-test-')), 'summary.json');
const env = { ...process.env, TZ: 'UTC', LODESTONE_TEST_SUMMARY: summaryFile };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, args] of [
  ['type check', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type check (dashboard)', ['tsc', '-p', 'src/web/tsconfig.json', '--noEmit']],
  ['lint', ['eslint', '.']],
]) {
  console.log(`\n> ${name}`);
  if (run('npx', args)) passed += 1;
  else { failed += 1; console.log(`${name} failed`); }
}
const extra = process.argv.slice(2);
const testsOk = run('npx', ['vitest', 'run', ...extra]);
if (existsSync(summaryFile)) {
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += s.passed; failed += s.failed; skipped += s.skipped;
} else if (!testsOk) {
  failed += 1;
}
if (!testsOk && failed === 0) failed += 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
