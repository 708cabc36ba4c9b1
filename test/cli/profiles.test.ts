import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/**
 * The acceptance figures, run on a database built from the bundled tables in data/
 * (no ../shared needed). Each expected value was checked by hand in the raw file named.
 */
const dir = mkdtempSync(join(tmpdir(), 'lodestone-cli-'));
const db = join(dir, 'lodestone.db');

beforeAll(async () => {
  const r = await runCli(['db', 'build', '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Producer = { iso3: string; value: number | null; share: number | null; raw: string; qualifier: string | null };

describe('lodestone commodity', () => {
  it('tungsten 2025: China 67,000 t of a published world 85,000 t; Kazakhstan 2,400 t (MCS 2026)', async () => {
    // usgs_mcs2026_commodities_data.utf8.csv, TUNGSTEN world mine production 2025:
    // China "67,000" Estimated.; Kazakhstan "2,400" Estimated.; World total "85,000" (rounded).
    const r = await runCli(['commodity', 'tungsten', '--year', '2025', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as { producers: Producer[]; world_total: { value: number }; source: string; vintage: string; unit: string; year: number };
    expect(p.source).toBe('usgs');
    expect(p.vintage).toBe('2026');
    expect(p.year).toBe(2025);
    expect(p.world_total.value).toBe(85000);
    const chn = p.producers.find((x) => x.iso3 === 'CHN');
    expect(chn?.value).toBe(67000);
    expect(chn?.share).toBeCloseTo(0.788, 3);
    const kaz = p.producers.find((x) => x.iso3 === 'KAZ');
    expect(kaz?.value).toBe(2400);
    expect(kaz?.qualifier).toBe('estimated');
  });

  it('tungsten 2022 from World Mining Data: HHI 0.6007 over country rows', async () => {
    const r = await runCli(['commodity', 'tungsten', '--year', '2022', '--source', 'wmd', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as { hhi: number; source: string; world_total: { computed: boolean } };
    expect(p.source).toBe('wmd');
    expect(p.world_total.computed).toBe(true);
    expect(p.hhi).toBeCloseTo(0.6007, 4);
  });

  it('has the C5 shares with explicit zeros, reserves, US reliance and the other source', async () => {
    const r = await runCli(['commodity', 'W', '--json', '--db', db]);
    const p = r.json() as Record<string, unknown> & { shares: Record<string, number> };
    expect(Object.keys(p.shares).sort()).toEqual(['C5', 'CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'TKM', 'UZB']);
    expect(p.shares.UZB).toBe(0);
    for (const k of ['reserves', 'us_net_import_reliance', 'us_import_sources', 'critical_lists', 'facilities_c5', 'other_source', 'sources', 'data_build', 'top3_share', 'hhi_10000', 'hhi_normalised']) {
      expect(p, k).toHaveProperty(k);
    }
  });

  it('an unknown commodity exits 2 with close matches', async () => {
    const r = await runCli(['commodity', 'tungstn', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown commodity "tungstn"/);
    expect(r.stderr).toMatch(/Tungsten/);
  });
});

describe('lodestone country', () => {
  it('Kazakhstan: uranium 0.447 (WMD 2022), chromium 13.7 % (MCS 2026, 2025) and 12.0 % (WMD 2022)', async () => {
    const r = await runCli(['country', 'Kazakhstan', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as { production: { commodity: string; share: number; source: string; year: number; stage: string }[] };
    const u = p.production.find((x) => x.commodity === 'uranium' && x.source === 'wmd');
    expect(u?.year).toBe(2022);
    expect(u?.share).toBeCloseTo(0.447, 3);
    const crUsgs = p.production.find((x) => x.commodity === 'chromium' && x.source === 'usgs');
    expect(crUsgs?.year).toBe(2025);
    expect(crUsgs?.share).toBeCloseTo(0.137, 3);
    const crWmd = p.production.find((x) => x.commodity === 'chromium' && x.source === 'wmd');
    expect(crWmd?.share).toBeCloseTo(0.12, 2);
  });

  it('resolves forgiving names and codes', async () => {
    for (const name of ['KAZ', 'kaz', 'KZ', 'Kazakstan', 'Qazaqstan', 'Казахстан']) {
      const r = await runCli(['country', name, '--json', '--db', db]);
      expect(r.code, name).toBe(0);
      expect((r.json() as { country: { iso3: string } }).country.iso3).toBe('KAZ');
    }
  });

  it('an unknown country exits 2 with suggestions', async () => {
    const r = await runCli(['country', 'Kazakhstn', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Kazakhstan/);
  });
});

describe('lodestone restrictions', () => {
  it('lists the China Ga/Ge/Sb export ban to the US as suspended on 2025-12-01, until 2026-11-27', async () => {
    const r = await runCli(['restrictions', '--imposer', 'CHN', '--on', '2025-12-01', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const p = r.json() as { restrictions: { status: string; targets: string[]; commodities: { id: string }[]; suspended_from: string; suspended_until: string; kind: string }[] };
    const ban = p.restrictions.find((x) => x.targets.includes('USA') && x.commodities.some((c) => c.id === 'gallium'));
    expect(ban).toBeDefined();
    expect(ban?.commodities.map((c) => c.id).sort()).toEqual(expect.arrayContaining(['antimony', 'gallium', 'germanium']));
    expect(ban?.status).toBe('suspended');
    expect(ban?.suspended_from).toBe('2025-11-09');
    expect(ban?.suspended_until).toBe('2026-11-27');
  });

  it('rejects a malformed date naming the flag', async () => {
    const r = await runCli(['restrictions', '--on', '2025-13-45', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--on/);
  });
});

describe('lodestone search', () => {
  it('finds countries, commodities and people', async () => {
    const r = await runCli(['search', 'tokayev', '--json', '--db', db]);
    const hits = (r.json() as { hits: { kind: string; name: string }[] }).hits;
    expect(hits.some((h) => h.kind === 'person' && /Tokayev/.test(h.name))).toBe(true);
    const t = await runCli(['search', 'tungsten', '--json', '--db', db]);
    expect((t.json() as { hits: { kind: string; id: string }[] }).hits.some((h) => h.kind === 'commodity' && h.id === 'tungsten')).toBe(true);
  });
});
