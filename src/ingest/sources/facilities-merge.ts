import { editDistance } from '../../domain/text.js';
import type { FacilityRecord, FacilitySourceRecord } from '../../domain/records.js';
import { nameWords, siteKeys, slug } from './facilities-names.js';
import type { SourceSite } from './facilities-site.js';

/**
 * Merges sites from several datasets into facilities: the same mine in ICMM, the USGS porphyry
 * compilation and the curated table (Almalyk, Aktogay/Aktogai, Kounrad, Boshchekul/Bozshakol…)
 * becomes one facility with every source. A site joins an existing facility of the same country
 * when, within MATCH_KM of it,
 *   1. one of its name keys equals one of the facility's (facilities-names.ts), or
 *   2. a key differs by one letter (Chatyrkul/Shatyrkul, Koktasdzhal/Koktaszhal; keys ≥ 6 letters), or
 *   3. the points coincide (≤ SAME_POINT_KM) and the names share a distinctive word
 *      ("Upper Kairakty" on the ICMM "Kairakty" point).
 * A site without coordinates (or a facility without any) matches on exact primary names only,
 * never on ICMM group names, which also list companies and nearby sites. A facility holds at
 * most one record per dataset, so two ICMM records (a mine and a smelter) are never merged.
 * Among several matches the best is taken: exact name first, then (for a deposit) a mine over a
 * plant, then the nearest.
 */
export const MATCH_KM = 20;
export const SAME_POINT_KM = 0.5;

interface Cluster {
  sites: SourceSite[];
  keys: Set<string>;
  primaryKeys: Set<string>;
  words: Set<string>;
}

/** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function distinctiveWords(names: readonly string[]): string[] {
  return names.flatMap(nameWords).filter((w) => w.length >= 5);
}

function newCluster(site: SourceSite): Cluster {
  const c: Cluster = { sites: [], keys: new Set(), primaryKeys: new Set(), words: new Set() };
  addSite(c, site);
  return c;
}

function addSite(c: Cluster, site: SourceSite): void {
  c.sites.push(site);
  for (const k of siteKeys(site.names)) c.keys.add(k);
  for (const k of siteKeys(site.primaryNames)) c.primaryKeys.add(k);
  for (const w of distinctiveWords(site.names)) c.words.add(w);
}

function nearest(c: Cluster, site: SourceSite): number | null {
  if (site.lat === null || site.lon === null) return null;
  let best: number | null = null;
  for (const s of c.sites) {
    if (s.lat === null || s.lon === null) continue;
    const d = distanceKm({ lat: site.lat, lon: site.lon }, { lat: s.lat, lon: s.lon });
    if (best === null || d < best) best = d;
  }
  return best;
}

/** How well `site` matches `c`: 0 exact name, 1 one-letter difference, 2 same point, 3 name only; null = no match. */
function matchScore(c: Cluster, site: SourceSite, keys: string[], primaryKeys: string[], words: string[]): { score: number; km: number } | null {
  if (c.sites.some((s) => s.dataset === site.dataset)) return null;
  const km = nearest(c, site);
  if (km === null) return primaryKeys.some((k) => c.primaryKeys.has(k)) ? { score: 3, km: Infinity } : null;
  if (km > MATCH_KM) return null;
  if (keys.some((k) => c.keys.has(k))) return { score: 0, km };
  for (const k of keys) {
    if (k.length < 6) continue;
    for (const ck of c.keys) if (ck.length >= 6 && Math.abs(ck.length - k.length) <= 1 && editDistance(k, ck) <= 1) return { score: 1, km };
  }
  if (km <= SAME_POINT_KM && words.some((w) => c.words.has(w))) return { score: 2, km };
  return null;
}

/** A deposit record belongs with a mine rather than a plant or smelter of the same name (Boshchekul). */
function kindPenalty(c: Cluster, site: SourceSite): number {
  if (site.kind !== 'deposit') return 0;
  return c.sites.some((s) => s.kind === 'mine' || s.kind === 'deposit' || s.kind === 'project') ? 0 : 1;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** Sites merged into facilities, in input order: the first list seeds facilities, later lists join or add. */
export function mergeSites(lists: readonly (readonly SourceSite[])[]): SourceSite[][] {
  const clusters: Cluster[] = [];
  const byCountry = new Map<string, Cluster[]>();
  for (const list of lists) {
    for (const site of list) {
      const country = site.country_iso3 ?? '';
      const candidates = byCountry.get(country) ?? [];
      const keys = siteKeys(site.names);
      const primaryKeys = siteKeys(site.primaryNames);
      const words = distinctiveWords(site.names);
      let best: { cluster: Cluster; rank: number[] } | null = null;
      for (const c of candidates) {
        const m = matchScore(c, site, keys, primaryKeys, words);
        if (!m) continue;
        const rank = [m.score, kindPenalty(c, site), m.km];
        if (!best || compareRanks(rank, best.rank) < 0) best = { cluster: c, rank };
      }
      if (best) {
        addSite(best.cluster, site);
        continue;
      }
      const c = newCluster(site);
      clusters.push(c);
      candidates.push(c);
      byCountry.set(country, candidates);
    }
  }
  return clusters.map((c) => c.sites);
}

const DATASET_ORDER = ['curated-deposits', 'icmm-gmd', 'usgs-porphyry-cu'];
const PRECISION_ORDER = ['exact', 'approx', 'none'];

function byDataset(sites: readonly SourceSite[]): SourceSite[] {
  return [...sites].sort((a, b) => DATASET_ORDER.indexOf(a.dataset) - DATASET_ORDER.indexOf(b.dataset));
}

/** The facility id: the curated id (dep-kaz-aktogay → fac-kaz-aktogay), else country + name. */
function facilityId(sites: readonly SourceSite[], taken: Set<string>): string {
  const curated = sites.find((s) => s.dataset === 'curated-deposits');
  const first = byDataset(sites)[0] as SourceSite;
  const base = curated ? `fac-${curated.key.replace(/^dep-/, '')}` : `fac-${(first.country_iso3 ?? 'xxx').toLowerCase()}-${slug(first.name)}`;
  let id = base;
  if (taken.has(id)) id = `${base}-${slug(first.key)}`;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Facility and facility_source rows for merged sites. */
export function facilityRows(groups: readonly SourceSite[][]): { facilities: FacilityRecord[]; sources: FacilitySourceRecord[] } {
  const taken = new Set<string>();
  const facilities: FacilityRecord[] = [];
  const sources: FacilitySourceRecord[] = [];
  for (const group of groups) {
    const ordered = byDataset(group);
    const id = facilityId(group, taken);
    const located = [...ordered].sort((a, b) => PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision))[0] as SourceSite;
    const icmm = ordered.find((s) => s.dataset === 'icmm-gmd');
    const commodities = [...new Set(ordered.flatMap((s) => s.commodities))];
    const first = ordered[0] as SourceSite;
    facilities.push({
      id,
      name: first.name,
      country_iso3: ordered.find((s) => s.country_iso3)?.country_iso3 ?? null,
      lat: located.lat,
      lon: located.lon,
      coord_precision: located.lat === null ? 'none' : located.precision,
      kind: icmm?.kind ?? first.kind ?? 'deposit',
      status: ordered.find((s) => s.status)?.status ?? null,
      owner: ordered.find((s) => s.owner)?.owner ?? null,
      commodities: commodities.join(';'),
      size_note: ordered.find((s) => s.sizeNote)?.sizeNote ?? null,
    });
    for (const s of ordered) {
      sources.push({
        facility_id: id,
        dataset: s.dataset,
        vintage: s.vintage,
        source_key: s.key,
        source_name: s.name,
        url: s.url,
        lat: s.lat,
        lon: s.lon,
        note: s.note,
      });
    }
  }
  return { facilities, sources };
}
