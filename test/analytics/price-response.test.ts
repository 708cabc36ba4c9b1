import { describe, expect, it } from 'vitest';
import { marketResponse, MAX_LOG_PRICE, type MarketShock, type ResponseParameters } from '../../src/analytics/price-response.js';

const noShock: MarketShock = { lost: 0, added: 0, demandChange: 0, headroom: 0 };
const rigid: ResponseParameters = { demandElasticity: 1, supplyElasticity: 0, rampUp: 0, stockCover: 0 };

describe('marketResponse', () => {
  it('leaves price and quantity unchanged without a shock', () => {
    const r = marketResponse(noShock, { demandElasticity: 0.9, supplyElasticity: 0.2, rampUp: 0.5, stockCover: 0.2 });
    expect(r.priceChange).toBeCloseTo(0, 9);
    expect(r.quantityChange).toBeCloseTo(0, 9);
    expect(r.capped).toBe(false);
  });

  it('matches the closed form (1 − L)^(−1/ε_d) − 1 when supply cannot respond', () => {
    // L = 0.5, ε_d = 1: 1 + p = 2 → p = +100 %; consumption falls by the lost half.
    const r = marketResponse({ ...noShock, lost: 0.5 }, rigid);
    expect(r.priceChange).toBeCloseTo(1, 9);
    expect(r.quantityChange).toBeCloseTo(-0.5, 9);
    // ε_d = 0.5: 1 + p = 0.5^(−2) = 4 → p = +300 %.
    expect(marketResponse({ ...noShock, lost: 0.5 }, { ...rigid, demandElasticity: 0.5 }).priceChange).toBeCloseTo(3, 8);
  });

  it('lets stocks absorb a loss up to the stock cover', () => {
    expect(marketResponse({ ...noShock, lost: 0.2 }, { ...rigid, stockCover: 0.25 }).priceChange).toBeCloseTo(0, 9);
    // Only L − k = 0.3 reaches the market: 1 + p = 1/0.7.
    expect(marketResponse({ ...noShock, lost: 0.5 }, { ...rigid, stockCover: 0.2 }).priceChange).toBeCloseTo(1 / 0.7 - 1, 8);
  });

  it('caps the supply response at the spare capacity usable within the year', () => {
    // ρH = 0.5 × 0.2 = 0.1 binds (ε_s huge): effective loss 0.4, 1 + p = 1/0.6.
    const r = marketResponse({ ...noShock, lost: 0.5, headroom: 0.2 }, { ...rigid, supplyElasticity: 100, rampUp: 0.5 });
    expect(r.priceChange).toBeCloseTo(1 / 0.6 - 1, 6);
  });

  it('lowers the price when supply is added and raises it when demand grows', () => {
    // A = 0.25, ε_d = 1, ε_s = 0: 1 + p = 1/1.25 → p = −20 %.
    expect(marketResponse({ ...noShock, added: 0.25 }, rigid).priceChange).toBeCloseTo(-0.2, 8);
    // δ = +10 %, ε_d = 0.5: 1.1 (1 + p)^(−0.5) = 1 → p = 1.21 − 1.
    expect(marketResponse({ ...noShock, demandChange: 0.1 }, { ...rigid, demandElasticity: 0.5 }).priceChange).toBeCloseTo(0.21, 8);
  });

  it('reports a capped price when demand cannot absorb a total loss', () => {
    const r = marketResponse({ ...noShock, lost: 1 }, rigid);
    expect(r.capped).toBe(true);
    expect(r.priceChange).toBeCloseTo(Math.exp(MAX_LOG_PRICE) - 1, 6);
  });
});
