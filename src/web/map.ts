import { geoEqualEarth, geoMercator, geoPath, geoGraticule10, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

type CountryProps = { name: string; iso3: string | null };
let world: Promise<FeatureCollection<Geometry, CountryProps>> | null = null;

/** The world-atlas 110m countries, loaded once as data (built into dist/web/world-110m.json). */
export function loadWorld(): Promise<FeatureCollection<Geometry, CountryProps>> {
  world ??= fetch('/world-110m.json')
    .then((r) => {
      if (!r.ok) throw new Error(`world map data: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<CountryProps> }>>;
    })
    .then((t) => feature(t, t.objects.countries) as FeatureCollection<Geometry, CountryProps>);
  return world;
}

export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  label: string;
  color: string;
  shape: 'circle' | 'triangle' | 'square' | 'diamond';
  /** Exact coordinates draw solid; approximate ones hollow with a dashed halo. */
  exact: boolean;
}

export interface MapOptions {
  /** [[west, south], [east, north]] or an ISO3 to fit; omitted = the whole world. */
  extent?: [[number, number], [number, number]] | string;
  fill?: (iso3: string | null) => string | null;
  highlight?: string[];
  points?: MapPoint[];
  label: string;
  width?: number;
  height?: number;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function markerPath(shape: MapPoint['shape'], r: number): string {
  switch (shape) {
    case 'triangle':
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
    case 'square':
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'diamond':
      return `M0,${-r * 1.3}L${r * 1.1},0L0,${r * 1.3}L${-r * 1.1},0Z`;
    default:
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
}

/** Draws an SVG map (d3-geo, no tiles): countries, optional choropleth fill, point markers. */
export async function drawMap(opts: MapOptions): Promise<SVGSVGElement> {
  const countries = await loadWorld();
  const width = opts.width ?? 960;
  const height = opts.height ?? (opts.extent ? 520 : 480);
  let projection: GeoProjection;
  if (!opts.extent) projection = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  else if (typeof opts.extent === 'string') {
    const f = countries.features.find((c) => c.properties.iso3 === opts.extent);
    projection = geoMercator().fitExtent([[20, 20], [width - 20, height - 20]], f ?? countries);
  } else {
    const [[w, s], [e, n]] = opts.extent;
    // corner points, not a polygon: a ring's winding decides which side of it d3-geo fills
    const box: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n], [(w + e) / 2, n]] } };
    projection = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], box);
  }
  const path = geoPath(projection);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': opts.label, class: 'map' });
  const title = el('title', {});
  title.textContent = opts.label;
  svg.append(title);
  if (!opts.extent) svg.append(el('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  svg.append(el('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const g = el('g', { class: 'countries' });
  for (const c of countries.features) {
    const fill = opts.fill?.(c.properties.iso3) ?? null;
    const p = el('path', { d: path(c) ?? '', class: opts.highlight?.includes(c.properties.iso3 ?? '') ? 'country hl' : 'country' });
    // presentation attributes, not style="…": the Content-Security-Policy forbids inline styles
    if (fill) p.setAttribute('fill', fill);
    const t = el('title', {});
    t.textContent = c.properties.name;
    p.append(t);
    g.append(p);
  }
  svg.append(g);
  const pts = el('g', { class: 'points' });
  for (const pt of opts.points ?? []) {
    const xy = projection([pt.lon, pt.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) continue;
    const m = el('g', { transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`, class: 'marker', tabindex: 0, 'data-id': pt.id, role: 'img', 'aria-label': pt.label });
    if (!pt.exact) m.append(el('circle', { r: 11, class: 'halo' }));
    m.append(el('path', pt.exact ? { d: markerPath(pt.shape, 5), fill: pt.color, class: 'mk' } : { d: markerPath(pt.shape, 5), fill: 'none', stroke: pt.color, 'stroke-width': 2, class: 'mk' }));
    const t = el('title', {});
    t.textContent = pt.label;
    m.append(t);
    pts.append(m);
  }
  svg.append(pts);
  return svg;
}

/** A colour per commodity, stable across views (a categorical palette, then grey). */
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#7f7f7f'];
export function commodityColors(ids: string[]): Map<string, string> {
  const m = new Map<string, string>();
  ids.forEach((id, i) => m.set(id, PALETTE[i] ?? '#555'));
  return m;
}

export function statusShape(status: string | null | undefined): MapPoint['shape'] {
  const s = (status ?? '').toLowerCase();
  if (/produc|operat|active/.test(s)) return 'circle';
  if (/develop|construct|project|explor|feasib|planned/.test(s)) return 'triangle';
  if (/closed|care|suspend|inactive|past|abandon/.test(s)) return 'square';
  return 'diamond';
}

/** The legend for a points map. */
export function legend(colors: Map<string, string>): HTMLElement {
  const swatch = (shape: MapPoint['shape'], color: string, hollow = false): SVGSVGElement => {
    const s = el('svg', { width: 14, height: 14, viewBox: '-7 -7 14 14', 'aria-hidden': 'true' });
    s.append(el('path', hollow ? { d: markerPath(shape, 5), fill: 'none', stroke: color, 'stroke-width': 2 } : { d: markerPath(shape, 5), fill: color }));
    return s;
  };
  return h(
    'div',
    { class: 'legend' },
    h('div', {}, ...[...colors].map(([id, c]) => h('span', { class: 'key' }, swatch('circle', c), ` ${id}`))),
    h(
      'div',
      {},
      h('span', { class: 'key' }, swatch('circle', '#444'), ' producing'),
      h('span', { class: 'key' }, swatch('triangle', '#444'), ' project / development'),
      h('span', { class: 'key' }, swatch('square', '#444'), ' closed / care & maintenance'),
      h('span', { class: 'key' }, swatch('diamond', '#444'), ' status unknown'),
      h('span', { class: 'key' }, swatch('circle', '#444', true), ' approximate location'),
    ),
  );
}
