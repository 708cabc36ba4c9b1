/**
 * Dates in news text, resolved against the article's publication date at exactly the precision
 * the text determines (GUIDELINES "date"): "15 January 2025" and "January 15, 2025" give a day;
 * "April 5" the day in the article's year (the year before when that would lie well after the
 * article); "In May" the month ("In December" before a January article is the previous year);
 * "2022" a year; "yesterday", "on Thursday" a day (the latest such day on or before the article,
 * the next one when the verb is future); "last month" a month; "this week"/"last week" the month
 * when the whole Monday–Sunday week lies in one month, else the year; "earlier this year",
 * "recent(ly)" the year; "last year" the year before.
 */
export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
}

export interface FoundDate {
  value: string;
  start: number;
  end: number;
  /** 'absolute' dates name their year or month; 'relative' ones lean on the article date. */
  kind: 'absolute' | 'relative';
  /** Up to 12 characters before the expression, as written ("since", "The"), for callers that skip modifiers. */
  before: string;
  /** The expression as written ("By 2030", "on Monday"). */
  text: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** The alternatives of DATE_RE; each starts at a word boundary, which the pattern tests once for all. */
const DATE_PARTS = [
  `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, // 15 January 2025
  `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*[–-]\\s*\\d{1,2})?(?:,?\\s+(\\d{4}))?(?![\\d,]*\\s*(?:billion|million|per|%))`, // January 15, 2025 / Oct. 8–10
  `${MONTH}(?:\\s+of)?\\s+(\\d{4})\\b`, // December 2024
  `(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+${MONTH}(?![a-z])(?!\\.?\\s+\\d)(\\s+(?:of\\s+)?(?:this|last)\\s+year)?`, // In May / April of this year / since August last year
  `(?:in|since|from|by|during|of|until|early|late|mid-?)\\s+((?:19|20)\\d{2})\\b`, // in 2022
  `(yesterday|today|tonight|earlier this year|this year|last year|last month|this month|last week|this week|earlier this month|earlier this week|recently|recent|next month|next year)\\b`,
  `(?:on\\s+|last\\s+|this\\s+|next\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
  `(last|this|next)\\s+${MONTH}(?![a-z])(?!\\.?\\s+\\d)`, // last November
];
export const DATE_RE = new RegExp(`\\b(?:${DATE_PARTS.join('|')})`, 'gi');

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;

export function parseAnchor(date: string | null | undefined): Anchor | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w.endsWith('.') ? w.slice(0, -1) : w];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by integer arithmetic (H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", days_from_civil), without Date objects. As with
 * Date.UTC, a day past the month's end runs into the next month.
 */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The YYYY-MM-DD of a day number (Hinnant's civil_from_days). */
export function dayString(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return ymd(yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1);
}

/** Day of the week of a day number, Monday = 0 (1970-01-01 was a Thursday). */
const mondayBased = (z: number): number => (((z + 3) % 7) + 7) % 7;

/** `date` (YYYY-MM-DD) moved by `days`. */
export function shiftDay(date: string, days: number): string {
  return dayString(dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) + days);
}

/** A week (Monday–Sunday) around day `z` as month or year precision. */
function weekValue(z: number): string {
  const mon = dayString(z - mondayBased(z));
  const sun = dayString(z - mondayBased(z) + 6);
  if (mon.slice(0, 7) === sun.slice(0, 7)) return mon.slice(0, 7);
  return mon.slice(0, 4) === sun.slice(0, 4) ? mon.slice(0, 4) : dayString(z).slice(0, 4);
}

/** Month with year chosen so a month named without year is not after the article (past events). */
function monthValue(month: number, a: Anchor, future: boolean): string {
  let y = a.year;
  if (!future && a.month !== null && month > a.month) y -= 1;
  return `${y}-${pad(month)}`;
}

/**
 * Every date expression in `text`, resolved against `anchor`. `future` tells that the clause is
 * future tense ("will host … on Thursday"), so a weekday points forward.
 */
export function findDates(text: string, anchor: Anchor | null, offset = 0, future = false): FoundDate[] {
  const out: FoundDate[] = [];
  scanDates(text, anchor, offset, future, (d) => {
    out.push(d);
    return false;
  });
  return out;
}

/** The first date expression of findDates that `accept` takes, or null; the text after it is not scanned. */
export function firstDate(text: string, anchor: Anchor | null, offset: number, future: boolean, accept: (d: FoundDate) => boolean): FoundDate | null {
  let first: FoundDate | null = null;
  scanDates(text, anchor, offset, future, (d) => {
    if (!accept(d)) return false;
    first = d;
    return true;
  });
  return first;
}

/**
 * Calls `found` with each date expression in order until it returns true. DATE_RE is tried, sticky,
 * only at the word starts that can open one of its alternatives (a digit, or a word whose first
 * letters open a month, weekday, relative word or preposition of the pattern): the same matches as
 * scanning with the global pattern, which tries the long alternation at every word boundary.
 */
function scanDates(text: string, anchor: Anchor | null, offset: number, future: boolean, found: (d: FoundDate) => boolean): void {
  const n = text.length;
  // whether the character before i is a word character (`\b` holds before a word start only)
  let prev = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    if (!word || prev) {
      prev = word;
      continue;
    }
    prev = true;
    if (c === 95 || (c > 57 && !opensDateWord(text, i, c))) continue;
    DATE_AT.lastIndex = i;
    const m = DATE_AT.exec(text);
    if (!m) continue;
    i += m[0].length - 1;
    prev = isWordCode(text.charCodeAt(i));
    const v = resolve(m, anchor, future);
    if (!v) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (found({ value: v.value, kind: v.kind, start: offset + m.index, end: offset + m.index + m[0].length, before, text: m[0] })) return;
  }
}

const DATE_AT = new RegExp(DATE_RE.source, 'iy');

/** `[A-Za-z0-9_]`: what `\b` counts as a word character (without the u flag). */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A letter's index 0–25 ("a"–"z", either case), or -1. */
const letterIndex = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : -1);

/**
 * The first three letters of every word that opens an alternative of DATE_RE (months, weekdays,
 * relative words and prepositions), as a table indexed by the letters; the two-letter words
 * ("in", "by", "of", "on") in a second table.
 */
const OPENERS3 = new Uint8Array(26 * 26 * 26);
const OPENERS2 = new Uint8Array(26 * 26);
for (const w of [...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), 'since', 'from', 'until', 'early', 'late', 'mid', 'during', 'yesterday', 'today', 'tonight', 'this', 'last', 'recent', 'next']) {
  OPENERS3[letterIndex(w.charCodeAt(0)) * 676 + letterIndex(w.charCodeAt(1)) * 26 + letterIndex(w.charCodeAt(2))] = 1;
}
for (const w of ['in', 'by', 'of', 'on']) OPENERS2[letterIndex(w.charCodeAt(0)) * 26 + letterIndex(w.charCodeAt(1))] = 1;

/** Whether the word starting at `i` with the letter `c` may open a DATE_RE alternative (by its first two or three letters). */
function opensDateWord(text: string, i: number, c: number): boolean {
  const a = letterIndex(c);
  const b = letterIndex(text.charCodeAt(i + 1));
  if (a < 0 || b < 0) return false;
  if (OPENERS2[a * 26 + b] === 1) return true;
  const d = letterIndex(text.charCodeAt(i + 2));
  return d >= 0 && OPENERS3[a * 676 + b * 26 + d] === 1;
}

function resolve(m: RegExpExecArray, a: Anchor | null, future: boolean): { value: string; kind: 'absolute' | 'relative' } | null {
  // 1: d Month [yyyy]
  if (m[1] && m[2]) {
    const mo = monthOf(m[2]);
    const d = Number(m[1]);
    if (!mo || d < 1 || d > 31) return null;
    if (m[3]) return { value: ymd(Number(m[3]), mo, d), kind: 'absolute' };
    if (!a) return null;
    return { value: dayInYear(mo, d, a, future), kind: 'relative' };
  }
  // 2: Month d[, yyyy]
  if (m[4] && m[5]) {
    const mo = monthOf(m[4]);
    const d = Number(m[5]);
    if (!mo || d < 1 || d > 31) return null;
    if (m[6]) return { value: ymd(Number(m[6]), mo, d), kind: 'absolute' };
    if (!a) return null;
    return { value: dayInYear(mo, d, a, future), kind: 'relative' };
  }
  // 3: Month yyyy
  if (m[7] && m[8]) {
    const mo = monthOf(m[7]);
    if (!mo) return null;
    return { value: `${m[8]}-${pad(mo)}`, kind: 'absolute' };
  }
  // 4: In Month [of this/last year]
  if (m[9]) {
    const mo = monthOf(m[9]);
    if (!mo || !a) return null;
    if (m[10]) {
      const y = /last/i.test(m[10]) ? a.year - 1 : a.year;
      return { value: `${y}-${pad(mo)}`, kind: 'relative' };
    }
    return { value: monthValue(mo, a, future), kind: 'relative' };
  }
  // 5: in yyyy
  if (m[11]) return { value: m[11], kind: 'absolute' };
  if (!a) return null;
  // 6: relative words
  if (m[12]) {
    const w = m[12].toLowerCase();
    const day = a.month !== null && a.day !== null ? dayNumber(a.year, a.month, a.day) : null;
    switch (w) {
      case 'yesterday':
        return day !== null ? { value: dayString(day - 1), kind: 'relative' } : a.month ? { value: `${a.year}-${pad(a.month)}`, kind: 'relative' } : null;
      case 'today':
      case 'tonight':
        return day !== null ? { value: dayString(day), kind: 'relative' } : null;
      case 'earlier this year':
      case 'this year':
      case 'recently':
      case 'recent':
        return { value: String(a.year), kind: 'relative' };
      case 'last year':
        return { value: String(a.year - 1), kind: 'relative' };
      case 'next year':
        return { value: String(a.year + 1), kind: 'relative' };
      case 'last month': {
        if (a.month === null) return null;
        const mo = a.month === 1 ? 12 : a.month - 1;
        return { value: `${a.month === 1 ? a.year - 1 : a.year}-${pad(mo)}`, kind: 'relative' };
      }
      case 'next month': {
        if (a.month === null) return null;
        const mo = a.month === 12 ? 1 : a.month + 1;
        return { value: `${a.month === 12 ? a.year + 1 : a.year}-${pad(mo)}`, kind: 'relative' };
      }
      case 'this month':
      case 'earlier this month':
        return a.month === null ? null : { value: `${a.year}-${pad(a.month)}`, kind: 'relative' };
      case 'this week':
      case 'earlier this week':
        if (day !== null) return { value: weekValue(day), kind: 'relative' };
        return a.month === null ? null : { value: String(a.year), kind: 'relative' };
      case 'last week':
        if (day !== null) return { value: weekValue(day - 7), kind: 'relative' };
        return { value: String(a.year), kind: 'relative' };
    }
    return null;
  }
  // 8: last/this/next Month: the latest such month before the article's, this year's, the next one after it
  // "this may open the way": the modal, not the month
  if (m[14] && m[15]) {
    if (m[15] === 'may') return null;
    const mo = monthOf(m[15]);
    if (!mo || a.month === null) return null;
    const which = m[14].toLowerCase();
    const y = which === 'last' ? (mo < a.month ? a.year : a.year - 1) : which === 'next' ? (mo > a.month ? a.year : a.year + 1) : a.year;
    return { value: `${y}-${pad(mo)}`, kind: 'relative' };
  }
  // 7: weekday
  if (m[13]) {
    const wd = WEEKDAYS[m[13].toLowerCase()];
    if (wd === undefined || a.month === null) return null;
    if (a.day === null) return { value: `${a.year}-${pad(a.month)}`, kind: 'relative' };
    const day = dayNumber(a.year, a.month, a.day);
    const prefix = m[0].toLowerCase();
    let diff = (mondayBased(day) - ((wd + 6) % 7) + 7) % 7; // days back to the latest such weekday
    if (prefix.startsWith('last')) diff = diff === 0 ? 7 : diff;
    let target = day - diff;
    if ((future || prefix.startsWith('next')) && diff !== 0) target = day + 7 - diff;
    return { value: dayString(target), kind: 'relative' };
  }
  return null;
}

function dayInYear(mo: number, d: number, a: Anchor, future: boolean): string {
  let y = a.year;
  if (!future && a.month !== null && (mo > a.month + 1 || (mo === a.month + 1 && a.day !== null && d > a.day))) y -= 1;
  return ymd(y, mo, d);
}
