import type { Completeness } from '../domain/records.js';

/**
 * Which trade dataset answers "what did this importer import, from whom" for one year and a set
 * of HS codes, when several hold rows (issue 3, item 3). Pure: the caller says which datasets have
 * data; this ranks them.
 *
 * Tiers, best first:
 *   1. complete BACI with quantities (CEPII reconciled flows, tonnes)
 *   2. de-duplicated UN Comtrade (complete, reporter's own figures, net kg)
 *   3. other complete series: BACI values without quantities
 *   4. complete series of the importer itself (Eurostat Comext for EU members, Comtrade Japan,
 *      the GeoPolRisk test excerpt)
 *   5. top-n partner excerpts (BACI top-6)
 *   6. fixed partner lists (USITC DataWeb's 18 partners, China + World), flagged
 *   7. MCS import sources (published shares, no values), flagged
 * A dataset that lacks an HS6 subheading another candidate shows (e.g. 250410 flake graphite when
 * it has only 250490) is "partial" and ranks after every dataset that spans the codes. Where a
 * quantity is required (GeoPolRisk weighs tonnes), datasets without quantities are not eligible.
 * `--trade DATASET` overrides the ranking; the result always names the dataset, its completeness
 * and whether it is flagged.
 */
export interface TradeCandidate {
  dataset: string;
  vintage: string;
  completeness: Completeness;
  /** Distinct HS codes it has for the importer and year under the requested codes ('250410;250490' split). */
  hsCodes: readonly string[];
  /** Rows with a quantity / rows in all. */
  rowsWithQuantity: number;
  rows: number;
  /** Partners it can report at all (for an excerpt), null for a complete series. */
  partnerUniverse?: readonly string[] | null;
}

export interface TradeChoice {
  dataset: string;
  vintage: string;
  completeness: Completeness;
  tier: number;
  /** True for partner excerpts and shares-only sources: shares of "the rest" are unknown. */
  flagged: boolean;
  /** HS subheadings other candidates show that this one lacks. */
  missing_hs: string[];
  has_quantity: boolean;
  overridden: boolean;
  reason: string;
}

export interface PrecedenceResult {
  chosen: TradeChoice | null;
  /** Every candidate with its tier and why it was or was not used, best first. */
  ranked: TradeChoice[];
}

const TIER_LABEL: Record<number, string> = {
  1: 'complete BACI with quantities',
  2: 'de-duplicated UN Comtrade (complete)',
  3: 'complete series without quantities',
  4: "complete series of the importer's own imports",
  5: 'top-partner excerpt',
  6: 'fixed partner list (excerpt)',
  7: 'published import shares only',
};

/** The tier of a candidate (1 best). */
export function tradeTier(c: Pick<TradeCandidate, 'dataset' | 'completeness' | 'rowsWithQuantity'>): number {
  switch (c.completeness) {
    case 'complete':
      if (c.dataset.startsWith('comtrade')) return 2;
      return c.rowsWithQuantity > 0 ? 1 : 3;
    case 'reporter-complete':
      return 4;
    case 'top-partners':
      return 5;
    case 'partner-excerpt':
      return 6;
    case 'shares-only':
      return 7;
  }
}

/**
 * HS 2022 subheadings of headings that commodities name as a whole but trade datasets often carry
 * only in part (the BACI/Comtrade 31-code set has 250490 but not 250410 flake graphite, 750210 but
 * not 750220 nickel alloys). Source: Harmonized System 2022 nomenclature, chapters 25, 26, 28, 75,
 * 81 (WCO). A heading with one subheading (2602 → 260200) needs no entry.
 */
export const KNOWN_SUBHEADINGS: Readonly<Record<string, readonly string[]>> = {
  '2504': ['250410', '250490'],
  '2612': ['261210', '261220'],
  '2613': ['261310', '261390'],
  '2615': ['261510', '261590'],
  '2617': ['261710', '261790'],
  '2805': ['280511', '280512', '280519', '280530', '280540'],
  '2846': ['284610', '284690'],
  '7501': ['750110', '750120'],
  '7502': ['750210', '750220'],
  '8105': ['810520', '810530', '810590'],
  '8110': ['811010', '811020', '811090'],
};

/**
 * HS6 subheadings under the requested codes that this candidate does not cover: those another
 * candidate shows, and the known subheadings of a requested heading. A broader code covers its
 * subheadings (2504 covers 250410); a national subdivision (CN8 25041000) stands for its HS6.
 */
function missingSubheadings(c: TradeCandidate, all: readonly TradeCandidate[], requested: readonly string[]): string[] {
  // Published shares (MCS) describe the commodity as a whole, with no HS detail.
  if (c.completeness === 'shares-only') return [];
  const expected = new Set(all.flatMap((x) => x.hsCodes).filter((h) => h.length >= 6).map((h) => h.slice(0, 6)));
  for (const r of requested) for (const sub of KNOWN_SUBHEADINGS[r] ?? []) expected.add(sub);
  const covered = (code: string) => c.hsCodes.some((h) => code.startsWith(h) || h.startsWith(code));
  return [...expected].filter((code) => !covered(code)).sort();
}

/** Ranks candidates and picks one (or the override). */
export function chooseTradeDataset(
  candidates: readonly TradeCandidate[],
  options: { override?: string; requireQuantity?: boolean; requestedCodes?: readonly string[] } = {},
): PrecedenceResult {
  const ranked: TradeChoice[] = candidates.map((c) => {
    const tier = tradeTier(c);
    const missing = missingSubheadings(c, candidates, options.requestedCodes ?? []);
    const hasQuantity = c.rowsWithQuantity > 0;
    const eligible = !options.requireQuantity || hasQuantity;
    const reason = [
      TIER_LABEL[tier] ?? 'unranked',
      missing.length > 0 ? `lacks HS ${missing.join(', ')}` : '',
      eligible ? '' : 'no quantities',
    ].filter(Boolean).join('; ');
    return {
      dataset: c.dataset,
      vintage: c.vintage,
      completeness: c.completeness,
      tier,
      flagged: tier >= 6,
      missing_hs: missing,
      has_quantity: hasQuantity,
      overridden: false,
      reason,
    };
  });
  const eligible = (c: TradeChoice) => !options.requireQuantity || c.has_quantity;
  ranked.sort(
    (a, b) =>
      Number(!eligible(a)) - Number(!eligible(b)) ||
      Number(a.missing_hs.length > 0) - Number(b.missing_hs.length > 0) ||
      a.tier - b.tier ||
      b.vintage.localeCompare(a.vintage) ||
      a.dataset.localeCompare(b.dataset),
  );
  if (options.override) {
    const hit = ranked.find((c) => c.dataset === options.override);
    return { chosen: hit ? { ...hit, overridden: true, reason: `named by --trade (${hit.reason})` } : null, ranked };
  }
  const first = ranked[0];
  return { chosen: first && eligible(first) ? first : null, ranked };
}
