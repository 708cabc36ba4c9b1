/**
 * Multi-keyword substring search: an Aho–Corasick automaton (Aho & Corasick 1975, "Efficient
 * string matching") compiled to a full transition table, so one pass over a sentence finds every
 * keyword it contains, whatever their number, in time linear in the sentence. Keywords are
 * lower-case ASCII letters and spaces; punctuation that ends or brackets a word (, . ; : ! ? ( ) " ')
 * reads as a space, and every other character is one class (it matches no keyword), so a state's
 * row has 28 entries and the table stays small enough for the processor's cache.
 * The text is lower-cased on the fly.
 */
export interface KeywordMatcher {
  /**
   * next[row + class]: the row of the state after reading a character of that class. A state is
   * held as its row's offset (state × CLASSES), so a step is one addition and one load.
   */
  next: Int32Array;
  /** out[row]: the OR of the masks of every keyword ending in the state of that row. */
  out: Int32Array;
}

/** Character classes: 0 every character no keyword holds, 1-26 "a"-"z" (either case), 27 space (and word-ending punctuation). */
const CLASSES = 28;
const CLASS_OF = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS_OF[c] = c - 96;
for (let c = 65; c <= 90; c++) CLASS_OF[c] = c - 64;
CLASS_OF[32] = 27;
// punctuation that ends or brackets a word reads as a space, so " met " also finds "met," and "(met"
for (const ch of ',.;:!?()"\'') CLASS_OF[ch.charCodeAt(0)] = 27;
const SPACE_CLASS = 27;
const I_CLASS = 105 - 96;
const K_CLASS = 107 - 96;

/** Builds the automaton for keywords with their bit masks (a keyword's mask is ORed into the result when it occurs). */
export function buildKeywordMatcher(keywords: Map<string, number>): KeywordMatcher {
  const gotoTable: number[][] = [new Array<number>(CLASSES).fill(-1)];
  const outs: number[] = [0];
  for (const [kw, mask] of keywords) {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || c === 32)) throw new Error(`keyword ${JSON.stringify(kw)} must hold lower-case ASCII letters and spaces only`);
      const k = CLASS_OF[c] as number;
      const row = gotoTable[s] as number[];
      let t = row[k] as number;
      if (t < 0) {
        t = gotoTable.length;
        gotoTable.push(new Array<number>(CLASSES).fill(-1));
        outs.push(0);
        row[k] = t;
      }
      s = t;
    }
    outs[s] = (outs[s] ?? 0) | mask;
  }
  const n = gotoTable.length;
  const next = new Int32Array(n * CLASSES);
  const out = Int32Array.from(outs);
  const fail = new Int32Array(n);
  // breadth-first: a state's failure state is finished before the state itself
  const queue: number[] = [];
  const root = gotoTable[0] as number[];
  for (let k = 1; k < CLASSES; k++) {
    const t = root[k] as number;
    next[k] = t < 0 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const row = gotoTable[s] as number[];
    out[s] = (out[s] as number) | (out[fail[s] as number] as number);
    // class 0 (no keyword holds it) leads back to the root, which next[] already says (zeros)
    for (let k = 1; k < CLASSES; k++) {
      const t = row[k] as number;
      const viaFail = next[(fail[s] as number) * CLASSES + k] as number;
      if (t < 0) next[s * CLASSES + k] = viaFail;
      else {
        next[s * CLASSES + k] = t;
        fail[t] = viaFail;
        queue.push(t);
      }
    }
  }
  // states as row offsets
  const rows = next.map((t) => t * CLASSES);
  const outAt = new Int32Array(n * CLASSES);
  for (let q = 0; q < n; q++) outAt[q * CLASSES] = out[q] as number;
  return { next: rows, out: outAt };
}

/**
 * The OR of the masks of the keywords that occur in `text` lower-cased (String#toLowerCase).
 * Keywords are ASCII, and the only characters outside ASCII whose lower case holds an ASCII
 * letter are U+0130 ("İ" → "i" + combining dot) and U+212A (Kelvin sign → "k"); every other one
 * just breaks a match.
 */
export function keywordMask(m: KeywordMatcher, text: string): number {
  const { next, out } = m;
  let s = 0;
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      s = next[s + (CLASS_OF[c] as number)] as number;
      mask |= out[s] as number;
    } else if (c === 0x130) {
      mask |= out[next[s + I_CLASS] as number] as number;
      s = 0;
    } else if (c === 0x212a) {
      s = next[s + K_CLASS] as number;
      mask |= out[s] as number;
    } else s = 0;
  }
  // the end of the text ends a word as a space does ("… Meloni met")
  return mask | (out[next[s + SPACE_CLASS] as number] as number);
}
