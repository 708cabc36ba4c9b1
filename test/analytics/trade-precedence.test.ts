import { describe, expect, it } from 'vitest';
import { chooseTradeDataset, tradeTier, type TradeCandidate } from '../../src/analytics/trade-precedence.js';

const cand = (c: Partial<TradeCandidate> & Pick<TradeCandidate, 'dataset' | 'completeness'>): TradeCandidate => ({
  vintage: '2024',
  hsCodes: ['250490'],
  rowsWithQuantity: 10,
  rows: 10,
  ...c,
});

const BACI_Q = cand({ dataset: 'baci-atlas-2024-complete', completeness: 'complete' });
const BACI_V = cand({ dataset: 'baci-atlas-2022-complete', completeness: 'complete', rowsWithQuantity: 0 });
const COMTRADE = cand({ dataset: 'comtrade-dedup', completeness: 'complete' });
const COMEXT = cand({ dataset: 'eurostat-comext', completeness: 'reporter-complete', rowsWithQuantity: 0 });
const TOP6 = cand({ dataset: 'baci-atlas-top6', completeness: 'top-partners', rowsWithQuantity: 0 });
const USITC = cand({ dataset: 'usitc-dataweb', completeness: 'partner-excerpt' });
const MCS = cand({ dataset: 'usgs-mcs', completeness: 'shares-only', rowsWithQuantity: 0 });

describe('tradeTier', () => {
  it('ranks BACI with quantities > Comtrade > BACI values > importer series > top-6 > partner lists > MCS shares', () => {
    expect([BACI_Q, COMTRADE, BACI_V, COMEXT, TOP6, USITC, MCS].map(tradeTier)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('chooseTradeDataset', () => {
  it('takes complete BACI with quantities over everything else', () => {
    const r = chooseTradeDataset([USITC, MCS, COMTRADE, BACI_Q, COMEXT]);
    expect(r.chosen?.dataset).toBe('baci-atlas-2024-complete');
    expect(r.chosen?.completeness).toBe('complete');
    expect(r.ranked.map((c) => c.dataset)).toEqual(['baci-atlas-2024-complete', 'comtrade-dedup', 'eurostat-comext', 'usitc-dataweb', 'usgs-mcs']);
  });

  it('falls back to Comtrade, then the importer series, then USITC (flagged), then MCS shares', () => {
    expect(chooseTradeDataset([USITC, COMTRADE, COMEXT]).chosen?.dataset).toBe('comtrade-dedup');
    expect(chooseTradeDataset([USITC, COMEXT]).chosen?.dataset).toBe('eurostat-comext');
    const usitc = chooseTradeDataset([MCS, USITC]).chosen;
    expect(usitc?.dataset).toBe('usitc-dataweb');
    expect(usitc?.flagged).toBe(true);
    expect(chooseTradeDataset([MCS]).chosen?.completeness).toBe('shares-only');
  });

  it('ranks a dataset lacking an HS subheading that another shows after those that span the codes', () => {
    // USA 2022 graphite: Comtrade has only 250490; the GeoPolRisk excerpt has 250410 and 250490.
    const testcase = cand({ dataset: 'geopolrisk-testcase', vintage: '2022', completeness: 'reporter-complete', hsCodes: ['250410', '250490'] });
    const comtrade = cand({ dataset: 'comtrade-dedup', vintage: '2022', completeness: 'complete', hsCodes: ['250490'] });
    const usitc = cand({ dataset: 'usitc-dataweb', vintage: '2026', completeness: 'partner-excerpt', hsCodes: ['2504'] });
    const r = chooseTradeDataset([comtrade, usitc, testcase]);
    expect(r.chosen?.dataset).toBe('geopolrisk-testcase');
    expect(r.ranked.find((c) => c.dataset === 'comtrade-dedup')?.missing_hs).toEqual(['250410']);
    expect(r.ranked.find((c) => c.dataset === 'usitc-dataweb')?.missing_hs).toEqual([]);
    expect(r.ranked.map((c) => c.dataset)).toEqual(['geopolrisk-testcase', 'usitc-dataweb', 'comtrade-dedup']);
  });

  it('knows the subheadings of a requested heading: BACI with only 250490 lacks 250410 flake graphite', () => {
    const baci = cand({ dataset: 'baci-atlas-2024-complete', completeness: 'complete', hsCodes: ['250490'] });
    const usitc = cand({ dataset: 'usitc-dataweb', vintage: '2026', completeness: 'partner-excerpt', hsCodes: ['2504'] });
    const r = chooseTradeDataset([baci, usitc], { requestedCodes: ['2504'] });
    expect(r.chosen?.dataset).toBe('usitc-dataweb');
    expect(r.chosen?.flagged).toBe(true);
    expect(r.ranked[1]?.missing_hs).toEqual(['250410']);
    // A heading with one subheading: 260200 is all of 2602.
    expect(chooseTradeDataset([cand({ dataset: 'baci-atlas-2024-complete', completeness: 'complete', hsCodes: ['260200'] }), usitc], { requestedCodes: ['2602'] }).chosen?.dataset).toBe('baci-atlas-2024-complete');
  });

  it('treats MCS shares as covering the commodity whole, behind every dataset that spans the codes', () => {
    const mcs = cand({ dataset: 'usgs-mcs', completeness: 'shares-only', hsCodes: [], rowsWithQuantity: 0 });
    const baci = cand({ dataset: 'baci-atlas-2024-complete', completeness: 'complete', hsCodes: ['811292'] });
    const r = chooseTradeDataset([mcs, baci], { requestedCodes: ['811292', '282560'] });
    expect(r.chosen?.dataset).toBe('baci-atlas-2024-complete');
    expect(r.ranked.map((c) => c.missing_hs)).toEqual([[], []]);
    expect(r.ranked[1]?.flagged).toBe(true);
  });

  it('skips datasets without quantities when quantities are required, and chooses none if none has them', () => {
    expect(chooseTradeDataset([BACI_V, USITC], { requireQuantity: true }).chosen?.dataset).toBe('usitc-dataweb');
    expect(chooseTradeDataset([BACI_V, COMEXT], { requireQuantity: true }).chosen).toBeNull();
  });

  it('uses the dataset named by --trade, marked as overridden, or none when it has no rows', () => {
    const r = chooseTradeDataset([BACI_Q, USITC], { override: 'usitc-dataweb' });
    expect(r.chosen?.dataset).toBe('usitc-dataweb');
    expect(r.chosen?.overridden).toBe(true);
    expect(r.chosen?.reason).toMatch(/--trade/);
    expect(chooseTradeDataset([BACI_Q], { override: 'comtrade-japan' }).chosen).toBeNull();
  });

  it('chooses nothing from no candidates', () => {
    expect(chooseTradeDataset([])).toEqual({ chosen: null, ranked: [] });
  });
});
