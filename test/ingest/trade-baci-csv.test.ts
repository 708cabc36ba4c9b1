import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport } from '../../src/ingest/report.js';
import { baciCsvImporter } from '../../src/ingest/sources/trade-baci-csv.js';
import { inCommodityMap } from '../../src/ingest/sources/trade-common.js';
import { NOW, parseTrade, rowFrom, tradeFixture, type ParsedTrade } from './trade-helpers.js';

const FIXTURE = tradeFixture('baci', 'BACI_HS17_Y2023_V202601.csv');

describe('baciCsvImporter', () => {
  let parsed: ParsedTrade;
  beforeAll(async () => {
    parsed = await parseTrade(baciCsvImporter, [FIXTURE]);
  });

  it('converts thousand USD to USD and keeps tonnes', () => {
    // fixture line 3: 2023,156,842,810194, 13648.405,   300.808
    expect(rowFrom(parsed.rows, 3)).toMatchObject({
      dataset: 'baci', vintage: '2023', exporter_iso3: 'CHN', importer_iso3: 'USA', year: 2023, period: '2023', hs_code: '810194',
      value: 13648405, currency: 'USD', quantity: 300.808, quantity_unit: 't', reporter: 'reconciled', completeness: 'complete',
    });
  });

  it('stores a quantity of "NA" or blank as null', () => {
    // line 5: 2023,398,156,261100,   512.25,        NA; line 6: 2023,860,156,810194,    42.001,
    expect(rowFrom(parsed.rows, 5)).toMatchObject({ exporter_iso3: 'KAZ', value: 512250, quantity: null, quantity_unit: null });
    expect(rowFrom(parsed.rows, 6)).toMatchObject({ exporter_iso3: 'UZB', value: 42001, quantity: null });
  });

  it('resolves BACI\'s own codes: 516 Namibia, 490 Taiwan, 251 France, 699 India', () => {
    expect(rowFrom(parsed.rows, 7)).toMatchObject({ exporter_iso3: 'NAM', importer_iso3: 'FRA' });
    expect(rowFrom(parsed.rows, 8)).toMatchObject({ exporter_iso3: 'TWN', importer_iso3: 'USA' });
    expect(rowFrom(parsed.rows, 9)).toMatchObject({ exporter_iso3: 'IND', importer_iso3: 'DEU' });
  });

  it('keeps only codes of the commodity map, counting the rest', () => {
    expect(parsed.rows.every((r) => inCommodityMap(r.hs_code))).toBe(true);
    for (const line of [11, 12, 13, 14, 23]) expect(rowFrom(parsed.rows, line)).toBeUndefined(); // 870323, 010121, 030111: no mineral
    expect(parsed.report.skipped['HS6 code outside the commodity map (use --all-codes to keep every code)']).toBeGreaterThanOrEqual(5);
  });

  it('skips an unknown country code with a warning, and group codes silently', () => {
    // line 15: code 999; lines 16 and 17: 697 "Europe EFTA, nes"
    expect(parsed.report.warnings).toContainEqual(expect.objectContaining({ row: 15, column: 'i', message: expect.stringContaining('"999"') }));
    expect(parsed.report.skipped['unknown country']).toBe(1);
    expect(parsed.report.skipped['partner is an aggregate area (not a country)']).toBe(2);
    expect(parsed.report.rowsRead).toBe(30);
  });

  it('writes the dataset row last, with the row count and hash of what was streamed', () => {
    expect(parsed.parsed.datasets).toHaveLength(1);
    expect(parsed.parsed.datasets[0]).toMatchObject({ id: 'baci', vintage: '2023', completeness: 'complete', row_count: parsed.rows.length, files: 'BACI_HS17_Y2023_V202601.csv' });
    expect(parsed.parsed.datasets[0]?.title).toContain('HS17 V202601');
    expect(parsed.parsed.replace).toEqual([
      { table: 'trade_flow', where: { dataset: 'baci', vintage: '2023' } },
      { table: 'dataset', where: { id: 'baci', vintage: '2023' } },
    ]);
  });

  it('keeps every code with allCodes', async () => {
    const all = await parseTrade(baciCsvImporter, [FIXTURE], { allCodes: true });
    expect(all.rows).toHaveLength(27);
    expect(rowFrom(all.rows, 13)).toMatchObject({ hs_code: '010121', exporter_iso3: 'AFG', importer_iso3: 'AZE', value: 27 });
    expect(all.parsed.datasets[0]?.title).toContain('all HS6 codes');
  });

  it('uses the country_codes_V*.csv beside the data file when there is one', async () => {
    const beside = await parseTrade(baciCsvImporter, [tradeFixture('baci-with-codes', 'BACI_HS17_Y2023_V202601.csv')]);
    expect(rowFrom(beside.rows, 3)).toMatchObject({ exporter_iso3: 'QQQ', importer_iso3: 'USA' });
    expect(rowFrom(beside.rows, 5)).toBeUndefined(); // 276 is not in that short list
    expect(beside.parsed.datasets[0]?.citation).toContain('country_codes_V202601.csv');
  });

  it('takes --vintage over the year in the file name', async () => {
    const v = await parseTrade(baciCsvImporter, [FIXTURE], { vintage: '2023-r2' });
    expect(new Set(v.rows.map((r) => r.vintage))).toEqual(new Set(['2023-r2']));
  });

  it('returns nothing when given no file (data build has no BACI year)', async () => {
    const none = await parseTrade(baciCsvImporter, []);
    expect(none.rows).toEqual([]);
    expect(none.parsed.datasets).toEqual([]);
  });
});

describe('baciCsvImporter on bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lodestone-baci-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string | Buffer): string => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it('names the row and column of text in the value column', async () => {
    const f = write('BACI_HS17_Y2023_V202601.csv', 't,i,j,k,v,q\n2023,156,842,261100,12.5,1\n2023,156,842,261100,abc,1\n');
    const err = await parseTrade(baciCsvImporter, [f]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).location).toEqual({ file: f, row: 3, column: 'v' });
  });

  it('refuses a row from another year', async () => {
    const f = write('BACI_HS17_Y2023_V202601.csv', 't,i,j,k,v,q\n2023,156,842,261100,12.5,1\n2022,156,842,261100,3,1\n');
    await expect(parseTrade(baciCsvImporter, [f])).rejects.toMatchObject({ location: { row: 3, column: 't' } });
  });

  it('refuses a wrong header before streaming anything', async () => {
    const f = write('BACI_HS17_Y2023_V202601.csv', 'year,exporter,importer,k,v,q\n2023,156,842,261100,12.5,1\n');
    const report = newReport('baci', [f]);
    await expect(baciCsvImporter.parse([f], { report, progress: silentProgress, now: NOW, options: {} })).rejects.toMatchObject({ location: { file: f, row: 1 } });
  });

  it('yields batches of bounded size, so a year of ~10 M rows streams in constant memory', async () => {
    const lines = ['t,i,j,k,v,q'];
    for (let n = 0; n < 12000; n += 1) lines.push(`2023,156,842,261100,${n + 1},1`);
    const f = write('BACI_HS17_Y2023_V202601.csv', `${lines.join('\n')}\n`);
    const report = newReport('baci', [f]);
    const parsed = await baciCsvImporter.parse([f], { report, progress: silentProgress, now: NOW, options: {} });
    const sizes: number[] = [];
    for await (const b of parsed.batches ?? []) if (b.table === 'trade_flow') sizes.push(b.rows.length);
    expect(sizes).toEqual([5000, 5000, 2000]);
  });
});
