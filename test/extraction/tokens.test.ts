import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/analytics/random.js';
import { tokenize, wordKey } from '../../src/extraction/tokens.js';

/**
 * The tokeniser tests characters outside ASCII against a table built once; its output must stay
 * what a plain slice and a Unicode letter test give. The reference below is written the slow,
 * obvious way and compared on seeded random texts (Latin, Cyrillic, CJK, marks, surrogate pairs,
 * dashes and quotes).
 */
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const isWord = (cu: number): boolean => (cu < 0xd800 || cu > 0xdfff) && LETTER.test(String.fromCharCode(cu));

function reference(text: string): { text: string; key: string; start: number; end: number; upper: boolean; gap: string }[] {
  const out = [];
  let last = 0;
  let i = 0;
  while (i < text.length) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < text.length && isWord(text.charCodeAt(i))) i++;
    const w = text.slice(s, i);
    const first = w.charAt(0);
    out.push({ text: w, key: wordKey(w), start: s, end: i, upper: first !== first.toLowerCase(), gap: text.slice(last, s) });
    last = i;
  }
  return out;
}

const PIECES = ['a', 'e', 'k', 'z', 'A', 'K', 'Z', '0', '7', 'é', 'Ö', 'ж', 'Ж', 'ş', 'ğ', 'ß', '\u0301', '一', 'ـ', 'ª', '-', '—', '’', '.', ',', ' ', ' ', ' ', '\n', '\u00a0', '(', '"', '\ud83d\ude00'];

describe('tokenize', () => {
  it('gives what a plain slice and a Unicode letter test give, on 300 seeded texts', () => {
    const r = mulberry32(7);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = 200 + Math.floor(r() * 2000);
      for (let k = 0; k < len; k++) text += PIECES[Math.floor(r() * PIECES.length)];
      const want = reference(text);
      expect(tokenize(text)).toEqual(want);
    }
  });

  it('keeps offsets relative to the chunk it was given', () => {
    const t = tokenize('  Astana, Kazakhstan — tungsten', 100);
    expect(t.map((x) => [x.text, x.key, x.start, x.end, x.upper, x.gap])).toEqual([
      ['Astana', 'astana', 102, 108, true, '  '],
      ['Kazakhstan', 'kazakhstan', 110, 120, true, ', '],
      ['tungsten', 'tungsten', 123, 131, false, ' — '],
    ]);
  });
});
