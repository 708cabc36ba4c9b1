import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyBuiltDb } from '../support/built-db.js';

/**
 * `lodestone risk` and `lodestone exposure` on a database built from the bundled tables in data/
 * (no ../shared needed). GeoPolRisk figures: geopolrisk-py `tests/data/Testing case - tool.xlsx`,
 * sheet GeoPolRisk (METHODS-REFERENCE §3.1); the trade rows are the bundled dataset
 * geopolrisk-testcase, production the bundled WMD, PV the bundled WGI.
 */
const dir = mkdtempSync(join(tmpdir(), 'lodestone-risk-'));
const db = join(dir, 'lodestone.db');

beforeAll(async () => {
  copyBuiltDb(db);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Risk {
  hhi: number;
  import_risk: number;
  gprs: number;
  cf: number;
  price: number;
  trade_dataset: string;
  trade_completeness: string;
  domestic_production: number;
  total_imports: number;
  partners: { iso3: string; quantity: number; g: number; g_basis: string }[];
  assumed_pv: string[];
  pv_year: number;
}

const risk = async (commodity: string, ...extra: string[]) =>
  runCli(['risk', commodity, '--importer', 'USA', '--year', '2022', '--source', 'wmd', '--trade', 'geopolrisk-testcase', '--json', '--db', db, ...extra]);

describe('lodestone risk', () => {
  it('reproduces the graphite example: HHI 0.470663, WTA 0.584, score 0.27497, CF 1.4957', async () => {
    const r = await risk('graphite');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = r.json() as Risk;
    expect(p.hhi).toBeCloseTo(0.470663478647389, 6);
    expect(p.import_risk).toBeCloseTo(0.5842266185959466, 3);
    expect(p.gprs).toBeCloseTo(0.27497413262676956, 3);
    expect(p.cf).toBeCloseTo(1.4956581418407857, 2);
    expect(p.price).toBeCloseTo(2.2269069573987443, 2);
    expect(p.total_imports).toBeCloseTo(86586.111, 5);
    expect(p.trade_dataset).toBe('geopolrisk-testcase');
    expect(p.trade_completeness).toBe('reporter-complete');
    expect(p.pv_year).toBe(2022);
    // Sheet Trade Data row 8: China 43,274.566 t, WGI 0.588214725.
    const chn = p.partners.find((x) => x.iso3 === 'CHN');
    expect(chn?.quantity).toBeCloseTo(43274.566, 6);
    expect(chn?.g).toBeCloseTo(0.588214725, 9);
  });

  it('reproduces nickel (domestic production 17,500 t) and manganese', async () => {
    const ni = (await risk('nickel')).json() as Risk;
    expect(ni.hhi).toBeCloseTo(0.26749007657640966, 6);
    expect(ni.domestic_production).toBe(17500);
    expect(ni.import_risk).toBeCloseTo(1.2076833631026191e-3, 3);
    expect(ni.gprs).toBeCloseTo(3.2304331527637555e-4, 3);
    expect(ni.cf).toBeCloseTo(3.7927385852119812e-3, 2);
    const mn = (await risk('manganese')).json() as Risk;
    expect(mn.hhi).toBeCloseTo(0.20351833729028621, 6);
    expect(mn.import_risk).toBeCloseTo(0.54518874922896887, 3);
    expect(mn.gprs).toBeCloseTo(0.11095590775245055, 3);
    expect(mn.cf).toBeCloseTo(0.10860404642372944, 2);
    expect(mn.assumed_pv).toEqual([]);
  });

  it('prints a human table naming the dataset and its completeness', async () => {
    const r = await runCli(['risk', 'graphite', '--importer', 'USA', '--year', '2022', '--trade', 'geopolrisk-testcase', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Trade: geopolrisk-testcase 2022 — reporter-complete/);
    expect(r.stdout).toMatch(/HHI \(0–1\)\s+0\.470663/);
    expect(r.stdout).toMatch(/CF\s+1\.495\d kg Cu-eq\/kg/);
  });

  it('names the years that exist when a year has no trade data', async () => {
    const r = await runCli(['risk', 'graphite', '--importer', 'USA', '--year', '2019', '--trade', 'geopolrisk-testcase', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no trade data with quantities .* in 2019/);
    expect(r.stderr).toMatch(/geopolrisk-testcase 2022/);
  });

  it('region mode: EU27 manganese ore 2024 (BACI) weighs partners inside the EU 0', async () => {
    const r = await runCli(['risk', 'manganese', '--importer', 'EU27', '--year', '2024', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Risk & { region_members: string[]; notes: string[] };
    expect(p.trade_dataset).toBe('baci-atlas-2024-complete');
    expect(p.region_members).toContain('DEU');
    expect(p.region_members).not.toContain('GBR');
    const fra = p.partners.find((x) => x.iso3 === 'FRA');
    expect(fra?.g).toBe(0);
    expect(fra?.g_basis).toBe('intra-region');
    expect(p.partners.find((x) => x.iso3 === 'GAB')?.g_basis).toBe('pv');
    // WMD ends in 2022 and the WGI update too: both are said.
    expect(p.notes.join(' ')).toMatch(/production of 2022 \(wmd\) used with trade of 2024/);
    expect(p.notes.join(' ')).toMatch(/WGI Political Stability of 2022 used for trade of 2024/);
  });

  it('rejects an unknown importer, commodity, source and a dataset without rows', async () => {
    expect((await runCli(['risk', 'graphite', '--importer', 'Atlantis', '--db', db])).stderr).toMatch(/unknown importer "Atlantis"/);
    expect((await runCli(['risk', 'unobtainium', '--importer', 'USA', '--db', db])).stderr).toMatch(/unknown commodity/);
    expect((await runCli(['risk', 'graphite', '--importer', 'USA', '--source', 'bgs', '--db', db])).stderr).toMatch(/--source must be wmd or usgs/);
    const r = await runCli(['risk', 'graphite', '--importer', 'USA', '--trade', 'comtrade-japan', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--trade comtrade-japan has no rows/);
    expect((await runCli(['risk', 'graphite', '--db', db])).stderr).toMatch(/--importer is required/);
  });
});

interface Exposure {
  trade_dataset: string;
  trade_completeness: string;
  trade_flagged: boolean;
  year: number;
  stage: string;
  partners: { iso3: string; value_share: number | null }[];
  supplier_sets: Record<string, { share: number; not_covered: string[]; members: { iso3: string; status: string }[] }>;
  restricted: { share: number; upper_bound: boolean; measures: { id: string }[] };
  net_import_reliance: { years: { year: number; value: number }[] } | null;
}

describe('lodestone exposure', () => {
  it('USA graphite 2022 from the GeoPolRisk excerpt: China 74 % of value, restricted flake graphite on 2025-12-01', async () => {
    const r = await runCli(['exposure', 'graphite', '--importer', 'USA', '--year', '2022', '--on', '2025-12-01', '--suppliers', 'CHN,MOZ', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Exposure;
    expect(p.trade_dataset).toBe('geopolrisk-testcase');
    expect(p.stage).toBe('ore');
    // testcase_Trade_Data.csv: China 142,631.137 of 192,818.9… thousand USD over 36 partners.
    expect(p.supplier_sets.CHN?.share).toBeCloseTo(142631.137 / 192818.905, 3);
    expect(p.supplier_sets.custom?.members.map((m) => m.status)).toEqual(['imports', 'imports']);
    expect(p.restricted.measures.length).toBeGreaterThan(0);
    // China's row is "250410;250490": the measure names 250410 only, so the share is an upper bound.
    expect(p.restricted.upper_bound).toBe(true);
    expect(p.net_import_reliance?.years.find((y) => y.year === 2022)?.value).toBe(100);
  });

  it('USA graphite 2024 falls to USITC (flagged), where Mozambique and the C5 read "not covered"', async () => {
    const r = await runCli(['exposure', 'graphite', '--importer', 'USA', '--year', '2024', '--suppliers', 'CHN,MOZ', '--json', '--db', db]);
    const p = r.json() as Exposure;
    expect(p.trade_dataset).toBe('usitc-dataweb');
    expect(p.trade_flagged).toBe(true);
    expect(p.supplier_sets.custom?.not_covered).toEqual(['MOZ']);
    expect(p.supplier_sets.C5?.not_covered).toEqual(['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM']);
  });

  it('falls back to the MCS import sources (shares only, flagged) where no trade dataset has the codes', async () => {
    // import_share.csv, usgs-mcs 2026 antimony "Ore and concentrates" 2021-2024: Mexico 86 %, Italy 9 %, Other 5 %.
    const r = await runCli(['exposure', 'antimony', '--importer', 'USA', '--stage', 'ore', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Exposure;
    expect(p.trade_dataset).toBe('usgs-mcs');
    expect(p.trade_completeness).toBe('shares-only');
    expect(p.trade_flagged).toBe(true);
    expect(p.partners.map((x) => [x.iso3, x.value_share])).toEqual([['MEX', 0.86], ['ITA', 0.09]]);
    expect(p.supplier_sets.CHN?.not_covered).toEqual(['CHN']);
  });

  it('without --stage gives the ore stage in full and the refined stage in brief', async () => {
    const r = await runCli(['exposure', 'tungsten', '--importer', 'USA', '--year', '2024', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Exposure & { other_stage: { stage: string; trade_dataset?: string; error?: string } | null };
    expect(p.stage).toBe('ore');
    expect(p.other_stage?.stage).toBe('refined');
    // BACI 2024 complete has 810194 (unwrought tungsten) for the USA.
    expect(p.other_stage?.trade_dataset).toBe('baci-atlas-2024-complete');
  });

  it('rejects a stage the commodity has no codes for', async () => {
    const r = await runCli(['exposure', 'gallium', '--importer', 'USA', '--stage', 'ore', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no ore-stage HS codes/);
  });
});

interface Criticality {
  importer: string;
  coverage: { cells: number; with_production: number; with_quantity_trade: number; covered: number; ranked: number };
  rows: { rank: number; commodity_id: string; stage: string; gprs: number; hhi: number; trade_dataset: string; restrictions_in_force: string[] }[];
  excluded: { commodity: string; stage: string; reason: string }[];
}

describe('lodestone criticality', () => {
  it('ranks every covered commodity by GeoPolRisk and prints the coverage', async () => {
    const r = await runCli(['criticality', '--importer', 'USA', '--on', '2025-12-01', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const t = r.json() as Criticality;
    expect(t.coverage.covered).toBeGreaterThanOrEqual(t.coverage.ranked);
    expect(t.rows.length).toBe(t.coverage.ranked);
    expect(t.rows.map((x) => x.rank)).toEqual(t.rows.map((_, i) => i + 1));
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1]?.gprs).toBeGreaterThanOrEqual(t.rows[i]?.gprs ?? 0);
    // Graphite ore: the only US dataset spanning 250410 and 250490 with quantities is the GeoPolRisk excerpt (2022).
    const graphite = t.rows.find((x) => x.commodity_id === 'graphite' && x.stage === 'ore');
    expect(graphite?.trade_dataset).toBe('geopolrisk-testcase');
    expect(graphite?.gprs).toBeCloseTo(0.27497413262676956, 3);
    expect(graphite?.restrictions_in_force.length).toBeGreaterThan(0);
    expect(t.excluded.find((x) => x.commodity === 'synthetic-graphite')?.reason).toMatch(/no production data/);
  });

  it('writes CSV with a header row and one line per ranked cell', async () => {
    const r = await runCli(['criticality', '--importer', 'USA', '--on', '2025-12-01', '--csv', '--db', db]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rank,commodity_id,name,stage,hs_codes,year,hhi,import_risk,gprs,cf/);
    const json = (await runCli(['criticality', '--importer', 'USA', '--on', '2025-12-01', '--json', '--db', db])).json() as Criticality;
    expect(lines.length).toBe(json.rows.length + 1);
  });

  it('asks for --importer', async () => {
    const r = await runCli(['criticality', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--importer is required/);
  });
});
