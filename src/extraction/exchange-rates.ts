/**
 * Annual average exchange rates, in US dollars per one unit of the currency, used to normalise
 * extracted money values to USD (the `usd` field of the full format). Checked against published
 * sources in the search corpora available to the project (stored copies, not live pages); the
 * place each figure was read is given below (every figure has one since 2026-11-29, session 6;
 * several are secondary copies of the primary series, as marked).
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
 * RUB, KZT, UZS, and since session 7 AUD, CAD, INR, KRW, KGS (units per USD, inverted here):
 * - 2020-2025: World Bank, World Development Indicators, series PA.NUS.FCRF "Official exchange rate
 *   (LCU per US$, period average)" (IMF International Financial Statistics; annual average of
 *   monthly averages), read from a copy of the WDI download left unedited in a public repository
 *   (github.com/favourdavidemeka/nigeria-market-analysis, data-raw/API_PA.NUS.FCRF_DS2_en_csv_v2_404139.csv,
 *   commit 338825da, "Last Updated Date" 2026-07-13), i.e. a secondary copy of the primary series.
 *   Rows "Kazakhstan", "Uzbekistan" and "Russian Federation", rounded here to one decimal (KZT,
 *   UZS) or two (RUB): KZT 412.95 / 425.91 / 460.17 / 456.16 / 468.96 / 521.04; UZS 10054.3 / 10609.5 /
 *   11050.1 / 11734.8 / 12652.3 / 12579.4; RUB 72.10 / 73.65 / 68.48 / 85.16 / 92.55 (2020-2024).
 *   KZT and UZS 2020-2024 also agree with the knoema CIS table "Обменный курс" that gave them first.
 *   Rows "Australia", "Canada", "India", "Korea, Rep." and "Kyrgyz Republic" (read 2026-11-29, same
 *   copy and commit), rounded to four significant digits (five for KRW): AUD 1.453 / 1.331 / 1.442 /
 *   1.505 / 1.515 / 1.552; CAD 1.341 / 1.254 / 1.302 / 1.350 / 1.369 / 1.398; INR 74.10 / 73.92 /
 *   78.60 / 82.60 / 83.67 / 87.16; KRW 1180.3 / 1144.0 / 1291.4 / 1305.7 / 1363.4 / 1422.4; KGS 77.35 /
 *   84.64 / 84.12 / 87.86 / 87.15 (2020-2024; the 2025 cell is empty, so 2025 takes 2024's rate).
 *   The file does not say which months its 2025 figures cover.
 * - RUB 2025: the WDI copy has no 2025 figure for Russia; 83.3 is the full-year (January-December
 *   2025) average of the Bank of Russia official rate as computed by Vedomosti (vedomosti.ru,
 *   12 January 2026, "Эксперты ожидают ослабления рубля"). A newspaper calculation, not an
 *   official average.
 *
 * A year outside the table takes the nearest year it has; an unknown currency gives no USD value.
 */
export const USD_PER_UNIT: Record<string, Record<number, number>> = {
  USD: { 2020: 1, 2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 1 },
  EUR: { 2020: 1.141, 2021: 1.183, 2022: 1.053, 2023: 1.082, 2024: 1.082, 2025: 1.131 },
  GBP: { 2020: 1.283, 2021: 1.376, 2022: 1.237, 2023: 1.244, 2024: 1.278, 2025: 1.319 },
  JPY: { 2020: 1 / 106.8, 2021: 1 / 109.8, 2022: 1 / 131.5, 2023: 1 / 140.5, 2024: 1 / 151.5, 2025: 1 / 149.6 },
  CNY: { 2020: 1 / 6.904, 2021: 1 / 6.451, 2022: 1 / 6.729, 2023: 1 / 7.081, 2024: 1 / 7.196, 2025: 1 / 7.188 },
  RUB: { 2020: 1 / 72.1, 2021: 1 / 73.65, 2022: 1 / 68.48, 2023: 1 / 85.16, 2024: 1 / 92.55, 2025: 1 / 83.3 },
  KZT: { 2020: 1 / 413.0, 2021: 1 / 425.9, 2022: 1 / 460.2, 2023: 1 / 456.2, 2024: 1 / 469.0, 2025: 1 / 521.0 },
  UZS: { 2020: 1 / 10054.3, 2021: 1 / 10609.5, 2022: 1 / 11050.1, 2023: 1 / 11734.8, 2024: 1 / 12652.3, 2025: 1 / 12579.4 },
  AUD: { 2020: 1 / 1.453, 2021: 1 / 1.331, 2022: 1 / 1.442, 2023: 1 / 1.505, 2024: 1 / 1.515, 2025: 1 / 1.552 },
  CAD: { 2020: 1 / 1.341, 2021: 1 / 1.254, 2022: 1 / 1.302, 2023: 1 / 1.35, 2024: 1 / 1.369, 2025: 1 / 1.398 },
  INR: { 2020: 1 / 74.1, 2021: 1 / 73.92, 2022: 1 / 78.6, 2023: 1 / 82.6, 2024: 1 / 83.67, 2025: 1 / 87.16 },
  KRW: { 2020: 1 / 1180.3, 2021: 1 / 1144.0, 2022: 1 / 1291.4, 2023: 1 / 1305.7, 2024: 1 / 1363.4, 2025: 1 / 1422.4 },
  KGS: { 2020: 1 / 77.35, 2021: 1 / 84.64, 2022: 1 / 84.12, 2023: 1 / 87.86, 2024: 1 / 87.15 },
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
