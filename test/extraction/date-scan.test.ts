import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analytics/random.js';
import { DATE_RE, dayNumber, dayString, findDates, shiftDay } from '../../src/extraction/dates.js';

/**
 * findDates tries its pattern only at word starts that can open a date; scanning with the global
 * pattern at every position must find the same expressions. Days 1–31 only (digits never run
 * together) and an anchor with a day make every match resolve (but "this may", the modal), so
 * the spans must be equal.
 */
const PIECES = [
  'January', 'jan.', 'Sept.', 'SEPTEMBER', 'May', 'may', 'March', 'Mar', 'Dec.', 'in', 'In', 'IN', 'since', 'from', 'by', 'of', 'until', 'Early', 'late', 'mid-', 'Mid',
  'during', 'yesterday', 'Today', 'tonight', 'earlier this year', 'this year', 'last year', 'last month', 'this week', 'earlier this week', 'recently',
  'recent', 'next month', 'next year', 'on', 'last', 'this', 'next', 'Monday', 'tuesday', 'Sunday', 'the', 'into', 'inside', 'often', 'one', 'market',
  'several', 'Thursdays', 'theory', '2025', '2019', '1999', '15', '3rd', '28th', '7', '4.2', 'billion', 'million', '%', ',', '.', '–', '-', '_', 'x1',
  'İn', 'a_May', '(', ')', '"', '’',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\u00a0', '', ', ', '-'];

function randomText(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 30);
  let s = '';
  for (let i = 0; i < n; i++) {
    const piece = PIECES[Math.floor(rand() * PIECES.length)] ?? '';
    s += piece;
    // no digits run into the next piece's ("7" + "3rd" would be day 73, which resolves to nothing)
    const sep = SEPARATORS[Math.floor(rand() * SEPARATORS.length)] ?? ' ';
    s += sep === '' && /\d$/.test(piece) ? ' ' : sep;
  }
  return s;
}

describe('date scanning', () => {
  it('finds what the global pattern finds, on 20,000 seeded texts', () => {
    const rand = mulberry32(20261129);
    const anchor = { year: 2025, month: 11, day: 7 };
    let matched = 0;
    for (let k = 0; k < 20000; k++) {
      const text = randomText(rand);
      const want: [number, number][] = [];
      const re = new RegExp(DATE_RE.source, 'gi');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // "this may …" in lower case is the modal, which resolves to no date
        if (/^(?:last|this|next)\s+may$/i.test(m[0]) && m[0].endsWith('may')) continue;
        want.push([m.index, m.index + m[0].length]);
      }
      const got = findDates(text, anchor).map((d): [number, number] => [d.start, d.end]);
      expect(got, JSON.stringify(text)).toEqual(want);
      matched += want.length;
    }
    // the generator must produce dates for the comparison to mean anything
    expect(matched).toBeGreaterThan(20000);
  });

  it('counts days without Date objects as Date.UTC does', () => {
    const rand = mulberry32(7);
    for (let k = 0; k < 5000; k++) {
      const y = 1900 + Math.floor(rand() * 250);
      const m = 1 + Math.floor(rand() * 12);
      const d = 1 + Math.floor(rand() * 31);
      const z = dayNumber(y, m, d);
      expect(z).toBe(Date.UTC(y, m - 1, d) / 86400000);
      expect(dayString(z)).toBe(new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10));
    }
    // leap days, and a shift across a year's end (checked on a calendar)
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDay('2025-02-28', 1)).toBe('2025-03-01');
    expect(shiftDay('2025-01-01', -1)).toBe('2024-12-31');
    expect(shiftDay('2000-02-29', 1)).toBe('2000-03-01');
    // years below 1000 keep four digits, so every date string has the length of its precision
    expect(dayString(dayNumber(999, 2, 28))).toBe('0999-02-28');
  });
});
