import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, type DataLocation } from '../../src/domain/errors.js';
import type { FigureRecord, ImportShareRecord, SalientRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { usgsMcs2025 } from '../../src/ingest/sources/usgs-mcs-2025.js';
import { usgsMcs2026 } from '../../src/ingest/sources/usgs-mcs-2026.js';
import type { ParsedImport, SourceImporter } from '../../src/ingest/types.js';

/** Small files written for these tests (test/fixtures/usgs-mcs/), in the shapes of the MCS 2025 and 2026 releases. */
const FIX = join(import.meta.dirname, '..', 'fixtures', 'usgs-mcs');
const fx = (name: string): string => join(FIX, name);

async function parse(importer: SourceImporter, files: string[], vintage?: string): Promise<{ parsed: ParsedImport; report: ImportReport }> {
  const report = newReport(importer.id, files);
  const parsed = await importer.parse(files, { report, progress: silentProgress, now: () => new Date('2026-11-29T00:00:00Z'), options: { vintage } });
  return { parsed, report };
}

async function dataError(importer: SourceImporter, files: string[]): Promise<DataError> {
  try {
    await parse(importer, files);
  } catch (err) {
    expect(err).toBeInstanceOf(DataError);
    return err as DataError;
  }
  throw new Error('expected a DataError');
}

const figures = (p: ParsedImport): FigureRecord[] => p.tables.figure as FigureRecord[];
const salient = (p: ParsedImport): SalientRecord[] => p.tables.salient as SalientRecord[];
const shares = (p: ParsedImport): ImportShareRecord[] => p.tables.import_share as ImportShareRecord[];

describe('usgsMcs2026.parse on a long-layout fixture', () => {
  it('reads figures, salient statistics and import shares with vintage = latest year + 1', async () => {
    const { parsed, report } = await parse(usgsMcs2026, [fx('long-small.csv'), fx('audit-small.csv')]);
    expect(parsed.datasets.map((d) => d.vintage)).toEqual(['2026']);
    expect(report.rowsRead).toBe(12);
    expect([figures(parsed).length, salient(parsed).length, shares(parsed).length]).toEqual([7, 3, 2]);
    expect(parsed.datasets[0]?.row_count).toBe(12);
    const china = figures(parsed).find((f) => f.place === 'China' && f.commodity_id === 'tungsten' && f.metric === 'production');
    expect(china).toMatchObject({ value: 67000, qualifier: 'estimated', source_row: 8, country_iso3: 'CHN' });
    expect(figures(parsed).find((f) => f.place === 'World total' && f.metric === 'reserves')).toMatchObject({ value: 4700000, qualifier: 'greater_than', is_aggregate: 1 });
    expect(shares(parsed).map((s) => [s.exporter_iso3, s.share])).toEqual([['CHN', 0.26], [null, 0.74]]);
  });

  it('applies the revision audit to values and notes, and says so in the note', async () => {
    const { parsed } = await parse(usgsMcs2026, [fx('long-small.csv'), fx('audit-small.csv')]);
    const brazil = figures(parsed).find((f) => f.place === 'Brazil');
    expect(brazil).toMatchObject({ value: 11000000, raw: '11,000,000', qualifier: 'revised' });
    expect(brazil?.note).toContain('Revised (MCS 2026 v1.3)');
    const china = figures(parsed).find((f) => f.commodity_id === 'rare-earths' && f.place === 'China');
    expect(china?.note).toMatch(/^Estimated\. -- Revised \(MCS 2026 v1\.1\)/);
  });

  it('leaves values as published without the audit', async () => {
    const { parsed } = await parse(usgsMcs2026, [fx('long-small.csv')]);
    expect(figures(parsed).find((f) => f.place === 'Brazil')).toMatchObject({ value: 21000000, qualifier: null });
  });

  it('takes --vintage over the file and cites a later release without a DOI', async () => {
    const { parsed } = await parse(usgsMcs2026, [fx('long-small.csv')], '2027');
    expect(parsed.datasets[0]).toMatchObject({ vintage: '2027', url: 'https://www.usgs.gov/centers/national-minerals-information-center/mineral-commodity-summaries' });
    expect(figures(parsed).every((f) => f.vintage === '2027')).toBe(true);
    expect(parsed.replace).toContainEqual({ table: 'salient', where: { dataset: 'usgs-mcs', vintage: '2027' } });
  });

  it('warns once about an unresolved commodity and an unknown country, and counts the skipped rows', async () => {
    const { parsed, report } = await parse(usgsMcs2026, [fx('long-unknown-names.csv')]);
    expect(figures(parsed)).toHaveLength(1);
    expect(report.skipped).toEqual({ 'unresolved commodity "Unobtainium | UNOBTAINIUM"': 2, 'unknown country name': 1 });
    expect(report.warnings.filter((w) => /Unobtainium/.test(w.message))).toHaveLength(1);
    expect(report.warnings.some((w) => /unknown country name "Atlantis"/.test(w.message))).toBe(true);
  });
});

describe('usgsMcs2025.parse on wide-layout, salient and Figure 2 fixtures', () => {
  it('reads the wide layout with its year columns and notes tokens', async () => {
    const { parsed, report } = await parse(usgsMcs2025, [fx('wide-small.csv')]);
    expect(parsed.datasets.map((d) => d.vintage)).toEqual(['2025']);
    expect(report.rowsRead).toBe(7);
    const f = figures(parsed);
    expect(f.find((r) => r.place === 'China' && r.commodity_id === 'tungsten' && r.year === 2023 && r.metric === 'production')).toMatchObject({ value: 66000, qualifier: null, source_row: 3 });
    expect(f.find((r) => r.place === 'Russia' && r.year === 2024 && r.metric === 'production')).toMatchObject({ country_iso3: 'RUS', value: 2000, qualifier: 'estimated' });
    expect(f.find((r) => r.place === 'Other Countries' && r.metric === 'reserves')).toMatchObject({ is_aggregate: 1, country_iso3: null, value: 950000 });
    expect(f.filter((r) => r.source_row === 7 && r.metric === 'production').map((r) => [r.year, r.qualifier])).toEqual([[2023, 'withheld'], [2024, 'withheld']]);
    expect(f.find((r) => r.source_row === 2)).toMatchObject({ metric: 'reserves', raw: 'NA', qualifier: 'not_available' });
  });

  it('reads refinery production and capacity, with "na for 2023" scoped to its year', async () => {
    const { parsed } = await parse(usgsMcs2025, [fx('wide-small.csv')]);
    const row8 = figures(parsed).filter((r) => r.source_row === 8);
    expect(row8.map((r) => [r.metric, r.stage, r.year, r.value, r.qualifier])).toEqual([
      ['production', 'refinery', 2023, null, 'not_available'],
      ['production', 'refinery', 2024, 250000, 'estimated'],
      ['capacity', 'refinery', 2023, 300000, null],
      ['capacity', 'refinery', 2024, 310000, 'estimated'],
    ]);
  });

  it('reads a salient folder, matching metadata entries by position and units from the metadata', async () => {
    const { parsed } = await parse(usgsMcs2025, [fx('salient')]);
    const rows = salient(parsed);
    expect(rows).toHaveLength(6);
    const price = rows.find((r) => r.statistic === 'Price' && r.year === 2023);
    expect(price).toMatchObject({ commodity_id: 'tungsten', unit: 'dollars per metric ton unit', value: 258, detail: 'Price, concentrate, dollars per dry metric ton unit', source_row: 2 });
    const nir = rows.find((r) => r.statistic === 'Net import reliance' && r.year === 2024);
    expect(nir).toMatchObject({ unit: 'percent', value: 50, qualifier: 'greater_than' });
    expect(rows.find((r) => r.statistic === 'Production' && r.year === 2024)).toMatchObject({ raw: 'W', qualifier: 'withheld' });
    expect(rows.find((r) => r.statistic === 'Production' && r.year === 2023)).toMatchObject({ value: 0, qualifier: null });
  });

  it('reads Figure 2, dropping footnote digits from partner names ("China3")', async () => {
    const { parsed } = await parse(usgsMcs2025, [fx('fig2-small.csv')]);
    expect(salient(parsed).map((s) => [s.commodity_id, s.value, s.qualifier])).toEqual([['tungsten', 50, 'greater_than'], ['rare-earths', 80, null]]);
    expect(shares(parsed).filter((s) => s.commodity_id === 'rare-earths').map((s) => [s.place, s.exporter_iso3])).toEqual([['China', 'CHN'], ['Japan', 'JPN']]);
  });
});

describe('layout detection across the two importers', () => {
  it('lets the 2025 importer read a long (2026) file as such', async () => {
    const { parsed } = await parse(usgsMcs2025, [fx('long-small.csv')]);
    expect(parsed.datasets.map((d) => d.vintage)).toEqual(['2026']);
    expect(figures(parsed)).toHaveLength(7);
  });

  it('lets the 2026 importer read a wide (2025) file as such', async () => {
    const { parsed } = await parse(usgsMcs2026, [fx('wide-small.csv')]);
    expect(parsed.datasets.map((d) => d.vintage)).toEqual(['2025']);
  });

  it('stores each vintage of a mixed import under its own dataset record', async () => {
    const { parsed } = await parse(usgsMcs2026, [fx('long-small.csv'), fx('wide-small.csv')]);
    expect(parsed.datasets.map((d) => d.vintage)).toEqual(['2025', '2026']);
    expect(parsed.replace).toHaveLength(6);
  });
});

describe('bad input', () => {
  const where = (err: DataError): DataLocation => ({ ...err.location, file: err.location.file.replace(`${FIX}/`, '') });

  it('refuses a wrong header, naming the columns of both layouts', async () => {
    const err = await dataError(usgsMcs2026, [fx('bad-header.csv')]);
    expect(where(err)).toEqual({ file: 'bad-header.csv', row: 1 });
    expect(err.message).toMatch(/unrecognised header/);
    expect(err.hint).toContain('MCS chapter, Section, Commodity, Country, Statistics, Statistics_detail, Unit, Year, Value, Notes');
    expect(err.hint).toContain('SOURCE, COMMODITY, COUNTRY, TYPE, UNIT_MEAS');
    expect(err.hint).toContain('PROD_EST_ 2024');
  });

  it('refuses a truncated row, naming the line', async () => {
    const err = await dataError(usgsMcs2026, [fx('bad-truncated.csv')]);
    expect(where(err)).toMatchObject({ file: 'bad-truncated.csv', row: 3 });
    expect(err.message).toMatch(/truncated/);
  });

  it('refuses text in the Value column, naming row and column', async () => {
    const err = await dataError(usgsMcs2026, [fx('bad-text-value.csv')]);
    expect(where(err)).toEqual({ file: 'bad-text-value.csv', row: 3, column: 'Value' });
    expect(err.message).toContain('"about two thousand" is not a value');
  });

  it('refuses text in a wide-layout year column, naming row and column', async () => {
    const err = await dataError(usgsMcs2025, [fx('bad-wide-text.csv')]);
    expect(where(err)).toEqual({ file: 'bad-wide-text.csv', row: 2, column: 'PROD_EST_ 2024' });
  });

  it('refuses an unknown unit and a malformed year', async () => {
    expect(where(await dataError(usgsMcs2026, [fx('bad-unit.csv')]))).toEqual({ file: 'bad-unit.csv', row: 2, column: 'Unit' });
    expect(where(await dataError(usgsMcs2026, [fx('bad-year.csv')]))).toEqual({ file: 'bad-year.csv', row: 3, column: 'Year' });
  });

  it('refuses an empty file and a binary file', async () => {
    expect((await dataError(usgsMcs2026, [fx('empty.csv')])).message).toMatch(/empty\.csv: file is empty/);
    expect((await dataError(usgsMcs2025, [fx('binary.csv')])).message).toMatch(/binary\.csv: file is binary/);
  });

  it('refuses a file with a header and no rows', async () => {
    const err = await dataError(usgsMcs2026, [fx('header-only.csv')]);
    expect(err.message).toMatch(/header-only\.csv: no data rows/);
  });

  it('refuses the merged salient file with a pointer to the salient folder', async () => {
    const err = await dataError(usgsMcs2025, [fx('bad-salient-merge.csv')]);
    expect(err.hint).toMatch(/salient\/ folder/);
  });

  it('refuses a revision audit given without its data file', async () => {
    const err = await dataError(usgsMcs2026, [fx('audit-small.csv')]);
    expect(err.message).toMatch(/only a revision audit/);
  });
});
