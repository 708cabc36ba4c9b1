import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { copyBuiltDb } from '../support/built-db.js';

/** `lodestone suppliers` on a database built from the bundled tables in data/. */
const dir = mkdtempSync(join(tmpdir(), 'lodestone-sup-'));
const db = join(dir, 'lodestone.db');

beforeAll(async () => {
  copyBuiltDb(db);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Supplier {
  rank: number;
  score: number;
  iso3: string;
  production_share: number;
  production_basis: string | null;
  production: { dataset: string; vintage: string; year: number; value: number | null; unit: string } | null;
  reserves_share: number | null;
  wgi_pv: number | null;
  wgi_va: number | null;
  trade_link: string;
  trade: { note: string; dataset: string | null };
  restriction: string;
  restrictions: { id: string; status: string | null; applies_to_importer: boolean }[];
  components: Record<string, number>;
  c5: boolean;
  zero_reason: string | null;
  facilities: { id: string; name: string }[];
}
interface Result {
  importer: { iso3: string };
  excluded: { iso3: string }[];
  score: { formula: string; weights: Record<string, number> };
  suppliers: Supplier[];
}

async function suppliers(...args: string[]): Promise<Result> {
  const r = await runCli(['suppliers', ...args, '--json', '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json() as Result;
}

const C5 = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

describe('lodestone suppliers', () => {
  it('tungsten to the USA: Kazakhstan with 2,400 t (MCS 2026, 2025) and its deposits', async () => {
    const r = await suppliers('tungsten', '--importer', 'USA', '--exclude', 'CHN,RUS');
    const kaz = r.suppliers.find((s) => s.iso3 === 'KAZ') as Supplier;
    // usgs_mcs2026_commodities_data.utf8.csv, TUNGSTEN mine production 2025: Kazakhstan "2,400"
    expect(kaz.production).toMatchObject({ dataset: 'usgs-mcs', vintage: '2026', year: 2025, value: 2400 });
    expect(kaz.production_share).toBeCloseTo(2400 / 85000, 12);
    expect(kaz.production_basis).toBe('MCS 2026');
    expect(kaz.zero_reason).toBeNull();
    // data/facility.csv: Boguty mine, Upper Kairakty and Severny Katpar projects
    expect(kaz.facilities.map((f) => f.id)).toEqual(expect.arrayContaining(['fac-kaz-boguty', 'fac-kaz-upper-kairakty', 'fac-kaz-severny-katpar']));
    // WGI 2022 (data/governance.csv): KAZ PV −0.35683, VA −1.06674
    expect(kaz.wgi_pv).toBeCloseTo(-0.35683, 5);
    expect(kaz.wgi_va).toBeCloseTo(-1.06674, 5);
  });

  it('ranks only countries outside the excluded set and the importer, every factor shown', async () => {
    const r = await suppliers('tungsten', '--importer', 'United States', '--exclude', 'CHN,RUS');
    const iso3s = r.suppliers.map((s) => s.iso3);
    expect(iso3s).not.toContain('CHN');
    expect(iso3s).not.toContain('RUS');
    expect(iso3s).not.toContain('USA');
    expect(r.excluded.map((e) => e.iso3)).toEqual(['CHN', 'RUS']);
    expect(r.suppliers.map((s) => s.rank)).toEqual(r.suppliers.map((_, i) => i + 1));
    for (let i = 1; i < r.suppliers.length; i++) expect(r.suppliers[i - 1]!.score).toBeGreaterThanOrEqual(r.suppliers[i]!.score);
    for (const s of r.suppliers) expect(Object.keys(s.components).sort()).toEqual(['governance', 'production', 'reserves', 'restriction', 'trade']);
    expect(r.score.formula).toBe('score = 0.40 P + 0.20 R + 0.20 G + 0.10 T + 0.10 X');
    // Vietnam: MCS 2026 tungsten 2025 3,000 t, the largest candidate once China and Russia are out
    expect(r.suppliers.find((s) => s.iso3 === 'VNM')?.components.production).toBe(1);
  });

  it('says "not covered" where only an excerpt of the trade data could show the link', async () => {
    const r = await suppliers('tungsten', '--importer', 'USA', '--exclude', 'CHN');
    const kaz = r.suppliers.find((s) => s.iso3 === 'KAZ') as Supplier;
    // US imports of HS 2611 and 8101 are in usitc-dataweb only, whose 18 partners do not include KAZ
    expect(kaz.trade_link).toBe('not_covered');
    expect(kaz.trade.note).toContain('usitc-dataweb: partner-excerpt');
    expect(kaz.components.trade).toBe(0.5);
    // Vietnam is one of the 18 USITC partners, with imports recorded
    expect(r.suppliers.find((s) => s.iso3 === 'VNM')?.trade_link).toBe('yes');
  });

  it('gallium: the five Central Asian states with zeros and the reason', async () => {
    const r = await suppliers('gallium', '--importer', 'USA', '--exclude', 'CHN,RUS');
    const c5 = r.suppliers.filter((s) => s.c5);
    expect(c5.map((s) => s.iso3).sort()).toEqual(C5);
    for (const s of c5) {
      expect(s.production_share).toBe(0);
      expect(s.zero_reason).toBe('no recorded production in MCS 2026 or WMD 2022');
    }
    // data/facility.csv: Pavlodar alumina plant, gallium recovery in development
    expect(r.suppliers.find((s) => s.iso3 === 'KAZ')?.facilities.map((f) => f.id)).toContain('fac-kaz-pavlodar-gallium');
  });

  it('reads restriction status on the date asked', async () => {
    // rst-chn-2024-46-us-ga-ge-sb: a ban on gallium exports to the US effective 2024-12-03,
    // suspended 2025-11-09 until 2026-11-27 (MOFCOM 2025 No. 72).
    const before = await suppliers('gallium', '--importer', 'USA', '--on', '2025-06-01');
    const chn = before.suppliers.find((s) => s.iso3 === 'CHN') as Supplier;
    expect(chn.restriction).toBe('in_force');
    expect(chn.restrictions.find((m) => m.id === 'rst-chn-2024-46-us-ga-ge-sb')?.status).toBe('in_force');
    const during = await suppliers('gallium', '--importer', 'USA', '--on', '2026-01-15');
    expect(during.suppliers.find((s) => s.iso3 === 'CHN')?.restrictions.find((m) => m.id === 'rst-chn-2024-46-us-ga-ge-sb')?.status).toBe('suspended');
  });

  it('prints a ranked table with the Central Asian section', async () => {
    const r = await runCli(['suppliers', 'tungsten', '--importer', 'USA', '--exclude', 'CHN,RUS', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kazakhstan (C5)');
    expect(r.stdout).toContain('Boguty');
    expect(r.stdout).toContain('no recorded production in MCS 2026 or WMD 2022');
  });

  it('rejects a missing --importer, an unknown country and an empty --exclude, naming the flag', async () => {
    const a = await runCli(['suppliers', 'tungsten', '--db', db]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--importer');
    const b = await runCli(['suppliers', 'tungsten', '--importer', 'Atlantis', '--db', db]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('unknown country');
    const c = await runCli(['suppliers', 'tungsten', '--importer', 'USA', '--exclude', ',', '--db', db]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--exclude');
    const d = await runCli(['suppliers', 'tungsten', '--importer', 'USA', '--on', 'soon', '--db', db]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--on');
  });
});
