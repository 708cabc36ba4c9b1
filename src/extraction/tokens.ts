/**
 * Word tokens with offsets, and the lookup key of a word (lower case, accents and Cyrillic folded).
 * One linear scan; punctuation is skipped but remembered as the gap between two words, so a
 * gazetteer match never spans a sentence break or a comma.
 */
import { transliterate } from '../domain/text.js';

export interface Token {
  /** Surface form. */
  text: string;
  /** Lookup key: lower case, no accents, Cyrillic transliterated. */
  key: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Characters between the previous token and this one. */
  gap: string;
}


const NON_ASCII = /[^ -~]/;

export function wordKey(word: string): string {
  const k = word.toLowerCase();
  // fast path: plain ASCII
  return NON_ASCII.test(k) ? transliterate(k).normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : k;
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase();
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Letter or digit (ASCII fast path; other scripts through one Unicode test). */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(text[i] ?? '');
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i), text, i)) {
      i++;
      continue;
    }
    const s = i;
    let ascii = text.charCodeAt(i) < 128;
    i++;
    for (let c = text.charCodeAt(i); i < n && isWordChar(c, text, i); c = text.charCodeAt(++i)) if (c >= 128) ascii = false;
    const w = text.slice(s, i);
    // ASCII words (nearly all of an English article) need no transliteration test
    out.push({ text: w, key: ascii ? w.toLowerCase() : wordKey(w), start: offset + s, end: offset + i, upper: isUpper(w), gap: s - last === 1 ? (text[last] === ' ' ? ' ' : text.slice(last, s)) : text.slice(last, s) });
    last = i;
  }
  return out;
}

/** The keys of a phrase, as the gazetteer stores it. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/**
 * Whitespace for the dateline prefilter: a superset of the patterns' `\s` (every control
 * character, plus the non-ASCII spaces of ECMAScript's WhiteSpace and LineTerminator), so the
 * prefilter never rejects a match.
 */
function isSpaceLike(c: number): boolean {
  if (c <= 32) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a dash followed by a space comes within 120 non-space characters after `from` — which
 * every dateline needs (place ≤ 31, ", Country" ≤ 32 and "(Source)" ≤ 42 of them before the dash).
 * A cheap test that spares the dateline patterns the ordinary paragraphs.
 */
export function dashWithin(text: string, from: number): boolean {
  let seen = 0;
  for (let i = from; i < text.length && seen <= 120; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceLike(c)) continue;
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && isSpaceLike(text.charCodeAt(i + 1))) return true;
    seen++;
  }
  return false;
}
