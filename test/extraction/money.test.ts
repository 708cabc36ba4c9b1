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

  it('reads Australian and Canadian dollars, "$US", rupees in crore, won (by symbol or code) and som (session 7)', () => {
    const all = (t: string) => findMoney(t, 2024).map((m) => `${m.amount} ${m.currency}`);
    expect(all('the A$1.2 billion reserve and AU$8.5 billion')).toEqual(['1200000000 AUD', '8500000000 AUD']);
    expect(all('at least $US1 billion each')).toEqual(['1000000000 USD']);
    expect(all('an offer of C$43 a share')).toEqual(['43 CAD']);
    // 1 crore = 10 million
    expect(all('Rs 16,300 crore and Rs. 200 crore')).toEqual(['163000000000 INR', '2000000000 INR']);
    expect(all('KRW 1.5 trillion, about 2 trillion som and 1.2 trillion soums')).toEqual(['1500000000000 KRW', '2000000000000 KGS', '1200000000000 UZS']);
    expect(all('worth about 22 billion U.S. dollars')).toEqual(['22000000000 USD']);
    // a year before the verb "won" is no amount in won
    expect(all('Webuild in 2016 won the main construction contract')).toEqual([]);
    // "Mrs" and "Section 232" are no amounts
    expect(all('Mrs 5 million people, Section 232')).toEqual([]);
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

  it('converts Australian dollars and rupees at the WDI period averages (AUD 2024: 1.515 per USD; INR 2024: 83.67 per USD)', () => {
    expect(toUsd(1_515_000, 'AUD', 2024)).toBe(1_000_000);
    expect(toUsd(83_670_000, 'INR', 2024)).toBe(1_000_000);
    // the WDI copy has no 2025 figure for the Kyrgyz som: 2025 takes 2024's
    expect(toUsd(1_000_000, 'KGS', 2025)).toBe(toUsd(1_000_000, 'KGS', 2024));
  });

  it('takes the nearest year in the table and gives null for an unknown currency', () => {
    expect(toUsd(1_000_000, 'EUR', 1999)).toBe(toUsd(1_000_000, 'EUR', 2020));
    expect(toUsd(1_000_000, 'XYZ', 2024)).toBeNull();
  });
});
