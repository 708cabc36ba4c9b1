import type { Kysely } from 'kysely';
import { rankOf } from '../../analytics/concentration.js';
import { commodityEntry } from '../../domain/commodities.js';
import { countryEntry } from '../../domain/countries.js';
import { NotFoundError } from '../../domain/errors.js';
import { groupMembers } from '../../domain/groups.js';
import type { GovernanceDimension, Metric } from '../../domain/records.js';
import { findFigures, figureKeysForCountry } from '../../store/queries/figures.js';
import { facilitiesIn } from '../../store/queries/facilities.js';
import { findEvents, type EventWithParts } from '../../store/queries/events.js';
import { governanceOf } from '../../store/queries/governance.js';
import { allDatasets, metaValue } from '../../store/queries/reference.js';
import type { Database } from '../../store/schema.js';
import { restrictionsList } from './restrictions-list.js';
import { SOURCE_DATASET, tableFromRows, type ProductionSource, type ProductionTable } from './production-table.js';

/** A position is listed when the country ranks in the world top 10 or holds at least 1 %. */
export const POSITION_MIN_SHARE = 0.01;
export const POSITION_MAX_RANK = 10;

const DIMENSIONS: Record<GovernanceDimension, string> = {
  VA: 'Voice and Accountability',
  PV: 'Political Stability and Absence of Violence/Terrorism',
  GE: 'Government Effectiveness',
  RQ: 'Regulatory Quality',
  RL: 'Rule of Law',
  CC: 'Control of Corruption',
};

export interface Position {
  commodity: string;
  name: string;
  stage: string;
  rank: number;
  share: number;
  value: number | null;
  raw: string;
  qualifier: string | null;
  unit: string;
  year: number;
  source: ProductionSource;
  dataset: string;
  vintage: string;
  series: string;
}

/** The country profile (`lodestone country`, `GET /api/countries/:iso3`). */
export async function countryProfile(db: Kysely<Database>, iso3: string, onDate: string) {
  const entry = countryEntry(iso3);
  if (!entry) throw new NotFoundError('country', iso3);
  const production = await positions(db, iso3, 'production');
  const reserves = await positions(db, iso3, 'reserves');
  const governance = await governanceSummary(db, iso3);
  const facilities = await facilitiesIn(db, [iso3]);
  const events = await findEvents(db, { iso3, reviewState: 'accepted' });
  const restrictions = await restrictionsList(db, { on: onDate, involving: iso3 });
  const datasets = await allDatasets(db);
  const used = new Set([...production, ...reserves].map((p) => `${p.dataset}@${p.vintage}`));
  for (const g of governance.datasets) used.add(g);
  return {
    country: { iso3: entry.iso3, name: entry.name, official_name: entry.official, groups: groupsOf(iso3) },
    production,
    reserves,
    governance: governance.dimensions,
    facilities: facilities.map((f) => ({ id: f.id, name: f.name, kind: f.kind, status: f.status, commodities: f.commodities.split(';').filter(Boolean), lat: f.lat, lon: f.lon, coord_precision: f.coord_precision, owner: f.owner })),
    events: groupEvents(iso3, events),
    restrictions: restrictions.map((r) => ({ ...r, role: r.imposer === iso3 ? 'imposer' : 'target' })),
    sources: datasets.filter((d) => used.has(`${d.id}@${d.vintage}`)).map((d) => ({ dataset: d.id, vintage: d.vintage, title: d.title, citation: d.citation, licence: d.licence })),
    data_build: await metaValue(db, 'data_build'),
  };
}

export type CountryProfile = Awaited<ReturnType<typeof countryProfile>>;

function groupsOf(iso3: string): string[] {
  return ['C5', 'EU27', 'G7', 'OECD', 'BRICS', 'SCO', 'EAEU'].filter((g) => groupMembers(g).includes(iso3));
}

/**
 * For every commodity and source where the country has figures: its rank and share in the latest
 * year of the newest vintage, per stage; kept when in the top 10 or at least 1 %.
 */
async function positions(db: Kysely<Database>, iso3: string, metric: Metric): Promise<Position[]> {
  const keys = (await figureKeysForCountry(db, iso3)).filter((k) => k.metric === metric);
  const out: Position[] = [];
  const sources = Object.entries(SOURCE_DATASET) as [ProductionSource, string][];
  for (const [source, dataset] of sources) {
    const commodities = [...new Set(keys.filter((k) => k.dataset === dataset).map((k) => k.commodity_id))].sort();
    for (const commodityId of commodities) {
      const vintages = [...new Set(keys.filter((k) => k.dataset === dataset && k.commodity_id === commodityId).map((k) => k.vintage))].sort().reverse();
      const vintage = vintages[0] as string;
      const rows = await findFigures(db, { commodityId, metric, dataset, vintage });
      for (const stage of ['mine', 'refinery'] as const) {
        const table = tableFromRows(rows, { commodityId, source, metric, stage }, dataset, vintage);
        const p = table && positionIn(table, iso3, commodityId);
        if (p && (p.rank <= POSITION_MAX_RANK || p.share >= POSITION_MIN_SHARE)) out.push(p);
      }
    }
  }
  return out.sort((a, b) => b.share - a.share || a.commodity.localeCompare(b.commodity));
}

function positionIn(t: ProductionTable, iso3: string, commodityId: string): Position | null {
  const row = t.producers.find((p) => p.iso3 === iso3);
  if (!row || row.share === null || row.share <= 0) return null;
  const rank = rankOf(t.producers.filter((p) => p.share !== null).map((p) => ({ iso3: p.iso3, value: p.value ?? 0, share: p.share as number })), iso3);
  return {
    commodity: commodityId,
    name: commodityEntry(commodityId)?.name ?? commodityId,
    stage: t.stage,
    rank: rank ?? 0,
    share: row.share,
    value: row.value,
    raw: row.raw,
    qualifier: row.qualifier,
    unit: t.unit,
    year: t.year,
    source: t.source,
    dataset: t.dataset,
    vintage: t.vintage,
    series: t.series,
  };
}

async function governanceSummary(db: Kysely<Database>, iso3: string) {
  const rows = await governanceOf(db, iso3);
  const datasets = new Set(rows.map((r) => `${r.dataset}@${r.vintage}`));
  const dimensions = (Object.keys(DIMENSIONS) as GovernanceDimension[]).map((dim) => {
    const series = rows.filter((r) => r.dimension === dim && r.estimate !== null);
    const latest = series[series.length - 1];
    const tenBefore = latest ? series.find((r) => r.year === latest.year - 10) : undefined;
    return {
      dimension: dim,
      name: DIMENSIONS[dim],
      year: latest?.year ?? null,
      estimate: latest?.estimate ?? null,
      percentile_rank: latest?.percentile_rank ?? null,
      change_10y: latest && tenBefore ? (latest.estimate as number) - (tenBefore.estimate as number) : null,
      trend: series.map((r) => ({ year: r.year, estimate: r.estimate, percentile_rank: r.percentile_rank })),
      dataset: latest?.dataset ?? null,
      vintage: latest?.vintage ?? null,
    };
  });
  return { dimensions, datasets };
}

const COUNTERPARTS = ['USA', 'CHN', 'RUS', 'EU'] as const;

/** Which counterpart an event's other actors belong to: USA, CHN, RUS, EU (institutions or members), or others. */
export function counterpartsOf(iso3: string, e: EventWithParts): string[] {
  const eu = new Set(groupMembers('EU27'));
  const out = new Set<string>();
  for (const a of e.actors) {
    if (a.iso3 === iso3) continue;
    if (a.iso3 && (COUNTERPARTS as readonly string[]).includes(a.iso3)) out.add(a.iso3);
    else if (/european union|^eu$|european commission/i.test(a.name) || (a.iso3 && eu.has(a.iso3))) out.add('EU');
    else if (a.iso3 || a.entity_id) out.add('others');
  }
  if (out.size === 0) out.add('others');
  return [...out];
}

function groupEvents(iso3: string, events: EventWithParts[]) {
  const groups: Record<string, { count: number; by_type: Record<string, number>; usd_total: number; events: unknown[] }> = {};
  for (const k of [...COUNTERPARTS, 'others']) groups[k] = { count: 0, by_type: {}, usd_total: 0, events: [] };
  for (const e of events) {
    for (const c of counterpartsOf(iso3, e)) {
      const g = groups[c] as (typeof groups)[string];
      g.count += 1;
      g.by_type[e.type] = (g.by_type[e.type] ?? 0) + 1;
      g.usd_total += e.value_usd ?? 0;
      g.events.push({
        id: e.id, date: e.date, type: e.type, title: e.title, value_amount: e.value_amount, value_currency: e.value_currency, value_usd: e.value_usd,
        sources: [...new Set(e.evidence.map((x) => x.url).filter(Boolean))],
      });
    }
  }
  return groups;
}
