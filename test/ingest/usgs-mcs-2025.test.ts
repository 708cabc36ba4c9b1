import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureRecord, ImportShareRecord, SalientRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { usgsMcs2025 } from '../../src/ingest/sources/usgs-mcs-2025.js';
import type { ParsedImport } from '../../src/ingest/types.js';
import { describeWithShared, rawFile } from '../support/shared.js';

/** The MCS 2025 data release as published (../shared/data/raw/usgs-mcs-2025/). */
const WORLD = rawFile('usgs-mcs-2025', 'world', 'MCS2025_World_Data.csv');
const SALIENT = rawFile('usgs-mcs-2025', 'salient');
const FIG2 = rawFile('usgs-mcs-2025', 'industry_trends', 'MCS2025_Fig2_Net_Import_Reliance.csv');

describeWithShared('usgsMcs2025.parse on the MCS 2025 data release', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  let figures: FigureRecord[];
  let salient: SalientRecord[];
  let shares: ImportShareRecord[];
  const figure = (row: number, metric: string, year: number): FigureRecord | undefined =>
    figures.find((f) => f.source_row === row && f.metric === metric && f.year === year);

  beforeAll(async () => {
    report = newReport('usgs-mcs-2025', [WORLD, SALIENT, FIG2]);
    parsed = await usgsMcs2025.parse([WORLD, SALIENT, FIG2], { report, progress: silentProgress, now: () => new Date('2026-11-29T00:00:00Z'), options: {} });
    figures = parsed.tables.figure as FigureRecord[];
    salient = parsed.tables.salient as SalientRecord[];
    shares = parsed.tables.import_share as ImportShareRecord[];
  });

  it('reads vintage 2025 from the SOURCE column and cites the release', () => {
    expect(parsed.datasets.map((d) => d.vintage)).toEqual(['2025']);
    expect(parsed.datasets[0]?.citation).toContain('https://doi.org/10.5066/P13XCP3R');
    expect(parsed.datasets[0]?.files).toBe('usgs-mcs-2025/world/MCS2025_World_Data.csv;usgs-mcs-2025/salient/*.csv;usgs-mcs-2025/industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv');
    expect(figures.every((f) => f.vintage === '2025' && f.dataset === 'usgs-mcs')).toBe(true);
  });

  it('counts rows per table and figures per metric', () => {
    expect(figures).toHaveLength(3126);
    expect(salient).toHaveLength(4819);
    expect(shares).toHaveLength(222);
    const count = (metric: string): number => figures.filter((f) => f.metric === metric).length;
    expect(count('production')).toBe(2221);
    expect(count('reserves')).toBe(736);
    expect(count('capacity')).toBe(169);
  });

  it('reads tungsten China 66,000 t in 2023 and 67,000 t in 2024 (estimated, from "PROD_EST_ 2024")', () => {
    // world/MCS2025_World_Data.csv line 1177: MCS2025,Tungsten ,China,"Mine production, tungsten content",metric tons,66000,67000,,,,,2400000,
    expect(figure(1177, 'production', 2023)).toMatchObject({ commodity_id: 'tungsten', country_iso3: 'CHN', stage: 'mine', value: 66000, unit: 'metric tons', qualifier: null });
    expect(figure(1177, 'production', 2024)).toMatchObject({ value: 67000, qualifier: 'estimated' });
    expect(figure(1177, 'reserves', 2024)).toMatchObject({ value: 2400000, stage: 'mine' });
  });

  it('keeps "World total (rounded)" as an aggregate: tungsten 79,500 t (2023)', () => {
    // line 1185: MCS2025,Tungsten ,World total (rounded),…,79500,81000,,,,,4600000,
    expect(figure(1185, 'production', 2023)).toMatchObject({ place: 'World total (rounded)', country_iso3: null, is_aggregate: 1, value: 79500 });
  });

  it('takes the token of an empty cell from its notes: lithium United States "W for 23-24"', () => {
    // line 628: MCS2025,Lithium ,United States,"Mine production, lithium content",metric tons,,,W for 23-24,,,,1800000,
    expect(figure(628, 'production', 2023)).toMatchObject({ value: null, raw: 'W for 23-24', qualifier: 'withheld' });
    expect(figure(628, 'production', 2024)).toMatchObject({ value: null, qualifier: 'withheld' });
    // line 1173: tungsten United States reserves blank, RESERVE_NOTES "NA"
    expect(figure(1173, 'reserves', 2024)).toMatchObject({ value: null, raw: 'NA', qualifier: 'not_available' });
  });

  it('takes the reserves unit from the reserve notes (iron ore: million metric tons)', () => {
    // line 537: Iron Ore, Australia, usable ore, thousand metric tons, …, 58000, "Crude Ore, million metric tons"
    expect(figure(537, 'production', 2023)).toMatchObject({ value: 953000, unit: 'thousand metric tons' });
    expect(figure(537, 'reserves', 2024)).toMatchObject({ value: 58000, unit: 'million metric tons' });
    expect(report.warnings.some((w) => /Iron Ore .*million metric tons/.test(w.message))).toBe(true);
  });

  it('reads the salient statistics with units from the FGDC metadata: tungsten net import reliance >50 (2024)', () => {
    // salient/mcs2025-tungs_salient.csv line 6: MCS2025,Tungsten,2024,0,W,1500,8900,2000,3700,NA,NA,W,W,250,W,>50
    const nir = salient.find((s) => s.commodity_id === 'tungsten' && s.year === 2024 && s.note.startsWith('mcs2025-tungs_salient.csv, column NIR_ct'));
    expect(nir).toMatchObject({ statistic: 'Net import reliance', value: 50, unit: 'percent', raw: '>50', qualifier: 'greater_than', source_row: 6 });
    const imports = salient.find((s) => s.commodity_id === 'tungsten' && s.year === 2023 && s.detail === 'Imports for consumption: Concentrate');
    expect(imports).toMatchObject({ statistic: 'Import', value: 1640, unit: 'metric tons', qualifier: null, source_row: 5 });
    const secondary = salient.find((s) => s.commodity_id === 'tungsten' && s.year === 2024 && s.detail === 'U.S. production: Secondary');
    expect(secondary).toMatchObject({ value: null, raw: 'W', qualifier: 'withheld' });
  });

  it('reads Figure 2: tungsten net import reliance >50 and its major import sources in order', () => {
    // industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv line 47: MCS2025,46,TUNGSTEN,>50,"China, Germany, Bolivia, Vietnam",…
    const nir = salient.find((s) => s.detail === 'Fig. 2: TUNGSTEN');
    expect(nir).toMatchObject({ commodity_id: 'tungsten', year: 2024, value: 50, qualifier: 'greater_than', source_row: 47 });
    const sources = shares.filter((s) => s.source_row === 47);
    expect(sources.map((s) => s.exporter_iso3)).toEqual(['CHN', 'DEU', 'BOL', 'VNM']);
    expect(sources.every((s) => s.share === null && s.period === '2020-2023' && s.importer_iso3 === 'USA')).toBe(true);
  });

  it('reads the minus sign U+2212 (niobium government stockpile shipments 2021: −1)', () => {
    const ship = salient.find((s) => s.commodity_id === 'niobium' && s.statistic === 'Shipment' && s.year === 2021);
    expect(ship).toMatchObject({ value: -1, raw: '−1' });
  });
});

describe('usgsMcs2025', () => {
  it('reads the world file, the salient folder and Figure 2 by default', () => {
    expect(usgsMcs2025.defaultFiles).toEqual([
      'raw/usgs-mcs-2025/world/MCS2025_World_Data.csv',
      'raw/usgs-mcs-2025/salient',
      'raw/usgs-mcs-2025/industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv',
    ]);
  });
});
