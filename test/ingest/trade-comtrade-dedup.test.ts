import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import { comtradeDedupImporter } from '../../src/ingest/sources/trade-comtrade-dedup.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { parseTrade, rowFrom, tradeFixture, type ParsedTrade } from './trade-helpers.js';

const DIR = 'critical-materials-atlas-baci-comtrade';

describe('comtradeDedupImporter (fixture)', () => {
  it('turns an export row into exporter = reporter, an import row into importer = reporter', async () => {
    const { rows } = await parseTrade(comtradeDedupImporter, [tradeFixture('comtrade_dedup_2022.csv')]);
    expect(rowFrom(rows, 3)).toMatchObject({ exporter_iso3: 'KAZ', importer_iso3: 'CHN', reporter: 'exporter', value: 900.25, quantity: 9, quantity_unit: 'kg' });
    expect(rowFrom(rows, 4)).toMatchObject({ exporter_iso3: 'KAZ', importer_iso3: 'CHN', reporter: 'importer', value: 950, quantity: null, quantity_unit: null });
  });

  it('stores a World total with partner WLD', async () => {
    const { rows } = await parseTrade(comtradeDedupImporter, [tradeFixture('comtrade_dedup_2022.csv')]);
    expect(rowFrom(rows, 2)).toMatchObject({ exporter_iso3: 'KAZ', importer_iso3: 'WLD', dataset: 'comtrade-dedup', vintage: '2022', completeness: 'complete' });
  });

  it('skips "areas nes" partners and flows other than M and X, counted', async () => {
    const { rows, report } = await parseTrade(comtradeDedupImporter, [tradeFixture('comtrade_dedup_2022.csv')]);
    expect(rows.map((r) => r.source_row)).toEqual([2, 3, 4, 6]);
    expect(report.skipped).toEqual({ 'partner is an aggregate area (not a country)': 1, 'flow "RX" (only imports M and exports X are kept)': 1 });
  });

  it('refuses a file with a repeated key: it is not de-duplicated', async () => {
    const err = await parseTrade(comtradeDedupImporter, [tradeFixture('bad', 'comtrade_dedup_2022_repeated.csv')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).location).toMatchObject({ row: 3 });
    expect((err as DataError).message).toContain('not de-duplicated');
  });

  it('refuses a raw Comtrade layout, saying why', async () => {
    const err = await parseTrade(comtradeDedupImporter, [tradeFixture('bad', 'comtrade_raw_layout.csv')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).location).toMatchObject({ row: 1 });
    expect((err as DataError).hint).toContain('must not be summed');
  });
});

describeWithShared('comtradeDedupImporter', () => {
  let parsed: ParsedTrade;
  beforeAll(async () => {
    parsed = await parseTrade(comtradeDedupImporter, [rawFile(DIR, 'comtrade_dedup_2022.csv'), rawFile(DIR, 'comtrade_dedup_2024.csv')]);
  });

  it('stores the de-duplicated total, which is the largest raw row and not their sum', () => {
    // comtrade_dedup_2022.csv line 31488: 2022,276,DEU,156,CHN,850511,M,765179836.583,12648091.76,416
    const row = rowFrom(parsed.rows, 31488, { vintage: '2022' });
    expect(row).toMatchObject({ exporter_iso3: 'CHN', importer_iso3: 'DEU', hs_code: '850511', reporter: 'importer', value: 765179836.583, quantity: 12648091.76 });
    // The raw file has 416 rows for reporter 276, partner 156, cmd 850511, flow M (SOURCE.md caveat 6).
    const raw = gunzipSync(readFileSync(rawFile(DIR, 'comtrade_raw_2022.csv.gz'))).toString('utf8').split('\n');
    const header = (raw[0] as string).split(',');
    const at = (name: string): number => header.indexOf(name);
    const values = raw
      .slice(1)
      .map((l) => l.split(','))
      .filter((f) => f[at('reporter')] === '276' && f[at('partner')] === '156' && f[at('cmd')] === '850511' && f[at('flow')] === 'M')
      .map((f) => Number(f[at('value')]));
    expect(values).toHaveLength(416);
    expect(row?.value).toBe(Math.max(...values));
    // Their sum (6,121 M USD, SOURCE.md) is 8× the total: the rows must not be summed.
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(6121438692.656, 0);
  });

  it('one dataset vintage per year file, every row once', () => {
    expect(parsed.parsed.datasets.map((d) => [d.id, d.vintage, d.completeness])).toEqual([
      ['comtrade-dedup', '2022', 'complete'],
      ['comtrade-dedup', '2024', 'complete'],
    ]);
    const keys = new Set(parsed.rows.map((r) => `${r.vintage}|${r.exporter_iso3}|${r.importer_iso3}|${r.hs_code}|${r.reporter}`));
    expect(keys.size).toBe(parsed.rows.length);
  });

  it('refuses the raw Comtrade file (its rows must not be summed)', async () => {
    await expect(parseTrade(comtradeDedupImporter, [rawFile(DIR, 'comtrade_raw_2022.csv.gz')])).rejects.toThrow(DataError);
  });
});
