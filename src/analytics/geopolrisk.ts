/**
 * GeoPolRisk: the geopolitical supply risk of an importing economy for one raw material, as
 * implemented by the geopolrisk-py package (Koyamparambath, Schraml, Helbig, Sonnemann; JOSS 2026,
 * doi:10.21105/joss.09600; method: Koyamparambath et al. 2024, Int J Life Cycle Assess,
 * doi:10.1007/s11367-024-02375-7). Formulas as in `akoyamp/geopolrisk-py@b453938`
 * `src/geopolrisk/assessment/core.py` (functions HHI, importrisk, GeoPolRisk):
 *
 *   HHI_A      = Σᵢ Pᵢ² / (Σᵢ Pᵢ)²                    global production by country (0–1, unit-free)
 *   gᵢ         = (2.5 − PVᵢ) / 5, clipped to [0, 1]    WGI Political Stability and Absence of
 *                                                      Violence estimate of exporter i (0 = stable);
 *                                                      a missing PV gives gᵢ = 0.5 (core.wgi_func)
 *   WTA        = Σᵢ gᵢ·fᵢ / (p + F)                     import risk ("weighted trade average");
 *                                                      fᵢ = tonnes imported from i, F = Σᵢ fᵢ,
 *                                                      p = the importer's domestic production (t)
 *   GPRS       = HHI_A × WTA                            GeoPolRisk score, dimensionless 0–1
 *   p̄          = Σ value / Σ quantity                   thousand USD per tonne = USD per kg
 *   midpoint   = GPRS × p̄
 *   CF         = midpoint / 0.409412948                 kg Cu-eq per kg; the constant is the code's
 *                                                      "average CF of copper for OECD countries
 *                                                      2017–2021"
 *
 * Region mode (an importer that is a set of countries such as the EU): partners inside the region
 * weigh gᵢ = 0 (intra-region trade stays in F), and p is the members' production summed.
 * Where p + F = 0 the code sets WTA = 0 silently; here the result says so (`no_imports`).
 */

/** The copper reference midpoint of geopolrisk-py (core.GeoPolRisk, `CF_Cu`). */
export const COPPER_MIDPOINT = 0.409412948;

/** The gᵢ a partner without a Political Stability estimate gets (core.wgi_func). */
export const MISSING_PV_G = 0.5;

/** Tonnes (metric). A type alias so signatures say which unit they expect. */
export type Tonnes = number;
/** Thousand US dollars (the unit BACI and the geopolrisk-py trade table use). */
export type ThousandUsd = number;

/** One partner's imports into the importer, summed over the material's HS codes. */
export interface GeoPolRiskPartner {
  iso3: string;
  quantity: Tonnes;
  value: ThousandUsd | null;
  /** WGI Political Stability estimate (about −2.5 … 2.5), null when the WGI has none. */
  pv: number | null;
}

export interface GeoPolRiskInput {
  /** Production of every producing country in the reference year (any one unit; HHI is unit-free). */
  production: readonly number[];
  /** The importer's own production, in tonnes (the sum over members in region mode). */
  domesticProduction: Tonnes;
  partners: readonly GeoPolRiskPartner[];
  /** Members of the importing region; partners among them weigh 0. Empty for one country. */
  region?: readonly string[];
}

export interface GeoPolRiskPartnerResult extends GeoPolRiskPartner {
  g: number;
  /** How g was set: from the estimate, assumed 0.5 (no estimate) or 0 (inside the region). */
  g_basis: 'pv' | 'assumed' | 'intra-region';
  weighted: number; // g × quantity
}

export interface GeoPolRiskResult {
  hhi: number;
  domestic_production: Tonnes;
  /** Σ gᵢ·fᵢ (tonnes). */
  numerator: number;
  /** F = Σ fᵢ (tonnes). */
  total_imports: Tonnes;
  import_risk: number;
  gprs: number;
  /** Σ value / Σ quantity over partners with both, thousand USD per tonne (= USD/kg); null without values. */
  price: number | null;
  midpoint: number | null;
  cf: number | null;
  partners: GeoPolRiskPartnerResult[];
  /** Partners whose g was assumed 0.5 because the WGI has no Political Stability estimate. */
  assumed_pv: string[];
  /** True when p + F = 0: there is nothing to weigh and the import risk is 0. */
  no_imports: boolean;
}

/** HHI on the 0–1 scale from production quantities: Σ Pᵢ² / (Σ Pᵢ)² (core.HHI). 0 when nothing is produced. */
export function productionHhi(production: readonly number[]): number {
  const p = production.filter((x) => Number.isFinite(x) && x > 0);
  const total = p.reduce((a, x) => a + x, 0);
  if (total <= 0) return 0;
  return p.reduce((a, x) => a + x * x, 0) / (total * total);
}

/**
 * Normalised political stability gᵢ = (2.5 − PV) / 5, clipped to [0, 1] as in the geopolrisk-py
 * `wgi.db` table `Normalized` (e.g. CHN 2022: PV −0.44107 → 0.58821). Null → MISSING_PV_G.
 */
export function politicalStabilityWeight(pv: number | null): number {
  if (pv === null || !Number.isFinite(pv)) return MISSING_PV_G;
  return Math.min(1, Math.max(0, (2.5 - pv) / 5));
}

/** The GeoPolRisk score, characterisation factor and their parts for one importer, material and year. */
export function geoPolRisk(input: GeoPolRiskInput): GeoPolRiskResult {
  const region = new Set(input.region ?? []);
  const partners: GeoPolRiskPartnerResult[] = input.partners.map((p) => {
    const basis: GeoPolRiskPartnerResult['g_basis'] = region.has(p.iso3) ? 'intra-region' : p.pv === null ? 'assumed' : 'pv';
    const g = basis === 'intra-region' ? 0 : politicalStabilityWeight(p.pv);
    return { ...p, g, g_basis: basis, weighted: g * p.quantity };
  });
  const numerator = partners.reduce((a, p) => a + p.weighted, 0);
  const totalImports = partners.reduce((a, p) => a + p.quantity, 0);
  const denominator = totalImports + input.domesticProduction;
  const importRisk = denominator > 0 ? numerator / denominator : 0;
  const hhi = productionHhi(input.production);
  const gprs = hhi * importRisk;
  const priced = partners.filter((p) => p.value !== null && p.quantity > 0);
  const pricedQty = priced.reduce((a, p) => a + p.quantity, 0);
  const price = pricedQty > 0 ? priced.reduce((a, p) => a + (p.value as number), 0) / pricedQty : null;
  const midpoint = price === null ? null : gprs * price;
  return {
    hhi,
    domestic_production: input.domesticProduction,
    numerator,
    total_imports: totalImports,
    import_risk: importRisk,
    gprs,
    price,
    midpoint,
    cf: midpoint === null ? null : midpoint / COPPER_MIDPOINT,
    partners: partners.sort((a, b) => b.quantity - a.quantity || a.iso3.localeCompare(b.iso3)),
    assumed_pv: partners.filter((p) => p.g_basis === 'assumed').map((p) => p.iso3).sort(),
    no_imports: denominator <= 0,
  };
}
