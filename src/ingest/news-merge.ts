import type { EventType } from '../domain/records.js';

/**
 * When two reports describe one event (issue 4: "same type, overlapping actors, compatible dates
 * and values"). Pure functions over the fields both sides have; the ingest picks the best-scoring
 * stored event and merges the new report into it.
 */
export interface MergeView {
  type: EventType;
  date: string | null;
  actors: readonly string[];
  commodities: readonly string[];
  value: { amount: number; currency: string } | null;
}

/** Dates agree when one is the other or a coarser prefix of it (2025-11 ⊇ 2025-11-06); unknown agrees with anything. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** The more precise of two compatible dates. */
export function finerDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.length > a.length ? b : a;
}

/** Relative tolerance on amounts: reports round ("about €3 billion", "$4.2 billion"). */
export const VALUE_TOLERANCE = 0.05;

export function valuesCompatible(a: MergeView['value'], b: MergeView['value']): boolean {
  if (a === null || b === null) return true;
  if (a.currency.toUpperCase() !== b.currency.toUpperCase()) return false;
  const big = Math.max(Math.abs(a.amount), Math.abs(b.amount));
  return big === 0 || Math.abs(a.amount - b.amount) / big <= VALUE_TOLERANCE;
}

/** Types whose first actor is the imposing party: it must be the same state on both sides. */
const IMPOSER_FIRST: readonly EventType[] = ['export_restriction', 'sanction', 'visit'];

/**
 * A score > 0 when `incoming` reports the same event as `stored`, else 0 (docs/methods.md "News
 * events: merging reports and corroboration"). The score is the
 * actors' Jaccard overlap plus 1 for an identical date, so the closest candidate wins.
 */
export function mergeScore(stored: MergeView, incoming: MergeView): number {
  if (stored.type !== incoming.type) return 0;
  if (!datesCompatible(stored.date, incoming.date)) return 0;
  if (stored.date === null && incoming.date === null) return 0;
  if (!valuesCompatible(stored.value, incoming.value)) return 0;
  const a = new Set(stored.actors);
  const b = new Set(incoming.actors);
  let shared = 0;
  for (const x of b) if (a.has(x)) shared += 1;
  // Overlapping actors: at least two in common, or every actor of the shorter list in the other
  // ({KAZ, USA} and {KAZ, RUS} are two agreements; {CHN} and {CHN, USA} can be one ban).
  if (shared === 0 || (shared < 2 && shared < Math.min(a.size, b.size))) return 0;
  if (IMPOSER_FIRST.includes(stored.type) && stored.actors[0] !== incoming.actors[0]) return 0;
  if (stored.commodities.length && incoming.commodities.length && !stored.commodities.some((c) => incoming.commodities.includes(c))) return 0;
  const jaccard = shared / new Set([...a, ...b]).size;
  return jaccard + (stored.date === incoming.date ? 1 : 0);
}
