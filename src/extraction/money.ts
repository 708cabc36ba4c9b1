import { toUsd } from './exchange-rates.js';

/**
 * Money expressions: "$4.2 billion", "US$136M", "€12 billion", "USD $900 million", "12 billion
 * euros", "up to $35 billion", "over $8 billion", "about £3m", "A$1.2 billion", "$US1 billion", "C$43",
 * "Rs 16,300 crore", "KRW 1.5 trillion", "2 trillion som". One regular expression with no
 * nested quantifiers (linear time), then a table of scales and currencies.
 */
export interface Money {
  amount: number;
  currency: string;
  qualifier: string | null;
  usd: number | null;
  start: number;
  end: number;
  text: string;
}

const QUALIFIERS = '(?:(up to|over|more than|about|around|approximately|nearly|almost|at least|some|roughly|less than|under|an estimated)\\s+)?';
const PREFIX = '(US\\$|USD\\s*\\$?|A\\$|AU\\$|AUD\\s*\\$?|C\\$|CA\\$|CAD\\s*\\$?|\\$US|\\$A|\\$|€|EUR\\s*|£|GBP\\s*|¥|CNY\\s*|RMB\\s*|₽|RUB\\s*|₸|KZT\\s*|₹|INR\\s*|Rs\\.?\\s*|₩|KRW\\s*)';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?';
/** At most three white-space characters either side of the hyphen: unbounded runs made the pattern quadratic on long runs of spaces (masked HTML). */
const SCALE = '(?:\\s{0,3}-?\\s{0,3}(trillion|billion|million|thousand|crore|lakh|bn|mln|mn|tn|[bBmMkK])\\b)?';
/** A bare number is money only with a currency word after it: the pattern requires one, so years and days are no matches. */
/** ("won" is left out: after a bare year it is the verb, "in 2016 won the tender"; Korean amounts are read in their symbol or code.) */
const SUFFIX_CUR = '\\s+((?:U\\.S\\. |US )?dollars|euros|euro|pounds|yuan|renminbi|rubles|roubles|tenge|yen|sums?|soums?|soms?|rupees|USD|EUR|GBP|CNY|RUB|KZT|UZS|KGS|INR|KRW|AUD|CAD)';
const MONEY_RE = new RegExp(`(?<![\\w$€£.,])${QUALIFIERS}(?:${PREFIX}\\s?${NUMBER}${SCALE}|${NUMBER}${SCALE}${SUFFIX_CUR})`, 'gi');

const HAS_DIGIT = /\d/;

const SCALES: Record<string, number> = {
  trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3, crore: 1e7, lakh: 1e5,
};

function currencyOf(sym: string): string | null {
  const s = sym.replace(/[\s]/g, '').toUpperCase();
  if (s === 'US$' || s === '$' || s.startsWith('USD') || s.endsWith('DOLLARS')) return 'USD';
  if (s === '€' || s === 'EUR' || s === 'EUROS' || s === 'EURO') return 'EUR';
  if (s === '£' || s === 'GBP' || s === 'POUNDS') return 'GBP';
  if (s === 'CNY' || s === 'RMB' || s === 'YUAN' || s === 'RENMINBI') return 'CNY';
  if (s === '¥' || s === 'YEN') return 'JPY';
  if (s === '₽' || s === 'RUB' || s === 'RUBLES' || s === 'ROUBLES') return 'RUB';
  if (s === '₸' || s === 'KZT' || s === 'TENGE') return 'KZT';
  if (s === 'UZS' || s === 'SUM' || s === 'SUMS' || s === 'SOUM' || s === 'SOUMS') return 'UZS';
  if (s === 'KGS' || s === 'SOM' || s === 'SOMS') return 'KGS';
  if (s === '$US') return 'USD';
  if (s === 'A$' || s === 'AU$' || s === '$A' || s.startsWith('AUD')) return 'AUD';
  if (s === 'C$' || s === 'CA$' || s.startsWith('CAD')) return 'CAD';
  if (s === '₹' || s === 'INR' || s === 'RS' || s === 'RS.' || s === 'RUPEES') return 'INR';
  if (s === '₩' || s === 'KRW' || s === 'WON') return 'KRW';
  return null;
}

/** Every money expression in `text`, with offsets relative to `text` plus `offset`. */
export function findMoney(text: string, year: number | null = null, offset = 0): Money[] {
  const out: Money[] = [];
  // every money expression has a digit: a sentence without one is skipped before the long pattern
  if (!HAS_DIGIT.test(text)) return out;
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(text); m; m = MONEY_RE.exec(text)) push(m);
  return out;

  function push(m: RegExpExecArray): void {
    const [whole, qual, sym, int1, frac1, scale1, int2, frac2, scale2, cur2] = m;
    let currency: string | null;
    let int: string | undefined;
    let frac: string | undefined;
    let scale: string | undefined;
    if (sym) {
      currency = currencyOf(sym);
      int = int1;
      frac = frac1;
      scale = scale1;
    } else {
      if (!cur2) return;
      currency = currencyOf(cur2);
      int = int2;
      frac = frac2;
      scale = scale2;
    }
    if (!currency || !int) return;
    // single-letter scales only directly after the number in symbol form ("US$136M", "$4bn")
    const mult = scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1;
    if (scale && /^[bmk]$/i.test(scale) && !sym) return;
    const value = Number(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`) * mult;
    if (!Number.isFinite(value) || value <= 0) return;
    const amount = Math.round(value);
    const start = offset + m.index;
    out.push({ amount, currency, qualifier: qual ? qual.toLowerCase() : null, usd: toUsd(amount, currency, year), start, end: start + whole.length, text: whole });
  }
}
