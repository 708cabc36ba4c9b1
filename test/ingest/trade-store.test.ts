import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import { runImport } from '../../src/ingest/run-import.js';
import { baciCsvImporter } from '../../src/ingest/sources/trade-baci-csv.js';
import { comtradeDedupImporter } from '../../src/ingest/sources/trade-comtrade-dedup.js';
import type { SourceImporter } from '../../src/ingest/types.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';
import { NOW, tradeFixture } from './trade-helpers.js';

/** What a trade import leaves in the database: every flow and dataset row, in a fixed order. */
async function snapshot(t: TestStore): Promise<{ flows: unknown[]; datasets: unknown[] }> {
  const flows = await t.store.db.selectFrom('trade_flow').selectAll().orderBy('dataset').orderBy('vintage').orderBy('source_row').execute();
  const datasets = await t.store.db.selectFrom('dataset').select(['id', 'vintage', 'row_count', 'content_hash']).orderBy('id').orderBy('vintage').execute();
  return { flows, datasets };
}

/** A copy of a fixture with one line replaced (same file name, so the vintage is detected alike). */
function corrupted(dir: string, fixture: string[], line: number, replace: (text: string) => string): string {
  const lines = readFileSync(tradeFixture(...fixture), 'utf8').split('\n');
  const next = replace(lines[line - 1] as string);
  if (next === lines[line - 1]) throw new Error(`line ${line} of ${fixture.join('/')} was not changed: fix the test`);
  lines[line - 1] = next;
  const file = join(dir, fixture[fixture.length - 1] as string);
  writeFileSync(file, lines.join('\n'));
  return file;
}

const CASES: { importer: SourceImporter; fixture: string[]; badLine: number; column: string; corrupt: (line: string) => string }[] = [
  // the streaming importer: rows arrive in batches inside the open transaction
  { importer: baciCsvImporter, fixture: ['baci', 'BACI_HS17_Y2023_V202601.csv'], badLine: 21, column: 'v', corrupt: (l) => l.replace(/,\s*800,/, ',8O0,') },
  { importer: comtradeDedupImporter, fixture: ['comtrade_dedup_2022.csv'], badLine: 5, column: 'value_usd', corrupt: (l) => l.replace(',12,', ',twelve,') },
];

for (const { importer, fixture, badLine, column, corrupt } of CASES) {
  describeEachStore(`runImport(${importer.id})`, (dialect) => {
    let t: TestStore;
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'lodestone-trade-store-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    beforeEach(async () => {
      t = await freshStore(dialect);
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('importing the same file twice leaves the same rows', async () => {
      await runImport(t.store, importer, [tradeFixture(...fixture)], { now: NOW });
      const first = await snapshot(t);
      expect(first.flows.length).toBeGreaterThan(0);
      const total = (first.datasets as { row_count: number }[]).reduce((a, d) => a + Number(d.row_count), 0);
      expect(total).toBe(first.flows.length);
      await runImport(t.store, importer, [tradeFixture(...fixture)], { now: NOW });
      expect(await snapshot(t)).toEqual(first);
    });

    it('a corrupted copy fails naming the row, and the database is unchanged', async () => {
      await runImport(t.store, importer, [tradeFixture(...fixture)], { now: NOW });
      const before = await snapshot(t);
      const bad = corrupted(dir, fixture, badLine, corrupt);
      const err = await runImport(t.store, importer, [bad], { now: NOW }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataError);
      expect((err as DataError).location).toEqual({ file: bad, row: badLine, column });
      expect(await snapshot(t)).toEqual(before);
    });
  });
}
