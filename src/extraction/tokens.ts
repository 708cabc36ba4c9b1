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
    i++;
    while (i < n && isWordChar(text.charCodeAt(i), text, i)) i++;
    const w = text.slice(s, i);
    out.push({ text: w, key: wordKey(w), start: offset + s, end: offset + i, upper: isUpper(w), gap: s - last === 1 ? (text[last] === ' ' ? ' ' : text.slice(last, s)) : text.slice(last, s) });
    last = i;
  }
  return out;
}

/** The keys of a phrase, as the gazetteer stores it. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}
