import { getJson, listOf } from '../api.js';
import { h, pct, num, table, lazySection, sourceLink } from '../dom.js';
import { exportBar, mdTable, mdSources, type Exportable } from '../export.js';
import { drawMap } from '../map.js';
import { loadPlot, chartWidth } from '../plot.js';
import { hrefFor, setQuery, type Route } from '../router.js';
import { sourceLabel, type Producer, type Restriction, type Source } from '../data.js';

interface Profile {
  commodity: { id: string; name: string; symbol?: string; basis?: string };
  year: number;
  stage: string;
  unit: string;
  dataset: string;
  vintage: string;
  series: string;
  world_total: { value: number | null; raw?: string } | null;
  producers: Producer[];
  hhi: number | null;
  hhi_10000: number | null;
  top3_share: number | null;
  shares: Record<string, number>;
  years_available: number[];
  reserves: { year: number; unit: string; dataset: string; vintage: string; countries: Producer[]; world_total: { value: number | null; raw?: string } | null } | null;
  us_net_import_reliance: { latest: { year: number; value: number | null; raw: string } | null; dataset: string; vintage: string } | null;
  us_import_sources: { iso3: string | null; name: string; share: number | null; raw: string; period: string; dataset: string; vintage: string }[];
  facilities_c5: { id: string; name: string; iso3: string; kind: string | null; status: string | null; lat: number | null; lon: number | null; coord_precision: string | null }[];
  sources: Source[];
}

interface SeriesPoint {
  year: number;
  hhi: number;
  top3_share: number;
  group_shares: Record<string, number>;
  vintage?: string;
}

const IMPORTERS = ['USA', 'DEU', 'JPN', 'KOR', 'FRA', 'GBR', 'ITA', 'CHN', 'IND'];

export async function render(root: HTMLElement, route: Route): Promise<void> {
  const id = route.args[0] ?? 'tungsten';
  const year = route.query.get('year');
  const importer = (route.query.get('importer') ?? 'USA').toUpperCase();
  const commodities = await getJson<{ id: string; name: string }[]>('/api/commodities').catch(() => [] as { id: string; name: string }[]);
  const p = await getJson<Profile>(`/api/commodities/${encodeURIComponent(id)}`, { year });
  const query = { year, importer: importer === 'USA' ? null : importer };

  const pick = h(
    'select',
    { id: 'commodity-pick', 'aria-label': 'Commodity', onchange: (e: Event) => (location.hash = hrefFor('commodity', [(e.target as HTMLSelectElement).value], query).slice(1)) },
    listOf<{ id: string; name: string }>(commodities).map((c) => h('option', { value: c.id, selected: c.id === p.commodity.id }, c.name)),
  );
  const yearPick = h(
    'select',
    { id: 'year-pick', 'aria-label': 'Year', onchange: (e: Event) => setQuery(route, { ...query, year: (e.target as HTMLSelectElement).value }) },
    p.years_available.map((y) => h('option', { value: y, selected: y === p.year }, y)),
  );
  const china = p.producers.find((x) => x.iso3 === 'CHN');
  const src = sourceLabel({ dataset: p.dataset, vintage: p.vintage, year: p.year });
  const exp: Exportable = {
    name: `commodity-${p.commodity.id}-${p.year}`,
    rows: p.producers.map((x) => ({ iso3: x.iso3, name: x.name, value: x.value, unit: p.unit, share: x.share, year: p.year, dataset: p.dataset, vintage: p.vintage })),
    json: p,
    geojson: {
      type: 'FeatureCollection',
      features: (p.facilities_c5 ?? []).map((f) => ({ type: 'Feature', id: f.id, geometry: f.lat !== null && f.lon !== null ? { type: 'Point', coordinates: [f.lon, f.lat] } : null, properties: { ...f, commodity: p.commodity.id } })),
    },
    markdown: () => briefing(p),
  };
  root.append(
    h('h1', {}, `${p.commodity.name}${p.commodity.symbol ? ` (${p.commodity.symbol})` : ''}`),
    h('div', { class: 'controls' }, h('label', {}, 'Commodity ', pick), h('label', {}, 'Year ', yearPick)),
    exportBar(exp),
    h(
      'div',
      { class: 'headline', id: 'headline' },
      h('div', { class: 'stat' }, h('span', { class: 'big', 'data-stat': 'china-share' }, pct(china?.share ?? 0)), h('span', {}, `China's share of world ${p.stage} production, ${p.year}`)),
      h('div', { class: 'stat' }, h('span', { class: 'big' }, num(p.hhi_10000)), h('span', {}, 'HHI (0–10,000)')),
      h('div', { class: 'stat' }, h('span', { class: 'big' }, pct(p.top3_share)), h('span', {}, 'top-3 share')),
      h('div', { class: 'stat' }, h('span', { class: 'big' }, pct(p.shares.C5 ?? 0)), h('span', {}, 'Central Asia (C5) share')),
      h('p', { class: 'source' }, `Source: ${src}; ${p.series} (${p.unit}).`),
    ),
  );
  const grid = h('div', { class: 'grid' });
  root.append(grid);
  const Plot = await loadPlot();
  const top = p.producers.filter((x) => (x.share ?? 0) > 0);
  grid.append(
    h(
      'section',
      { class: 'card' },
      h('h2', {}, `Producers, ${p.year}`),
      Plot.plot({
        width: chartWidth(),
        height: 28 * top.length + 40,
        marginLeft: 110,
        x: { label: 'share of world production (%)', percent: true, grid: true },
        y: { label: null },
        marks: [Plot.barX(top, { x: 'share', y: 'name', sort: { y: '-x' }, fill: (d: Producer) => (d.iso3 === 'CHN' ? '#d62728' : ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'].includes(d.iso3) ? '#2ca02c' : '#1f77b4'), title: (d: Producer) => `${d.name}: ${pct(d.share)} (${d.raw ?? num(d.value)} ${p.unit})` }), Plot.ruleX([0])],
      }),
      table(p.producers, [
        { label: 'Country', value: (x) => h('a', { href: hrefFor('country', [x.iso3]) }, x.name) },
        { label: p.unit, value: (x) => x.raw ?? num(x.value), numeric: true },
        { label: 'Share', value: (x) => pct(x.share), numeric: true },
      ]),
      h('p', { class: 'source' }, `Source: ${src}.`),
    ),
    lazySection('World map of shares', async () => {
      const share = new Map(p.producers.map((x) => [x.iso3, x.share ?? 0]));
      const max = Math.max(...share.values(), 0.01);
      const svg = await drawMap({
        label: `World map of ${p.commodity.name} production shares, ${p.year}`,
        fill: (iso3) => {
          const s = iso3 ? share.get(iso3) : undefined;
          return s ? `rgba(214, 39, 40, ${(0.15 + 0.85 * Math.sqrt(s / max)).toFixed(2)})` : null;
        },
      });
      return [svg, h('p', { class: 'source' }, `Source: ${src}. Darker = larger share; grey = not a named producer.`)];
    }),
    lazySection('Concentration over the years', async () => {
      const s = await getJson<{ series: { source: string; dataset: string; stage: string; points: SeriesPoint[] }[]; sources: Source[] }>(`/api/commodities/${p.commodity.id}/series`);
      const rows = s.series.flatMap((x) => x.points.map((pt) => ({ source: x.source, stage: x.stage, year: pt.year, hhi: pt.hhi, china: pt.group_shares.CHN ?? 0, c5: pt.group_shares.C5 ?? 0 })));
      const line = (y: 'hhi' | 'china', label: string): Element =>
        Plot.plot({
          width: chartWidth(),
          height: 220,
          y: { label, percent: y === 'china', domain: [0, y === 'china' ? 100 : 1], grid: true },
          x: { label: 'year', tickFormat: 'd' },
          color: { legend: true },
          marks: [Plot.lineY(rows, { x: 'year', y, stroke: (d: { source: string; stage: string }) => `${d.source} ${d.stage}`, marker: 'dot', tip: true })],
        });
      return [line('china', 'China share (%)'), line('hhi', 'HHI (0–1)'), h('p', { class: 'source' }, `Source: ${s.sources.map((x) => `${x.dataset} ${x.vintage ?? ''}`).join('; ')}.`)];
    }),
    lazySection('Reserves', async () => {
      const r = p.reserves;
      if (!r) return h('p', {}, 'No reserves published for this commodity.');
      return [
        table(r.countries, [
          { label: 'Country', value: (x) => x.name },
          { label: r.unit, value: (x) => x.raw ?? num(x.value), numeric: true },
          { label: 'Share', value: (x) => pct(x.share), numeric: true },
        ]),
        h('p', { class: 'source' }, `Source: ${sourceLabel({ dataset: r.dataset, vintage: r.vintage, year: r.year })}; world ${r.world_total?.raw ?? num(r.world_total?.value)} ${r.unit}.`),
      ];
    }),
    lazySection('US import sources', async () => {
      const rel = p.us_net_import_reliance?.latest;
      return [
        rel ? h('p', {}, `US net import reliance ${rel.year}: ${rel.raw} % of apparent consumption.`) : null,
        table(p.us_import_sources, [
          { label: 'Country', value: (x) => x.name },
          { label: 'Share', value: (x) => `${x.raw} %`, numeric: true },
          { label: 'Period', value: (x) => x.period },
        ]),
        h('p', { class: 'source' }, `Source: ${sourceLabel({ dataset: p.us_import_sources[0]?.dataset ?? 'usgs-mcs', vintage: p.us_import_sources[0]?.vintage ?? p.vintage })}.`),
      ];
    }),
    lazySection('Export restrictions', async () => {
      const data = await getJson('/api/restrictions', { commodity: p.commodity.id });
      const rows = listOf<Restriction>(data, 'restrictions');
      if (!rows.length) return h('p', {}, 'No export restriction recorded for this commodity.');
      const steps = rows.flatMap((r) => (r.history ?? []).map((x) => ({ date: new Date(x.date.length === 7 ? `${x.date}-01` : x.date), status: x.status, measure: `${r.imposer}: ${r.title.slice(0, 40)}` })));
      return [
        steps.length
          ? Plot.plot({ width: chartWidth(), height: 60 + 26 * rows.length, marginLeft: 230, x: { label: 'date' }, y: { label: null }, color: { legend: true }, marks: [Plot.dot(steps, { x: 'date', y: 'measure', fill: 'status', r: 5, tip: true })] })
          : null,
        table(rows, [
          { label: 'Imposer', value: (r) => r.imposer_name ?? r.imposer },
          { label: 'Measure', value: (r) => r.title },
          { label: 'Status', value: (r) => r.status },
          { label: 'Source', value: (r) => (r.sources?.[0] ? sourceLink(r.sources[0], 'source') : '—') },
        ]),
        h('p', { class: 'source' }, 'Source: Lodestone restriction ledger (official notices, dated status history).'),
      ];
    }),
    lazySection(`Alternative suppliers for ${importer}`, async () => {
      const s = await getJson<{ suppliers: { rank: number; iso3: string; name: string; score: number; production_share: number | null; reserves_share: number | null; restriction: string }[]; production_source: { dataset: string; vintage: string; year: number }; score: { formula: string } }>(
        `/api/suppliers/${p.commodity.id}`,
        { importer },
      );
      return [
        table(s.suppliers.slice(0, 10), [
          { label: '#', value: (x) => x.rank, numeric: true },
          { label: 'Supplier', value: (x) => x.name },
          { label: 'Score', value: (x) => x.score.toFixed(2), numeric: true },
          { label: 'Production', value: (x) => pct(x.production_share), numeric: true },
          { label: 'Reserves', value: (x) => pct(x.reserves_share), numeric: true },
          { label: 'Restriction', value: (x) => x.restriction },
        ]),
        h('p', { class: 'source' }, `Score: ${s.score.formula}. Source: ${sourceLabel(s.production_source)}, WGI, trade and restriction ledgers.`),
      ];
    }),
    riskSection(p.commodity.id, importer, route, query),
  );
}

function riskSection(id: string, importer: string, route: Route, query: Record<string, string | null>): HTMLElement {
  const pick = h(
    'select',
    { id: 'importer-pick', 'aria-label': 'Importer', onchange: (e: Event) => setQuery(route, { ...query, importer: (e.target as HTMLSelectElement).value }) },
    (IMPORTERS.includes(importer) ? IMPORTERS : [importer, ...IMPORTERS]).map((c) => h('option', { value: c, selected: c === importer }, c)),
  );
  const sec = lazySection('GeoPolRisk for an importer', async () => {
    const r = await getJson<{ gprs: number; cf: number; cf_unit: string; hhi: number; import_risk: number; year: number; production: { dataset: string; vintage: string; year: number }; trade_dataset: string; trade_vintage: string; method: string; partners: { name: string; share: number }[] }>(
      `/api/risk/${id}`,
      { importer },
    );
    return [
      h('dl', { class: 'kv' }, h('dt', {}, 'GeoPolRisk score'), h('dd', {}, r.gprs.toFixed(3)), h('dt', {}, 'Characterisation factor'), h('dd', {}, `${r.cf.toFixed(2)} ${r.cf_unit}`), h('dt', {}, 'HHI'), h('dd', {}, r.hhi.toFixed(3)), h('dt', {}, 'Import risk'), h('dd', {}, r.import_risk.toFixed(3))),
      table(r.partners.slice(0, 8), [
        { label: 'Partner', value: (x) => x.name },
        { label: 'Import share', value: (x) => pct(x.share), numeric: true },
      ]),
      h('p', { class: 'source' }, `Source: ${sourceLabel(r.production)}; trade ${r.trade_dataset} ${r.trade_vintage}, year ${r.year}. ${r.method}`),
    ];
  });
  sec.insertBefore(h('label', { class: 'controls' }, 'Importer ', pick), sec.children[1] ?? null);
  return sec;
}

function briefing(p: Profile): string {
  const china = p.producers.find((x) => x.iso3 === 'CHN');
  return [
    `# ${p.commodity.name}: supply concentration, ${p.year}`,
    '',
    `China produced ${pct(china?.share ?? 0)} of world ${p.stage} production in ${p.year} (${sourceLabel({ dataset: p.dataset, vintage: p.vintage })}). HHI ${num(p.hhi_10000)} on the 0–10,000 scale; top-3 share ${pct(p.top3_share)}; Central Asia (C5) ${pct(p.shares.C5 ?? 0)}.`,
    '',
    mdTable(p.producers.map((x) => [x.name, x.raw ?? num(x.value), pct(x.share)]), ['Country', p.unit, 'Share']),
    '',
    p.us_net_import_reliance?.latest ? `US net import reliance ${p.us_net_import_reliance.latest.year}: ${p.us_net_import_reliance.latest.raw} %.\n` : '',
    mdSources(p.sources),
  ].join('\n');
}
