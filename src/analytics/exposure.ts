/**
 * Importer exposure (issue 3, item 2): where an importer's supply of a commodity comes from, at
 * one stage (ore and concentrate HS codes, or refined and processed ones).
 *
 *   partner share sᵢ = vᵢ / V        vᵢ = imports from partner i (value, or tonnes), V = total imports:
 *                                     the published World row where the dataset has one, else Σ vᵢ
 *   supplier-set share = Σ_{i ∈ S} sᵢ   for S = {CHN}, {CHN, RUS}, the C5, a custom list
 *   restricted share   = Σ_{i ∈ R} sᵢ   R = suppliers with an export-restriction measure in force
 *                                     on the date that covers the importer and the commodity
 *
 * Shares are by value (comparable across partners and datasets; USD or EUR within one dataset)
 * and, where every counted row has one, by quantity (tonnes). A partner outside a dataset's
 * partner list (an excerpt such as USITC DataWeb's 18 partners) is "not covered", never 0.
 * Net import reliance is the USGS MCS figure (imports − exports ± stock change, % of apparent
 * consumption; MCS Appendix), shown as published.
 */

/** The World partner code of the trade tables. */
export const WORLD = 'WLD';

export interface FlowInput {
  exporter_iso3: string;
  value: number | null;
  currency: string;
  quantity: number | null;
  quantity_unit: string | null;
  reporter: 'importer' | 'exporter' | 'reconciled';
}

/** Tonnes from a quantity in t, kg or g; null for other units (items, content kilograms). */
export function toTonnes(quantity: number | null, unit: string | null): number | null {
  if (quantity === null || unit === null) return null;
  switch (unit) {
    case 't':
      return quantity;
    case 'kg':
      return quantity / 1000;
    case 'g':
      return quantity / 1_000_000;
    default:
      return null;
  }
}

/** Thousand units of the currency (USD → kUSD); values already in kUSD stay. */
export function toThousands(value: number | null, currency: string): { value: number | null; currency: string } {
  if (value === null) return { value: null, currency: currency.replace(/^k/, '') };
  if (currency.startsWith('k')) return { value, currency: currency.slice(1) };
  return { value: value / 1000, currency };
}

export interface PartnerFlow {
  iso3: string;
  /** Thousand units of `currency`; null when no row of the partner has a value. */
  value: number | null;
  /** Tonnes over the rows that have a quantity in t, kg or g; null when none has. */
  quantity: number | null;
  /** True when some rows had a value but no quantity (the tonnes then cover part of the flow). */
  partial_quantity?: boolean;
}

export interface AggregatedFlows {
  partners: PartnerFlow[];
  /** The dataset's own World row, when it has one. */
  world: PartnerFlow | null;
  currency: string;
  /** Whose figures were used: the importer's own, the exporters' (mirror), or reconciled (BACI). */
  basis: 'importer' | 'exporter' | 'reconciled';
}

/**
 * Sums rows per partner over the HS codes. Where a dataset carries both the importer's report and
 * the exporters' mirror rows (UN Comtrade), only the importer's rows count, so no flow is counted
 * twice; the mirror rows are used only when the importer does not report.
 */
export function aggregateFlows(rows: readonly FlowInput[]): AggregatedFlows {
  const basis: AggregatedFlows['basis'] = rows.some((r) => r.reporter === 'importer')
    ? 'importer'
    : rows.some((r) => r.reporter === 'exporter') ? 'exporter' : 'reconciled';
  const used = rows.filter((r) => r.reporter === basis);
  const currency = toThousands(null, used[0]?.currency ?? 'USD').currency;
  const byIso = new Map<string, PartnerFlow>();
  for (const r of used) {
    const p: PartnerFlow = byIso.get(r.exporter_iso3) ?? { iso3: r.exporter_iso3, value: null, quantity: null };
    const v = toThousands(r.value, r.currency).value;
    const q = toTonnes(r.quantity, r.quantity_unit);
    if (v !== null) p.value = (p.value ?? 0) + v;
    if (q !== null) p.quantity = (p.quantity ?? 0) + q;
    else if (v !== null) p.partial_quantity = true;
    byIso.set(r.exporter_iso3, p);
  }
  for (const p of byIso.values()) if (p.quantity === null) delete p.partial_quantity;
  const world = byIso.get(WORLD) ?? null;
  byIso.delete(WORLD);
  return { partners: [...byIso.values()], world, currency, basis };
}

export interface PartnerShare {
  iso3: string;
  value: number | null;
  quantity: number | null;
  value_share: number | null;
  quantity_share: number | null;
}

export interface ImportShares {
  partners: PartnerShare[];
  total_value: number | null;
  total_quantity: number | null;
  /** 'world row' when the dataset's World total is the denominator, else 'sum of partners'. */
  denominator: 'world row' | 'sum of partners';
  /** Share of the World total the named partners do not account for (excerpts), or 0. */
  unattributed_value_share: number | null;
}

/** Σ of the known numbers; null when none is known. */
function sum(xs: readonly (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : known.reduce((a, x) => a + x, 0);
}

/** Shares of each partner in the importer's imports, largest first. */
export function importShares(flows: AggregatedFlows): ImportShares {
  const partnerValue = sum(flows.partners.map((p) => p.value));
  const partnerQty = sum(flows.partners.map((p) => p.quantity));
  const useWorld = flows.world !== null && (flows.world.value ?? 0) > 0;
  const totalValue = useWorld ? flows.world?.value ?? null : partnerValue;
  const totalQty = useWorld ? flows.world?.quantity ?? null : partnerQty;
  const partners = flows.partners
    .map((p) => ({
      ...p,
      value_share: p.value !== null && totalValue ? p.value / totalValue : null,
      quantity_share: p.quantity !== null && totalQty ? p.quantity / totalQty : null,
    }))
    .sort((a, b) => (b.value_share ?? b.quantity_share ?? 0) - (a.value_share ?? a.quantity_share ?? 0) || a.iso3.localeCompare(b.iso3));
  return {
    partners,
    total_value: totalValue,
    total_quantity: totalQty,
    denominator: useWorld ? 'world row' : 'sum of partners',
    unattributed_value_share: useWorld && partnerValue !== null && totalValue ? Math.max(0, 1 - partnerValue / totalValue) : 0,
  };
}

export interface SupplierShare {
  iso3: string;
  share: number | null; // null = not covered
  status: 'imports' | 'no imports' | 'not covered';
}

export interface SetShare {
  suppliers: readonly string[];
  /** Σ shares of the covered members (value basis, else quantity). */
  share: number;
  members: SupplierShare[];
  /** Members the dataset cannot report: the share is a lower bound when this is not empty. */
  not_covered: string[];
}

/**
 * Share of the importer's imports from a set of suppliers. `coveredPartners` is the partner list
 * of an excerpt (null for a complete dataset, where an absent partner is a true 0).
 */
export function supplierSetShare(shares: ImportShares, suppliers: readonly string[], coveredPartners: readonly string[] | null): SetShare {
  const byIso = new Map(shares.partners.map((p) => [p.iso3, p]));
  const covered = coveredPartners ? new Set(coveredPartners) : null;
  const members: SupplierShare[] = suppliers.map((iso3) => {
    const p = byIso.get(iso3);
    if (p) return { iso3, share: p.value_share ?? p.quantity_share ?? 0, status: 'imports' };
    if (covered && !covered.has(iso3)) return { iso3, share: null, status: 'not covered' };
    return { iso3, share: 0, status: 'no imports' };
  });
  return {
    suppliers: [...suppliers],
    share: members.reduce((a, m) => a + (m.share ?? 0), 0),
    members,
    not_covered: members.filter((m) => m.status === 'not covered').map((m) => m.iso3),
  };
}

/** A restriction measure in force: who imposes it and the HS codes it names for the commodity (empty = all). */
export interface MeasureScope {
  imposer: string;
  hsCodes: readonly string[];
}

export interface RestrictedSupplier {
  iso3: string;
  value: number | null;
  share: number | null; // null = not covered by the dataset
  status: 'imports' | 'no imports' | 'not covered';
}

export interface RestrictedShare {
  share: number;
  suppliers: RestrictedSupplier[];
  /** True when a row's code is broader than the measure's (2504 against 250410): the share is an upper bound. */
  upper_bound: boolean;
  not_covered: string[];
}

/** How a trade row's HS code relates to a measure's codes: inside them, broader than them, or outside. */
export function codeRelation(rowCode: string, measureCodes: readonly string[]): 'inside' | 'broader' | 'outside' {
  if (measureCodes.length === 0) return 'inside';
  // A combined row ('250410;250490') is inside only when every part is.
  const rel = rowCode.split(';').map((p) => p.trim()).map((p) =>
    measureCodes.some((m) => p.startsWith(m)) ? 'inside' : measureCodes.some((m) => m.startsWith(p)) ? 'broader' : 'outside');
  if (rel.every((r) => r === 'inside')) return 'inside';
  return rel.some((r) => r !== 'outside') ? 'broader' : 'outside';
}

/**
 * Share of the importer's imports (value basis, else tonnes) that come from suppliers with a
 * measure in force, counting only the flows under the HS codes each measure names. A flow reported
 * under a broader code than the measure's is counted whole and marks the share an upper bound.
 */
export function restrictedShare(
  rows: readonly (FlowInput & { hs_code: string })[],
  measures: readonly MeasureScope[],
  shares: ImportShares,
  coveredPartners: readonly string[] | null,
): RestrictedShare {
  const basis = aggregateFlows(rows).basis;
  const used = rows.filter((r) => r.reporter === basis);
  const byValue = shares.total_value !== null && shares.total_value > 0;
  const total = byValue ? (shares.total_value as number) : shares.total_quantity ?? 0;
  const covered = coveredPartners ? new Set(coveredPartners) : null;
  let upper = false;
  const imposers = [...new Set(measures.map((m) => m.imposer))].sort();
  const suppliers: RestrictedSupplier[] = imposers.map((iso3) => {
    const codes = measures.filter((m) => m.imposer === iso3).flatMap((m) => (m.hsCodes.length ? m.hsCodes : ['']));
    const mine = used.filter((r) => r.exporter_iso3 === iso3);
    if (mine.length === 0) return covered && !covered.has(iso3) ? { iso3, value: null, share: null, status: 'not covered' } : { iso3, value: 0, share: 0, status: 'no imports' };
    let v = 0;
    for (const r of mine) {
      const rel = codes.includes('') ? 'inside' : codeRelation(r.hs_code, codes);
      if (rel === 'outside') continue;
      if (rel === 'broader') upper = true;
      v += (byValue ? toThousands(r.value, r.currency).value : toTonnes(r.quantity, r.quantity_unit)) ?? 0;
    }
    return { iso3, value: v, share: total > 0 ? v / total : 0, status: 'imports' };
  });
  return {
    share: suppliers.reduce((a, s) => a + (s.share ?? 0), 0),
    suppliers,
    upper_bound: upper,
    not_covered: suppliers.filter((s) => s.status === 'not covered').map((s) => s.iso3),
  };
}
