import { describe, expect, it } from 'vitest';
import { toUsd, USD_PER_UNIT } from '../../src/extraction/exchange-rates.js';
import { findMoney } from '../../src/extraction/money.js';

const one = (t: string, year: number | null = 2024) => {
  const m = findMoney(t, year);
  expect(m).toHaveLength(1);
  return m[0]!;
};

describe('findMoney', () => {
  it('reads "$4.2 billion" as 4,200,000,000 USD', () => {
    const m = one('a $4.2 billion railway contract');
    expect([m.amount, m.currency, m.qualifier, m.text]).toEqual([4_200_000_000, 'USD', null, '$4.2 billion']);
  });

  it('reads "US$136M" and "USD $900 million"', () => {
    expect(one('a US$136M loan').amount).toBe(136_000_000);
    const m = one('USD $900 million in credit');
    expect([m.amount, m.currency]).toEqual([900_000_000, 'USD']);
  });

  it('reads euros written as a symbol and as a word', () => {
    expect([one('a €12 billion package').amount, one('a €12 billion package').currency]).toEqual([12_000_000_000, 'EUR']);
    expect([one('worth 3.5 million euros').amount, one('worth 3.5 million euros').currency]).toEqual([3_500_000, 'EUR']);
  });

  it('keeps the qualifiers "up to", "over" and "about"', () => {
    expect(one('up to $35 billion').qualifier).toBe('up to');
    expect(one('orders over $8 billion').qualifier).toBe('over');
    expect(one('about £2 billion').qualifier).toBe('about');
  });

  it('ignores plain numbers, years and percentages', () => {
    expect(findMoney('In 2025 output rose by 12 per cent to 5 million tonnes.')).toEqual([]);
  });

  it('gives offsets relative to the offset passed', () => {
    const m = findMoney('paid $5 million', null, 100)[0]!;
    expect([m.start, m.end]).toEqual([105, 115]);
  });
});

describe('toUsd', () => {
  it('converts at the annual average of the year (EUR 2024: 1.082 USD, Federal Reserve G.5A)', () => {
    expect(USD_PER_UNIT.EUR?.[2024]).toBe(1.082);
    expect(toUsd(1_000_000, 'EUR', 2024)).toBe(1_082_000);
  });

  it('takes the nearest year in the table and gives null for an unknown currency', () => {
    expect(toUsd(1_000_000, 'EUR', 1999)).toBe(toUsd(1_000_000, 'EUR', 2020));
    expect(toUsd(1_000_000, 'XYZ', 2024)).toBeNull();
  });
});
