import { describe, expect, it } from 'vitest';
import { criticalityCoverage, rankCriticality } from '../../src/analytics/criticality.js';

const cell = (commodity_id: string, gprs: number, hhi = 0.5, restricted_share: number | null = 0) => ({ commodity_id, stage: 'ore' as const, gprs, hhi, restricted_share });

describe('rankCriticality', () => {
  it('ranks by GeoPolRisk score, highest first, with 1-based unique ranks', () => {
    const r = rankCriticality([cell('nickel', 0.0003), cell('graphite', 0.275), cell('manganese', 0.111)]);
    expect(r.map((c) => [c.rank, c.commodity_id])).toEqual([[1, 'graphite'], [2, 'manganese'], [3, 'nickel']]);
  });

  it('breaks ties by restricted share, then HHI, then id', () => {
    const r = rankCriticality([cell('b', 0.1, 0.5, 0), cell('a', 0.1, 0.5, 0), cell('c', 0.1, 0.9, 0), cell('d', 0.1, 0.1, 0.4)]);
    expect(r.map((c) => c.commodity_id)).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('criticalityCoverage', () => {
  it('counts cells with production, with trade and with both', () => {
    expect(criticalityCoverage([{ production: true, trade: true }, { production: true, trade: false }, { production: false, trade: true }, { production: false, trade: false }]))
      .toEqual({ cells: 4, with_production: 2, with_quantity_trade: 2, covered: 1 });
  });
});
