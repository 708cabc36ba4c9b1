import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureRecord, ImportShareRecord, SalientRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import { usgsMcs2026 } from '../../src/ingest/sources/usgs-mcs-2026.js';
import type { ParsedImport } from '../../src/ingest/types.js';
import { describeWithShared, rawFile } from '../support/shared.js';

/** The MCS 2026 data release as published, with its revision audit (../shared/data/raw/usgs-mcs-2026/). */
const DATA = rawFile('usgs-mcs-2026', 'usgs_mcs2026_commodities_data.utf8.csv');
const AUDIT = rawFile('usgs-mcs-2026', 'usgs_mcs2026_revision_audit.csv');

describeWithShared('usgsMcs2026.parse on the MCS 2026 data release', () => {
  let parsed: ParsedImport;
  let report: ImportReport;
  let figures: FigureRecord[];
  let salient: SalientRecord[];
  let shares: ImportShareRecord[];
  const figure = (commodity: string, place: string, metric: string, year: number): FigureRecord | undefined =>
    figures.find((f) => f.commodity_id === commodity && f.place === place && f.metric === metric && f.year === year);

  beforeAll(async () => {
    report = newReport('usgs-mcs-2026', [DATA, AUDIT]);
    parsed = await usgsMcs2026.parse([DATA, AUDIT], { report, progress: silentProgress, now: () => new Date('2026-11-29T00:00:00Z'), options: {} });
    figures = parsed.tables.figure as FigureRecord[];
    salient = parsed.tables.salient as SalientRecord[];
    shares = parsed.tables.import_share as ImportShareRecord[];
  });

  it('reads vintage 2026 from the file and cites the release', () => {
    expect(parsed.datasets).toHaveLength(1);
    const d = parsed.datasets[0];
    expect(d).toMatchObject({ id: 'usgs-mcs', vintage: '2026', publisher: 'U.S. Geological Survey, National Minerals Information Center', completeness: null });
    expect(d?.citation).toContain('https://doi.org/10.5066/P1WKQ63T');
    expect(d?.files).toBe('usgs-mcs-2026/usgs_mcs2026_commodities_data.utf8.csv;usgs-mcs-2026/usgs_mcs2026_revision_audit.csv');
    expect(d?.content_hash).toMatch(/^[0-9a-f]{16}$/);
    expect(parsed.replace).toContainEqual({ table: 'figure', where: { dataset: 'usgs-mcs', vintage: '2026' } });
  });

  it('stores every one of the 8,886 rows: 3,303 figures, 4,863 salient statistics, 720 import shares', () => {
    expect(report.rowsRead).toBe(8886);
    expect(figures).toHaveLength(3303);
    expect(salient).toHaveLength(4863);
    expect(shares).toHaveLength(720);
    expect(report.skipped).toEqual({});
    expect(parsed.datasets[0]?.row_count).toBe(8886);
  });

  it('counts figures per metric and stage', () => {
    const count = (metric: string, stage: string): number => figures.filter((f) => f.metric === metric && f.stage === stage).length;
    expect(count('production', 'mine')).toBe(1780);
    expect(count('production', 'refinery')).toBe(574);
    expect(count('reserves', 'mine')).toBe(729);
    expect(count('capacity', 'refinery')).toBe(220);
  });

  it('reads tungsten mine production 2025: China 67,000 t and World total 85,000 t', () => {
    // line 8224: TUNGSTEN,World Mine Production and Reserves,Tungsten,China,Production,Mine production,metric tons,2025,"67,000",Estimated.
    expect(figure('tungsten', 'China', 'production', 2025)).toMatchObject({
      country_iso3: 'CHN', is_aggregate: 0, stage: 'mine', series: 'Mine production', value: 67000, unit: 'metric tons', raw: '67,000', qualifier: 'estimated', source_row: 8224,
    });
    // line 8233: …,World total,Production,Mine production: rounded,metric tons,2025,"85,000",Estimated.
    expect(figure('tungsten', 'World total', 'production', 2025)).toMatchObject({
      country_iso3: null, is_aggregate: 1, series: 'Mine production', value: 85000, raw: '85,000', source_row: 8233,
    });
  });

  it('reads Kazakhstan tungsten 2,400 t (2025, estimated) and "—" for 2024 as zero', () => {
    // line 8225: …,Kazakhstan,Production,Mine production,metric tons,2025,"2,400",Estimated.
    expect(figure('tungsten', 'Kazakhstan', 'production', 2025)).toMatchObject({ country_iso3: 'KAZ', value: 2400, qualifier: 'estimated', source_row: 8225 });
    // line 8211: …,Kazakhstan,Production,Mine production,metric tons,2024,—
    expect(figure('tungsten', 'Kazakhstan', 'production', 2024)).toMatchObject({ value: 0, raw: '—', qualifier: 'zero' });
  });

  it('reads tungsten reserves: China 2,500,000 t, World total >4,700,000 t, Kazakhstan NA', () => {
    // lines 8238, 8247, 8239
    expect(figure('tungsten', 'China', 'reserves', 2025)).toMatchObject({ value: 2500000, stage: 'mine', series: 'Reserves', qualifier: null, source_row: 8238 });
    expect(figure('tungsten', 'World total', 'reserves', 2025)).toMatchObject({ value: 4700000, raw: '>4,700,000', qualifier: 'greater_than', is_aggregate: 1 });
    expect(figure('tungsten', 'Kazakhstan', 'reserves', 2025)).toMatchObject({ value: null, raw: 'NA', qualifier: 'not_available' });
  });

  it('keeps "Other countries" as an aggregate, never a country', () => {
    // line 8232: …,Other countries,Production,Mine production,metric tons,2025,"2,400"
    expect(figure('tungsten', 'Other countries', 'production', 2025)).toMatchObject({ country_iso3: null, is_aggregate: 1, value: 2400 });
    expect(figures.filter((f) => /^(world|other)/i.test(f.place)).every((f) => f.is_aggregate === 1 && f.country_iso3 === null)).toBe(true);
  });

  it('applies the v1.3 revision: Brazil rare-earth reserves 11,000,000 t and world >75,000,000 t', () => {
    // line 6109 has "21,000,000"; the audit replaces it with "11,000,000"
    const brazil = figure('rare-earths', 'Brazil', 'reserves', 2025);
    expect(brazil).toMatchObject({ value: 11000000, raw: '11,000,000', qualifier: 'revised', source_row: 6109 });
    expect(brazil?.note).toMatch(/Revised \(MCS 2026 v1\.3\)/);
    // line 6124 has ">85,000,000"; the audit replaces it with ">75,000,000"
    expect(figure('rare-earths', 'World total', 'reserves', 2025)).toMatchObject({ value: 75000000, raw: '>75,000,000', qualifier: 'greater_than' });
  });

  it('applies the v1.1 note changes (China 2024 footnote removed, India reserves footnote added)', () => {
    // line 6076: China 2024 note "Estimated. -- Production quota; …" becomes "Estimated."
    const china = figure('rare-earths', 'China', 'production', 2024);
    expect(china?.value).toBe(270000);
    expect(china?.note).not.toMatch(/Production quota/);
    expect(china?.note).toMatch(/^Estimated\. -- Revised \(MCS 2026 v1\.1\)/);
    // line 6114: India reserves stay NA, with the OSCOM footnote
    expect(figure('rare-earths', 'India', 'reserves', 2025)?.note).toMatch(/OSCOM/);
    expect(report.warnings.filter((w) => /revision/.test(w.message))).toEqual([]);
  });

  it('reads net import reliance >50 as 50 greater_than (tungsten 2025)', () => {
    // line 8200: TUNGSTEN,Salient Statistics—United States,…,Net import reliance,…,percent,2025,>50,"Estimated. -- …"
    const nir = salient.find((s) => s.commodity_id === 'tungsten' && s.statistic === 'Net import reliance' && s.year === 2025);
    expect(nir).toMatchObject({ country_iso3: 'USA', value: 50, unit: 'percent', raw: '>50', qualifier: 'greater_than', source_row: 8200 });
  });

  it('reads "W" as withheld (tungsten secondary production 2025) and "E" as net exporter', () => {
    // line 8189: …,Production,Production: Secondary,metric tons,2025,W
    expect(salient.find((s) => s.source_row === 8189)).toMatchObject({ detail: 'Production: Secondary', value: null, raw: 'W', qualifier: 'withheld' });
    const exporters = salient.filter((s) => s.raw === 'E');
    expect(exporters).toHaveLength(92);
    expect(exporters.every((s) => s.qualifier === 'net_exporter' && s.value === null && s.statistic === 'Net import reliance')).toBe(true);
  });

  it('reads US import sources 2021–24 as fractions: tungsten China 26 %, Other countries 44 %', () => {
    // line 8201: TUNGSTEN,Import Sources,Tungsten,China,Import sources 2021-2024,"Ores, concentrates, and other forms",percent,2021–24,26
    const china = shares.find((s) => s.commodity_id === 'tungsten' && s.exporter_iso3 === 'CHN');
    expect(china).toMatchObject({ importer_iso3: 'USA', period: '2021-2024', share: 0.26, raw: '26', source_row: 8201 });
    // line 8205: …,Other countries,…,44
    expect(shares.find((s) => s.commodity_id === 'tungsten' && s.place === 'Other countries')).toMatchObject({ exporter_iso3: null, share: 0.44 });
    // line 6066: rare-earth compounds and metals, China 71 %
    expect(shares.find((s) => s.source_row === 6066)).toMatchObject({ commodity_id: 'rare-earths', exporter_iso3: 'CHN', share: 0.71 });
  });

  it('reports the odd tokens it had to interpret', () => {
    // line 5086: niobium stockpile shipments 2021 "?1" (MCS 2025 gives −1)
    expect(salient.find((s) => s.source_row === 5086)).toMatchObject({ value: -1, raw: '?1' });
    expect(report.warnings.some((w) => w.row === 5086 && /minus sign/.test(w.message))).toBe(true);
    // line 8533: the YTTRIUM world-total row has "Yes" in Notes (columns shifted)
    expect(report.warnings.some((w) => w.row === 8533 && /shifted/.test(w.message))).toBe(true);
    expect(figures.find((f) => f.source_row === 8533)).toMatchObject({ value: null, raw: '10,000 - 15,000', qualifier: 'range', note: '' });
  });
});

describe('usgsMcs2026', () => {
  it('reads the UTF-8 copy and the revision audit by default', () => {
    expect(usgsMcs2026.defaultFiles).toEqual(['raw/usgs-mcs-2026/usgs_mcs2026_commodities_data.utf8.csv', 'raw/usgs-mcs-2026/usgs_mcs2026_revision_audit.csv']);
  });
});
