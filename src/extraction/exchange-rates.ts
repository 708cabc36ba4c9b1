/**
 * Annual average exchange rates, in US dollars per one unit of the currency, used to normalise
 * extracted money values to USD (the `usd` field of the full format). Checked against published
 * sources in the search corpora available to the project (stored copies, not live pages); the
 * place each figure was read is given below, and figures that could not be found are marked
 * UNVERIFIED.
 *
 * EUR, GBP, JPY, CNY: Board of Governors of the Federal Reserve System, G.5A "Foreign Exchange
 * Rates (Annual)" release, the annual averages of the daily H.10 noon buying rates in New York,
 * rows "*EMU MEMBERS EURO", "*UNITED KINGDOM POUND" (both USD per unit), "JAPAN YEN" and "CHINA,
 * P.R. YUAN" (both units per USD, inverted here). The published figure (four decimals) is rounded
 * to four significant digits before use.
 * - 2020-2023: G.5A release of February 1, 2024, table "average rates of exchange in 2023 together
 *   with comparable figures", https://www.federalreserve.gov/releases/g5a/20240201 (2020 also in
 *   the release at .../g5a/20210104). EUR 1.1410 / 1.1830 / 1.0534 / 1.0817; GBP 1.2829 / 1.3764 /
 *   1.2371 / 1.2440; JPY 106.7754 / 109.8429 / 131.4589 / 140.5001; CNY 6.9042 / 6.4508 / 6.7290 /
 *   7.0809.
 * - 2024 and 2025 (full calendar years, January-December): the G.5A releases covering 2024 and
 *   2025 were not among the stored pages; the figures were read from copies of the FRED annual
 *   series built from G.5A (AEXUSEU, AEXUSUK, AEXJPUS, AEXCHUS), i.e. secondary copies:
 *   JPY 151.4551 / 149.5686, CNY 7.1957 / 7.1875 and EUR as 0.9242 / 0.8845 EUR per USD (so USD
 *   1.082 / 1.131 per EUR) from github.com/datasets/exchange-rates, data/annual.csv (commit
 *   6ce89dd2); GBP 1.2781 / 1.3192 quoted as the FRED AEXUSUK / G.5A annual averages in two
 *   unrelated public repositories. Re-check against https://www.federalreserve.gov/releases/g5a/
 *   when it can be reached.
 *
 * RUB, KZT, UZS (units per USD, inverted here):
 * - KZT and UZS 2020-2024: IMF International Financial Statistics "official exchange rate, period
 *   average" (annual average of monthly averages), as republished in the World Bank WDI series
 *   PA.NUS.FCRF and read, to one decimal, from the knoema atlas CIS table "Обменный курс"
 *   (ru.knoema.com/atlas/CIS/topics/Экономика/Финансовый-сектор-Обменные-курсы/Обменный-курс),
 *   a secondary copy. The UZS row of that table has gaps before 2013, so the years were assigned
 *   by position; they agree with the known path of the sum.
 * - RUB 2020-2024: UNVERIFIED. The IMF/WDI row for Russia was cut off in the stored page and no
 *   Bank of Russia annual figure was found; the compiled values are kept. A wiki table of
 *   calendar-day averages of the Bank of Russia official rate (ruxpert.ru, "История курса доллара
 *   к рублю") gives 72.15 / 73.65 / 68.55 / 85.25 for 2020-2023, within 0.11% of the kept values.
 * - RUB 2025: 83.3, the full-year (January-December 2025) average of the Bank of Russia official
 *   rate as computed by Vedomosti (vedomosti.ru, 12 January 2026, "Эксперты ожидают ослабления
 *   рубля"). A newspaper calculation, not an official average.
 * - KZT 2025 (515) and UZS 2025 (12700): UNVERIFIED, no published 2025 average was found; kept as
 *   compiled. The months they cover are not known (they were described as January-October 2025).
 *
 * A year outside the table takes the nearest year it has; an unknown currency gives no USD value.
 */
export const USD_PER_UNIT: Record<string, Record<number, number>> = {
  USD: { 2020: 1, 2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 1 },
  EUR: { 2020: 1.141, 2021: 1.183, 2022: 1.053, 2023: 1.082, 2024: 1.082, 2025: 1.131 },
  GBP: { 2020: 1.283, 2021: 1.376, 2022: 1.237, 2023: 1.244, 2024: 1.278, 2025: 1.319 },
  JPY: { 2020: 1 / 106.8, 2021: 1 / 109.8, 2022: 1 / 131.5, 2023: 1 / 140.5, 2024: 1 / 151.5, 2025: 1 / 149.6 },
  CNY: { 2020: 1 / 6.904, 2021: 1 / 6.451, 2022: 1 / 6.729, 2023: 1 / 7.081, 2024: 1 / 7.196, 2025: 1 / 7.188 },
  RUB: { 2020: 1 / 72.1, 2021: 1 / 73.65, 2022: 1 / 68.49, 2023: 1 / 85.16, 2024: 1 / 92.57, 2025: 1 / 83.3 },
  KZT: { 2020: 1 / 413.0, 2021: 1 / 425.9, 2022: 1 / 460.2, 2023: 1 / 456.2, 2024: 1 / 469.0, 2025: 1 / 515 },
  UZS: { 2020: 1 / 10054.3, 2021: 1 / 10609.5, 2022: 1 / 11050.1, 2023: 1 / 11734.8, 2024: 1 / 12652.3, 2025: 1 / 12700 },
};

/** The years of each currency's rates, ascending. */
const YEARS = new Map(Object.entries(USD_PER_UNIT).map(([cur, table]) => [cur, Object.keys(table).map(Number).sort((a, b) => a - b)]));

/** The amount in USD at the annual average rate of `year`, or null for an unknown currency. */
export function toUsd(amount: number, currency: string, year: number | null): number | null {
  const table = USD_PER_UNIT[currency];
  if (!table) return null;
  const years = YEARS.get(currency) ?? [];
  const first = years[0] ?? 2024;
  const last = years[years.length - 1] ?? 2024;
  const y = year === null ? last : Math.min(last, Math.max(first, year));
  const rate = table[y];
  return rate === undefined ? null : Math.round(amount * rate);
}
