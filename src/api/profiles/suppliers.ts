import type { Kysely } from 'kysely';
import { latestEstimateAtOrBefore } from '../../analytics/governance-weighted.js';
import {
  rankSuppliers, strongestRestriction, SUPPLIER_WEIGHTS, type RestrictionState, type SupplierFactors, type TradeLinkStatus,
} from '../../analytics/suppliers.js';
import { commoditiesForHs, commodityEntry, commodityMembers } from '../../domain/commodities.js';
import { countryName } from '../../domain/countries.js';
import { NotFoundError } from '../../domain/errors.js';
import { groupMembers } from '../../domain/groups.js';
import type { Completeness, Qualifier, Stage } from '../../domain/records.js';
import { restrictionStatusOn } from '../../domain/restrictions.js';
import { facilitiesIn } from '../../store/queries/facilities.js';
import { allDatasets, metaValue } from '../../store/queries/reference.js';
import { findRestrictions } from '../../store/queries/restrictions.js';
import {
  commodityHsCodes, governanceEstimates, importerFlowTotals, importerPartnersByDataset, type ImporterFlowTotal,
} from '../../store/queries/supplier-inputs.js';
import type { Database } from '../../store/schema.js';
import { productionTable, type ProductionTable } from './production-table.js';

export interface SuppliersQuery {
  commodityId: string;
  importer: string;
  exclude: string[];
  /** ISO date on which restriction status is read (the CLI passes today). */
  date: string;
  stage?: Stage;
}

/** Which trade datasets answer first when several record the importer (most complete first). */
const COMPLETENESS_ORDER: Completeness[] = ['complete', 'reporter-complete', 'top-partners', 'partner-excerpt', 'shares-only'];

export interface ProductionFigure {
  dataset: string;
  vintage: string;
  year: number;
  value: number | null;
  unit: string;
  share: number | null;
  raw: string;
  qualifier: Qualifier | null;
}

export interface TradeLink {
  status: TradeLinkStatus;
  dataset: string | null;
  vintage: string | null;
  completeness: Completeness | null;
  year: number | null;
  value: number | null;
  currency: string | null;
  quantity: number | null;
  quantity_unit: string | null;
  hs_codes: string[];
  note: string;
}

export interface SupplierCandidate extends SupplierFactors {
  name: string;
  /** Which source gave `production_share`: the ranking source where it names the country, else the other. */
  production_basis: string | null;
  production: ProductionFigure | null;
  production_other: ProductionFigure | null;
  reserves: { dataset: string; vintage: string; year: number; value: number | null; unit: string; raw: string } | null;
  wgi_year: number | null;
  trade: TradeLink;
  restrictions: { id: string; title: string; kind: string; status: string | null; applies_to_importer: boolean }[];
  c5: boolean;
  zero_reason: string | null;
  facilities: { id: string; name: string; kind: string; status: string | null; commodities: string; size_note: string | null }[];
}

function label(t: ProductionTable): string {
  return t.source === 'usgs' ? `MCS ${t.vintage}` : `WMD ${t.year}`;
}

function figureOf(t: ProductionTable | null, iso3: string): ProductionFigure | null {
  const p = t?.producers.find((x) => x.iso3 === iso3);
  if (!t || !p) return null;
  return { dataset: t.dataset, vintage: t.vintage, year: t.year, value: p.value, unit: t.unit, share: p.share, raw: p.raw, qualifier: p.qualifier };
}

/**
 * Alternative suppliers of a commodity for an importer (`lodestone suppliers`): every producing
 * country outside the excluded set (and the importer itself), ranked by the score of
 * analytics/suppliers.ts with each factor shown; the five Central Asian states always listed,
 * with explicit zeros, the reason, and their known deposits and projects.
 */
export async function alternativeSuppliers(db: Kysely<Database>, q: SuppliersQuery) {
  const entry = commodityEntry(q.commodityId);
  if (!entry) throw new NotFoundError('commodity', q.commodityId);
  const usgs = await productionTable(db, { commodityId: entry.id, source: 'usgs', metric: 'production', stage: q.stage });
  const wmd = await productionTable(db, { commodityId: entry.id, source: 'wmd', metric: 'production', stage: q.stage ?? usgs?.stage });
  const primary = usgs ?? wmd;
  if (!primary) throw new NotFoundError(`production data for ${entry.name}${q.stage ? ` at the ${q.stage} stage` : ''}`, entry.name, []);
  const other = primary === usgs ? wmd : null;
  const reserves = await productionTable(db, { commodityId: entry.id, source: 'usgs', metric: 'reserves' });
  const ids = [entry.id, ...commodityMembers(entry.id)];

  const excluded = new Set(q.exclude);
  const c5 = groupMembers('C5');
  const producing = (t: ProductionTable | null) =>
    (t?.producers ?? []).filter((p) => (p.value !== null && p.value > 0) || p.qualifier === 'withheld').map((p) => p.iso3);
  const pool = [...new Set([...producing(primary), ...producing(other), ...c5])].filter((c) => !excluded.has(c) && c !== q.importer);

  const wgiRows = await governanceEstimates(db, ['PV', 'VA']);
  const wgi = (iso3: string, dim: 'PV' | 'VA') =>
    latestEstimateAtOrBefore(wgiRows.filter((r) => r.iso3 === iso3 && r.dimension === dim), Number.POSITIVE_INFINITY);
  const trade = await tradeLinks(db, q.importer, ids);
  const restrictions = (await findRestrictions(db)).filter((r) => r.commodities.some((c) => ids.includes(c.commodity_id)));
  const facilities = (await facilitiesIn(db, c5)).filter((f) => f.commodities.split(';').some((c) => ids.includes(c)));

  const noRecord = `no recorded production in ${[primary, other].filter((t): t is ProductionTable => t !== null).map(label).join(' or ')}`;
  const candidates: SupplierCandidate[] = pool.map((iso3) => {
    const main = figureOf(primary, iso3);
    const second = figureOf(other, iso3);
    const useMain = main !== null && main.share !== null && main.share > 0;
    const share = useMain ? (main.share as number) : (second?.share ?? 0);
    const basis = useMain ? label(primary) : second?.share ? label(other as ProductionTable) : null;
    const res = reserves?.producers.find((p) => p.iso3 === iso3);
    const pv = wgi(iso3, 'PV');
    const va = wgi(iso3, 'VA');
    const measures = restrictions
      .filter((r) => r.imposer_iso3 === iso3)
      .map((r) => ({
        id: r.id,
        title: r.title,
        kind: r.kind,
        status: restrictionStatusOn(r, q.date),
        applies_to_importer: r.applies_to_all === 1 || r.targets.includes(q.importer),
      }));
    const isC5 = c5.includes(iso3);
    let zeroReason: string | null = null;
    if (share === 0) {
      zeroReason = main?.qualifier === 'withheld' ? `production withheld in ${label(primary)} (W)` : noRecord;
    }
    return {
      iso3,
      name: countryName(iso3),
      production_share: share,
      production_basis: basis,
      production: main,
      production_other: second,
      reserves_share: res && res.share !== null ? res.share : null,
      reserves: res && reserves ? { dataset: reserves.dataset, vintage: reserves.vintage, year: reserves.year, value: res.value, unit: reserves.unit, raw: res.raw } : null,
      wgi_pv: pv?.estimate ?? null,
      wgi_va: va?.estimate ?? null,
      wgi_year: pv?.year ?? va?.year ?? null,
      trade_link: trade.linkOf(iso3).status,
      trade: trade.linkOf(iso3),
      restriction: strongestRestriction(measures.filter((m) => m.applies_to_importer).map((m) => m.status as RestrictionState | 'lifted' | null)),
      restrictions: measures,
      c5: isC5,
      zero_reason: zeroReason,
      facilities: isC5
        ? facilities
            .filter((f) => f.country_iso3 === iso3)
            .map((f) => ({ id: f.id, name: f.name, kind: f.kind, status: f.status, commodities: f.commodities, size_note: f.size_note }))
        : [],
    };
  });
  const ranked = rankSuppliers(candidates);
  const importerFigure = figureOf(primary, q.importer);

  const used = new Set<string>([`${primary.dataset}@${primary.vintage}`]);
  if (other) used.add(`${other.dataset}@${other.vintage}`);
  if (reserves) used.add(`${reserves.dataset}@${reserves.vintage}`);
  for (const d of trade.datasets) used.add(d);
  const wgiSource = wgiRows[0];
  if (wgiSource) used.add(`${wgiSource.dataset}@${wgiSource.vintage}`);
  const datasets = await allDatasets(db);
  if (facilities.length > 0) for (const d of datasets) if (['icmm-gmd', 'usgs-porphyry-cu', 'curated-deposits'].includes(d.id)) used.add(`${d.id}@${d.vintage}`);

  return {
    commodity: { id: entry.id, name: entry.name, symbol: entry.symbol, basis: entry.basis },
    importer: { iso3: q.importer, name: countryName(q.importer) },
    excluded: [...excluded].sort().map((iso3) => ({ iso3, name: countryName(iso3), share: figureOf(primary, iso3)?.share ?? figureOf(other, iso3)?.share ?? 0 })),
    importer_production: importerFigure,
    date: q.date,
    stage: primary.stage,
    production_source: { dataset: primary.dataset, vintage: primary.vintage, year: primary.year, unit: primary.unit, series: primary.series },
    other_source: other ? { dataset: other.dataset, vintage: other.vintage, year: other.year, unit: other.unit, series: other.series } : null,
    reserves_source: reserves ? { dataset: reserves.dataset, vintage: reserves.vintage, year: reserves.year, unit: reserves.unit } : null,
    trade_hs_codes: trade.codes,
    score: {
      formula: 'score = 0.40 P + 0.20 R + 0.20 G + 0.10 T + 0.10 X',
      weights: SUPPLIER_WEIGHTS,
      components: {
        P: 'production share ÷ the largest candidate share (ranking source where it names the country, else the other source)',
        R: 'share of world reserves (USGS MCS) ÷ the largest candidate share; 0 when not published',
        G: '1 − mean of clamp((2.5 − WGI)/5, 0, 1) over Political Stability (PV) and Voice and Accountability (VA); missing → 0.5',
        T: '1 recorded imports by the importer, 0 none recorded in a dataset covering the partner, 0.5 not covered',
        X: '1 no restriction, 0.5 announced or suspended, 0 in force (measures of the supplier covering the commodity and the importer, on the date)',
      },
    },
    suppliers: ranked.map((r) => ({ rank: r.rank, score: r.score, components: r.components, ...r.candidate })),
    sources: datasets
      .filter((d) => used.has(`${d.id}@${d.vintage}`))
      .map((d) => ({ dataset: d.id, vintage: d.vintage, title: d.title, citation: d.citation, completeness: d.completeness, url: d.url })),
    data_build: await metaValue(db, 'data_build'),
  };
}

export type SuppliersResult = Awaited<ReturnType<typeof alternativeSuppliers>>;

/**
 * The importer's trade link with each partner for the commodity's HS codes, in each dataset's
 * latest full year: "yes" when any dataset records imports from the partner (the most complete
 * such dataset is named); "no" when a complete dataset (or an excerpt that lists the partner)
 * records the importer's imports of these codes without that partner; "not covered" otherwise.
 */
async function tradeLinks(db: Kysely<Database>, importer: string, commodityIds: string[]) {
  const codes = [...new Set((await commodityHsCodes(db, commodityIds)).map((c) => c.hs_code))].sort();
  const flows = (await importerFlowTotals(db, importer, codes)).filter((f) => f.period === String(f.year));
  const latestYear = new Map<string, number>();
  for (const f of flows) latestYear.set(f.dataset, Math.max(latestYear.get(f.dataset) ?? 0, f.year));
  const latest = flows.filter((f) => f.year === latestYear.get(f.dataset));
  const rank = (c: Completeness) => COMPLETENESS_ORDER.indexOf(c);
  const byDataset = new Map<string, ImporterFlowTotal[]>();
  for (const f of latest) byDataset.set(f.dataset, [...(byDataset.get(f.dataset) ?? []), f]);
  // Most complete first; among equally complete datasets the most recent year first.
  const datasets = [...byDataset.entries()].sort(
    (a, b) => rank(a[1][0]!.completeness) - rank(b[1][0]!.completeness) || b[1][0]!.year - a[1][0]!.year || a[0].localeCompare(b[0]),
  );
  const partners = await importerPartnersByDataset(db, importer);
  const shared = (code: string) => commoditiesForHs(code).filter((c) => !commodityIds.includes(c));
  const used = new Set<string>();

  function sharedNote(hs: string[]): string {
    const others = [...new Set(hs.flatMap(shared))];
    return others.length ? `; HS ${hs.join(', ')} also covers ${others.slice(0, 5).join(', ')}${others.length > 5 ? '…' : ''}` : '';
  }

  function linkOf(iso3: string): TradeLink {
    for (const [dataset, rows] of datasets) {
      const mine = rows.filter((r) => r.exporter_iso3 === iso3 && ((r.value ?? 0) > 0 || (r.quantity ?? 0) > 0));
      if (mine.length === 0) continue;
      const first = mine[0]!;
      used.add(`${dataset}@${first.vintage}`);
      const hs = [...new Set(mine.map((r) => r.hs_code))].sort();
      const sameUnit = mine.every((r) => r.quantity_unit === first.quantity_unit);
      return {
        status: 'yes',
        dataset,
        vintage: first.vintage,
        completeness: first.completeness,
        year: first.year,
        value: mine.reduce((a, r) => a + (r.value ?? 0), 0),
        currency: first.currency,
        quantity: sameUnit && mine.some((r) => r.quantity !== null) ? mine.reduce((a, r) => a + (r.quantity ?? 0), 0) : null,
        quantity_unit: sameUnit ? first.quantity_unit : null,
        hs_codes: hs,
        note: `imports recorded in ${dataset} ${first.year} (${first.completeness})${sharedNote(hs)}`,
      };
    }
    // Which of the importer's recorded codes a dataset answers for this partner: all its codes
    // when it is complete for the importer, or when it is an excerpt that lists the partner.
    const checking = datasets.filter(([dataset, rows]) => {
      const c = rows[0]!.completeness;
      return c === 'complete' || c === 'reporter-complete' || (c === 'partner-excerpt' && partners.some((p) => p.dataset === dataset && p.exporter_iso3 === iso3));
    });
    const checkedCodes = checking.flatMap(([, rows]) => rows.map((r) => r.hs_code));
    const covered = (code: string) => checkedCodes.some((d) => code.startsWith(d));
    const uncovered = [...new Set(latest.map((r) => r.hs_code))].filter((c) => !covered(c)).sort();
    const best = checking[0];
    const checkedNote = checking.map(([d, rows]) => `${d} ${rows[0]!.year} (${rows[0]!.completeness}) under HS ${[...new Set(rows.map((r) => r.hs_code))].sort().join(', ')}`).join('; ');
    if (best && uncovered.length === 0) {
      const first = best[1][0]!;
      for (const [d, rows] of checking) used.add(`${d}@${rows[0]!.vintage}`);
      return {
        status: 'no',
        dataset: best[0],
        vintage: first.vintage,
        completeness: first.completeness,
        year: first.year,
        value: 0,
        currency: first.currency,
        quantity: null,
        quantity_unit: null,
        hs_codes: [...new Set(checkedCodes)].sort(),
        note: `no imports recorded in ${checkedNote}`,
      };
    }
    const excerpts = datasets.filter(([d]) => !checking.some(([c]) => c === d)).map(([d, rows]) => `${d}: ${rows[0]!.completeness}`);
    return {
      status: 'not_covered',
      dataset: best?.[0] ?? null,
      vintage: best?.[1][0]!.vintage ?? null,
      completeness: best?.[1][0]!.completeness ?? null,
      year: best?.[1][0]!.year ?? null,
      value: null,
      currency: null,
      quantity: null,
      quantity_unit: null,
      hs_codes: [...new Set(checkedCodes)].sort(),
      note:
        datasets.length === 0
          ? `not covered: no trade dataset records ${importer}'s imports under HS ${codes.join(', ') || '(no HS code known)'}`
          : `not covered: HS ${uncovered.join(', ')} only in excerpts that do not list this partner (${excerpts.join('; ')})` +
            (checkedNote ? `; no imports recorded in ${checkedNote}` : ''),
    };
  }
  return { codes, linkOf, datasets: used };
}
