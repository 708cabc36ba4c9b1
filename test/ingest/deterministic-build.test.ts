import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUILT_AT, bundleClock, run } from '../../src/cli/commands/data.js';
import type { CliIO } from '../../src/cli/io.js';
import { UsageError } from '../../src/domain/errors.js';
import { describeWithShared, SHARED } from '../support/shared.js';

describe('bundleClock (the data build clock)', () => {
  it('is fixed: BUNDLE_BUILT_AT by default, --built-at when given', () => {
    const clock = bundleClock();
    expect(clock().toISOString()).toBe(BUNDLE_BUILT_AT);
    expect(clock().toISOString()).toBe(clock().toISOString());
    expect(bundleClock('2027-01-31')().toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(bundleClock('2027-01-31T12:30:00+02:00')().toISOString()).toBe('2027-01-31T10:30:00.000Z');
  });

  it('refuses a --built-at that is not an ISO date', () => {
    for (const bad of ['yesterday', '2027-02-30', '31/01/2027', '']) expect(() => bundleClock(bad)).toThrow(UsageError);
  });
});

const tmp = mkdtempSync(join(tmpdir(), 'lodestone-determinism-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A CLI io whose wall clock moves on at every call, so any leak of it into the output shows. */
function tickingIO(): CliIO {
  let t = Date.parse('2030-01-01T00:00:00Z');
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    env: {},
    cwd: tmp,
    now: () => new Date((t += 1234)),
    isTTY: false,
  };
}

const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describeWithShared('data build determinism', () => {
  it('builds the curated ledger twice into byte-identical files, ignoring the wall clock', async () => {
    // The curated ledger is small and stamps imported_at, created_at and updated_at.
    const outs = ['a', 'b'].map((d) => join(tmp, d));
    for (const out of outs) expect(await run(['build', '--shared', SHARED, '--out', out, '--only', 'curated-ledger'], tickingIO())).toBe(0);
    const [a, b] = outs.map(filesOf);
    expect(Object.keys(a ?? {})).toContain('event.csv');
    expect(b).toEqual(a);
    const manifest = JSON.parse(a?.['manifest.json'] ?? '{}') as { built_at: string };
    expect(manifest.built_at).toBe(BUNDLE_BUILT_AT);
    expect(a?.['event.csv']).toContain(BUNDLE_BUILT_AT);
    expect(a?.['event.csv']).not.toContain('2030-');
  });
});

describeWithShared('data build report', () => {
  it('names the files of its warnings relative to the shared data folder, not where it was built', async () => {
    // MCS 2026 has rows the importer warns about (the "?1" values with a lost minus sign, DATA-NOTES)
    const out = join(tmp, 'report');
    expect(await run(['build', '--shared', SHARED, '--out', out, '--only', 'usgs-mcs-2026'], tickingIO())).toBe(0);
    const reports = JSON.parse(readFileSync(join(out, 'import-report.json'), 'utf8')) as { warnings: { file?: string }[] }[];
    const files = reports.flatMap((r) => r.warnings.map((w) => w.file ?? ''));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).toMatch(/^raw\/usgs-mcs-2026\//);
  });
});
