import { getJson } from '../api.js';
import { h, pct, table, lazySection, usd, sourceLink } from '../dom.js';
import { exportBar, mdTable, mdSources, type Exportable } from '../export.js';
import { drawMap, commodityColors, statusShape, legend, type MapPoint } from '../map.js';
import { loadPlot, chartWidth } from '../plot.js';
import { hrefFor, type Route } from '../router.js';
import { C5, C5_NAMES, sourceLabel, type Source } from '../data.js';

interface Position {
  commodity: string;
  name: string;
  stage: string;
  rank: number;
  share: number;
  raw: string;
  unit: string;
  year: number;
  source: string;
  dataset: string;
  vintage: string;
}

interface Governance {
  dimension: string;
  name: string;
  year: number;
  estimate: number;
  percentile_rank: number;
  trend: { year: number; estimate: number }[];
  dataset: string;
  vintage: string;
}

interface Facility {
  id: string;
  name: string;
  kind: string | null;
  status: string | null;
  commodities: string[];
  lat: number | null;
  lon: number | null;
  coord_precision: string | null;
}

interface CounterpartEvents {
  count: number;
  by_type: Record<string, number>;
  usd_total: number;
  events: { id: string; date: string; type: string; title: string; value_usd: number | null; sources: string[] }[];
}

interface CountryProfile {
  country: { iso3: string; name: string; official_name?: string; groups: string[] };
  production: Position[];
  reserves: Position[];
  governance: Governance[];
  facilities: Facility[];
  events: Record<string, CounterpartEvents>;
  sources: Source[];
}

const COUNTERPARTS = ['USA', 'CHN', 'RUS', 'EU', 'others'];

export async function render(root: HTMLElement, route: Route): Promise<void> {
  const iso3 = (route.args[0] ?? 'KAZ').toUpperCase();
  const p = await getJson<CountryProfile>(`/api/countries/${encodeURIComponent(iso3)}`);
  const Plot = await loadPlot();
  const engagement = COUNTERPARTS.filter((c) => p.events[c]).map((c) => ({ counterpart: c, ...(p.events[c] as CounterpartEvents) }));
  const exp: Exportable = {
    name: `country-${p.country.iso3}`,
    rows: p.production.map((x) => ({ commodity: x.commodity, stage: x.stage, rank: x.rank, share: x.share, value: x.raw, unit: x.unit, year: x.year, dataset: x.dataset, vintage: x.vintage })),
    json: p,
    geojson: {
      type: 'FeatureCollection',
      features: p.facilities.map((f) => ({ type: 'Feature', geometry: f.lat !== null && f.lon !== null ? { type: 'Point', coordinates: [f.lon, f.lat] } : null, properties: { ...f } })),
    },
    markdown: () => briefing(p, engagement),
  };
  const other = h('input', { name: 'country', size: 12, placeholder: 'name or ISO3', 'aria-label': 'Another country' });
  const picker = h(
    'form',
    { class: 'controls', id: 'country-pick' },
    h('span', {}, 'Central Asia: '),
    C5.map((c) => (c === p.country.iso3 ? h('strong', {}, C5_NAMES[c] ?? c) : h('a', { href: hrefFor('country', [c]) }, C5_NAMES[c] ?? c))),
    h('label', {}, 'Other ', other),
    h('button', { type: 'submit' }, 'Show'),
  );
  picker.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (other.value.trim()) location.hash = hrefFor('country', [other.value.trim()]).slice(1);
  });
  root.append(picker, h('h1', {}, p.country.name), h('p', { class: 'sub' }, `${p.country.official_name ?? ''} · ${p.country.iso3} · groups: ${p.country.groups.join(', ')}`), exportBar(exp));
  const grid = h('div', { class: 'grid' });
  root.append(grid);
  grid.append(
    h(
      'section',
      { class: 'card', id: 'positions' },
      h('h2', {}, 'Positions in world supply'),
      table(p.production.slice(0, 20), [
        { label: 'Commodity', value: (x) => h('a', { href: hrefFor('commodity', [x.commodity]) }, x.name) },
        { label: 'Stage', value: (x) => x.stage },
        { label: 'Rank', value: (x) => x.rank, numeric: true },
        { label: 'Share', value: (x) => pct(x.share), numeric: true },
        { label: 'Output', value: (x) => `${x.raw} ${x.unit}`, numeric: true },
        { label: 'Source, year', value: (x) => sourceLabel(x) },
      ]),
      h('p', { class: 'source' }, 'Source: USGS Mineral Commodity Summaries and World Mining Data; each row names its dataset, vintage and year.'),
    ),
    lazySection('Governance (World Bank WGI)', async () => {
      const rows = p.governance.flatMap((g) => g.trend.map((t) => ({ dimension: g.name, year: t.year, estimate: t.estimate })));
      return [
        Plot.plot({ width: chartWidth(), height: 260, y: { label: 'estimate (−2.5 … 2.5)', domain: [-2.5, 2.5], grid: true }, x: { label: 'year', tickFormat: 'd' }, color: { legend: true }, marks: [Plot.ruleY([0]), Plot.lineY(rows, { x: 'year', y: 'estimate', stroke: 'dimension', tip: true })] }),
        h('p', { class: 'source' }, `Source: ${sourceLabel({ dataset: p.governance[0]?.dataset ?? 'wgi', vintage: p.governance[0]?.vintage, year: p.governance[0]?.year })}.`),
      ];
    }),
    lazySection(`Facilities (${p.facilities.length})`, async () => {
      const counts = new Map<string, number>();
      for (const f of p.facilities) counts.set(f.commodities[0] ?? 'unknown', (counts.get(f.commodities[0] ?? 'unknown') ?? 0) + 1);
      const colors = commodityColors([...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([c]) => c));
      const points: MapPoint[] = p.facilities
        .filter((f) => f.lat !== null && f.lon !== null)
        .map((f) => ({ id: f.id, lon: f.lon as number, lat: f.lat as number, label: `${f.name} — ${f.commodities.join(', ')}; ${f.status ?? 'status unknown'}; location ${f.coord_precision ?? 'unknown'}`, color: colors.get(f.commodities[0] ?? '') ?? '#7f7f7f', shape: statusShape(f.status), exact: f.coord_precision === 'exact' }));
      const unlocated = p.facilities.filter((f) => f.lat === null || f.lon === null);
      return [
        await drawMap({ extent: p.country.iso3, highlight: [p.country.iso3], points, label: `Map of ${p.country.name} with ${points.length} facilities`, height: 440 }),
        legend(colors),
        unlocated.length ? h('p', {}, `Without coordinates: ${unlocated.map((f) => f.name).join('; ')}`) : null,
        h('p', { class: 'source' }, 'Source: Lodestone facility table (curated deposits, ICMM Global Mining Dataset 2025, USGS).'),
      ];
    }),
    lazySection('Engagement by counterpart', async () => {
      const dots = engagement.flatMap((c) => c.events.filter((e) => /^\d{4}/.test(e.date)).map((e) => ({ counterpart: c.counterpart, date: new Date(e.date.length === 4 ? `${e.date}-07-01` : e.date.length === 7 ? `${e.date}-15` : e.date), type: e.type, title: e.title })));
      return [
        Plot.plot({ width: chartWidth(), height: 240, marginLeft: 60, x: { label: 'date' }, y: { label: null, domain: COUNTERPARTS }, color: { legend: true }, marks: [Plot.dot(dots, { x: 'date', y: 'counterpart', fill: 'type', r: 4, tip: true, title: 'title' })] }),
        table(engagement, [
          { label: 'Counterpart', value: (c) => c.counterpart },
          { label: 'Events', value: (c) => c.count, numeric: true },
          { label: 'Announced value', value: (c) => usd(c.usd_total), numeric: true },
          { label: 'By type', value: (c) => Object.entries(c.by_type).map(([t, n]) => `${t} ${n}`).join(', ') },
        ]),
        h(
          'details',
          {},
          h('summary', {}, 'Events'),
          h('ul', { class: 'events' }, engagement.flatMap((c) => c.events.map((e) => h('li', {}, h('time', {}, e.date), ` [${c.counterpart}] `, e.title, ' ', e.sources[0] ? sourceLink(e.sources[0], 'source') : null)))),
        ),
        h('p', { class: 'source' }, 'Source: Lodestone knowledge base (curated ledger and reviewed news), values in USD as announced.'),
      ];
    }),
  );
}

function briefing(p: CountryProfile, engagement: ({ counterpart: string } & CounterpartEvents)[]): string {
  return [
    `# ${p.country.name}: minerals briefing`,
    '',
    '## Positions in world supply',
    '',
    mdTable(p.production.slice(0, 15).map((x) => [x.name, x.stage, x.rank, pct(x.share), `${x.dataset} ${x.vintage}, ${x.year}`]), ['Commodity', 'Stage', 'Rank', 'Share', 'Source']),
    '',
    '## Engagement',
    '',
    mdTable(engagement.map((c) => [c.counterpart, c.count, usd(c.usd_total)]), ['Counterpart', 'Events', 'Announced value']),
    '',
    mdSources(p.sources),
  ].join('\n');
}
