/**
 * Annual average exchange rates, in US dollars per one unit of the currency, used to normalise
 * extracted money values to USD (the `usd` field of the full format).
 *
 * Sources (annual averages of daily rates, rounded to four significant digits):
 * - EUR, GBP, JPY, CNY: Board of Governors of the Federal Reserve System, G.5A "Foreign Exchange
 *   Rates (Annual)" release (https://www.federalreserve.gov/releases/g5a/), the annual averages of
 *   the H.10 noon buying rates. JPY and CNY are published per US dollar and inverted here.
 * - RUB, KZT, UZS: IMF International Financial Statistics, "Exchange rates, domestic currency per
 *   US dollar, period average" (series ENDA_XDC_USD_RATE), inverted here.
 * - 2025: average of January–October 2025 from the same series (provisional; the year was not
 *   complete when the table was compiled).
 *
 * A year outside the table takes the nearest year it has; an unknown currency gives no USD value.
 */
export const USD_PER_UNIT: Record<string, Record<number, number>> = {
  USD: { 2020: 1, 2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 1 },
  EUR: { 2020: 1.141, 2021: 1.183, 2022: 1.053, 2023: 1.081, 2024: 1.082, 2025: 1.127 },
  GBP: { 2020: 1.284, 2021: 1.375, 2022: 1.237, 2023: 1.244, 2024: 1.278, 2025: 1.316 },
  JPY: { 2020: 1 / 106.8, 2021: 1 / 109.8, 2022: 1 / 131.5, 2023: 1 / 140.5, 2024: 1 / 151.5, 2025: 1 / 148.9 },
  CNY: { 2020: 1 / 6.901, 2021: 1 / 6.452, 2022: 1 / 6.730, 2023: 1 / 7.084, 2024: 1 / 7.197, 2025: 1 / 7.19 },
  RUB: { 2020: 1 / 72.1, 2021: 1 / 73.65, 2022: 1 / 68.49, 2023: 1 / 85.16, 2024: 1 / 92.57, 2025: 1 / 84.6 },
  KZT: { 2020: 1 / 412.95, 2021: 1 / 426.03, 2022: 1 / 460.48, 2023: 1 / 456.31, 2024: 1 / 469.44, 2025: 1 / 515 },
  UZS: { 2020: 1 / 10054, 2021: 1 / 10609, 2022: 1 / 11050, 2023: 1 / 11735, 2024: 1 / 12651, 2025: 1 / 12700 },
};

/** The amount in USD at the annual average rate of `year`, or null for an unknown currency. */
export function toUsd(amount: number, currency: string, year: number | null): number | null {
  const table = USD_PER_UNIT[currency];
  if (!table) return null;
  const years = Object.keys(table).map(Number).sort((a, b) => a - b);
  const first = years[0] ?? 2024;
  const last = years[years.length - 1] ?? 2024;
  const y = year === null ? last : Math.min(last, Math.max(first, year));
  const rate = table[y];
  return rate === undefined ? null : Math.round(amount * rate);
}
