import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analytics/random.js';
import { buildKeywordMatcher, keywordMask } from '../../src/extraction/keywords.js';

/**
 * The reference: which keywords occur as substrings of the lower-cased text, with word-ending
 * punctuation read as a space and a space after the end (a keyword may end in a space).
 */
function naive(words: Map<string, number>, text: string): number {
  const lower = `${text.toLowerCase().replace(/[,.;:!?()"']/g, ' ')} `;
  let mask = 0;
  for (const [w, m] of words) if (lower.includes(w)) mask |= m;
  return mask;
}

describe('keyword automaton', () => {
  const words = new Map([
    ['ban', 1],
    ['banned', 2],
    ['export', 4],
    [' was ', 8],
    ['an', 16],
    ['kin', 32],
    ['ix', 64],
  ]);
  const m = buildKeywordMatcher(words);

  it('finds overlapping and nested keywords, ignoring case', () => {
    // "BANNED" holds ban, banned and an; "Exports" export
    expect(keywordMask(m, 'China BANNED Exports')).toBe(1 | 2 | 4 | 16);
    expect(keywordMask(m, 'it was done')).toBe(8);
    expect(keywordMask(m, 'nothing here')).toBe(0);
    expect(keywordMask(m, '')).toBe(0);
  });

  it('reads word-ending punctuation and the end of the text as a space', () => {
    // " was " after "it", before a comma, and at the very end
    expect(keywordMask(m, 'it was, then')).toBe(8);
    expect(keywordMask(m, 'so it was')).toBe(8);
    expect(keywordMask(m, '(was)')).toBe(8);
  });

  it('lower-cases characters outside ASCII as String#toLowerCase does', () => {
    // U+212A KELVIN SIGN lower-cases to "k"; U+0130 to "i" + U+0307, which breaks "ix"
    expect(keywordMask(m, '\u212Ain')).toBe(32);
    expect(keywordMask(m, '\u0130x')).toBe(naive(words, '\u0130x'));
    expect(keywordMask(m, 'b—an')).toBe(16);
  });

  it('agrees with a substring search on seeded random texts', () => {
    const rnd = mulberry32(7);
    const alphabet = ['b', 'a', 'n', 'e', 'd', 'x', 'p', 'o', 'r', 't', ' ', 'w', 's', 'B', 'A', 'N', 'K', 'i', 'I', '\u212A', '\u0130', '—', 'é', ',', '.', '('];
    for (let k = 0; k < 2000; k++) {
      let t = '';
      const len = Math.floor(rnd() * 30);
      for (let j = 0; j < len; j++) t += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(keywordMask(m, t), JSON.stringify(t)).toBe(naive(words, t));
    }
  });

  it('refuses keywords it cannot match', () => {
    expect(() => buildKeywordMatcher(new Map([['Ban', 1]]))).toThrow(/lower-case ASCII/);
  });
});
