import type { Kysely } from 'kysely';
import { reservesToProduction } from '../../analytics/concentration.js';
import { commodityEntry } from '../../domain/commodities.js';
import { countryName } from '../../domain/countries.js';
import { NotFoundError } from '../../domain/errors.js';
import { groupMembers } from '../../domain/groups.js';
import type { Qualifier, Stage } from '../../domain/records.js';
import { facilitiesIn } from '../../store/queries/facilities.js';
import { allDatasets, metaValue } from '../../store/queries/reference.js';
import { importShareRows, salientRows } from '../../store/queries/us-statistics.js';
import type { Database } from '../../store/schema.js';
import { productionTable, sharesOf, type ProductionSource, type ProductionTable } from './production-table.js';

export interface CommodityQuery {
  commodityId: string;
  year?: number;
  stage?: Stage;
  source?: ProductionSource;
  vintage?: string;
}

const C5 = groupMembers('C5');

/** Threshold for flagging a share that differs between the two production sources (relative). */
export const SOURCE_DIFFERENCE_FLAG = 0.1;

/**
 * The commodity profile (`lodestone commodity`, `GET /api/commodities/:id`): production and
 * shares with concentration, reserves, US reliance and import sources, critical-list flags,
 * Central Asian facilities, the other source's view, and every dataset cited.
 */
export async function commodityProfile(db: Kysely<Database>, q: CommodityQuery) {
  const entry = commodityEntry(q.commodityId);
  if (!entry) throw new NotFoundError('commodity', q.commodityId);
  const sources: ProductionSource[] = q.source ? [q.source] : ['usgs', 'wmd'];
  let table: ProductionTable | null = null;
  for (const source of sources) {
    table = await productionTable(db, { commodityId: entry.id, source, metric: 'production', stage: q.stage, year: q.year, vintage: q.vintage });
    if (table) break;
  }
  if (!table) {
    throw new NotFoundError(
      `production data for ${entry.name}${q.year ? ` in ${q.year}` : ''}${q.stage ? ` (${q.stage} stage)` : ''}${q.source ? ` from ${q.source}` : ''}`,
      entry.name,
      [],
    );
  }
  const otherSource: ProductionSource = table.source === 'usgs' ? 'wmd' : 'usgs';
  const other =
    (await productionTable(db, { commodityId: entry.id, source: otherSource, metric: 'production', stage: table.stage, year: table.year })) ??
    (await productionTable(db, { commodityId: entry.id, source: otherSource, metric: 'production', stage: table.stage }));
  const reserves = table.source === 'usgs' ? await productionTable(db, { commodityId: entry.id, source: 'usgs', metric: 'reserves', vintage: table.vintage }) : null;
  const nir = (await salientRows(db, entry.id, 'Net import reliance')).filter((r) => r.vintage === table.vintage || table.source !== 'usgs');
  const nirLatest = nir.filter((r) => r.vintage === maxOf(nir.map((x) => x.vintage)));
  const imports = await importShareRows(db, entry.id, 'USA');
  const importsLatest = imports.filter((r) => r.vintage === maxOf(imports.map((x) => x.vintage)));
  const facilities = await facilitiesIn(db, C5, entry.id);
  const datasets = await allDatasets(db);
  const used = new Set([`${table.dataset}@${table.vintage}`]);
  if (other) used.add(`${other.dataset}@${other.vintage}`);
  for (const r of [...nirLatest, ...importsLatest]) used.add(`${r.dataset}@${r.vintage}`);
  if (facilities.length > 0) for (const d of datasets) if (['icmm-gmd', 'usgs-porphyry-cu', 'curated-deposits'].includes(d.id)) used.add(`${d.id}@${d.vintage}`);

  const rp = reserves && reserves.unit === table.unit ? reservesToProduction(reserves.world_total.value, table.world_total.value) : null;
  return {
    commodity: { id: entry.id, name: entry.name, symbol: entry.symbol, basis: entry.basis },
    year: table.year,
    stage: table.stage,
    unit: table.unit,
    source: table.source,
    dataset: table.dataset,
    vintage: table.vintage,
    series: table.series,
    world_total: table.world_total,
    producers: table.producers,
    hhi: table.hhi,
    hhi_10000: table.hhi_10000,
    hhi_normalised: table.hhi_normalised,
    hhi_convention: 'hhi = Σ share² over named countries (0–1); hhi_10000 = 10,000 × hhi; hhi_normalised = (hhi − 1/n)/(1 − 1/n)',
    top3_share: table.top3_share,
    uncovered_share: table.uncovered_share,
    shares: sharesOf(table, { CHN: ['CHN'], RUS: ['RUS'], C5, ...Object.fromEntries(C5.map((c) => [c, [c]])) }),
    years_available: table.years,
    reserves: reserves
      ? {
          year: reserves.year,
          unit: reserves.unit,
          world_total: reserves.world_total,
          countries: reserves.producers,
          dataset: reserves.dataset,
          vintage: reserves.vintage,
        }
      : null,
    reserves_to_production_years: rp,
    reserves_to_production_note: reserves && reserves.unit !== table.unit ? `reserves (${reserves.unit}) and production (${table.unit}) are in different units` : null,
    us_net_import_reliance: nirLatest.length
      ? {
          dataset: nirLatest[0]?.dataset,
          vintage: nirLatest[0]?.vintage,
          unit: 'percent of apparent consumption',
          years: nirLatest.map((r) => ({ year: r.year, value: r.value, raw: r.raw, qualifier: r.qualifier, detail: r.detail })),
          latest: pick(nirLatest[nirLatest.length - 1]),
        }
      : null,
    us_import_sources: importsLatest.map((r) => ({
      iso3: r.exporter_iso3,
      name: r.exporter_iso3 ? countryName(r.exporter_iso3) : r.place,
      share: r.share,
      raw: r.raw,
      qualifier: r.qualifier,
      period: r.period,
      detail: r.detail,
      dataset: r.dataset,
      vintage: r.vintage,
    })),
    critical_lists: {
      usgs_2025: entry.usgsCritical2025,
      eu_critical_2023: entry.euCritical2023,
      eu_strategic_2023: entry.euStrategic2023,
      citations: {
        usgs_2025: 'U.S. Geological Survey, 2025 List of Critical Minerals (Federal Register, 2025)',
        eu_2023: 'Regulation (EU) 2024/1252 (Critical Raw Materials Act), Annex I (strategic) and Annex II (critical)',
      },
    },
    facilities_c5: facilities.map((f) => ({
      id: f.id, name: f.name, iso3: f.country_iso3, kind: f.kind, status: f.status, lat: f.lat, lon: f.lon, coord_precision: f.coord_precision,
    })),
    other_source: other ? compareSources(table, other) : null,
    sources: datasets
      .filter((d) => used.has(`${d.id}@${d.vintage}`))
      .map((d) => ({ dataset: d.id, vintage: d.vintage, title: d.title, publisher: d.publisher, citation: d.citation, licence: d.licence, url: d.url })),
    data_build: await metaValue(db, 'data_build'),
  };
}

export type CommodityProfile = Awaited<ReturnType<typeof commodityProfile>>;

function pick(r: { year: number; value: number | null; raw: string; qualifier: Qualifier | null } | undefined) {
  return r ? { year: r.year, value: r.value, raw: r.raw, qualifier: r.qualifier } : null;
}

function maxOf(values: string[]): string | undefined {
  return [...values].sort().pop();
}

/** The other source's shares beside this one's; a relative share difference over 10 % is flagged. */
export function compareSources(main: ProductionTable, other: ProductionTable) {
  const otherShare = new Map(other.producers.map((p) => [p.iso3, p.share]));
  const mainShare = new Map(main.producers.map((p) => [p.iso3, p.share]));
  const iso3s = [...new Set([...main.producers.slice(0, 10).map((p) => p.iso3), ...other.producers.slice(0, 10).map((p) => p.iso3)])];
  const differences = iso3s.map((iso3) => {
    const a = mainShare.get(iso3) ?? null;
    const b = otherShare.get(iso3) ?? null;
    const diff = a !== null && b !== null ? b - a : null;
    const rel = a !== null && b !== null && Math.max(a, b) > 0 ? Math.abs(b - a) / Math.max(a, b) : null;
    return { iso3, name: countryName(iso3), share: a, other_share: b, difference: diff, flagged: rel === null ? a !== b : rel > SOURCE_DIFFERENCE_FLAG };
  });
  return {
    source: other.source,
    dataset: other.dataset,
    vintage: other.vintage,
    year: other.year,
    same_year: other.year === main.year,
    unit: other.unit,
    world_total: other.world_total,
    hhi: other.hhi,
    producers: other.producers.slice(0, 10),
    differences,
  };
}
