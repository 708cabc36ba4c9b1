/**
 * Multi-keyword substring search: an Aho–Corasick automaton (Aho & Corasick 1975, "Efficient
 * string matching") compiled to a full transition table over ASCII, so one pass over a sentence
 * finds every keyword it contains, whatever their number, in time linear in the sentence.
 * Keywords are lower-case ASCII; the text is lower-cased on the fly (texts with other characters
 * go through String#toLowerCase first, which may turn some of them into ASCII letters).
 */
export interface KeywordMatcher {
  /** next[state * 128 + char]: the state after reading char. */
  next: Int32Array;
  /** The OR of the masks of every keyword ending in a state. */
  out: Int32Array;
}

/** Builds the automaton for keywords with their bit masks (a keyword's mask is ORed into the result when it occurs). */
export function buildKeywordMatcher(keywords: Map<string, number>): KeywordMatcher {
  const gotoTable: number[][] = [new Array<number>(128).fill(-1)];
  const outs: number[] = [0];
  for (const [kw, mask] of keywords) {
    let s = 0;
    for (let i = 0; i < kw.length; i++) {
      const c = kw.charCodeAt(i);
      if (c >= 128 || (c >= 65 && c <= 90)) throw new Error(`keyword ${JSON.stringify(kw)} must be lower-case ASCII`);
      const row = gotoTable[s] as number[];
      let t = row[c] as number;
      if (t < 0) {
        t = gotoTable.length;
        gotoTable.push(new Array<number>(128).fill(-1));
        outs.push(0);
        row[c] = t;
      }
      s = t;
    }
    outs[s] = (outs[s] ?? 0) | mask;
  }
  const n = gotoTable.length;
  const next = new Int32Array(n * 128);
  const out = Int32Array.from(outs);
  const fail = new Int32Array(n);
  // breadth-first: a state's failure state is finished before the state itself
  const queue: number[] = [];
  const root = gotoTable[0] as number[];
  for (let c = 0; c < 128; c++) {
    const t = root[c] as number;
    next[c] = t < 0 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const row = gotoTable[s] as number[];
    out[s] = (out[s] as number) | (out[fail[s] as number] as number);
    for (let c = 0; c < 128; c++) {
      const t = row[c] as number;
      const viaFail = next[(fail[s] as number) * 128 + c] as number;
      if (t < 0) next[s * 128 + c] = viaFail;
      else {
        next[s * 128 + c] = t;
        fail[t] = viaFail;
        queue.push(t);
      }
    }
  }
  return { next, out };
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
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (c === 0x130) {
        mask |= out[next[s * 128 + 105] as number] as number;
      } else if (c === 0x212a) {
        s = next[s * 128 + 107] as number;
        mask |= out[s] as number;
        continue;
      }
      s = 0;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    s = next[s * 128 + c] as number;
    mask |= out[s] as number;
  }
  return mask;
}
