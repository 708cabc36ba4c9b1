import { describe, expect, it } from 'vitest';
import { findDates, parseAnchor } from '../../src/extraction/dates.js';

const first = (text: string, anchor: string, future = false) => findDates(text, parseAnchor(anchor), 0, future)[0]?.value ?? null;

describe('findDates', () => {
  it('reads absolute days in both orders', () => {
    expect(first('On 15 January 2025 the ministry acted.', '2025-02-01')).toBe('2025-01-15');
    expect(first('It was signed on March 3, 2024.', '2025-02-01')).toBe('2024-03-03');
  });

  it('gives month and year precision when that is all the text says', () => {
    expect(first('Exports fell in December 2024.', '2025-02-01')).toBe('2024-12');
    expect(first('The bank was founded in 2019.', '2025-02-01')).toBe('2019');
  });

  it('puts a month without a year in the article year, or the year before when it lies ahead', () => {
    expect(first('In May, the ministry banned it.', '2023-07-05')).toBe('2023-05');
    expect(first('In December, the ministry banned it.', '2025-01-10')).toBe('2024-12');
    expect(first('In April of this year, the pact was signed.', '2025-11-06')).toBe('2025-04');
  });

  it('resolves weekdays to the latest such day, or forward for a future verb', () => {
    // 2025-11-06 was a Thursday
    expect(first('Talks were held on Wednesday.', '2025-11-06')).toBe('2025-11-05');
    expect(first('The summit opened Thursday.', '2025-11-06')).toBe('2025-11-06');
    expect(first('They will meet on Monday.', '2025-11-06', true)).toBe('2025-11-10');
  });

  it('resolves relative expressions at the precision they determine', () => {
    expect(first('He arrived yesterday.', '2025-11-06')).toBe('2025-11-05');
    expect(first('It happened last month.', '2025-11-06')).toBe('2025-10');
    expect(first('It happened last month.', '2025-01-15')).toBe('2024-12');
    expect(first('Earlier this year it was agreed.', '2025-11-06')).toBe('2025');
    // week of Mon 3 – Sun 9 November 2025 lies in one month
    expect(first('This week the bill was filed.', '2025-11-06')).toBe('2025-11');
    // the week before 2025-11-03 runs 27 Oct – 2 Nov: two months, so only the year
    expect(first('Last week the bill was filed.', '2025-11-03')).toBe('2025');
    expect(first('Recent curbs hit exporters.', '2025-11-06')).toBe('2025');
  });

  it('cannot resolve a weekday to a day against a month-only article date', () => {
    expect(first('Talks were held on Wednesday.', '2025-11')).toBe('2025-11');
  });
});

describe('parseAnchor', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD and rejects other text', () => {
    expect(parseAnchor('2025-11-06')).toEqual({ year: 2025, month: 11, day: 6 });
    expect(parseAnchor('2023-07')).toEqual({ year: 2023, month: 7, day: null });
    expect(parseAnchor('soon')).toBeNull();
  });
});
