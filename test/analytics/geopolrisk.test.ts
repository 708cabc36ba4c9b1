import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  COPPER_MIDPOINT, geoPolRisk, politicalStabilityWeight, productionHhi, type GeoPolRiskPartner,
} from '../../src/analytics/geopolrisk.js';
import { describeWithShared, rawFile } from '../support/shared.js';

/**
 * The GeoPolRisk worked example for the USA in 2022 (geopolrisk-py `tests/data/Testing case -
 * tool.xlsx`), transcribed into test/fixtures/geopolrisk/usa-2022.json: WMD production 2022 of
 * nickel, manganese and graphite, the 60 BACI trade rows and WGI PV 2022 estimates.
 * Tolerances are the upstream tests' (METHODS-REFERENCE §3.1): HHI 6 dp, numerator and total
 * trade 5 dp, price 2 dp, score and WTA 3 dp, CF 2 dp.
 */
interface Fixture {
  importer: string;
  materials: Record<string, { production_2022_t: Record<string, number> }>;
  trade: { row: number; material: string; exporter: string; hs: string; value_kusd: number; quantity_t: number; sheet_g: number }[];
  pv_2022: Record<string, number | null>;
  expected: { material: string; hhi: number; domestic_production_t: number; numerator: number; total_trade_t: number; import_risk: number; gprs: number; price: number; cf: number }[];
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'geopolrisk', 'usa-2022.json'), 'utf8')) as Fixture;

function partnersOf(material: string, pv: Record<string, number | null>): GeoPolRiskPartner[] {
  const byIso = new Map<string, GeoPolRiskPartner>();
  for (const t of fixture.trade.filter((x) => x.material === material)) {
    const p = byIso.get(t.exporter) ?? { iso3: t.exporter, quantity: 0, value: 0, pv: pv[t.exporter] ?? null };
    p.quantity += t.quantity_t;
    p.value = (p.value ?? 0) + t.value_kusd;
    byIso.set(t.exporter, p);
  }
  return [...byIso.values()];
}

function run(material: string, pv = fixture.pv_2022) {
  const production = fixture.materials[material]?.production_2022_t ?? {};
  return geoPolRisk({ production: Object.values(production), domesticProduction: production.USA ?? 0, partners: partnersOf(material, pv) });
}

describe('productionHhi', () => {
  it('is Σ P² / (Σ P)² on the 0–1 scale and ignores zeros', () => {
    expect(productionHhi([1, 1])).toBe(0.5);
    expect(productionHhi([3, 0, 1])).toBeCloseTo(10 / 16, 12);
    expect(productionHhi([])).toBe(0);
  });

  it('reproduces the sheet HHIs to 6 dp (sheet GeoPolRisk, column HHI)', () => {
    for (const e of fixture.expected) {
      expect(productionHhi(Object.values(fixture.materials[e.material]?.production_2022_t ?? {})), e.material).toBeCloseTo(e.hhi, 6);
    }
  });
});

describe('politicalStabilityWeight', () => {
  it('is (2.5 − PV)/5: CHN 2022 PV −0.441073626 → 0.588214725 (sheet Trade Data, row 8)', () => {
    expect(politicalStabilityWeight(-0.441073626279831)).toBeCloseTo(0.588214725, 9);
  });

  it('is 0.5 for a missing estimate and clipped to [0, 1]', () => {
    expect(politicalStabilityWeight(null)).toBe(0.5);
    expect(politicalStabilityWeight(-3)).toBe(1);
    expect(politicalStabilityWeight(2.9)).toBe(0);
  });

  it('matches every WGI weight of the sheet except Taiwan, which the sheet looks up by M49 490 and finds none (0)', () => {
    for (const t of fixture.trade) {
      if (t.exporter === 'TWN') {
        expect(t.sheet_g).toBe(0);
        continue;
      }
      expect(politicalStabilityWeight(fixture.pv_2022[t.exporter] ?? null), `${t.exporter} row ${t.row}`).toBeCloseTo(t.sheet_g, 8);
    }
  });
});

describe('geoPolRisk', () => {
  it('reproduces the USA 2022 worked example for nickel, manganese and graphite', () => {
    for (const e of fixture.expected) {
      const r = run(e.material);
      expect(r.hhi, `${e.material} hhi`).toBeCloseTo(e.hhi, 6);
      expect(r.domestic_production, `${e.material} p`).toBe(e.domestic_production_t);
      expect(r.total_imports, `${e.material} F`).toBeCloseTo(e.total_trade_t, 5);
      expect(r.import_risk, `${e.material} WTA`).toBeCloseTo(e.import_risk, 3);
      expect(r.gprs, `${e.material} GPRS`).toBeCloseTo(e.gprs, 3);
      expect(r.price ?? NaN, `${e.material} price`).toBeCloseTo(e.price, 2);
      expect(r.cf ?? NaN, `${e.material} CF`).toBeCloseTo(e.cf, 2);
    }
  });

  it('graphite: HHI 0.470663, score 0.27497, CF 1.4957 (sheet GeoPolRisk, row Graphite)', () => {
    const r = run('graphite');
    expect(r.hhi).toBeCloseTo(0.470663, 6);
    expect(r.gprs).toBeCloseTo(0.27497, 4);
    expect(r.cf ?? NaN).toBeCloseTo(1.4957, 3);
    expect(r.partners[0]?.iso3).toBe('CHN');
    expect(r.partners[0]?.quantity).toBeCloseTo(43274.566, 3);
  });

  it('matches the sheet numerators to 5 dp with the sheet weights (Taiwan at 0)', () => {
    // With our WGI lookup Taiwan weighs (2.5 − 0.754)/5 = 0.349: 0.495 t × 0.349 = 0.17 more in graphite.
    // Full-precision numerators: METHODS-REFERENCE §3.1 (the CSV export keeps 10 significant digits).
    const numerators: Record<string, number> = { nickel: 21.179740941995366, manganese: 191198.00347662019, graphite: 50585.910846903287 };
    const sheetPv = { ...fixture.pv_2022, TWN: 2.5 };
    for (const [material, n] of Object.entries(numerators)) expect(run(material, sheetPv).numerator, material).toBeCloseTo(n, 5);
    expect(run('graphite').numerator - run('graphite', sheetPv).numerator).toBeCloseTo(0.495 * politicalStabilityWeight(fixture.pv_2022.TWN ?? null), 9);
  });

  it('lists partners whose PV was assumed 0.5', () => {
    const r = geoPolRisk({ production: [1, 1], domesticProduction: 0, partners: [{ iso3: 'AAA', quantity: 10, value: 20, pv: null }, { iso3: 'CHN', quantity: 10, value: 20, pv: 0 }] });
    expect(r.assumed_pv).toEqual(['AAA']);
    expect(r.numerator).toBeCloseTo(10 * 0.5 + 10 * 0.5, 12);
    expect(r.price).toBe(2);
    expect(r.cf).toBeCloseTo((0.5 * r.import_risk * 2) / COPPER_MIDPOINT, 12);
  });

  it('weighs partners inside the importing region 0 (region mode) but keeps them in F', () => {
    const partners = [{ iso3: 'DEU', quantity: 50, value: null, pv: -2 }, { iso3: 'CHN', quantity: 50, value: null, pv: 0 }];
    const r = geoPolRisk({ production: [1], domesticProduction: 0, partners, region: ['DEU', 'FRA'] });
    expect(r.import_risk).toBeCloseTo((50 * 0.5) / 100, 12);
    expect(r.partners.find((p) => p.iso3 === 'DEU')?.g_basis).toBe('intra-region');
    expect(r.price).toBeNull();
    expect(r.cf).toBeNull();
  });

  it('gives an import risk of 0 and says so when there is neither production nor imports', () => {
    const r = geoPolRisk({ production: [5], domesticProduction: 0, partners: [] });
    expect(r.import_risk).toBe(0);
    expect(r.no_imports).toBe(true);
  });
});

describeWithShared('geoPolRisk against the raw test-case CSVs', () => {
  const csv = (name: string) => parse(readFileSync(rawFile('geopolrisk-py', 'derived_csv', name), 'utf8'), { columns: true }) as Record<string, string>[];

  it('reproduces testcase_GeoPolRisk.csv from testcase_{Nickel,Manganese,Graphite}.csv and testcase_Trade_Data.csv', () => {
    const trade = csv('testcase_Trade_Data.csv');
    for (const e of csv('testcase_GeoPolRisk.csv')) {
      const material = e['Raw Material'] as string;
      const prod = csv(`testcase_${material}.csv`).filter((r) => r.Country_Code !== 'DELETE');
      const production = prod.map((r) => Number(r['2022'] || 0));
      const domestic = Number(prod.find((r) => r.Country_ISO === 'USA')?.['2022'] ?? 0);
      const byPartner = new Map<string, GeoPolRiskPartner>();
      for (const t of trade.filter((r) => r.rawMaterial === material)) {
        // The sheet's WGI column is the normalised g; invert it to an estimate: PV = 2.5 − 5g.
        const key = t['Exporting Country'] as string;
        const p = byPartner.get(key) ?? { iso3: key, quantity: 0, value: 0, pv: 2.5 - 5 * Number(t.WGI) };
        p.quantity += Number(t['Quantity (mTonnes)']);
        p.value = (p.value ?? 0) + Number(t['Trade Value (1000 USD)']);
        byPartner.set(key, p);
      }
      const r = geoPolRisk({ production, domesticProduction: domestic, partners: [...byPartner.values()] });
      expect(r.hhi, material).toBeCloseTo(Number(e.HHI), 6);
      // The CSV keeps 10 significant digits of the numerator and 9 decimals of g: compare relatively.
      expect(Math.abs(r.numerator / Number(e.Numerator) - 1), material).toBeLessThan(1e-8);
      expect(r.total_imports, material).toBeCloseTo(Number(e['Total Trade']), 5);
      expect(r.import_risk, material).toBeCloseTo(Number(e['Import Risk (WTA)']), 3);
      expect(r.gprs, material).toBeCloseTo(Number(e['GeoPolRisk Score']), 3);
      expect(r.price ?? NaN, material).toBeCloseTo(Number(e.Price), 2);
      expect(r.cf ?? NaN, material).toBeCloseTo(Number(e.CF), 2);
    }
  });
});
