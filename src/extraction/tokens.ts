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

/** Whether the first character of `word` is an upper-case letter. */
function isUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Below this code point, whether a character is a letter, digit or mark is read from a table built once. */
const TABLE_END = 0x3000;
const WORD_CHAR = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) WORD_CHAR[c] = (c < 0xd800 || c > 0xdfff) && LETTER.test(String.fromCharCode(c)) ? 1 : 0;

/** Letter, digit or mark (a table below U+3000, which covers Latin, Cyrillic and punctuation; one Unicode test above). */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < TABLE_END) return WORD_CHAR[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER.test(text[i] ?? '');
}

/** ASCII character classes: 0 not a word character, 1 lower-case letter or digit, 2 capital. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 2;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let last = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] === 0 : !isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const s = i;
    let ascii = c < 128;
    let capitals = c < 128 && ASCII_CLASS[c] === 2;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 128) {
        const k = ASCII_CLASS[c];
        if (k === 0) break;
        if (k === 2) capitals = true;
      } else if (isWordChar(c, text, i)) ascii = false;
      else break;
    }
    const w = text.slice(s, i);
    // ASCII words (nearly all of an English article) need no transliteration test, and lower-case
    // ones are their own key
    const key = ascii ? (capitals ? w.toLowerCase() : w) : wordKey(w);
    const gap = s - last === 1 && text.charCodeAt(last) === 32 ? ' ' : text.slice(last, s);
    out.push({ text: w, key, start: offset + s, end: offset + i, upper: isUpper(w), gap });
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
export function isSpaceLike(c: number): boolean {
  if (c <= 32) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The line starts of `text` (0 and every position after a line break) whose first non-space
 * character is an ASCII capital (every dateline pattern starts with `\s*[A-Z]`) and from which
 * datelineShape holds, in order. Blank lines share the verdict of the line they lead to.
 */
export function datelineStarts(text: string): number[] {
  const n = text.length;
  const out: number[] = [];
  let lastFirst = -1;
  let lastOk = false;
  // line feeds alone (the usual case) are found with indexOf
  const feedsOnly = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  for (let s = 0; s <= n; ) {
    let first = s;
    while (first < n && isSpaceLike(text.charCodeAt(first))) first++;
    // datelineShape skips the same spaces, so starts with the same first character get the same answer
    if (first !== lastFirst) {
      lastFirst = first;
      lastOk = first < n && isUpperAscii(text.charCodeAt(first)) && datelineShape(text, first, false);
    }
    if (lastOk) out.push(s);
    let e = feedsOnly ? text.indexOf('\n', s) : s;
    if (e < 0) break;
    if (!feedsOnly) while (e < n && !isLineBreak(text.charCodeAt(e))) e++;
    if (e >= n) break;
    s = e + 1;
  }
  return out;
}

/**
 * Dateline shapes, sticky (tried at a given position): "Tashkent, Uzbekistan (UzDaily.com) —"
 * with its source in brackets (group 1), and any dateline with its place (group 1), country
 * (group 2) and bracketed source (group 3). A letter is matched as `[A-Za-z]` or, outside ASCII,
 * `\p{L}` (the same set as `\p{L}` alone, which V8 tests by a call per character).
 */
export const DATELINE_SOURCE = /\s*[A-Z](?:[A-Za-z.' -]|(?![\0-\x7f])\p{L}){1,30}(?:,\s[A-Z](?:[A-Za-z ]|(?![\0-\x7f])\p{L}){1,30})?\s*\(([^)]{2,40})\)\s*[—–-]{1,2}\s/uy;
export const DATELINE_PLACE = /\s*([A-Z](?:[A-Za-z.' -]|(?![\0-\x7f])\p{L}){1,30})(,\s[A-Z](?:[A-Za-z ]|(?![\0-\x7f])\p{L}){1,30})?\s*(\([^)]{1,40}\))?\s*[—–-]{1,2}\s/uy;

/**
 * Whether a dateline can start at `from`: a cheap superset test for DATELINE_PLACE (and for
 * DATELINE_SOURCE when `bracket` is set), following their parts. After white space comes a
 * capital and the place: at most 31 characters of letters (every character outside ASCII counts as
 * one), ". ' -" and spaces; then maybe one ", " (any one white space) and a capital opening a
 * country of at most 31 characters. White space other than a plain space ends the names; after
 * them only white space, one bracketed group of 1–40 characters and the dashes may stand.
 */
export function datelineShape(text: string, from: number, bracket: boolean): boolean {
  const n = text.length;
  let i = from;
  while (i < n && isSpaceLike(text.charCodeAt(i))) i++;
  if (i >= n || !isUpperAscii(text.charCodeAt(i))) return false;
  // where the place (or the country after the comma) starts
  let segment = i;
  let comma = false;
  // the names are over: only white space, the bracket and the dashes may follow
  let ended = false;
  let bracketed = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const dash = c === 0x2d || c === 0x2013 || c === 0x2014;
    if (dash && isSpaceLike(text.charCodeAt(i + 1))) {
      if (bracketed || !bracket) return true;
      // a hyphen may still belong to the place name ("Foo - Bar (Source) —"); other dashes end it
      if (c !== 0x2d) return false;
    }
    if (c === 32) continue;
    if (isSpaceLike(c)) {
      ended = true;
      continue;
    }
    if (c === 40) {
      if (bracketed) return false;
      const close = text.indexOf(')', i + 1);
      if (close < 0 || close - i - 1 < 1 || close - i - 1 > 40) return false;
      bracketed = true;
      ended = true;
      i = close;
      continue;
    }
    // a dash inside the name, or the first of two closing dashes (spaces may stand before them, so no length limit)
    if (dash) continue;
    if (ended) return false;
    if (c === 44) {
      // ", Uzbekistan": one white space and a capital
      if (comma || !isSpaceLike(text.charCodeAt(i + 1)) || !isUpperAscii(text.charCodeAt(i + 2))) return false;
      comma = true;
      segment = i + 2;
      i += 2;
      continue;
    }
    if (!(c >= 128 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39)) return false;
    if (i - segment > 30) return false;
  }
  return false;
}
