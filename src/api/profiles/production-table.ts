import type { Kysely } from 'kysely';
import {
  groupShare, herfindahlIndex, herfindahlIndex10000, normalisedHerfindahl, productionShares, topNShare, uncoveredShare,
} from '../../analytics/concentration.js';
import { countryName } from '../../domain/countries.js';
import type { FigureRecord, Metric, Qualifier, Stage } from '../../domain/records.js';
import { findFigures, vintagesOf } from '../../store/queries/figures.js';
import type { Database } from '../../store/schema.js';

/** Production sources a profile can use; each maps to one stored dataset. */
export type ProductionSource = 'usgs' | 'wmd';
export const SOURCE_DATASET: Record<ProductionSource, string> = { usgs: 'usgs-mcs', wmd: 'wmd' };

export interface ProducerRow {
  iso3: string;
  name: string;
  value: number | null;
  share: number | null;
  raw: string;
  qualifier: Qualifier | null;
}

/** One commodity's figures for one source, stage, metric and year, with shares and concentration. */
export interface ProductionTable {
  source: ProductionSource;
  dataset: string;
  vintage: string;
  metric: Metric;
  stage: Stage;
  series: string;
  year: number;
  unit: string;
  /** The published world total (USGS) or the sum of country rows (WMD: `computed` true). */
  world_total: { value: number | null; raw: string; qualifier: Qualifier | null; computed: boolean };
  producers: ProducerRow[];
  hhi: number;
  hhi_10000: number;
  hhi_normalised: number;
  top3_share: number;
  uncovered_share: number;
  /** Years this source and series has, for this stage and metric. */
  years: number[];
}

/** The source's own series label without the "rounded" suffix it puts on world totals. */
export function seriesKey(series: string): string {
  return series.replace(/[:,]?\s*\(?rounded\)?\s*$/i, '').trim();
}

export interface TableQuery {
  commodityId: string;
  source: ProductionSource;
  metric: Metric;
  stage?: Stage;
  year?: number;
  vintage?: string;
}

/**
 * Picks the rows for a table: the newest vintage that has the year asked for (both vintages are
 * kept; the newer is the default), the stage (mine first), the main series (the one with the most
 * country rows, which carries the world total), and the latest year with a number in it.
 */
export async function productionTable(db: Kysely<Database>, q: TableQuery): Promise<ProductionTable | null> {
  const dataset = SOURCE_DATASET[q.source];
  const vintages = q.vintage ? [q.vintage] : await vintagesOf(db, dataset);
  for (const vintage of vintages) {
    const rows = await findFigures(db, { commodityId: q.commodityId, metric: q.metric, stage: q.stage, dataset, vintage });
    const table = tableFromRows(rows, q, dataset, vintage);
    if (table) return table;
  }
  return null;
}

export function tableFromRows(rows: FigureRecord[], q: TableQuery, dataset: string, vintage: string): ProductionTable | null {
  if (rows.length === 0) return null;
  const stage: Stage = q.stage ?? (rows.some((r) => r.stage === 'mine') ? 'mine' : 'refinery');
  const staged = rows.filter((r) => r.stage === stage);
  const bySeries = new Map<string, FigureRecord[]>();
  for (const r of staged) {
    const k = seriesKey(r.series);
    bySeries.set(k, [...(bySeries.get(k) ?? []), r]);
  }
  const ranked = [...bySeries.entries()].sort((a, b) => countries(b[1]) - countries(a[1]) || a[0].localeCompare(b[0]));
  const [series, seriesRows] = ranked[0] ?? [];
  if (!series || !seriesRows) return null;
  const years = [...new Set(seriesRows.filter((r) => !r.is_aggregate && r.value !== null).map((r) => r.year))].sort((a, b) => a - b);
  const year = q.year ?? years[years.length - 1];
  if (year === undefined || !years.includes(year)) return null;
  const inYear = seriesRows.filter((r) => r.year === year);
  const named = inYear.filter((r) => !r.is_aggregate && r.country_iso3);
  const world = inYear.find((r) => r.is_aggregate && /world/i.test(r.place));
  const countrySum = named.reduce((a, r) => a + (r.value ?? 0), 0);
  const total = world?.value ?? null;
  const shares = productionShares(
    named.filter((r) => r.value !== null).map((r) => ({ iso3: r.country_iso3 as string, value: r.value as number })),
    total ?? countrySum,
  );
  const shareOf = new Map(shares.map((s) => [s.iso3, s.share]));
  const producers: ProducerRow[] = named
    .map((r) => ({
      iso3: r.country_iso3 as string,
      name: countryName(r.country_iso3 as string),
      value: r.value,
      share: r.value === null ? null : (shareOf.get(r.country_iso3 as string) ?? 0),
      raw: r.raw,
      qualifier: r.qualifier,
    }))
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || a.name.localeCompare(b.name));
  const s = shares.map((x) => x.share);
  return {
    source: q.source,
    dataset,
    vintage,
    metric: q.metric,
    stage,
    series,
    year,
    unit: named[0]?.unit ?? world?.unit ?? '',
    world_total: world
      ? { value: world.value, raw: world.raw, qualifier: world.qualifier, computed: false }
      : { value: countrySum, raw: '', qualifier: null, computed: true },
    producers,
    hhi: herfindahlIndex(s),
    hhi_10000: herfindahlIndex10000(s),
    hhi_normalised: normalisedHerfindahl(s),
    top3_share: topNShare(shares, 3),
    uncovered_share: uncoveredShare(shares),
    years,
  };
}

function countries(rows: FigureRecord[]): number {
  return rows.filter((r) => !r.is_aggregate).length;
}

/** Shares of the named groups with explicit zeros (a missing producer is 0, not absent). */
export function sharesOf(table: ProductionTable, groups: Record<string, readonly string[]>): Record<string, number> {
  const shares = table.producers.filter((p) => p.share !== null).map((p) => ({ iso3: p.iso3, value: p.value ?? 0, share: p.share as number }));
  const out: Record<string, number> = {};
  for (const [k, members] of Object.entries(groups)) out[k] = groupShare(shares, members);
  return out;
}
