import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyBuiltDb } from '../support/built-db.js';

/**
 * `lodestone scenario` on a database built from the bundled tables in data/ (no ../shared).
 * Targets: issue 3 — a complete ban of China's exports gives a median price rise within ±20 % of
 * USGS OFR 2024-1057 (gallium +150 % → [1.20, 1.80]; germanium +26 % → [0.21, 0.31]).
 */
const dir = mkdtempSync(join(tmpdir(), 'lodestone-scenario-'));
const db = join(dir, 'lodestone.db');

beforeAll(async () => {
  copyBuiltDb(db);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Summary = { median: number; p05: number; p95: number };
type Report = {
  price_change: Summary;
  quantity_change: Summary;
  shortfall: { iso3: string; lost: number; shortfall_share: number }[];
  shares: { iso3: string; before: number; after: number; value_after: number }[];
  base_year: number;
  source: { dataset: string; vintage: string; supply_trade: string | null };
  supplier_share_of_imports: { value: number } | null;
  headroom: { iso3: string | null; spare: number }[];
  monte_carlo: { runs: number; seed: number; capped_runs: number };
};

describe('lodestone scenario: export bans', () => {
  it('gallium: China’s complete ban gives a median price rise within [1.20, 1.80]', async () => {
    const r = await runCli(['scenario', '--commodity', 'gallium', '--supplier', 'CHN', '--cut', '1', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Report;
    expect(p.price_change.median).toBeGreaterThanOrEqual(1.2);
    expect(p.price_change.median).toBeLessThanOrEqual(1.8);
    expect(p.price_change.p05).toBeLessThan(p.price_change.median);
    expect(p.price_change.p95).toBeGreaterThan(p.price_change.median);
    expect(p.quantity_change.median).toBeLessThan(0);
    // MCS 2026 gallium: primary production 2025 is the latest year; capacity 2025 Japan 10,000 kg
    // (production 3,000), Russia 10,000 (6,000), Other countries 100,000 (0).
    expect(p.base_year).toBe(2025);
    expect(p.source.dataset).toBe('usgs-mcs');
    expect(p.headroom.find((h) => h.iso3 === null)?.spare).toBe(100_000);
    expect(p.headroom.find((h) => h.iso3 === 'JPN')?.spare).toBe(7_000);
    // Comext CN 81129289, 2022–2024 pooled: China 28,837,004 of 33,808,051 EUR of extra-EU imports.
    expect(p.supplier_share_of_imports?.value).toBeCloseTo(28_837_004 / 33_808_051, 4);
    expect(p.monte_carlo).toEqual({ runs: 1000, seed: 1, capped_runs: 0 });
    expect(p.shortfall.length).toBeGreaterThan(0);
    expect(p.shortfall.find((s) => s.iso3 === 'USA')?.lost).toBeGreaterThan(0);
  });

  it('germanium: base year from World Mining Data, median price rise within [0.21, 0.31]', async () => {
    const r = await runCli(['scenario', '--commodity', 'germanium', '--supplier', 'China', '--cut', '1', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Report;
    expect(p.price_change.median).toBeGreaterThanOrEqual(0.21);
    expect(p.price_change.median).toBeLessThanOrEqual(0.31);
    // MCS has no germanium production; WMD 2022: China 130 of 139 t.
    expect(p.source.dataset).toBe('wmd');
    expect(p.base_year).toBe(2022);
    // Comext CN 81129295, 2022–2024 pooled: China 3,914,896 of 9,160,210 EUR.
    expect(p.supplier_share_of_imports?.value).toBeCloseTo(3_914_896 / 9_160_210, 4);
  });

  it('gives the same numbers for the same seed and others for another seed', async () => {
    const args = ['scenario', '--commodity', 'gallium', '--supplier', 'CHN', '--runs', '300', '--json', '--db', db];
    const a = (await runCli([...args, '--seed', '5'])).json() as Report;
    const b = (await runCli([...args, '--seed', '5'])).json() as Report;
    const c = (await runCli([...args, '--seed', '6'])).json() as Report;
    expect(a.price_change).toEqual(b.price_change);
    expect(c.price_change.median).not.toBe(a.price_change.median);
    expect(a.monte_carlo).toEqual({ runs: 300, seed: 5, capped_runs: 0 });
  });

  it('applies a cut to listed targets only', async () => {
    const r = await runCli(['scenario', '--commodity', 'gallium', '--supplier', 'CHN', '--target', 'USA', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Report;
    expect(p.shortfall.filter((s) => s.lost > 0).map((s) => s.iso3)).toEqual(['USA']);
  });
});

describe('lodestone scenario: new supply', () => {
  it('tungsten --add KAZ:5000@2027 raises Kazakhstan’s share from 2,400 to 7,400 t', async () => {
    // MCS 2026 tungsten mine production 2025: Kazakhstan 2,400 t; country rows incl. "Other
    // countries" sum to 85,140 t (above the rounded world total 85,000): 2,400/85,140 → 7,400/90,140.
    const r = await runCli(['scenario', '--commodity', 'tungsten', '--add', 'KAZ:5000@2027', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as Report;
    const kaz = p.shares.find((s) => s.iso3 === 'KAZ');
    expect(kaz?.before).toBeCloseTo(2400 / 85_140, 6);
    expect(kaz?.after).toBeCloseTo(7400 / 90_140, 6);
    expect(kaz?.value_after).toBe(7400);
    expect(p.price_change.median).toBeLessThan(0);
  });

  it('raises the price when demand grows (--demand 0.1) and lowers it when it falls', async () => {
    const up = (await runCli(['scenario', '--commodity', 'tungsten', '--demand', '0.1', '--json', '--db', db])).json() as Report;
    const down = (await runCli(['scenario', '--commodity', 'tungsten', '--demand', '-0.1', '--json', '--db', db])).json() as Report;
    expect(up.price_change.median).toBeGreaterThan(0);
    expect(down.price_change.median).toBeLessThan(0);
  });

  it('prints a human table', async () => {
    const r = await runCli(['scenario', '--commodity', 'tungsten', '--add', 'Kazakhstan:5000', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Kazakhstan/);
    expect(r.stdout).toMatch(/Price change/);
  });
});

describe('lodestone scenario: bad parameters', () => {
  it.each([
    [['--supplier', 'CHN', '--cut', '1.5'], /--cut must be a fraction between 0 and 1, got 1.5/],
    [['--supplier', 'CHN', '--cut', '-0.5'], /--cut must be a fraction between 0 and 1, got -0.5/],
    [['--supplier', 'KAZ', '--cut', '1'], /--supplier KAZ has no production of gallium/],
    [['--supplier', 'Narnia'], /unknown country "Narnia"/],
    [['--add', 'KAZ-5000'], /--add must look like COUNTRY:TONNES\[@YEAR\]/],
    [['--add', 'KAZ:abc@2027'], /--add must look like/],
    [['--cut', '0.5'], /--cut needs --supplier/],
    [[], /nothing to change/],
    [['--supplier', 'CHN', '--runs', '0'], /--runs must be between/],
    [['--supplier', 'CHN', '--param', 'demandElasticity=-1'], /--param demandElasticity=-1 is out of range/],
    [['--supplier', 'CHN', '--param', 'speed=1'], /--param must be NAME=VALUE/],
    [['--demand', '-1.2'], /--demand must be a relative change above -1/],
  ])('gallium %j → exit 2 naming the parameter', async (extra, message) => {
    const r = await runCli(['scenario', '--commodity', 'gallium', ...extra, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('names an unknown commodity', async () => {
    const r = await runCli(['scenario', '--commodity', 'unobtainium', '--supplier', 'CHN', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown commodity "unobtainium"/);
  });
});
