import type { Kysely } from 'kysely';
import { COPPER_MIDPOINT, geoPolRisk, MISSING_PV_G, type GeoPolRiskPartner, type GeoPolRiskResult } from '../../analytics/geopolrisk.js';
import { commodityEntry } from '../../domain/commodities.js';
import { countryName } from '../../domain/countries.js';
import { NotFoundError, UsageError } from '../../domain/errors.js';
import { allDatasets, metaValue } from '../../store/queries/reference.js';
import { politicalStabilityFor } from '../../store/queries/trade.js';
import type { Database } from '../../store/schema.js';
import { resolveImporter, selectTrade, sharedCodeNotes, stageCodes, type Importer, type TradeSelection, type TradeStage } from './exposure-profile.js';
import { productionTable, type ProductionSource, type ProductionTable } from './production-table.js';

export interface RiskQuery {
  commodityId: string;
  importer: string;
  year?: number;
  /** Production source for the HHI and the domestic production (default: WMD, the method's own). */
  source?: ProductionSource;
  trade?: string;
  stage?: TradeStage;
}

/** Tonnes from a production figure's unit; null for units that are not masses. */
export function tonnesFactor(unit: string): number | null {
  if (/^metric tons?$/i.test(unit) || unit === 't') return 1;
  if (/^kilograms?$/i.test(unit) || unit === 'kg') return 1 / 1000;
  return null;
}

/**
 * The production table for the HHI: the trade year if the source has it, else its latest year
 * before (World Mining Data ends in 2022); a UsageError naming the years when none fits.
 */
async function productionFor(db: Kysely<Database>, commodityId: string, name: string, sources: ProductionSource[], year: number): Promise<ProductionTable> {
  const seen: string[] = [];
  for (const source of sources) {
    const latest = await productionTable(db, { commodityId, source, metric: 'production' });
    if (!latest) continue;
    seen.push(`${source}: ${latest.years[0]}–${latest.years[latest.years.length - 1]}`);
    const y = latest.years.includes(year) ? year : [...latest.years].reverse().find((x) => x <= year);
    if (y === undefined) continue;
    const t = await productionTable(db, { commodityId, source, metric: 'production', stage: latest.stage, year: y, vintage: latest.vintage });
    if (t) return t;
  }
  throw new UsageError(
    `no production data for ${name} in or before ${year}${sources.length === 1 ? ` from ${sources[0]}` : ''}`,
    seen.length ? `production years: ${seen.join('; ')}` : 'neither USGS MCS nor World Mining Data has a country table for it',
  );
}

/**
 * GeoPolRisk from loaded parts (shared by `lodestone risk` and the criticality table, which loads
 * everything once): the production table, the chosen trade flows and the PV estimates of a year.
 */
export function riskFromParts(
  name: string,
  importer: Importer,
  codes: readonly string[],
  sel: Pick<TradeSelection, 'year' | 'choice' | 'flows'>,
  table: ProductionTable,
  pv: { year: number | null; estimates: ReadonlyMap<string, number> },
): { result: GeoPolRiskResult; notes: string[] } {
  const factor = tonnesFactor(table.unit);
  if (factor === null) throw new UsageError(`${name} production is in ${table.unit}, not a mass`, 'GeoPolRisk weighs tonnes; it cannot be computed for this commodity');
  const production = table.producers.filter((p) => p.value !== null).map((p) => p.value as number);
  const domestic = table.producers.filter((p) => importer.members.includes(p.iso3)).reduce((a, p) => a + (p.value ?? 0), 0) * factor;
  const withQty = sel.flows.partners.filter((p) => p.quantity !== null);
  const withoutQty = sel.flows.partners.filter((p) => p.quantity === null).map((p) => p.iso3);
  const partialQty = sel.flows.partners.filter((p) => p.partial_quantity).map((p) => p.iso3);
  const partners: GeoPolRiskPartner[] = withQty.map((p) => ({
    iso3: p.iso3,
    quantity: p.quantity as number,
    // A partner whose tonnes cover only part of its value stays out of the average price.
    value: p.partial_quantity ? null : p.value,
    pv: pv.estimates.get(p.iso3) ?? null,
  }));
  const r = geoPolRisk({ production, domesticProduction: domestic, partners, region: importer.region ? importer.members : [] });

  const notes: string[] = sharedCodeNotes(codes);
  if (r.assumed_pv.length) notes.push(`no WGI Political Stability estimate for ${r.assumed_pv.join(', ')}: g taken as ${MISSING_PV_G} (geopolrisk-py convention)`);
  if (pv.year !== sel.year) notes.push(`WGI Political Stability of ${pv.year ?? 'no year'} used for trade of ${sel.year}`);
  if (table.year !== sel.year) notes.push(`production of ${table.year} (${table.dataset}) used with trade of ${sel.year}: the latest production year at or before it`);
  if (withoutQty.length) notes.push(`partners without a quantity in tonnes left out: ${withoutQty.join(', ')}`);
  if (partialQty.length) notes.push(`partners with some flows lacking a quantity (their tonnes count in F; they stay out of the price): ${partialQty.join(', ')}`);
  if (sel.choice.flagged) notes.push(`${sel.choice.dataset} is a partner excerpt: partners outside it are not covered, so F and the import risk may be understated`);
  if (sel.choice.missing_hs.length) notes.push(`${sel.choice.dataset} lacks HS ${sel.choice.missing_hs.join(', ')}`);
  if (sel.flows.currency !== 'USD') notes.push(`values are in ${sel.flows.currency}: price and CF are in that currency, not USD`);
  if (r.no_imports) notes.push('no imports and no domestic production: import risk 0');
  return { result: r, notes };
}

/**
 * GeoPolRisk of an importer for a commodity (`lodestone risk`, the method of geopolrisk-py; see
 * analytics/geopolrisk.ts): production HHI and domestic production from World Mining Data (or
 * USGS MCS), imports in tonnes from the trade dataset chosen by precedence (quantities required),
 * WGI Political Stability of the trade year (or the latest before it) for each partner.
 */
export async function riskProfile(db: Kysely<Database>, q: RiskQuery) {
  const entry = commodityEntry(q.commodityId);
  if (!entry) throw new NotFoundError('commodity', q.commodityId);
  const onDate = `${q.year ?? new Date().getUTCFullYear()}-12-31`;
  const importer = resolveImporter(q.importer, onDate);
  const { stage, codes } = stageCodes(entry.id, q.stage);
  const sel = await selectTrade(db, { commodityName: entry.name, importer, codes, year: q.year, trade: q.trade, requireQuantity: true });
  const table = await productionFor(db, entry.id, entry.name, q.source ? [q.source] : ['wmd', 'usgs'], sel.year);
  const pv = await politicalStabilityFor(db, sel.year);
  const { result: r, notes } = riskFromParts(entry.name, importer, codes, sel, table, pv);
  const datasets = await allDatasets(db);
  const cite = (id: string, vintage?: string) => datasets.find((d) => d.id === id && (!vintage || d.vintage === vintage));
  const sources = [cite(table.dataset, table.vintage), cite(sel.choice.dataset, sel.choice.vintage), cite('wgi')]
    .filter((d): d is NonNullable<typeof d> => Boolean(d))
    .map((d) => ({ dataset: d.id, vintage: d.vintage, title: d.title, citation: d.citation }));

  return {
    commodity: { id: entry.id, name: entry.name },
    importer: importer.id,
    importer_name: importer.name,
    region_members: importer.region ? importer.members : undefined,
    year: sel.year,
    stage,
    hs_codes: codes,
    hhi: r.hhi,
    production: { source: table.source, dataset: table.dataset, vintage: table.vintage, year: table.year, unit: table.unit, series: table.series, producers: table.producers.filter((p) => p.value !== null).length },
    domestic_production: r.domestic_production,
    numerator: r.numerator,
    total_imports: r.total_imports,
    import_risk: r.import_risk,
    gprs: r.gprs,
    price: r.price,
    price_unit: `${sel.flows.currency}/kg (thousand ${sel.flows.currency} per tonne)`,
    midpoint: r.midpoint,
    cf: r.cf,
    cf_unit: 'kg Cu-eq/kg',
    copper_midpoint: COPPER_MIDPOINT,
    trade_dataset: sel.choice.dataset,
    trade_vintage: sel.choice.vintage,
    trade_title: sel.title,
    trade_completeness: sel.choice.completeness,
    trade_flagged: sel.choice.flagged,
    trade_basis: sel.flows.basis,
    trade_precedence: sel.ranked,
    pv_year: pv.year,
    assumed_pv: r.assumed_pv,
    partners: r.partners.map((p) => ({
      iso3: p.iso3,
      name: countryName(p.iso3),
      quantity: p.quantity,
      value: p.value,
      share: r.total_imports > 0 ? p.quantity / r.total_imports : 0,
      pv: p.pv,
      g: p.g,
      g_basis: p.g_basis,
    })),
    notes,
    method: 'GeoPolRisk (Koyamparambath et al. 2024; geopolrisk-py core.py): hhi = ΣP²/(ΣP)²; import_risk = Σ g·f / (domestic production + Σ f); gprs = hhi × import_risk; cf = gprs × price / 0.409412948',
    sources,
    data_build: await metaValue(db, 'data_build'),
  };
}

export type RiskProfile = Awaited<ReturnType<typeof riskProfile>>;
