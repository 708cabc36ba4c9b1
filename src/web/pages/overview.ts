import { getJson, listOf } from '../api.js';
import { h, pct, table, lazySection, sourceLink, errorBox } from '../dom.js';
import { exportBar, mdTable, type Exportable } from '../export.js';
import { drawMap, commodityColors, statusShape, legend, type MapPoint } from '../map.js';
import { hrefFor, type Route } from '../router.js';
import { C5, C5_NAMES, CENTRAL_ASIA, facilityCommodities, facilityIso3, sourceLabel, type EventRow, type FacilityFeature, type Restriction } from '../data.js';

interface Position {
  commodity: string;
  name: string;
  stage: string;
  rank: number;
  share: number;
  year: number;
  dataset: string;
  vintage: string;
  source: string;
}

/** The best position per commodity: the newest USGS figure, else World Mining Data. */
function headline(production: Position[]): Position[] {
  const best = new Map<string, Position>();
  for (const p of production) {
    const cur = best.get(p.commodity);
    if (!cur || (p.dataset === 'usgs-mcs' && cur.dataset !== 'usgs-mcs')) best.set(p.commodity, p);
  }
  return [...best.values()].filter((p) => p.rank <= 5).sort((a, b) => a.rank - b.rank || b.share - a.share).slice(0, 6);
}

export async function render(root: HTMLElement, _route: Route): Promise<void> {
  const exp: Exportable & { rows: Record<string, unknown>[] } = { name: 'overview-central-asia', rows: [] };
  const state: { facilities: FacilityFeature[]; positions: (Position & { iso3: string })[]; restrictions: Restriction[]; events: EventRow[] } = {
    facilities: [],
    positions: [],
    restrictions: [],
    events: [],
  };
  exp.markdown = () => briefing(state);
  const bar = h('div', {});
  root.append(h('h1', {}, 'Central Asia and critical minerals'), bar);

  const mapSection = h('section', { class: 'card wide' }, h('h2', {}, 'Facilities and deposits in Central Asia'), h('div', { class: 'loading' }, 'Loading map…'));
  root.append(mapSection);
  const grid = h('div', { class: 'grid' });
  root.append(grid);

  const fc = await getJson<{ features: FacilityFeature[]; unlocated?: FacilityFeature['properties'][] }>('/api/facilities', { country: 'C5' }).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  if (fc instanceof Error) mapSection.append(errorBox(fc));
  else {
    const unlocatedProps = (fc.unlocated ?? []).map((properties): FacilityFeature => ({ type: 'Feature', geometry: null, properties }));
    const features = [...listOf<FacilityFeature>(fc, 'features'), ...unlocatedProps].filter((f) => C5.includes(facilityIso3(f.properties)));
    state.facilities = features;
    const counts = new Map<string, number>();
    for (const f of features) {
      const c = facilityCommodities(f.properties)[0] ?? 'unknown';
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 11).map(([c]) => c);
    const colors = commodityColors(top);
    const colorOf = (f: FacilityFeature): string => colors.get(facilityCommodities(f.properties)[0] ?? '') ?? '#7f7f7f';
    const located = features.filter((f) => f.geometry);
    const unlocated = features.filter((f) => !f.geometry);
    const points: MapPoint[] = located.map((f) => ({
      id: f.properties.id,
      lon: (f.geometry as { coordinates: [number, number] }).coordinates[0],
      lat: (f.geometry as { coordinates: [number, number] }).coordinates[1],
      label: `${f.properties.name} (${C5_NAMES[facilityIso3(f.properties)] ?? facilityIso3(f.properties)}) — ${facilityCommodities(f.properties).join(', ') || 'commodity unknown'}; ${f.properties.status ?? 'status unknown'}; location ${f.properties.coord_precision ?? 'unknown'}`,
      color: colorOf(f),
      shape: statusShape(f.properties.status),
      exact: f.properties.coord_precision === 'exact',
    }));
    const svg = await drawMap({ extent: CENTRAL_ASIA, points, highlight: C5, label: `Map of Central Asia with ${points.length} facilities and deposits` });
    exp.geojson = { type: 'FeatureCollection', features };
    exp.rows.push(...features.map((f) => ({ section: 'facility', id: f.properties.id, name: f.properties.name, iso3: facilityIso3(f.properties), commodities: facilityCommodities(f.properties).join(';'), status: f.properties.status ?? '', precision: f.properties.coord_precision ?? '', lon: f.geometry?.coordinates[0] ?? '', lat: f.geometry?.coordinates[1] ?? '' })));
    mapSection.querySelector('.loading')?.remove();
    mapSection.append(
      h('div', { class: 'map-row' }, h('div', { class: 'map-box', 'data-points': points.length }, svg), h(
        'aside',
        { class: 'unlocated' },
        h('h3', {}, `Without coordinates (${unlocated.length})`),
        h('ul', {}, unlocated.map((f) => h('li', {}, `${f.properties.name} — ${C5_NAMES[facilityIso3(f.properties)] ?? facilityIso3(f.properties)}, ${facilityCommodities(f.properties).join(', ') || 'commodity unknown'}`))),
      )),
      legend(colors),
      h('p', { class: 'source' }, `Source: Lodestone facility table (curated deposits, ICMM Global Mining Dataset 2025 and others); ${features.length} sites in the C5, ${unlocated.length} without coordinates.`),
    );
  }

  grid.append(
    lazySection('C5 positions in world supply', async () => {
      const profiles = await Promise.all(C5.map((iso3) => getJson<{ production: Position[] }>(`/api/countries/${iso3}`).then((p) => ({ iso3, p }))));
      const rows = profiles.flatMap(({ iso3, p }) => headline(p.production).map((x) => ({ ...x, iso3 })));
      state.positions = rows;
      exp.rows.push(...rows.map((r) => ({ section: 'position', iso3: r.iso3, commodity: r.commodity, stage: r.stage, rank: r.rank, share: r.share, year: r.year, dataset: r.dataset, vintage: r.vintage })));
      return [
        table(rows, [
          { label: 'Country', value: (r) => h('a', { href: hrefFor('country', [r.iso3]) }, C5_NAMES[r.iso3] ?? r.iso3) },
          { label: 'Commodity', value: (r) => h('a', { href: hrefFor('commodity', [r.commodity]) }, r.name) },
          { label: 'Stage', value: (r) => r.stage },
          { label: 'World rank', value: (r) => r.rank, numeric: true },
          { label: 'Share', value: (r) => pct(r.share), numeric: true },
          { label: 'Source, year', value: (r) => sourceLabel(r) },
        ]),
      ];
    }),
    lazySection('Export restrictions in force', async () => {
      const data = await getJson('/api/restrictions');
      const rows = listOf<Restriction>(data, 'restrictions').filter((r) => r.status === 'in_force');
      state.restrictions = rows;
      exp.rows.push(...rows.map((r) => ({ section: 'restriction', id: r.id, title: r.title, imposer: r.imposer, kind: r.kind, status: r.status, commodities: r.commodities.map((c) => c.id).join(';'), effective: r.effective ?? '' })));
      return [
        table(rows, [
          { label: 'Imposer', value: (r) => r.imposer_name ?? r.imposer },
          { label: 'Measure', value: (r) => r.title },
          { label: 'Commodities', value: (r) => r.commodities.map((c) => c.name).join(', ') },
          { label: 'Since', value: (r) => r.effective ?? r.announced ?? '—' },
          { label: 'Source', value: (r) => (r.sources?.[0] ? sourceLink(r.sources[0], 'source') : '—') },
        ]),
        h('p', { class: 'source' }, `Source: Lodestone restriction ledger (curated from official notices), status on ${(data as { on?: string }).on ?? 'today'}.`),
      ];
    }),
    lazySection('Latest events', async () => {
      const rows = listOf<EventRow>(await getJson('/api/events', { limit: 10 }), 'events').slice(0, 10);
      state.events = rows;
      exp.rows.push(...rows.map((e) => ({ section: 'event', id: e.id, date: e.date, type: e.type, title: e.title })));
      return [
        h('ul', { class: 'events' }, rows.map((e) => h('li', {}, h('time', {}, e.date), ' ', h('span', { class: `tag t-${e.type}` }, e.type), ' ', h('a', { href: hrefFor('events', [], { open: e.id, text: e.title.slice(0, 40) }) }, e.title)))),
        h('p', { class: 'source' }, 'Source: Lodestone knowledge base (accepted events, each with its evidence).'),
      ];
    }),
  );
  bar.append(exportBar(exp));
}

function briefing(s: { facilities: FacilityFeature[]; positions: (Position & { iso3: string })[]; restrictions: Restriction[]; events: EventRow[] }): string {
  const out = ['# Central Asia and critical minerals — briefing', ''];
  out.push('## Positions in world supply', '', mdTable(s.positions.map((p) => [C5_NAMES[p.iso3] ?? p.iso3, p.name, p.stage, p.rank, pct(p.share), sourceLabel(p)]), ['Country', 'Commodity', 'Stage', 'Rank', 'Share', 'Source']), '');
  out.push(`## Facilities`, '', `${s.facilities.length} facilities and deposits in the C5 (${s.facilities.filter((f) => !f.geometry).length} without coordinates).`, '');
  out.push('## Export restrictions in force', '', ...s.restrictions.map((r) => `- ${r.imposer_name ?? r.imposer}: ${r.title}${r.sources?.[0] ? ` (${r.sources[0]})` : ''}`), '');
  out.push('## Latest events', '', ...s.events.map((e) => `- ${e.date} ${e.type}: ${e.title}${e.evidence?.[0]?.url ? ` (${e.evidence[0].url})` : ''}`), '');
  out.push('## Sources', '', '- U.S. Geological Survey, Mineral Commodity Summaries; World Mining Data (Reichl & Schatz); Lodestone curated facility, restriction and event ledgers.', '');
  return out.join('\n');
}
