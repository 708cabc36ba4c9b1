import { describe, expect, it } from 'vitest';
import { centralResponse, headroomAt, monteCarlo } from '../../src/analytics/monte-carlo.js';
import { mulberry32, quantileSorted, triangular } from '../../src/analytics/random.js';
import type { PreparedShock } from '../../src/analytics/scenario.js';
import { DEFAULT_PARAMETERS, withOverrides } from '../../src/analytics/scenario-parameters.js';

const shock: PreparedShock = { lost: 0.6, added: 0, demandChange: 0, knownHeadroom: 0.1, uncappedProduction: 0.05 };

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const c = mulberry32(2);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('draws uniformly in [0, 1)', () => {
    const r = mulberry32(42);
    const xs = Array.from({ length: 20_000 }, () => r());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
  });
});

describe('triangular', () => {
  it('inverts the CDF: the ends at u = 0 and 1, the mode at u = (mode − low)/(high − low)', () => {
    expect(triangular(0, 1, 2, 5)).toBe(1);
    expect(triangular(1, 1, 2, 5)).toBe(5);
    expect(triangular(0.25, 1, 2, 5)).toBeCloseTo(2, 12);
    expect(triangular(0.7, 3, 3, 3)).toBe(3);
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics (R type 7)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([0, 10], 0.05)).toBeCloseTo(0.5, 12);
    expect(quantileSorted([7], 0.95)).toBe(7);
  });
});

describe('headroomAt', () => {
  it('adds production without capacity data at utilisation u: 0.1 + 0.05 × (1/0.8 − 1)', () => {
    expect(headroomAt(shock, 0.8)).toBeCloseTo(0.1125, 12);
  });
});

describe('monteCarlo', () => {
  it('gives the same numbers for the same seed', () => {
    expect(monteCarlo(shock, DEFAULT_PARAMETERS, 500, 7)).toEqual(monteCarlo(shock, DEFAULT_PARAMETERS, 500, 7));
    expect(monteCarlo(shock, DEFAULT_PARAMETERS, 500, 7).price_change.median).not.toBe(monteCarlo(shock, DEFAULT_PARAMETERS, 500, 8).price_change.median);
  });

  it('orders the summary p05 ≤ median ≤ p95 and counts the runs', () => {
    const r = monteCarlo(shock, DEFAULT_PARAMETERS, 1000, 1);
    expect(r.runs).toBe(1000);
    expect(r.seed).toBe(1);
    expect(r.price_change.p05).toBeLessThanOrEqual(r.price_change.median);
    expect(r.price_change.median).toBeLessThanOrEqual(r.price_change.p95);
    expect(r.quantity_change.median).toBeLessThan(0);
  });

  it('collapses to the central response when every parameter is fixed', () => {
    const fixed = withOverrides({ demandElasticity: 0.9, supplyElasticity: 0.2, rampUp: 0.5, stockCover: 0.2, utilisation: 0.85 });
    const r = monteCarlo(shock, fixed, 50, 3);
    const c = centralResponse(shock, fixed);
    expect(r.price_change.p05).toBeCloseTo(c.price_change, 12);
    expect(r.price_change.p95).toBeCloseTo(c.price_change, 12);
  });
});
