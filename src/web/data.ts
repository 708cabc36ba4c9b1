/** Shapes of the API's JSON the dashboard reads (the CLI's --json documents; see docs/cli.md). */

export interface Source {
  dataset: string;
  vintage?: string | null;
  title?: string | null;
  citation?: string | null;
  url?: string | null;
}

export interface Producer {
  iso3: string;
  name: string;
  value: number | null;
  share: number | null;
  raw?: string;
  qualifier?: string | null;
}

export interface FacilityProps {
  id: string;
  name: string;
  iso3?: string;
  country?: string;
  country_iso3?: string;
  kind?: string | null;
  status?: string | null;
  commodities?: string[] | string | null;
  coord_precision?: string | null;
  owner?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface FacilityFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: FacilityProps;
}

export interface Evidence {
  sentence: string;
  url?: string | null;
  title?: string | null;
  published_date?: string | null;
  document_id?: string;
}

export interface EventRow {
  id: string;
  type: string;
  title: string;
  date: string;
  location_iso3?: string | null;
  value_usd?: number | null;
  review_state?: string;
  corroboration?: number;
  actors?: { name: string; iso3?: string | null; role?: string }[];
  commodities?: { commodity_id: string; name?: string }[];
  evidence?: Evidence[];
  sources?: (string | { url?: string | null; title?: string | null; published_date?: string | null })[];
}

export interface Restriction {
  id: string;
  title: string;
  imposer: string;
  imposer_name?: string;
  kind: string;
  status: string;
  announced?: string | null;
  effective?: string | null;
  lifted?: string | null;
  suspended_from?: string | null;
  suspended_until?: string | null;
  commodities: { id: string; name: string }[];
  history?: { date: string; status: string; note?: string | null; source_url?: string | null }[];
  sources?: string[];
}

export const C5 = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
export const C5_NAMES: Record<string, string> = { KAZ: 'Kazakhstan', UZB: 'Uzbekistan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan' };
/** Central Asia on the overview map: [[west, south], [east, north]] in degrees. */
export const CENTRAL_ASIA: [[number, number], [number, number]] = [[46, 35], [88, 56]];

export function facilityCommodities(p: FacilityProps): string[] {
  if (Array.isArray(p.commodities)) return p.commodities;
  if (typeof p.commodities === 'string') return p.commodities.split(/[;,|]/).map((s) => s.trim()).filter(Boolean);
  return [];
}

export const facilityIso3 = (p: FacilityProps): string => p.iso3 ?? p.country ?? p.country_iso3 ?? '';

export function sourceLabel(s: { dataset?: string | null; vintage?: string | null; year?: number | string | null }): string {
  const names: Record<string, string> = { 'usgs-mcs': 'USGS Mineral Commodity Summaries', wmd: 'World Mining Data', wgi: 'World Bank WGI' };
  const ds = s.dataset ? (names[s.dataset] ?? s.dataset) : '';
  return [ds, s.vintage ? s.vintage : null].filter(Boolean).join(' ') + (s.year ? `, data year ${s.year}` : '');
}
