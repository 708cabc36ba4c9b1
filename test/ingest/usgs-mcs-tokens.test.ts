import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import { isEstimatedNote, parseValueToken, readValueToken, rowQualifier } from '../../src/ingest/sources/usgs-mcs-tokens.js';
import { checkUnit, normaliseUnit, unitFromSuffix } from '../../src/ingest/sources/usgs-mcs-units.js';
import { figureStage, seriesLabel } from '../../src/ingest/sources/usgs-mcs-stage.js';
import { detectLayout, LONG_COLUMNS } from '../../src/ingest/sources/usgs-mcs-layout.js';
import { noteToken, yearColumns } from '../../src/ingest/sources/usgs-mcs-wide.js';
import { periodOf } from '../../src/ingest/sources/usgs-mcs-long.js';
import { salientStatistic } from '../../src/ingest/sources/usgs-mcs-salient-2025.js';

const at = { file: 'mcs.csv', row: 7, column: 'Value' };

describe('readValueToken', () => {
  it('reads numbers with thousands separators and decimals', () => {
    expect(readValueToken('67,000')).toEqual({ value: 67000, qualifier: null, raw: '67,000' });
    expect(readValueToken('2,500,000')?.value).toBe(2500000);
    expect(readValueToken('31.57')?.value).toBe(31.57);
    expect(readValueToken('60000')?.value).toBe(60000);
  });

  it('reads a minus as hyphen, en dash or U+2212 (MCS 2025 salient "−88")', () => {
    expect(readValueToken('−88')?.value).toBe(-88);
    expect(readValueToken('-16')?.value).toBe(-16);
  });

  it('keeps the published token, trimmed, beside the number', () => {
    expect(readValueToken(' 68\u00a0')).toEqual({ value: 68, qualifier: null, raw: '68' });
  });

  it('reads the dash forms as zero', () => {
    for (const t of ['—', '–', '-', '--']) expect(readValueToken(t)).toEqual({ value: 0, qualifier: 'zero', raw: t });
  });

  it('reads W, NA, XX, E and s as null with their qualifier', () => {
    expect(readValueToken('W')).toMatchObject({ value: null, qualifier: 'withheld' });
    expect(readValueToken('NA')).toMatchObject({ value: null, qualifier: 'not_available' });
    expect(readValueToken('na')).toMatchObject({ value: null, qualifier: 'not_available' });
    expect(readValueToken('XX')).toMatchObject({ value: null, qualifier: 'not_applicable' });
    expect(readValueToken('E')).toMatchObject({ value: null, qualifier: 'net_exporter' });
    expect(readValueToken('s')).toMatchObject({ value: null, qualifier: 'small' });
  });

  it('does not read a lower-case "e" (the MCS mark for an estimate) as net exporter', () => {
    expect(readValueToken('e')).toBeUndefined();
  });

  it('reads bounds as the bound with greater_than / less_than', () => {
    expect(readValueToken('>50')).toEqual({ value: 50, qualifier: 'greater_than', raw: '>50' });
    expect(readValueToken('<1')).toEqual({ value: 1, qualifier: 'less_than', raw: '<1' });
    expect(readValueToken('>4,700,000')?.value).toBe(4700000);
    expect(readValueToken('<1,000')).toMatchObject({ value: 1000, qualifier: 'less_than' });
  });

  it('reads ranges as null with the range qualifier, keeping both ends in raw', () => {
    expect(readValueToken('50–300')).toEqual({ value: null, qualifier: 'range', raw: '50–300' });
    expect(readValueToken('10,000 - 15,000')).toMatchObject({ value: null, qualifier: 'range' });
  });

  it('reads size words as small or qualitative', () => {
    expect(readValueToken('Small')?.qualifier).toBe('small');
    expect(readValueToken('Very small')?.qualifier).toBe('small');
    expect(readValueToken('Less than ½ unit.')?.qualifier).toBe('small');
    expect(readValueToken('Large')?.qualifier).toBe('qualitative');
    expect(readValueToken('Moderate to large')?.qualifier).toBe('qualitative');
    expect(readValueToken('Variable, depending on type of product')?.qualifier).toBe('qualitative');
  });

  it('reads "?1" (a minus lost to cp1252) as −1 with a caution for the report', () => {
    const t = readValueToken('?10');
    expect(t?.value).toBe(-10);
    expect(t?.caution).toMatch(/minus sign/);
  });

  it('returns undefined for anything else', () => {
    for (const t of ['', 'about 2,000', '12abc', 'n/a', '1,00']) expect(readValueToken(t)).toBeUndefined();
  });
});

describe('parseValueToken', () => {
  it('throws a DataError naming file, row and column for text in a value column', () => {
    try {
      parseValueToken('about two thousand', at);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DataError);
      expect((err as DataError).location).toEqual(at);
      expect((err as DataError).message).toMatch(/mcs\.csv, row 7, column "Value"/);
    }
  });
});

describe('isEstimatedNote', () => {
  it('recognises the MCS estimate notes', () => {
    expect(isEstimatedNote('Estimated.')).toBe(true);
    expect(isEstimatedNote('Estimated. -- Production quota.')).toBe(true);
    expect(isEstimatedNote('estimated 2023')).toBe(true);
    expect(isEstimatedNote('See Appendix C.')).toBe(false);
  });
});

describe('rowQualifier', () => {
  it('lets the token qualifier win over the estimate note', () => {
    expect(rowQualifier({ value: 50, qualifier: 'greater_than', raw: '>50' }, true)).toBe('greater_than');
    expect(rowQualifier({ value: 2400, qualifier: null, raw: '2,400' }, true)).toBe('estimated');
    expect(rowQualifier({ value: 2400, qualifier: null, raw: '2,400' }, false)).toBeNull();
  });
});

describe('normaliseUnit', () => {
  it('tidies spacing, capitals and typos and folds percent forms', () => {
    expect(normaliseUnit(' thousands of carats')).toBe('thousand carats');
    expect(normaliseUnit('Million carats')).toBe('million carats');
    expect(normaliseUnit('Pecent')).toBe('percent');
    expect(normaliseUnit('percentage of tonnage')).toBe('percent');
    expect(normaliseUnit('thousand metric tons of K2O equivalent')).toBe('thousand metric tons of K2O equivalent');
  });
});

describe('checkUnit', () => {
  const where = { file: 'mcs.csv', row: 3, column: 'Unit' };
  it('accepts MCS units', () => {
    expect(checkUnit('metric tons', true, where)).toBe('metric tons');
    expect(checkUnit('dollars per dry metric ton unit', true, where)).toBe('dollars per dry metric ton unit');
  });
  it('accepts a blank unit only beside a value without a number', () => {
    expect(checkUnit('', false, where)).toBe('');
    expect(() => checkUnit('', true, where)).toThrow(DataError);
  });
  it('refuses an unknown unit, naming the cell', () => {
    expect(() => checkUnit('metric furlongs', true, where)).toThrow(/mcs\.csv, row 3, column "Unit": unknown unit "metric furlongs"/);
  });
});

describe('unitFromSuffix', () => {
  it('maps MCS 2025 column suffixes to units', () => {
    expect(unitFromSuffix('USprod_Mine_t')).toBe('metric tons');
    expect(unitFromSuffix('Imports_kt')).toBe('thousand metric tons');
    expect(unitFromSuffix('Price_WO3_dt')).toBe('dollars per metric ton');
    expect(unitFromSuffix('Stocks_')).toBeUndefined();
  });
});

describe('figureStage', () => {
  it('puts reserves and mine labels at the mine', () => {
    expect(figureStage('reserves', 'Refinery production')).toBe('mine');
    expect(figureStage('production', 'Mine production')).toBe('mine');
    expect(figureStage('production', 'Bauxite, mine production')).toBe('mine');
    expect(figureStage('production', 'Zirconium mineral concentrates, mine production (thousand metric tons, gross weight)')).toBe('mine');
  });
  it('puts processing labels at the refinery', () => {
    for (const label of ['Refinery production', 'Smelter production', 'Plant production, lime', 'Titanium sponge metal production', 'Alumina, refinery production', 'Primary production', 'Raw steel', 'Pig iron', 'Cement production', 'Ferrosilicon']) {
      expect(figureStage('production', label), label).toBe('refinery');
    }
  });
  it('uses the table title when the label is generic', () => {
    expect(figureStage('production', 'Production', 'World Lime Production and Limestone Reserves')).toBe('refinery');
    expect(figureStage('production', 'Production', 'World Production and Reserves')).toBe('mine');
    expect(figureStage('production', 'Helium Production', 'World Production and Reserves')).toBe('mine');
  });
  it('treats unlabelled capacity as plant capacity', () => {
    expect(figureStage('capacity', 'global capacity for scandium oxide', 'World Mine Production and Reserves')).toBe('refinery');
  });
});

describe('seriesLabel', () => {
  it('drops the "rounded" marker of world totals', () => {
    expect(seriesLabel('Mine production: rounded')).toEqual({ series: 'Mine production', rounded: true });
    expect(seriesLabel('Mine production: Iron content, rounded')).toEqual({ series: 'Mine production: Iron content', rounded: true });
    expect(seriesLabel('Mine production')).toEqual({ series: 'Mine production', rounded: false });
  });
});

describe('noteToken', () => {
  it('reads a token from the notes of an empty MCS 2025 cell, within its year scope', () => {
    expect(noteToken('W for 23-24', 2023)).toMatchObject({ value: null, qualifier: 'withheld', raw: 'W for 23-24' });
    expect(noteToken('na for 2023', 2023)?.qualifier).toBe('not_available');
    expect(noteToken('na for 2023', 2024)).toBeUndefined();
    expect(noteToken('NA (Reserve data is thousand metric tons).', 2024)?.qualifier).toBe('not_available');
    expect(noteToken('Large', 2024)?.qualifier).toBe('qualitative');
  });
  it('ignores notes that are not a token', () => {
    expect(noteToken('Included with Other countries', 2024)).toBeUndefined();
    expect(noteToken('', 2024)).toBeUndefined();
  });
});

describe('yearColumns', () => {
  it('reads the metric, year and estimate flag from the wide header (note the space in "PROD_EST_ 2024")', () => {
    expect(yearColumns(['COUNTRY', 'PROD_2023', 'PROD_EST_ 2024', 'CAP_2023', 'RESERVES_2024'])).toEqual([
      { column: 'PROD_2023', metric: 'production', year: 2023, estimated: false },
      { column: 'PROD_EST_ 2024', metric: 'production', year: 2024, estimated: true },
      { column: 'CAP_2023', metric: 'capacity', year: 2023, estimated: false },
      { column: 'RESERVES_2024', metric: 'reserves', year: 2024, estimated: false },
    ]);
  });
});

describe('periodOf', () => {
  it('expands the MCS import-source period', () => {
    expect(periodOf('2021–24', 'f', 2)).toBe('2021-2024');
    expect(periodOf('2020-2023', 'f', 2)).toBe('2020-2023');
    expect(() => periodOf('recent', 'f.csv', 9)).toThrow(/f\.csv, row 9, column "Year"/);
  });
});

describe('detectLayout', () => {
  it('tells the MCS layouts apart by header', () => {
    expect(detectLayout([...LONG_COLUMNS, 'Is critical mineral 2025', 'Other notes'])).toBe('long');
    expect(detectLayout(['SOURCE', 'COMMODITY', 'COUNTRY', 'TYPE', 'UNIT_MEAS', 'PROD_2023', 'PROD_EST_ 2024', 'PROD_NOTES', 'RESERVES_2024', 'RESERVE_NOTES'])).toBe('wide');
    expect(detectLayout(['DataSource', 'Commodity', 'Year', 'USprod_Mine_t'])).toBe('salient');
    expect(detectLayout(['Source', 'Import_Share_Order', 'Commodity', 'Net_Import_Reliance_pct_2024', 'Major_Import_Sources_2020_2023', 'Notes'])).toBe('fig2');
    expect(detectLayout(['a', 'b'])).toBeUndefined();
  });
});

describe('salientStatistic', () => {
  it('names the statistic of an MCS 2025 salient column as MCS 2026 does', () => {
    expect(salientStatistic('NIR_ct')).toBe('Net import reliance');
    expect(salientStatistic('USprod_Mine_t')).toBe('Production');
    expect(salientStatistic('Imports_Concentrate_t')).toBe('Import');
    expect(salientStatistic('Alumina_Price_kt')).toBe('Price');
    expect(salientStatistic('Consump_Apparent_t')).toBe('Consumption');
  });
});
