import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import type { GovernanceRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { runImport } from '../../src/ingest/run-import.js';
import { worldbankWgi } from '../../src/ingest/sources/worldbank-wgi.js';
import type { ParsedImport } from '../../src/ingest/types.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

const fixture = (name: string): string => join(import.meta.dirname, '..', 'fixtures', 'wgi', name);

async function parse(file: string, vintage?: string): Promise<{ parsed: ParsedImport; report: ImportReport }> {
  const report = newReport(worldbankWgi.id, [file]);
  const parsed = await worldbankWgi.parse([file], { report, progress: silentProgress, now: () => new Date('2026-01-01T00:00:00Z'), options: { vintage } });
  return { parsed, report };
}

function find(rows: readonly GovernanceRecord[] | undefined, iso3: string, dimension: string, year: number): GovernanceRecord | undefined {
  return rows?.find((r) => r.iso3 === iso3 && r.dimension === dimension && r.year === year);
}

describeWithShared('worldbankWgi.parse on worldbank-wgi/WGIData.csv', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  beforeAll(async () => {
    ({ parsed, report } = await parse(rawFile('worldbank-wgi', 'WGIData.csv')));
  });

  it('detects the 2023 update from its latest year (2022)', () => {
    expect(parsed.datasets[0]).toMatchObject({ id: 'wgi', vintage: '2023', files: 'worldbank-wgi/WGIData.csv', licence: 'CC BY 4.0' });
    expect(parsed.replace).toEqual([{ table: 'governance', where: { dataset: 'wgi', vintage: '2023' } }]);
  });

  it('reads Kazakhstan\'s 2022 political stability from lines 3506–3511', () => {
    // WGIData.csv line 3506 KAZ PV.EST 2022 = -0.356833428144455; line 3507 PV.NO.SRC = 8;
    // line 3508 PV.PER.RNK = 32.5471687316895; line 3511 PV.STD.ERR = 0.21676841378212.
    expect(find(parsed.tables.governance, 'KAZ', 'PV', 2022)).toEqual({
      dataset: 'wgi', vintage: '2023', iso3: 'KAZ', year: 2022, dimension: 'PV',
      estimate: -0.356833428144455, percentile_rank: 32.5471687316895, std_error: 0.21676841378212, n_sources: 8, source_row: 3506,
    });
  });

  it('reads the voice-and-accountability ranks SOURCE.md quotes', () => {
    // SOURCE.md: 2022 VA percentile ranks KAZ 19.8, CHN 6.3.
    expect(find(parsed.tables.governance, 'KAZ', 'VA', 2022)?.percentile_rank).toBeCloseTo(19.8, 1);
    expect(find(parsed.tables.governance, 'CHN', 'VA', 2022)?.percentile_rank).toBeCloseTo(6.3, 1);
  });

  it('keeps all six dimensions for 214 economies and counts what it skips', () => {
    const rows = parsed.tables.governance ?? [];
    expect(report.rowsRead).toBe(7704); // 214 economies × 36 indicator codes
    expect(new Set(rows.map((r) => r.dimension))).toEqual(new Set(['VA', 'PV', 'GE', 'RQ', 'RL', 'CC']));
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(214);
    // 214 × 6 dimensions × 24 years = 30,816 cells, of which 1,111 have no value in any measure.
    expect(rows).toHaveLength(29705);
    expect(report.skipped).toEqual({
      'percentile-rank confidence bounds (not stored)': 2568, // 214 × 6 × (LOWER, UPPER)
      'no data for that economy, dimension and year': 1111,
    });
  });
});

describe('worldbankWgi.parse on fixtures', () => {
  it('joins the four measures of a dimension and year into one row', async () => {
    const { parsed, report } = await parse(fixture('mini.csv'));
    expect(report.rowsRead).toBe(9);
    // mini.csv lines 2–5 (KAZ PV 2022); line 4 is the percentile-rank lower bound, not kept.
    expect(find(parsed.tables.governance, 'KAZ', 'PV', 2022)).toMatchObject({ estimate: -0.35, n_sources: 8, percentile_rank: 32.5, std_error: 0.22, source_row: 2 });
    expect(parsed.tables.governance).toHaveLength(3);
  });

  it('reads ".." and empty cells as missing', async () => {
    const { parsed, report } = await parse(fixture('mini.csv'));
    // mini.csv lines 7–8: China VA 2021 is ".." and "", so no row; 2022 has both.
    expect(find(parsed.tables.governance, 'CHN', 'VA', 2021)).toBeUndefined();
    expect(find(parsed.tables.governance, 'CHN', 'VA', 2022)).toMatchObject({ estimate: -1.6, percentile_rank: 6.3, std_error: null, n_sources: null });
    expect(report.skipped['no data for that economy, dimension and year']).toBe(1);
  });

  it('skips aggregates and unknown indicator codes with a reason', async () => {
    const { parsed, report } = await parse(fixture('mini.csv'));
    expect(parsed.tables.governance?.some((r) => r.iso3 === 'WLD')).toBe(false);
    expect(report.skipped).toMatchObject({ 'aggregate or region row': 1, 'unknown indicator code': 1, 'percentile-rank confidence bounds (not stored)': 1 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 10, message: expect.stringContaining('"HP.EST"') }));
  });

  it('takes the vintage from the options when given', async () => {
    const { parsed } = await parse(fixture('mini.csv'), '2024');
    expect(parsed.datasets[0]?.vintage).toBe('2024');
    expect(parsed.tables.governance?.every((r) => r.vintage === '2024')).toBe(true);
  });

  describe('bad input', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'lodestone-wgi-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const fails = async (file: string, match: { row?: number; column?: string; message: RegExp }): Promise<void> => {
      const err = await parse(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DataError);
      const e = err as DataError;
      expect(e.location.file).toBe(file);
      if (match.row !== undefined) expect(e.location.row).toBe(match.row);
      if (match.column !== undefined) expect(e.location.column).toBe(match.column);
      expect(e.message).toMatch(match.message);
    };

    it('refuses a wrong header, naming the missing columns', async () => {
      await fails(fixture('wrong-header.csv'), { row: 1, message: /missing columns "Country Name", "Indicator Code"/ });
    });

    it('refuses a truncated row, naming its line', async () => {
      await fails(fixture('truncated-row.csv'), { row: 3, message: /truncated/ });
    });

    it('refuses text in a number column, naming row and column', async () => {
      await fails(fixture('text-in-number.csv'), { row: 3, column: '2022', message: /"about a third" is not a number/ });
    });

    it('refuses an empty file', async () => {
      await fails(fixture('empty.csv'), { message: /file is empty/ });
    });

    it('refuses a binary file', async () => {
      const file = join(dir, 'WGIData.xlsx');
      writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
      await fails(file, { message: /binary/ });
    });

    it('refuses a header without year columns', async () => {
      const file = join(dir, 'no-years.csv');
      writeFileSync(file, '"Country Name","Country Code","Indicator Name","Indicator Code",\n"Kazakhstan","KAZ","x","PV.EST",\n');
      await fails(file, { row: 1, message: /no year columns/ });
    });
  });
});

describeEachStore('worldbank-wgi import', (dialect) => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await freshStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'lodestone-wgi-store-'));
  });
  afterEach(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (): Promise<number> => Number((await t.store.db.selectFrom('governance').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('importing twice leaves the row count unchanged', async () => {
    await runImport(t.store, worldbankWgi, [fixture('mini.csv')]);
    expect(await count()).toBe(3);
    await runImport(t.store, worldbankWgi, [fixture('mini.csv')]);
    expect(await count()).toBe(3);
    const kaz = await t.store.db.selectFrom('governance').selectAll().where('iso3', '=', 'KAZ').where('year', '=', 2022).executeTakeFirstOrThrow();
    expect(kaz).toMatchObject({ dimension: 'PV', estimate: -0.35, percentile_rank: 32.5, n_sources: 8 });
  });

  it('a corrupted copy fails naming the row and leaves the database unchanged', async () => {
    await runImport(t.store, worldbankWgi, [fixture('mini.csv')]);
    const corrupted = join(dir, 'WGIData.csv');
    copyFileSync(fixture('mini.csv'), corrupted);
    writeFileSync(corrupted, readFileSync(corrupted, 'utf8').replace('"32.5"', '"3 2.5"'));
    await expect(runImport(t.store, worldbankWgi, [corrupted])).rejects.toThrow(/row 4, column "2022"/);
    expect(await count()).toBe(3);
  });
});
