import { DataError, type DataLocation } from '../../domain/errors.js';

/**
 * Units of measure as the USGS MCS data releases write them ("metric tons", "thousand metric
 * dry tons", "dollars per dry metric ton unit", "percent"…). We keep the published wording
 * (tidied: spacing, case, known typos) so a figure reads as MCS prints it, and refuse a unit we
 * cannot recognise as a quantity: an unknown unit is an import error (issue #2, "Bad input").
 */
const MEASURE =
  /\b(metric (dry )?tons?|dry metric ton units?|metric ton units?|short tons?|tons?|kilograms?|grams?|carats?|liters?|milliliters?|cubic meters?|troy ounces?|pounds?|flasks?|square feet|percent|number|index|dollars?|cents)\b/;

const TYPOS: [RegExp, string][] = [
  [/\bpecent\b/gi, 'percent'],
  [/\bmililiters\b/gi, 'milliliters'],
  [/^thousands of /i, 'thousand '],
  [/\bdollars\/kilogram\b/gi, 'dollars per kilogram'],
];

/**
 * Tidies a unit: spacing, capitalised words ("Million carats" → "million carats"; chemical
 * formulae such as K2O keep their case), known typos; "percentage of tonnage" and the like
 * become "percent".
 */
export function normaliseUnit(unit: string): string {
  let u = unit
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (/^[A-Z][a-z]+[,.]?$/.test(w) ? w.toLowerCase() : w))
    .join(' ');
  for (const [re, to] of TYPOS) u = u.replace(re, to);
  if (/^percent(age)?\b/i.test(u)) return 'percent';
  return u;
}

export function isKnownUnit(unit: string): boolean {
  return MEASURE.test(normaliseUnit(unit).toLowerCase());
}

/**
 * The unit for a stored row. A blank unit is accepted only where there is no number (MCS leaves
 * it blank beside "Variable, depending on…" prices); otherwise blank or unknown is a DataError.
 */
export function checkUnit(unit: string, hasNumber: boolean, where: DataLocation): string {
  const u = normaliseUnit(unit);
  if (u === '' && !hasNumber) return '';
  if (u === '') throw new DataError(where, 'a value without a unit', 'give the row its unit of measure as published');
  if (!isKnownUnit(u)) throw new DataError(where, `unknown unit "${unit.trim()}"`, 'use an MCS unit such as "metric tons", "kilograms", "percent" or "dollars per metric ton"');
  return u;
}

/**
 * Units implied by the suffix of an MCS 2025 salient-statistics column name (USprod_Mine_t,
 * Price_WO3_dt…), for columns whose FGDC metadata gives no unit. From the `attrunit` values the
 * metadata gives for the same suffixes.
 */
const SUFFIX_UNITS: Record<string, string> = {
  t: 'metric tons',
  kt: 'thousand metric tons',
  mmt: 'million metric tons',
  kg: 'kilograms',
  g: 'grams',
  pct: 'percent',
  num: 'number',
  dt: 'dollars per metric ton',
  dkg: 'dollars per kilogram',
  dlb: 'dollars per pound',
  ctslb: 'cents per pound',
  dg: 'dollars per gram',
  dto: 'dollars per troy ounce',
  dtoz: 'dollars per troy ounce',
  dst: 'dollars per short ton',
  df: 'dollars per flask',
  mdol: 'million dollars',
  mct: 'million carats',
  mcm: 'million cubic meters',
  msqft: 'million square feet',
  index: 'index',
};

export function unitFromSuffix(column: string): string | undefined {
  const suffix = column.split('_').pop() ?? '';
  return Object.hasOwn(SUFFIX_UNITS, suffix) ? SUFFIX_UNITS[suffix] : undefined;
}
