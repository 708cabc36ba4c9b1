/**
 * A small seeded pseudo-random number generator, so a Monte-Carlo run is reproducible: the same
 * seed gives the same sequence on every machine (STYLE.md: seeded randomness).
 *
 * Algorithm: mulberry32 (Tommy Ettinger, 2017; public domain), a 32-bit state advanced by the
 * Weyl increment 0x6D2B79F5 and mixed by two xor-shift-multiply rounds (Math.imul keeps the
 * products in 32 bits). Period 2³²; output is a uniform double in [0, 1) with 32 bits of
 * resolution. Adequate for parameter sampling (not for cryptography).
 */
export type Uniform = () => number;

/** A mulberry32 generator seeded with `seed` (any number; taken modulo 2³²). */
export function mulberry32(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A draw from the triangular distribution on [low, high] with mode `mode`, by inverting its CDF:
 * u < c: low + √(u (high − low)(mode − low)), else high − √((1 − u)(high − low)(high − mode)),
 * with c = (mode − low)/(high − low). A degenerate range (low = high) returns low.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return low;
  const c = (mode - low) / width;
  return u < c ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** The q-quantile (0–1) of sorted values by linear interpolation between order statistics (R type 7). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}
