/**
 * The criticality table of an importer (issue 3, item 7): one row per commodity and trade stage
 * that has both production data (for the HHI) and trade with quantities (for the import risk),
 * ranked by the GeoPolRisk score (analytics/geopolrisk.ts: GPRS = HHI × import risk, 0–1).
 *
 * Rank order: GPRS descending; ties by the share of imports from suppliers with a restriction in
 * force (descending), then production HHI (descending), then commodity id. Ranks are 1-based and
 * unique. The GPRS is the ranking key because it is the one published composite that combines
 * concentration and the importer's own sourcing (Koyamparambath et al. 2024); the other columns
 * are shown beside it, not blended into it.
 */
export interface CriticalityCell {
  commodity_id: string;
  stage: 'ore' | 'refined';
  hhi: number;
  gprs: number;
  restricted_share: number | null;
}

export type Ranked<T> = T & { rank: number };

/** Cells in rank order with their rank. */
export function rankCriticality<T extends CriticalityCell>(cells: readonly T[]): Ranked<T>[] {
  return [...cells]
    .sort(
      (a, b) =>
        b.gprs - a.gprs ||
        (b.restricted_share ?? 0) - (a.restricted_share ?? 0) ||
        b.hhi - a.hhi ||
        a.commodity_id.localeCompare(b.commodity_id) ||
        a.stage.localeCompare(b.stage),
    )
    .map((c, i) => ({ ...c, rank: i + 1 }));
}

export interface Coverage {
  /** Commodity × stage cells considered (every commodity with HS codes for the stage). */
  cells: number;
  with_production: number;
  with_quantity_trade: number;
  /** Cells with both: the ones ranked. */
  covered: number;
}

/** Counts of the cells with production, with quantity-bearing trade, and with both. */
export function criticalityCoverage(cells: readonly { production: boolean; trade: boolean }[]): Coverage {
  return {
    cells: cells.length,
    with_production: cells.filter((c) => c.production).length,
    with_quantity_trade: cells.filter((c) => c.trade).length,
    covered: cells.filter((c) => c.production && c.trade).length,
  };
}
