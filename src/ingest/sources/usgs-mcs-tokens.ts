import { DataError, type DataLocation } from '../../domain/errors.js';
import type { Qualifier } from '../../domain/records.js';

/**
 * The value tokens of the USGS Mineral Commodity Summaries data releases (MCS 2025,
 * doi:10.5066/P13XCP3R; MCS 2026, doi:10.5066/P1WKQ63T). The MCS 2026 metadata defines the
 * symbols: "XX - World totals cannot be calculated…, W - Withheld, s - small, NA - not
 * available, E - Net exporter, — - zero". The files also carry ">x"/"<x" bounds, ranges
 * ("50–300"), words where a number would be ("Large", "Variable, depending on…") and, in the
 * MCS 2026 v1.0 CSV, "?1"/"?10": a minus sign (U+2212) that the cp1252 original could not hold
 * (MCS 2025 gives the same cells as "−1" and "−10").
 *
 * Treatment (value → qualifier):
 * - "67,000", "0.5", "−88"      → the number, no qualifier
 * - "—", "–", "-", "--"         → 0, zero
 * - "W"                         → null, withheld
 * - "NA"                        → null, not_available
 * - "XX"                        → null, not_applicable
 * - "E"                         → null, net_exporter (MCS uses it in net-import-reliance rows)
 * - ">50", "<1,000"             → the bound, greater_than / less_than
 * - "s", "Small", "Very small", "Less than ½ unit." → null, small
 * - "50–300", "10,000 - 15,000" → null, range (the raw token keeps both ends)
 * - "Large", "Moderate", "Moderate to large", "Variable, depending on…" → null, qualitative
 * - "?1"                        → −1, no qualifier (and a warning from the caller)
 * Anything else is not a value: the caller raises a DataError naming file, row and column.
 */
export interface ValueToken {
  value: number | null;
  qualifier: Qualifier | null;
  /** The token as published (trimmed). */
  raw: string;
  /** Set when the token needed an interpretation the caller should report (the "?1" case). */
  caution?: string;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const NUMBER_RE = new RegExp(`^[-−–]?(?:${NUMBER})$`);
const BOUND_RE = new RegExp(`^([<>])\\s*(${NUMBER})$`);
const RANGE_RE = new RegExp(`^(${NUMBER})\\s*[-–—]\\s*(${NUMBER})$`);
const LOST_MINUS_RE = new RegExp(`^\\?(${NUMBER})$`);

const ZERO = new Set(['—', '–', '-', '--']);
/** Case matters: "E" is net exporter, while a lower-case "e" marks an estimate in the MCS tables. */
const SIMPLE: Record<string, Qualifier> = {
  W: 'withheld',
  NA: 'not_available',
  na: 'not_available',
  XX: 'not_applicable',
  xx: 'not_applicable',
  E: 'net_exporter',
  s: 'small',
};
const SMALL_WORDS = /^(very small|small|less than\b.*)$/i;
const QUALITATIVE_WORDS = /^(large|moderate|moderate to large|very large|variable\b.*)$/i;

/** Parses a number as MCS prints it: thousands separators, and a hyphen, en dash or U+2212 minus. */
export function mcsNumber(text: string): number {
  return Number(text.replace(/,/g, '').replace(/^[−–]/, '-'));
}

/** Reads one token; undefined when it is none of the MCS forms. */
export function readValueToken(text: string): ValueToken | undefined {
  const raw = text.replace(/\s+/g, ' ').trim();
  if (raw === '') return undefined;
  if (ZERO.has(raw)) return { value: 0, qualifier: 'zero', raw };
  if (NUMBER_RE.test(raw)) return { value: mcsNumber(raw), qualifier: null, raw };
  const simple = Object.hasOwn(SIMPLE, raw) ? SIMPLE[raw] : undefined;
  if (simple) return { value: null, qualifier: simple, raw };
  const bound = BOUND_RE.exec(raw);
  if (bound) return { value: mcsNumber(bound[2] as string), qualifier: bound[1] === '>' ? 'greater_than' : 'less_than', raw };
  if (RANGE_RE.test(raw)) return { value: null, qualifier: 'range', raw };
  if (SMALL_WORDS.test(raw)) return { value: null, qualifier: 'small', raw };
  if (QUALITATIVE_WORDS.test(raw)) return { value: null, qualifier: 'qualitative', raw };
  const lost = LOST_MINUS_RE.exec(raw);
  if (lost) {
    return { value: -mcsNumber(lost[1] as string), qualifier: null, raw, caution: `"${raw}" read as −${lost[1]}: a minus sign lost in the cp1252 encoding of the original file` };
  }
  return undefined;
}

/** Reads a token from a value column; anything unrecognised is a DataError naming file, row and column. */
export function parseValueToken(text: string, where: DataLocation): ValueToken {
  const token = readValueToken(text);
  if (token) return token;
  throw new DataError(
    where,
    `"${text.trim()}" is not a value: expected a number ("67,000") or an MCS token (W, NA, XX, E, s, —, >x, <x, a range, or a word such as "Large")`,
    'fix the cell or use the file as USGS published it',
  );
}

/** True when an MCS note marks the figure as an estimate ("Estimated.", "Estimated. -- …", "estimated 2023"). */
export function isEstimatedNote(note: string): boolean {
  return /^\s*estimated\b/i.test(note);
}

/**
 * The qualifier a stored row carries: the token's own (withheld, greater_than…) wins, because it
 * says what the number is; otherwise "estimated" when the notes say so.
 */
export function rowQualifier(token: ValueToken, estimated: boolean): Qualifier | null {
  return token.qualifier ?? (estimated ? 'estimated' : null);
}
