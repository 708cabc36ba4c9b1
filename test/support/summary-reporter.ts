import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Counts test cases by outcome and writes them where scripts/test.mjs reads them, so that the
 * whole `npm test` run (type check + lint + tests) ends with one `N passed, N failed` line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of modules) {
      let cases = 0;
      for (const test of mod.children.allTests()) {
        cases += 1;
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      // A file that fails to load has no test cases but must still count as a failure.
      if (cases === 0 && mod.state() === 'failed') failed += 1;
    }
    failed += errors.length;
    const out = process.env.LODESTONE_TEST_SUMMARY;
    if (out) writeFileSync(out, JSON.stringify({ passed, failed, skipped }));
  }
}
