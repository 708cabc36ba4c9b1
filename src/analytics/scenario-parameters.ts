/**
 * Parameters of the scenario model (src/analytics/price-response.ts), each with a default, a
 * range for the Monte-Carlo (triangular on [low, high] with the default as mode) and its source.
 * One set for every commodity: the Ga/Ge difference comes from the data (supplier share of the
 * importers' supply, spare capacity elsewhere, recycling), not from per-commodity values.
 *
 * The two calibrated values (demand elasticity, stock cover) were fitted so that a complete cut
 * of China's exports gives the USGS price rises of OFR 2024-1057 (gallium +150 %, germanium
 * +26 %); see docs/methods.md, "Scenarios: calibration".
 */
export interface ParameterSpec {
  /** Default value (the mode of the Monte-Carlo distribution). */
  value: number;
  low: number;
  high: number;
  unit: string;
  source: string;
}

export type ParameterName = 'demandElasticity' | 'supplyElasticity' | 'rampUp' | 'stockCover' | 'utilisation';

export type ScenarioParameters = Record<ParameterName, ParameterSpec>;

export const DEFAULT_PARAMETERS: Readonly<ScenarioParameters> = Object.freeze({
  demandElasticity: {
    value: 0.92,
    low: 0.7,
    high: 1.15,
    unit: 'absolute short-run price elasticity of demand',
    source:
      'calibrated to OFR 2024-1057 (Ga +150 %, Ge +26 %); above econometric short-run metal demand elasticities ' +
      '(mostly 0.1–0.7) because it also carries substitution and thrifting within a year-long disruption; range ±25 %',
  },
  supplyElasticity: {
    value: 0.2,
    low: 0.05,
    high: 0.4,
    unit: 'short-run price elasticity of supply of the other producers',
    source:
      'assumption: short-run mine/refinery supply elasticities are low (0.05–0.4); bounded by spare capacity, ' +
      'so the result is insensitive to it whenever headroom binds (OFR 2025-1047: elasticities plus excess capacity)',
  },
  rampUp: {
    value: 0.5,
    low: 0.25,
    high: 0.75,
    unit: 'share of spare capacity usable within the year',
    source: 'assumption: idle plants need months to restart (OFR 2025-1047 models year-long disruptions)',
  },
  stockCover: {
    value: 0.22,
    low: 0.17,
    high: 0.27,
    unit: 'share of a year’s supply released from stocks, substitution and secondary supply',
    source: 'calibrated to OFR 2024-1057 (Ga +150 %, Ge +26 %) jointly with the demand elasticity; ≈ 2.6 months of a year’s supply',
  },
  utilisation: {
    value: 0.85,
    low: 0.75,
    high: 0.95,
    unit: 'capacity utilisation assumed where USGS MCS gives no capacity',
    source: 'assumption: typical utilisation of mine and refinery capacity in MCS chapters that report both (e.g. gallium: Japan 3 of 10 t, Russia 6 of 10 t are lower)',
  },
});

export const PARAMETER_NAMES = Object.keys(DEFAULT_PARAMETERS) as ParameterName[];

/** The defaults with some values overridden (a fixed value: low = value = high). */
export function withOverrides(overrides: Partial<Record<ParameterName, number>>): ScenarioParameters {
  const out = { ...DEFAULT_PARAMETERS } as ScenarioParameters;
  for (const name of PARAMETER_NAMES) {
    const v = overrides[name];
    if (v !== undefined) out[name] = { ...DEFAULT_PARAMETERS[name], value: v, low: v, high: v };
  }
  return out;
}
