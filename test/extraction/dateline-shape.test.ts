import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analytics/random.js';
import { DATELINE_PLACE as PLACE, DATELINE_SOURCE as SOURCE, datelineShape } from '../../src/extraction/tokens.js';
const matches = (re: RegExp, t: string): boolean => {
  re.lastIndex = 0;
  return re.test(t);
};

describe('datelineShape (the cheap test before the dateline patterns)', () => {
  it('accepts datelines and refuses ordinary sentences', () => {
    expect(datelineShape('ASTANA — Kazakhstan said', 0, false)).toBe(true);
    expect(datelineShape('Tashkent, Uzbekistan (UzDaily.com) — The', 0, true)).toBe(true);
    expect(datelineShape('Ust - Kamenogorsk (Kazinform) — text', 0, true)).toBe(true);
    expect(datelineShape('ASTANA — no source here', 0, true)).toBe(false);
    expect(datelineShape('The ministry said on 12 May that exports would resume.', 0, false)).toBe(false);
    // a headline line ends the name: the dateline on the next line is found from that line only
    expect(datelineShape('Trump hosts leaders at summit\n\nWASHINGTON — President', 0, false)).toBe(false);
    expect(datelineShape('The five countries hold uranium, copper and rare earths — and more', 0, false)).toBe(false);
    expect(datelineShape('ASTANA' + ' '.repeat(60) + '-- text', 0, false)).toBe(true);
  });

  it('never refuses a text either pattern matches (seeded random texts)', () => {
    const rnd = mulberry32(11);
    const pick = <T,>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const some = (xs: string[], max: number): string => Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(xs)).join('');
    // dateline-like texts with random parts (and now and then a stray character), so both patterns
    // match often and near misses are common
    const nameChars = ['a', 'B', 'é', 'Ж', ' ', '-', '.', "'", ' - '];
    const anyChars = [...nameChars, '\n', '\u00a0', '—', '–', '(', ')', ',', '1', ':', ' — '];
    const part = (xs: string[], max: number): string => (rnd() < 0.15 ? some(anyChars, max) : some(xs, max));
    let placeSeen = 0;
    let sourceSeen = 0;
    for (let k = 0; k < 20000; k++) {
      // names near the 31-character limit, any white space after the comma and before the dash
      let t = pick(['', ' ', '\n ', '\t']) + 'A' + part(nameChars, pick([6, 12, 30]));
      if (rnd() < 0.3) t += ',' + pick([' ', '\n', '\u00a0']) + 'B' + part(['a', 'b', ' ', 'é'], pick([5, 30]));
      t += some([' ', '\u00a0', '\n', '\t'], pick([2, 40]));
      if (rnd() < 0.5) t += '(' + part(['x', 'Y', ' ', '.', '-', '—'], 8) + ')' + some([' ', '\n'], 2);
      t += pick(['—', '–', '-', '--', '—–', '']) + pick([' ', '\n', 'x', '']) + part(anyChars, 6);
      if (matches(PLACE, t)) {
        placeSeen++;
        expect(datelineShape(t, 0, false), JSON.stringify(t)).toBe(true);
      }
      if (matches(SOURCE, t)) {
        sourceSeen++;
        expect(datelineShape(t, 0, true), JSON.stringify(t)).toBe(true);
      }
    }
    // the generator does reach both patterns
    expect(placeSeen).toBeGreaterThan(1000);
    expect(sourceSeen).toBeGreaterThan(500);
  });
});
