/**
 * Sentence splitting for news text: a single left-to-right scan (linear time, no regex
 * backtracking). A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed
 * by white space and an upper-case letter, digit or opening quote, or at a blank line / line break
 * that starts a new paragraph. A period does not end a sentence after an abbreviation ("Dr.",
 * "Jan.", "No. 46", "Oct. 8"), after an initial or dotted acronym ("U.S.", "J. Smith") unless the
 * next word starts a new sentence, or inside a number ("4.2").
 */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block separated by line breaks) the sentence belongs to. */
  paragraph: number;
}

/** Abbreviations after which a period never ends a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'hon', 'st', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'art', 'para', 'approx', 'est', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr',
  'e.g', 'i.e', 'al', 'cf', 'dept', 'govt', 'min',
]);

/** Words that may follow "U.S." and still start a sentence (sentence-initial function words). */
const SENTENCE_STARTERS = new Set(['The', 'A', 'An', 'In', 'On', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'But', 'However', 'Its', 'His', 'Her', 'Their', 'At', 'As', 'For', 'After', 'Before', 'Meanwhile', 'Also', 'And', 'There']);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '\u2013', '\u2014', '-']);

function isUpperStart(c: string | undefined): boolean {
  if (!c) return false;
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c !== c.toLowerCase() && c === c.toUpperCase());
}

/** The word just before position i (letters and inner dots), e.g. "U.S" or "Dr". */
function isLetterOrDot(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

function wordBefore(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && i - j < 40 && isLetterOrDot(text.charCodeAt(j))) j--;
  return text.slice(j + 1, i);
}

function wordAfter(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 40 && isLetterOrDot(text.charCodeAt(j)) && text.charCodeAt(j) !== 46) j++;
  return text.slice(i, j);
}

/** Splits text into sentences with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph });
  };
  const n = text.length;
  // jump from one candidate end (". ! ? or a line break) to the next
  const STOPS = /[.!?\n]/g;
  for (let hit = STOPS.exec(text); hit; hit = STOPS.exec(text)) {
    const i = hit.index;
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      // a new paragraph starts after a line break
      paragraph++;
      continue;
    }
    // closing quotes and brackets belong to the sentence
    let k = i + 1;
    while (k < n && CLOSERS.has(text[k] ?? '')) k++;
    if (k < n && !isSpace(text[k] ?? '') && text[k] !== '\n') continue;
    let m = k;
    while (m < n && isSpace(text[m] ?? '')) m++;
    if (m >= n || text[m] === '\n') {
      push(k);
      start = k;
      STOPS.lastIndex = k;
      continue;
    }
    let next = text[m];
    let q = m;
    while (q < n && OPENERS.has(next ?? '')) next = text[++q];
    if (!isUpperStart(next)) continue;
    if (c === '.') {
      const w = wordBefore(text, i);
      const lw = w.toLowerCase();
      if (ABBREVIATIONS.has(lw)) continue;
      // initials and dotted acronyms: "J.", "U.S." — a sentence ends only before a sentence-starter word
      if (/^[A-Z]$/.test(w) || (w.includes('.') && /^([A-Za-z]\.)+[A-Za-z]$/.test(w))) {
        if (!SENTENCE_STARTERS.has(wordAfter(text, q))) continue;
      }
    }
    push(k);
    start = k;
    STOPS.lastIndex = k;
  }
  push(n);
  return out;
}
