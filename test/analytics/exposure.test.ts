import { describe, expect, it } from 'vitest';
import {
  aggregateFlows, codeRelation, importShares, restrictedShare, supplierSetShare, toThousands, toTonnes, type FlowInput,
} from '../../src/analytics/exposure.js';

type Row = FlowInput & { hs_code: string };
const row = (exporter: string, value: number | null, quantity: number | null, extra: Partial<Row> = {}): Row => ({
  exporter_iso3: exporter,
  value,
  currency: 'USD',
  quantity,
  quantity_unit: quantity === null ? null : 'kg',
  reporter: 'importer',
  hs_code: '260200',
  ...extra,
});

describe('toTonnes', () => {
  it('converts t, kg and g and refuses other units', () => {
    expect(toTonnes(5, 't')).toBe(5);
    expect(toTonnes(2500, 'kg')).toBe(2.5);
    expect(toTonnes(3_000_000, 'g')).toBe(3);
    expect(toTonnes(10, 'number')).toBeNull();
    expect(toTonnes(null, 'kg')).toBeNull();
  });
});

describe('toThousands', () => {
  it('divides USD by 1,000 and keeps thousand-USD values', () => {
    expect(toThousands(84290, 'USD')).toEqual({ value: 84.29, currency: 'USD' });
    expect(toThousands(84.29, 'kUSD')).toEqual({ value: 84.29, currency: 'USD' });
  });
});

describe('aggregateFlows', () => {
  it("uses the importer's own reports and drops the exporters' mirror rows when both exist (Comtrade)", () => {
    // comtrade-dedup 2022, USA imports of 260200: GAB importer-reported 83,310,775 USD / 172,812,100 kg,
    // GAB exporter-reported 41,097,554.529 USD (data/trade_flow.csv).
    const f = aggregateFlows([
      row('GAB', 83310775, 172812100),
      row('GAB', 41097554.529, 320266000, { reporter: 'exporter' }),
      row('BEL', 3822.317, 10182.35, { reporter: 'exporter' }),
      row('WLD', 146488955, 287382077),
    ]);
    expect(f.basis).toBe('importer');
    expect(f.partners).toEqual([{ iso3: 'GAB', value: 83310.775, quantity: 172812.1 }]);
    expect(f.world?.value).toBeCloseTo(146488.955, 6);
  });

  it('falls back to mirror rows when the importer does not report, and sums codes per partner', () => {
    const f = aggregateFlows([row('CHN', 1000, 1000, { reporter: 'exporter' }), row('CHN', 2000, null, { reporter: 'exporter', hs_code: '260300' })]);
    expect(f.basis).toBe('exporter');
    expect(f.partners).toEqual([{ iso3: 'CHN', value: 3, quantity: 1, partial_quantity: true }]);
  });
});

describe('importShares', () => {
  it('divides by the World row when the dataset has one and reports what the partners leave out', () => {
    const s = importShares(aggregateFlows([row('CHN', 600, 6), row('CAN', 200, 2), row('WLD', 1000, 10)]));
    expect(s.denominator).toBe('world row');
    expect(s.partners.map((p) => [p.iso3, p.value_share])).toEqual([['CHN', 0.6], ['CAN', 0.2]]);
    expect(s.unattributed_value_share).toBeCloseTo(0.2, 12);
  });

  it('divides by the sum of partners otherwise, by value and by tonnes', () => {
    const s = importShares(aggregateFlows([row('CHN', 300, 1000), row('MOZ', 100, 3000)]));
    expect(s.denominator).toBe('sum of partners');
    expect(s.partners[0]?.iso3).toBe('CHN');
    expect(s.partners[0]?.value_share).toBeCloseTo(0.75, 12);
    expect(s.partners[0]?.quantity_share).toBeCloseTo(0.25, 12);
    expect(s.total_quantity).toBeCloseTo(4, 12);
  });
});

describe('supplierSetShare', () => {
  const shares = importShares(aggregateFlows([row('CHN', 500, 1), row('RUS', 100, 1), row('CAN', 400, 1)]));

  it('sums the shares of {CHN} and {CHN, RUS}', () => {
    expect(supplierSetShare(shares, ['CHN'], null).share).toBe(0.5);
    expect(supplierSetShare(shares, ['CHN', 'RUS'], null).share).toBeCloseTo(0.6, 12);
  });

  it('gives a true zero for an absent partner of a complete dataset', () => {
    const s = supplierSetShare(shares, ['KAZ'], null);
    expect(s.members).toEqual([{ iso3: 'KAZ', share: 0, status: 'no imports' }]);
    expect(s.not_covered).toEqual([]);
  });

  it('reads "not covered", never 0, for a partner outside an excerpt', () => {
    const s = supplierSetShare(shares, ['CHN', 'KAZ'], ['CHN', 'RUS', 'CAN', 'DEU']);
    expect(s.members[1]).toEqual({ iso3: 'KAZ', share: null, status: 'not covered' });
    expect(s.not_covered).toEqual(['KAZ']);
    expect(supplierSetShare(shares, ['DEU'], ['CHN', 'RUS', 'CAN', 'DEU']).members[0]?.status).toBe('no imports');
  });
});

describe('codeRelation', () => {
  it('says whether a row code is inside, broader than or outside a measure', () => {
    expect(codeRelation('250410', ['250410'])).toBe('inside');
    expect(codeRelation('2504', ['250410'])).toBe('broader');
    expect(codeRelation('250410;250490', ['250410'])).toBe('broader');
    expect(codeRelation('250490', ['250410'])).toBe('outside');
    expect(codeRelation('250490', [])).toBe('inside');
  });
});

describe('restrictedShare', () => {
  const rows = [
    row('CHN', 700, 1, { hs_code: '250410' }),
    row('CHN', 100, 1, { hs_code: '250490' }),
    row('MOZ', 200, 1, { hs_code: '250410' }),
  ];
  const shares = importShares(aggregateFlows(rows));

  it("counts only the imposer's flows under the measure's HS codes", () => {
    const r = restrictedShare(rows, [{ imposer: 'CHN', hsCodes: ['250410'] }], shares, null);
    expect(r.share).toBeCloseTo(0.7, 12);
    expect(r.upper_bound).toBe(false);
  });

  it('counts a flow under a broader code whole and marks an upper bound', () => {
    const broad = [row('CHN', 800, 1, { hs_code: '2504' }), row('MOZ', 200, 1, { hs_code: '2504' })];
    const r = restrictedShare(broad, [{ imposer: 'CHN', hsCodes: ['250410'] }], importShares(aggregateFlows(broad)), null);
    expect(r.share).toBeCloseTo(0.8, 12);
    expect(r.upper_bound).toBe(true);
  });

  it('marks an imposer outside an excerpt "not covered" and is 0 without measures', () => {
    const r = restrictedShare(rows, [{ imposer: 'RUS', hsCodes: [] }], shares, ['CHN', 'MOZ']);
    expect(r.suppliers).toEqual([{ iso3: 'RUS', value: null, share: null, status: 'not covered' }]);
    expect(restrictedShare(rows, [], shares, null).share).toBe(0);
  });
});
