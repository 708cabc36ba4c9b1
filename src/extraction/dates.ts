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
  `(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+${MONTH}(?![a-z])(?!\\.?\\s+\\d)(\\s+of\\s+(?:this|last)\\s+year)?`, // In May / April of this year
  `(?:in|since|from|by|during|of|until|early|late|mid-?)\\s+((?:19|20)\\d{2})\\b`, // in 2022
  `(yesterday|today|tonight|earlier this year|this year|last year|last month|this month|last week|this week|earlier this month|earlier this week|recently|recent|next month|next year)\\b`,
  `(?:on\\s+|last\\s+|this\\s+|next\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`,
];
const DATE_RE = new RegExp(`\\b(?:${DATE_PARTS.join('|')})`, 'gi');

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

export function parseAnchor(date: string | null | undefined): Anchor | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
function fmt(d: Date): string {
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A week (Monday–Sunday) around `d` as month or year precision. */
function weekValue(d: Date): string {
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const mon = new Date(d.getTime() - dow * 86400000);
  const sun = new Date(mon.getTime() + 6 * 86400000);
  if (mon.getUTCMonth() === sun.getUTCMonth() && mon.getUTCFullYear() === sun.getUTCFullYear()) return `${mon.getUTCFullYear()}-${pad(mon.getUTCMonth() + 1)}`;
  return mon.getUTCFullYear() === sun.getUTCFullYear() ? String(mon.getUTCFullYear()) : String(d.getUTCFullYear());
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

/** Calls `found` with each date expression in order until it returns true. */
function scanDates(text: string, anchor: Anchor | null, offset: number, future: boolean, found: (d: FoundDate) => boolean): void {
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const v = resolve(m, anchor, future);
    if (!v) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (found({ value: v.value, kind: v.kind, start: offset + m.index, end: offset + m.index + m[0].length, before })) return;
  }
}

function resolve(m: RegExpExecArray, a: Anchor | null, future: boolean): { value: string; kind: 'absolute' | 'relative' } | null {
  const g = m.slice(1);
  // 1: d Month [yyyy]
  if (g[0] && g[1]) {
    const mo = monthOf(g[1]);
    const d = Number(g[0]);
    if (!mo || d < 1 || d > 31) return null;
    if (g[2]) return { value: ymd(Number(g[2]), mo, d), kind: 'absolute' };
    if (!a) return null;
    return { value: dayInYear(mo, d, a, future), kind: 'relative' };
  }
  // 2: Month d[, yyyy]
  if (g[3] && g[4]) {
    const mo = monthOf(g[3]);
    const d = Number(g[4]);
    if (!mo || d < 1 || d > 31) return null;
    if (g[5]) return { value: ymd(Number(g[5]), mo, d), kind: 'absolute' };
    if (!a) return null;
    return { value: dayInYear(mo, d, a, future), kind: 'relative' };
  }
  // 3: Month yyyy
  if (g[6] && g[7]) {
    const mo = monthOf(g[6]);
    if (!mo) return null;
    return { value: `${g[7]}-${pad(mo)}`, kind: 'absolute' };
  }
  // 4: In Month [of this/last year]
  if (g[8]) {
    const mo = monthOf(g[8]);
    if (!mo || !a) return null;
    if (g[9]) {
      const y = /last/i.test(g[9]) ? a.year - 1 : a.year;
      return { value: `${y}-${pad(mo)}`, kind: 'relative' };
    }
    return { value: monthValue(mo, a, future), kind: 'relative' };
  }
  // 5: in yyyy
  if (g[10]) return { value: g[10], kind: 'absolute' };
  if (!a) return null;
  // 6: relative words
  if (g[11]) {
    const w = g[11].toLowerCase();
    const day = a.month !== null && a.day !== null ? utc(a.year, a.month, a.day) : null;
    switch (w) {
      case 'yesterday':
        return day ? { value: fmt(new Date(day.getTime() - 86400000)), kind: 'relative' } : a.month ? { value: `${a.year}-${pad(a.month)}`, kind: 'relative' } : null;
      case 'today':
      case 'tonight':
        return day ? { value: fmt(day), kind: 'relative' } : null;
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
        if (day) return { value: weekValue(day), kind: 'relative' };
        return a.month === null ? null : { value: String(a.year), kind: 'relative' };
      case 'last week':
        if (day) return { value: weekValue(new Date(day.getTime() - 7 * 86400000)), kind: 'relative' };
        return { value: String(a.year), kind: 'relative' };
    }
    return null;
  }
  // 7: weekday
  if (g[12]) {
    const wd = WEEKDAYS[g[12].toLowerCase()];
    if (wd === undefined || a.month === null) return null;
    if (a.day === null) return { value: `${a.year}-${pad(a.month)}`, kind: 'relative' };
    const day = utc(a.year, a.month, a.day);
    const prefix = m[0].toLowerCase();
    let diff = (day.getUTCDay() - wd + 7) % 7; // days back to the latest such weekday
    if (prefix.startsWith('last')) diff = diff === 0 ? 7 : diff;
    let target = new Date(day.getTime() - diff * 86400000);
    if ((future || prefix.startsWith('next')) && diff !== 0) target = new Date(day.getTime() + (7 - diff) * 86400000);
    return { value: fmt(target), kind: 'relative' };
  }
  return null;
}

function dayInYear(mo: number, d: number, a: Anchor, future: boolean): string {
  let y = a.year;
  if (!future && a.month !== null && (mo > a.month + 1 || (mo === a.month + 1 && a.day !== null && d > a.day))) y -= 1;
  return ymd(y, mo, d);
}
